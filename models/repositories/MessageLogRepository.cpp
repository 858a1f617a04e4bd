#include "models/repositories/MessageLogRepository.h"

#include "models/repositories/Row.h"

namespace fd {
namespace {

const QString kColumns = QStringLiteral(
    "id, event_type, customer_phone, customer_name, message_content, status, reference_type, reference_id, "
    "error_message, retry_count, created_at, sent_at, language, scheduled_at, next_attempt_at, claimed_by, "
    "claimed_at, lease_until, transport, external_id, delivered_at, read_at, screenshot_path, created_by, "
    "template_params, "
    "event_fact, needs_render");

} // namespace

const QString& MessageLogRepository::columns()
{
    return kColumns;
}

MessageLogEntry MessageLogRepository::read(const Row& row)
{
    MessageLogEntry m;
    m.id = row.id("id");
    m.eventType = row.text("event_type");
    m.customerPhone = row.text("customer_phone");
    m.customerName = row.text("customer_name");
    m.messageContent = row.text("message_content");
    m.status = row.text("status");
    m.referenceType = row.text("reference_type");
    m.referenceId = row.id("reference_id");
    m.errorMessage = row.text("error_message");
    m.retryCount = row.integer("retry_count");
    m.createdAt = row.time("created_at");
    m.sentAt = row.time("sent_at");
    m.language = row.text("language");
    m.scheduledAt = row.time("scheduled_at");
    m.nextAttemptAt = row.time("next_attempt_at");
    m.claimedBy = row.text("claimed_by");
    m.claimedAt = row.time("claimed_at");
    m.leaseUntil = row.time("lease_until");
    m.transport = row.text("transport");
    m.externalId = row.text("external_id");
    m.deliveredAt = row.time("delivered_at");
    m.readAt = row.time("read_at");
    m.screenshotPath = row.text("screenshot_path");
    m.createdBy = row.text("created_by");
    m.templateParams = row.text("template_params");
    m.eventFact = row.text("event_fact");
    m.needsRender = row.flag("needs_render");
    return m;
}

Result<qint64> MessageLogRepository::insert(const MessageLogEntry& m)
{
    auto id = m_connection.scalar(
        QStringLiteral(
            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, message_content, "
            "status, reference_type, reference_id, error_message, retry_count, created_at, sent_at, "
            "language, scheduled_at, created_by, updated_at, event_fact) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::text(m.eventType), sql::text(m.customerPhone), sql::nullable(m.customerName),
         sql::text(m.messageContent), sql::text(m.status), sql::nullable(m.referenceType),
         sql::nullableId(m.referenceId), sql::nullable(m.errorMessage), m.retryCount,
         sql::fromDateTime(m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc()),
         sql::fromDateTime(m.sentAt), sql::nullable(m.language), sql::fromDateTime(m.scheduledAt),
         sql::nullable(m.createdBy), sql::fromDateTime(QDateTime::currentDateTimeUtc()),
         sql::text(m.eventFact)},
        QObject::tr("log the WhatsApp message"));
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<MessageLogEntry> MessageLogRepository::get(qint64 id)
{
    auto query =
        m_connection.exec(QStringLiteral("SELECT %1 FROM whatsapp_message_logs WHERE id = ?").arg(kColumns),
                          {id}, QObject::tr("read the message log"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::NotFound, QObject::tr("Message %1 does not exist.").arg(id));
    return read(Row(query.value()));
}

Result<std::optional<MessageLogEntry>> MessageLogRepository::find(const QString& referenceType,
                                                                  qint64 referenceId,
                                                                  const QString& eventType,
                                                                  const QString& fact)
{
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1 FROM whatsapp_message_logs WHERE reference_type = ? "
                       "AND reference_id = ? AND event_type = ? AND event_fact = ?")
            .arg(kColumns),
        {referenceType, referenceId, eventType, sql::text(fact)}, QObject::tr("read the message log"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<MessageLogEntry>();
    return std::optional<MessageLogEntry>(read(Row(query.value())));
}

} // namespace fd
