#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// A row of the seed's `complaints` table.
struct ServiceRequest
{
    enum class Status { Open, Assigned, Completed, Cancelled };

    qint64 id = 0;
    QString ticketId; // "SR-000123", given when the request is created
    qint64 customerId = 0;
    QString customerName;
    QString customerPhone;
    QString serviceType;
    QString description;
    QString language = QStringLiteral("en");
    QDate scheduledDate;
    Status status = Status::Open;
    qint64 assignedEngineerId = 0;
    QString assignedEngineerName;
    QDateTime assignedAt;
    QDate completedDate;
    QString createdBy;
    QDateTime createdAt;
    bool whatsappServiceCreatedSent = false;
    bool whatsappEngineerAssignedSent = false;
    bool whatsappServiceCompletedSent = false;

    static QString statusName(Status status);
    static bool statusFromName(const QString& name, Status& status);
};

} // namespace fd
