#include "models/logmodel/MessageLogQueries.h"

#include "models/records/RecordReference.h"
#include "models/repositories/MessageLogRepository.h"
#include "models/repositories/Row.h"

namespace fd {
namespace {

// The list leaves out the message text and the claim's details (MessageLogRepository::read reads what is
// selected).
const QString kListColumns = QStringLiteral(
    "id, event_type, customer_phone, customer_name, status, reference_type, reference_id, error_message, "
    "retry_count, created_at, sent_at, language, scheduled_at, next_attempt_at, claimed_by, transport, "
    "delivered_at, read_at, screenshot_path, created_by");

// The ticket or delivery number a message's record holds, read with the row: a look-up by primary key per
// row of a page. An enquiry's reference is made from its id (recordReference).
const QString kReferenceLabel = QStringLiteral(
    "CASE reference_type "
    "WHEN 'complaint' THEN (SELECT c.ticket_id FROM complaints c WHERE c.id = "
    "whatsapp_message_logs.reference_id) "
    "WHEN 'stock_movement' THEN "
    "(SELECT s.reference FROM stock_movements s WHERE s.id = whatsapp_message_logs.reference_id) "
    "END AS reference_label");

// A log row as the log's screens and CSV show it: with the reference people use for its record.
MessageLogEntry readWithReference(const Row& row)
{
    MessageLogEntry entry = MessageLogRepository::read(row);
    entry.reference = recordReference(entry.referenceType, entry.referenceId, row.text("reference_label"));
    return entry;
}

QString sortColumn(LogSortKey key)
{
    switch (key) {
    case LogSortKey::Created:
        return QStringLiteral("created_at");
    case LogSortKey::Event:
        return QStringLiteral("event_type");
    case LogSortKey::Customer:
        return QStringLiteral("customer_name");
    case LogSortKey::Phone:
        return QStringLiteral("customer_phone");
    case LogSortKey::Status:
        return QStringLiteral("status");
    case LogSortKey::Retries:
        return QStringLiteral("retry_count");
    case LogSortKey::SentAt:
        return QStringLiteral("sent_at");
    }
    return QStringLiteral("created_at");
}

QString what()
{
    return QObject::tr("read the message log");
}

} // namespace

Result<QList<MessageLogEntry>> MessageLogQueries::page(const MessageLogFilter& filter, int offset, int limit,
                                                       LogSortKey sort, bool descending)
{
    QVariantList values;
    const QString where = filter.whereClause(values, m_connection.dialect());
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // id breaks ties so that paging never shows a row twice or skips one.
    QString order = QStringLiteral("%1 %2").arg(sortColumn(sort), direction);
    if (sort != LogSortKey::Created)
        order += QStringLiteral(", created_at %1").arg(direction);
    order += QStringLiteral(", id %1").arg(direction);
    values << qMax(0, limit) << qMax(0, offset);
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1, %2 FROM whatsapp_message_logs%3 ORDER BY %4 LIMIT ? OFFSET ?")
            .arg(kListColumns, kReferenceLabel, where, order),
        values, what());
    if (!query)
        return query.error();
    return readAll<MessageLogEntry>(query.value(), readWithReference);
}

Result<MessageLogSummary> MessageLogQueries::summary(const MessageLogFilter& filter)
{
    QVariantList values;
    QString where = filter.whereClause(values, m_connection.dialect());
    // The figures count customer messages: a station's check before sending (the canary) is listed, not
    // counted.
    where += where.isEmpty() ? QStringLiteral(" WHERE event_type <> 'CANARY'")
                             : QStringLiteral(" AND event_type <> 'CANARY'");
    auto query = m_connection.exec(
        QStringLiteral("SELECT status, count(*) FROM whatsapp_message_logs%1 GROUP BY status").arg(where),
        values, what());
    if (!query)
        return query.error();
    MessageLogSummary s;
    const QStringList sent = MessageLogFilter::sentStatuses();
    const QStringList pending = MessageLogFilter::pendingStatuses();
    while (query.value().next()) {
        const QString status = query.value().value(0).toString();
        const qint64 n = query.value().value(1).toLongLong();
        s.total += n;
        if (sent.contains(status))
            s.sent += n;
        else if (pending.contains(status))
            s.pending += n;
        else if (status == QLatin1String("FAILED"))
            s.failed += n;
        else if (status == QLatin1String("SKIPPED"))
            s.skipped += n;
    }
    return s;
}

Result<LogChangeToken> MessageLogQueries::changeToken()
{
    // Both are index look-ups (the primary key, whatsapp_message_logs_updated_at_idx), cheap at any size.
    auto query = m_connection.exec(QStringLiteral("SELECT (SELECT max(id) FROM whatsapp_message_logs), "
                                                  "(SELECT max(updated_at) FROM whatsapp_message_logs)"),
                                   what());
    if (!query)
        return query.error();
    LogChangeToken token;
    if (query.value().next()) {
        token.maxId = query.value().value(0).toLongLong();
        token.maxUpdatedAt = sql::toDateTime(query.value().value(1)).toString(Qt::ISODateWithMs);
    }
    return token;
}

Result<MessageDetails> MessageLogQueries::details(qint64 id)
{
    auto query = m_connection.exec(QStringLiteral("SELECT %1, %2 FROM whatsapp_message_logs WHERE id = ?")
                                       .arg(MessageLogRepository::columns(), kReferenceLabel),
                                   {id}, what());
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::NotFound, QObject::tr("Message %1 does not exist.").arg(id));
    MessageDetails details;
    details.entry = readWithReference(Row(query.value()));

    auto attempts = m_connection.exec(
        QStringLiteral("SELECT id, station, transport, started_at, finished_at, outcome, error_message, note "
                       "FROM whatsapp_message_attempts WHERE message_id = ? ORDER BY started_at, id"),
        {id}, QObject::tr("read the message's attempts"));
    if (!attempts)
        return attempts.error();
    details.attempts = readAll<MessageAttempt>(attempts.value(), [](const Row& row) {
        MessageAttempt a;
        a.id = row.id("id");
        a.station = row.text("station");
        a.transport = row.text("transport");
        a.startedAt = row.time("started_at");
        a.finishedAt = row.time("finished_at");
        a.outcome = row.text("outcome");
        a.errorMessage = row.text("error_message");
        a.note = row.text("note");
        return a;
    });
    return details;
}

Result<QList<qint64>> MessageLogQueries::failedIds(const MessageLogFilter& filter)
{
    MessageLogFilter failed = filter;
    if (!failed.statuses.isEmpty() && !failed.statuses.contains(QStringLiteral("FAILED")))
        return QList<qint64>(); // the filter shows no failed messages
    failed.statuses = {QStringLiteral("FAILED")};
    QVariantList values;
    const QString where = failed.whereClause(values, m_connection.dialect());
    auto query = m_connection.exec(
        QStringLiteral("SELECT id FROM whatsapp_message_logs%1 ORDER BY id").arg(where), values, what());
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

Result<qint64> MessageLogQueries::forEach(const MessageLogFilter& filter,
                                          const std::function<bool(const MessageLogEntry&)>& sink, int batch)
{
    // Keyset pages on id: steady memory and speed however large the log, and rows added meanwhile never
    // shift a page.
    QVariantList filterValues;
    const QString where = filter.whereClause(filterValues, m_connection.dialect());
    const QString idCondition =
        where.isEmpty() ? QStringLiteral(" WHERE id > ?") : where + QStringLiteral(" AND id > ?");
    qint64 lastId = 0;
    qint64 handed = 0;
    for (;;) {
        QVariantList values = filterValues;
        values << lastId << qMax(1, batch);
        auto query =
            m_connection.exec(QStringLiteral("SELECT %1, %2 FROM whatsapp_message_logs%3 ORDER BY id LIMIT ?")
                                  .arg(MessageLogRepository::columns(), kReferenceLabel, idCondition),
                              values, what());
        if (!query)
            return query.error();
        int inBatch = 0;
        const QSqlRecord columns = query.value().query().record();
        while (query.value().next()) {
            const MessageLogEntry entry = readWithReference(Row(query.value(), columns));
            lastId = entry.id;
            ++inBatch;
            ++handed;
            if (!sink(entry))
                return handed;
        }
        if (inBatch < batch)
            return handed;
    }
}

} // namespace fd
