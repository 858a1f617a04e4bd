#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

struct Enquiry
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString customerPhone; // E.164 when it could be parsed, else as typed
    QString subject;       // product or topic
    QString notes;
    QString language = QStringLiteral("en");
    QString status = QStringLiteral("NEW");
    QString createdBy;
    QDateTime createdAt; // UTC
    bool whatsappEnquirySent = false;
};

} // namespace fd
