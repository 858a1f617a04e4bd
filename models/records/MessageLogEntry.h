#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

// One row of `whatsapp_message_logs`: the audit log and the outbox at once.
// Names and statuses are the contract of DECISIONS.md (upper case in the database).
struct MessageLogEntry
{
    qint64 id = 0;
    QString eventType;     // ENQUIRY_CREATED, SERVICE_CREATED, ...
    QString customerPhone; // E.164
    QString customerName;
    QString messageContent; // sent exactly as stored
    QString status = QStringLiteral("PENDING");
    QString referenceType; // enquiry, complaint, stock_movement
    qint64 referenceId = 0;
    // What people call that record (ENQ-000003, SR-000001, a delivery's number): filled by the log's own
    // queries (MessageLogQueries), empty elsewhere.
    QString reference;
    QString errorMessage;
    int retryCount = 0;
    QDateTime createdAt;
    QDateTime sentAt;
    // Added by FrontDesk (nullable):
    QString language;
    QDateTime scheduledAt;
    QDateTime nextAttemptAt;
    QString claimedBy;
    QDateTime claimedAt;
    QDateTime leaseUntil;
    QString transport;
    QString externalId;
    QDateTime deliveredAt;
    QDateTime readAt;
    QString screenshotPath;
    QString createdBy;
    QString templateParams; // JSON object of the values message_content was rendered from; empty for old rows
    // What makes this message one of its own among the event's messages of the record (a re-attempt's date,
    // an engineer's id); empty for once-per-record events and for rows of other programs.
    QString eventFact;
    // FrontDesk could not fill the template when the event happened: message_content is the template itself,
    // and the message never goes before a retry fills it (FAILED or SKIPPED until then).
    bool needsRender = false;
};

} // namespace fd
