#include "automation/outbox/Outbox.h"

#include "automation/outbox/MissingSettings.h"
#include "automation/outbox/RecipientPolicy.h"
#include "automation/templates/MessageTemplates.h"
#include "models/db/SqlValues.h"
#include "models/repositories/MessageLogRepository.h"
#include "models/repositories/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fd {
namespace {

QString templateParamsJson(const QHash<QString, QString>& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Outbox::Outbox(Connection& connection, const SharedSettings& settings, const Clock& clock)
    : m_connection(connection)
    , m_settings(settings)
    , m_clock(clock)
{}

QString Outbox::templateSettingKey(EventType event, const QString& language)
{
    return QStringLiteral("template.%1.%2").arg(eventTypeName(event), language);
}

namespace {

// The admin's text in the customer's language, else a shipped one in it, else the admin's English text,
// else the shipped English one. `custom` returns the admin's text for a language (empty when none).
template<typename Custom>
Result<QString> chooseTemplate(EventType event, const QString& language, Custom custom)
{
    const QString lang = MessageTemplates::languages().contains(language) ? language : QStringLiteral("en");
    for (const QString& candidate : {lang, QStringLiteral("en")}) {
        Result<std::optional<QString>> text = custom(candidate);
        if (!text)
            return text.error();
        if (text->has_value() && !text->value().trimmed().isEmpty())
            return text->value();
        if (candidate == lang && !MessageTemplates::defaultText(event, lang).isEmpty())
            break; // a shipped template in the customer's language beats a custom English one
    }
    return MessageTemplates::defaultText(event, lang);
}

} // namespace

Result<QString> Outbox::templateText(Connection& connection, EventType event, const QString& language)
{
    SettingsRepository settings(connection);
    return chooseTemplate(event, language, [&](const QString& lang) {
        return settings.value(templateSettingKey(event, lang));
    });
}

QString Outbox::templateText(const SharedSettings& settings, EventType event, const QString& language)
{
    return chooseTemplate(event, language,
                          [&](const QString& lang) -> Result<std::optional<QString>> {
                              const auto it = settings.templates.constFind(templateSettingKey(event, lang));
                              return it == settings.templates.cend() ? std::optional<QString>()
                                                                     : std::optional<QString>(*it);
                          })
        .value();
}

Result<bool> Outbox::claimFlag(const OutgoingEvent& event)
{
    // Table and column come from EventType's fixed list, never from input; identifiers cannot be bound.
    // On PostgreSQL the row lock makes a second desk wait here and then see the flag set. An event with facts
    // (a re-attempt's date, an engineer) may have several messages: the flag only records that one went out,
    // and the log's key on the fact keeps each fact to one.
    const bool once = event.fact.isEmpty();
    auto updated = m_connection.exec(
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?%3")
            .arg(referenceTable(event.event), sentFlagColumn(event.event),
                 once ? QStringLiteral(" AND (%1 IS NULL OR %1 = ?)").arg(sentFlagColumn(event.event))
                      : QString()),
        once ? QVariantList{true, event.referenceId, false} : QVariantList{true, event.referenceId},
        QObject::tr("mark the WhatsApp message as queued"));
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected() == 1 || !once;
}

Result<QueueResult> Outbox::alreadySent(const OutgoingEvent& event)
{
    QueueResult result{QueueResult::Outcome::AlreadySent, 0, {}, {}};
    auto existing =
        MessageLogRepository(m_connection)
            .find(referenceTypeFor(event.event), event.referenceId, eventTypeName(event.event), event.fact);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        result.messageId = (*existing)->id;
    return result;
}

FilledText Outbox::fillText(const OutgoingEvent& event, const QString& hole) const
{
    // From the settings this save already read, so the text matches the company name and phone beside it.
    const QString text = templateText(m_settings, event.event, event.language);
    QHash<QString, QString> values = event.values;
    values.insert(QStringLiteral("customer_name"), event.customerName);
    values.insert(QStringLiteral("company_name"), m_settings.companyName);
    values.insert(QStringLiteral("company_phone"), m_settings.companyPhone);
    FilledText filled;
    // Said plainly and in English for the log: which value is missing, and for a setting's, that it is a
    // setting (an administrator fills it in, then retries).
    for (const QString& placeholder : MessageTemplates::placeholders(text)) {
        if (placeholder == hole || !values.value(placeholder).trimmed().isEmpty())
            continue;
        filled.problem = MissingSettings::reason(placeholder, m_settings);
        if (!filled.problem)
            filled.problem =
                LoggedText::of(QT_TRANSLATE_NOOP("QObject", "No value for {%1}")).arg(placeholder);
        filled.parts = QStringList{text};
        return filled;
    }
    auto rendered = MessageTemplates::renderAround(text, values, hole);
    if (!rendered) {
        filled.problem = LoggedText{rendered.error().message, rendered.error().message};
        filled.parts = QStringList{text};
        return filled;
    }
    filled.parts = rendered.value();
    filled.params = templateParamsJson(values); // kept for transports that fill pre-approved templates
    return filled;
}

PreparedMessage Outbox::fill(const OutgoingEvent& event, const RecipientVerdict& verdict,
                             const QString& hole) const
{
    PreparedMessage message;
    message.e164 = verdict.e164.isEmpty() ? event.customerPhone : verdict.e164;
    message.result = {QueueResult::Outcome::Queued, 0, {}, {}};
    message.status = QStringLiteral("PENDING");
    if (verdict.kind == RecipientVerdict::Kind::Skip) {
        message.result = {QueueResult::Outcome::Skipped, 0, verdict.reason, verdict.logReason};
        message.status = QStringLiteral("SKIPPED");
    }

    FilledText filled = fillText(event, hole);
    message.parts = filled.parts;
    message.params = filled.params;
    message.needsRender = filled.problem.has_value();
    if (filled.problem && message.result.outcome == QueueResult::Outcome::Queued) {
        // Kept as FAILED with the reason, so nobody is left wondering; an admin fixes the settings and
        // retries, which fills the message again (never sends the template as it is).
        message.status = QStringLiteral("FAILED");
        message.result = {QueueResult::Outcome::TemplateError, 0, filled.problem->shown,
                          filled.problem->logged};
    }
    return message;
}

Result<std::optional<PreparedMessage>>
Outbox::prepare(const OutgoingEvent& event, std::optional<bool> customerOptedOut, const QString& hole)
{
    RecipientPolicy policy(m_connection, m_settings);
    auto verdict = event.checkedPhone ? policy.check(*event.checkedPhone, customerOptedOut)
                                      : policy.check(event.customerPhone, customerOptedOut);
    if (!verdict)
        return verdict.error();
    if (verdict->kind == RecipientVerdict::Kind::Staff)
        return std::optional<PreparedMessage>();
    return std::optional<PreparedMessage>(fill(event, verdict.value(), hole));
}

Result<QueueResult> Outbox::queue(const OutgoingEvent& event, std::optional<bool> customerOptedOut)
{
    auto prepared = prepare(event, customerOptedOut);
    if (!prepared)
        return prepared.error();
    if (!prepared->has_value())
        return QueueResult{QueueResult::Outcome::StaffNumber, 0, {}, {}};
    const PreparedMessage& message = prepared->value();

    auto claimed = claimFlag(event);
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return alreadySent(event);

    const QDateTime now = m_clock.nowUtc();
    // On PostgreSQL reception may not write the log itself: a function checks and writes the same row.
    const QString insert =
        m_connection.dialect() == Dialect::Postgres
            ? QStringLiteral("SELECT frontdesk_queue_message(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral(
                  "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                  "message_content, status, reference_type, reference_id, error_message, retry_count, "
                  "created_at, language, scheduled_at, created_by, updated_at, template_params, "
                  "event_fact, needs_render) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (reference_type, reference_id, event_type, event_fact) DO NOTHING "
                  "RETURNING id");
    auto inserted = m_connection.scalar(
        insert,
        {eventTypeName(event.event), message.e164, sql::nullable(event.customerName),
         message.parts.join(QString()), message.status, referenceTypeFor(event.event), event.referenceId,
         sql::nullable(message.result.loggedReason()), sql::fromDateTime(now), sql::text(event.language),
         sql::fromDateTime(event.scheduledAt), sql::nullable(event.createdBy), sql::fromDateTime(now),
         sql::nullable(message.params), sql::text(event.fact), message.needsRender},
        QObject::tr("queue the WhatsApp message"));
    if (!inserted)
        return inserted.error();
    if (inserted.value().isNull())
        return alreadySent(event); // the log already had it (written by another program)
    QueueResult result = message.result;
    result.messageId = inserted.value().toLongLong();
    return result;
}

} // namespace fd
