#pragma once

#include "automation/outbox/QueueResult.h"
#include "automation/outbox/RecipientPolicy.h"
#include "automation/settings/SharedSettings.h"
#include "automation/templates/EventType.h"
#include "models/core/Clock.h"
#include "models/core/LoggedText.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

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
    // The customer's phone as the desk just checked it against the same settings (saves parsing it again).
    std::optional<PhoneCheck> checkedPhone = {};
    // What makes this message one of its own among the event's messages of the record: a re-attempt's date,
    // the engineer (DECISIONS.md "The message log"). Empty: one message per record for ever.
    QString fact = {};
};

// An event's template filled in: its text in parts around a hole (one part when there is none) and the values
// as JSON; or, when a value is missing, the template itself as the one part and why it could not be filled.
struct FilledText
{
    QStringList parts;
    QString params;                    // empty when not filled
    std::optional<LoggedText> problem; // set when not filled
};

// The message of an event, filled in but not yet written: its log status, what the screen will say, and its
// text in parts around a hole (MessageTemplates::renderAround; one part when there is none).
struct PreparedMessage
{
    QueueResult result;
    QString status; // PENDING, SKIPPED or FAILED
    QString e164;
    QStringList parts;
    QString params; // the filled-in values as JSON (without the hole's); empty when the template failed
    bool needsRender = false; // the template could not be filled: `parts` is the template itself
};

// Queues the message of a business event in whatsapp_message_logs, inside the caller's transaction, so the
// business write and its message are committed together. The record's whatsapp_*_sent flag and the log's
// unique key (reference, event and fact) make sure one event of one record gets one message per fact, even
// with two desks at the same moment.
class Outbox
{
public:
    Outbox(Connection& connection, const SharedSettings& settings, const Clock& clock = Clock::system());

    // `customerOptedOut`: the customer's consent when the caller has just read it in this transaction
    // (saves looking it up again).
    Result<QueueResult> queue(const OutgoingEvent& event, std::optional<bool> customerOptedOut = {});
    // The event's message, checked against the recipient policy and filled in, but not written; nothing for a
    // staff phone. `hole`: a placeholder left open for the database to fill (the record's reference when the
    // record is written in the same call).
    Result<std::optional<PreparedMessage>>
    prepare(const OutgoingEvent& event, std::optional<bool> customerOptedOut, const QString& hole = {});

    // The event's template (in its language) filled with its values and the company's from the settings, all
    // but `hole`. A message is never filled with an empty value: `problem` says which is missing.
    FilledText fillText(const OutgoingEvent& event, const QString& hole = {}) const;

    // The template text in use: the admin's version from the settings, else the shipped default.
    static Result<QString> templateText(Connection& connection, EventType event, const QString& language);
    // The same from settings already loaded (their `templates`).
    static QString templateText(const SharedSettings& settings, EventType event, const QString& language);
    static QString templateSettingKey(EventType event, const QString& language);

private:
    PreparedMessage fill(const OutgoingEvent& event, const RecipientVerdict& verdict,
                         const QString& hole) const;
    Result<bool> claimFlag(const OutgoingEvent& event);
    Result<QueueResult> alreadySent(const OutgoingEvent& event);

    Connection& m_connection;
    const SharedSettings& m_settings;
    const Clock& m_clock;
};

} // namespace fd
