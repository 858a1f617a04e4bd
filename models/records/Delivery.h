#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// A row of the seed's `stock_movements` table, seen as a delivery to a customer.
struct Delivery
{
    enum class Status { Pending, Delivered, Failed, Reattempt };

    qint64 id = 0;
    QString reference; // order or invoice number
    qint64 deliveryItemId = 0;
    QString itemName;
    int quantity = 1;
    qint64 customerId = 0;
    QString customerName;
    QString customerPhone;
    QString language = QStringLiteral("en");
    QString address;
    QDate scheduledDate;
    QDate reattemptDate;
    Status status = Status::Pending;
    QString statusNote;
    QDateTime statusChangedAt;
    QString createdBy;
    QDateTime createdAt;
    bool whatsappDeliveryFailedSent = false;
    bool whatsappDeliveryReattemptSent = false;

    static QString statusName(Status status);
    static bool statusFromName(const QString& name, Status& status);
};

} // namespace fd
