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
    // Its message as the log says now (read by the list, not stored with the enquiry): the status (empty when
    // the log has none) and the reason of a SKIPPED or FAILED one, as the log keeps it (English).
    QString messageStatus;
    QString messageReason;
};

} // namespace fd
