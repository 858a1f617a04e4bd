#include "dispatch/MessageQueue.h"

#include "core/Logging.h"
#include "db/SqlValues.h"
#include "repositories/MessageLogRepository.h"
#include "repositories/Row.h"


namespace fd {
namespace {

const QString kClaimColumns = QStringLiteral("id, status, claimed_by, lease_until");

QVariant now(const Clock& clock)
{
    return sql::fromDateTime(clock.nowUtc());
}

} // namespace

MessageQueue::MessageQueue(Connection& connection, const Clock& clock, QString station, QString transport)
    : m_connection(connection)
    , m_clock(clock)
    , m_station(std::move(station))
    , m_transport(std::move(transport))
{
}

Result<std::optional<ClaimedMessage>> MessageQueue::claimNext(const SharedSettings& settings, qint64 upToId)
{
    const QString what = QObject::tr("take the next WhatsApp message");
    const QDateTime nowUtc = m_clock.nowUtc();
    const QVariant nowValue = sql::fromDateTime(nowUtc);
    const QVariant graceEnd = sql::fromDateTime(nowUtc.addSecs(-settings.takeoverGraceSeconds));
    const QString lock = m_connection.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED")
                                                                      : QString();
    Transaction transaction(m_connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun.error();
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1 FROM whatsapp_message_logs WHERE "
                       "((status IN ('PENDING', 'RETRYING') AND (scheduled_at IS NULL OR scheduled_at <= ?) "
                       "  AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) "
                       " OR (status = 'SENDING' AND ((claimed_by = ? AND lease_until < ?) OR lease_until < ? "
                       "  OR lease_until IS NULL))) "
                       "AND (? = 0 OR id <= ?) ORDER BY created_at, id LIMIT 1%2")
            .arg(kClaimColumns, lock),
        {nowValue, nowValue, m_station, nowValue, graceEnd, upToId, upToId}, what);
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ClaimedMessage>();
    const Row row(query.value());
    const qint64 id = row.id("id");
    const QString status = row.text("status");
    ClaimedMessage claimed;
    if (status == QLatin1String("SENDING"))
        claimed.kind = row.text("claimed_by") == m_station ? ClaimedMessage::Kind::OwnLapsed
                                                           : ClaimedMessage::Kind::TakenOver;
    query.value().finish();

    auto entry = MessageLogRepository(m_connection).get(id);
    if (!entry)
        return entry.error();
    claimed.entry = entry.value();
    auto firstTry = m_connection.scalar(
        // A try given back untouched (the sender was not ready) never reached the page.
        QStringLiteral("SELECT MIN(started_at) FROM whatsapp_message_attempts WHERE message_id = ? AND "
                       "(outcome IS NULL OR outcome <> 'RELEASED')"),
        {id}, what);
    if (!firstTry)
        return firstTry.error();
    claimed.firstTriedAt = sql::toDateTime(firstTry.value());

    // A re-attempt (after a failure or an admin's retry) counts as a retry, as the seed's retry_count means.
    const bool again = status == QLatin1String("RETRYING");
    const QVariant leaseUntil = sql::fromDateTime(nowUtc.addSecs(settings.leaseSeconds));
    auto updated = m_connection.exec(
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SENDING', claimed_by = ?, claimed_at = ?, "
                       "lease_until = ?, retry_count = retry_count + ?, updated_at = ? WHERE id = ?"),
        {m_station, nowValue, leaseUntil, again ? 1 : 0, nowValue, id}, what);
    if (!updated)
        return updated.error();
    QString note;
    if (claimed.kind == ClaimedMessage::Kind::TakenOver)
        note = QObject::tr("taken over from station %1 after its claim lapsed; could not verify whether it was sent")
                   .arg(claimed.entry.claimedBy.isEmpty() ? QObject::tr("(unknown)") : claimed.entry.claimedBy);
    else if (claimed.kind == ClaimedMessage::Kind::OwnLapsed)
        note = QObject::tr("this station stopped while sending; checking the chat before resending");
    auto attempt = m_connection.scalar(
        QStringLiteral("INSERT INTO whatsapp_message_attempts (message_id, station, transport, started_at, note) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {id, m_station, m_transport, nowValue, sql::nullable(note)}, what);
    if (!attempt)
        return attempt.error();
    claimed.attemptId = attempt.value().toLongLong();
    if (auto committed = transaction.commit(what); !committed)
        return committed.error();
    return std::optional<ClaimedMessage>(claimed);
}

Result<void> MessageQueue::finish(const ClaimedMessage& message, const QString& sql, const QVariantList& values,
                                  const QString& outcome, const QString& error, const QString& note)
{
    const QString what = QObject::tr("record the WhatsApp message's outcome");
    Transaction transaction(m_connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun.error();
    // Only while our claim stands: a station that lost its claim must not overwrite the new owner's work.
    auto updated = m_connection.exec(sql + QStringLiteral(" WHERE id = ? AND status = 'SENDING' AND claimed_by = ?"),
                                     values + QVariantList{message.entry.id, m_station}, what);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error::make(Error::Kind::Conflict,
                           QObject::tr("Message %1 is no longer claimed by this station.").arg(message.entry.id));
    auto attempt = m_connection.exec(
        QStringLiteral("UPDATE whatsapp_message_attempts SET finished_at = ?, outcome = ?, error_message = ?, "
                       "note = COALESCE(?, note) WHERE id = ?"),
        {now(m_clock), outcome, sql::nullable(error), sql::nullable(note), message.attemptId}, what);
    if (!attempt)
        return attempt.error();
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    return {};
}

Result<void> MessageQueue::markSent(const ClaimedMessage& message, const QString& externalId, const QString& note)
{
    const QVariant at = now(m_clock);
    return finish(message,
                  QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SENT', sent_at = ?, error_message = NULL, "
                                 "next_attempt_at = NULL, lease_until = NULL, transport = ?, external_id = ?, "
                                 "updated_at = ?"),
                  {at, m_transport, sql::nullable(externalId), at}, QStringLiteral("SENT"), {}, note);
}

Result<QString> MessageQueue::markFailed(const ClaimedMessage& message, const QString& reason, bool permanent,
                                      const SharedSettings& settings, const QString& screenshotPath)
{
    const QVariant at = now(m_clock);
    auto current = m_connection.scalar(QStringLiteral("SELECT auto_retries FROM whatsapp_message_logs WHERE id = ?"),
                                       {message.entry.id}, QObject::tr("read the message's retries"));
    if (!current)
        return current.error();
    const int used = current.value().toInt();
    if (permanent || used >= settings.maxAutoRetries) {
        const QString why = permanent || settings.maxAutoRetries == 0
                                ? reason
                                : QObject::tr("%1 (gave up after %2 automatic retries)").arg(reason).arg(used);
        auto failed = finish(message,
                             QStringLiteral("UPDATE whatsapp_message_logs SET status = 'FAILED', error_message = ?, "
                                            "next_attempt_at = NULL, lease_until = NULL, transport = ?, "
                                            "screenshot_path = COALESCE(?, screenshot_path), updated_at = ?"),
                             {why, m_transport, sql::nullable(screenshotPath), at}, QStringLiteral("FAILED"), reason, {});
        if (!failed)
            return failed.error();
        return QStringLiteral("FAILED");
    }
    const qint64 backoff = qint64(settings.retryBaseSeconds) * (qint64(1) << qMin(used, 20));
    const QVariant next = sql::fromDateTime(m_clock.nowUtc().addSecs(backoff));
    auto retrying = finish(message,
                           QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING', error_message = ?, "
                                          "next_attempt_at = ?, auto_retries = auto_retries + 1, lease_until = NULL, "
                                          "transport = ?, screenshot_path = COALESCE(?, screenshot_path), updated_at = ?"),
                           {reason, next, m_transport, sql::nullable(screenshotPath), at}, QStringLiteral("RETRYING"),
                           reason, {});
    if (!retrying)
        return retrying.error();
    return QStringLiteral("RETRYING");
}

Result<void> MessageQueue::markSkipped(const ClaimedMessage& message, const QString& reason)
{
    const QVariant at = now(m_clock);
    return finish(message,
                  QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SKIPPED', error_message = ?, "
                                 "lease_until = NULL, updated_at = ?"),
                  {reason, at}, QStringLiteral("SKIPPED"), reason, {});
}

Result<void> MessageQueue::release(const ClaimedMessage& message)
{
    // Exactly as before the claim, including the retry_count the claim added and, for a lapsed claim,
    // its original owner, so the recovery rules still apply later.
    const MessageLogEntry& before = message.entry;
    return finish(message,
                  QStringLiteral("UPDATE whatsapp_message_logs SET status = ?, claimed_by = ?, claimed_at = ?, "
                                 "lease_until = ?, retry_count = ?, updated_at = ?"),
                  {before.status, sql::nullable(before.claimedBy), sql::fromDateTime(before.claimedAt),
                   sql::fromDateTime(before.leaseUntil), before.retryCount, now(m_clock)},
                  QStringLiteral("RELEASED"), QObject::tr("the sender was not ready"), {});
}

Result<void> MessageQueue::acknowledge(qint64 messageId, const QString& status, const QDateTime& at)
{
    const bool read = status == QLatin1String("READ");
    // Ticks only move forward: SENT -> DELIVERED -> READ.
    auto updated = m_connection.exec(
        QStringLiteral("UPDATE whatsapp_message_logs SET status = ?, %1 = ?, updated_at = ? WHERE id = ? AND status IN (%2)")
            .arg(read ? QStringLiteral("read_at") : QStringLiteral("delivered_at"),
                 read ? QStringLiteral("'SENT', 'DELIVERED'") : QStringLiteral("'SENT'")),
        {read ? QStringLiteral("READ") : QStringLiteral("DELIVERED"), sql::fromDateTime(at), now(m_clock), messageId},
        QObject::tr("record the message's delivery tick"));
    if (!updated)
        return updated.error();
    return {};
}

Result<int> MessageQueue::sentSince(const QDateTime& utc)
{
    auto value = m_connection.scalar(
        QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status IN ('SENT', 'DELIVERED', 'READ') "
                       "AND sent_at >= ?"),
        {sql::fromDateTime(utc)}, QObject::tr("count today's messages"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<qint64> MessageQueue::maxId()
{
    auto value = m_connection.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM whatsapp_message_logs"), {},
                                     QObject::tr("read the message log"));
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

Result<int> MessageQueue::countWaiting(qint64 upToId)
{
    auto value = m_connection.scalar(
        QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status IN ('PENDING', 'RETRYING', 'SENDING') "
                       "AND (? = 0 OR id <= ?)"),
        {upToId, upToId}, QObject::tr("count the waiting messages"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<int> retryMessages(Connection& connection, const QList<qint64>& ids, bool isAdmin, const Clock& clock)
{
    if (!isAdmin)
        return Error::make(Error::Kind::PermissionDenied, QObject::tr("Only an administrator may retry messages."));
    const QString what = QObject::tr("retry the messages");
    Transaction transaction(connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun.error();
    int changed = 0;
    for (qint64 id : ids) {
        auto updated = connection.exec(
            QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING', next_attempt_at = NULL, "
                           "auto_retries = 0, lease_until = NULL, updated_at = ? WHERE id = ? AND status = 'FAILED'"),
            {sql::fromDateTime(clock.nowUtc()), id}, what);
        if (!updated)
            return updated.error();
        changed += updated.value().numRowsAffected();
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed.error();
    return changed;
}

} // namespace fd
