#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "db/Connection.h"
#include "outbox/QueueResult.h"
#include "settings/SharedSettings.h"
#include "templates/EventType.h"

#include <QHash>

#include <optional>

namespace fd {

// One business event's message, before it is rendered.
struct OutgoingEvent
{
    EventType event = EventType::EnquiryCreated;
    qint64 referenceId = 0;
    QString customerName;
    QString customerPhone; // E.164
    QString language = QStringLiteral("en");
    QHash<QString, QString> values; // the event's own placeholders; customer and company are added here
    QDateTime scheduledAt;          // optional: not before then
    QString createdBy;
};

// Queues the message of a business event in whatsapp_message_logs, inside the caller's transaction, so the
// business write and its message are committed together. The record's whatsapp_*_sent flag and the log's
// unique key make sure one event of one record gets one message, even with two desks at the same moment.
class Outbox
{
public:
    Outbox(Connection& connection, const SharedSettings& settings, const Clock& clock = Clock::system());

    // `customerOptedOut`: the customer's consent when the caller has just read it in this transaction
    // (saves looking it up again).
    Result<QueueResult> queue(const OutgoingEvent& event, std::optional<bool> customerOptedOut = {});

    // The template text in use: the admin's version from the settings, else the shipped default.
    static Result<QString> templateText(Connection& connection, EventType event, const QString& language);
    // The same from settings already loaded (their `templates`).
    static QString templateText(const SharedSettings& settings, EventType event, const QString& language);
    static QString templateSettingKey(EventType event, const QString& language);

private:
    Result<bool> claimFlag(EventType event, qint64 referenceId);
    Result<QueueResult> alreadySent(const OutgoingEvent& event);

    Connection& m_connection;
    const SharedSettings& m_settings;
    const Clock& m_clock;
};

} // namespace fd
