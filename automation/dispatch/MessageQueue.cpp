#include "automation/dispatch/MessageQueue.h"

#include "automation/core/Logging.h"
#include "models/db/SqlValues.h"
#include "models/records/LogReasons.h"
#include "models/repositories/MessageLogRepository.h"
#include "models/repositories/Row.h"

#include <algorithm>

namespace fd {
namespace {

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
{}

Result<std::optional<ClaimedMessage>> MessageQueue::claimNext(const SharedSettings& settings, qint64 upToId)
{
    const QString what = QObject::tr("take the next WhatsApp message");
    const QDateTime nowUtc = m_clock.nowUtc();
    const QVariant nowValue = sql::fromDateTime(nowUtc);
    const QVariant graceEnd = sql::fromDateTime(nowUtc.addSecs(-settings.takeoverGraceSeconds));
    const QVariant leaseUntil = sql::fromDateTime(nowUtc.addSecs(settings.leaseSeconds));
    return inTransaction(m_connection, what, [&]() -> Result<std::optional<ClaimedMessage>> {
        auto claim = m_connection.dialect() == Dialect::Postgres
                         ? claimByFunction(upToId)
                         : claimByStatements(nowValue, graceEnd, leaseUntil, upToId);
        if (!claim)
            return claim.error();
        if (!claim->has_value())
            return claim;
        ClaimedMessage& claimed = *claim.value();
        // Earlier tries only, not the one this claim opened; a try given back untouched (the sender was not
        // ready) never reached the page. Newest first: the first row is the latest try, the last the first.
        auto tries = m_connection.exec(
            QStringLiteral(
                "SELECT started_at, outcome, transport, id > COALESCE((SELECT CAST(value AS BIGINT) FROM "
                "settings WHERE key = 'sending.never_left_proven_after_attempt'), 0) AS under_rule "
                "FROM whatsapp_message_attempts WHERE message_id = ? "
                "AND id <> ? AND (outcome IS NULL OR outcome <> 'RELEASED') ORDER BY id DESC"),
            {claimed.entry.id, claimed.attemptId}, what);
        if (!tries)
            return tries.error();
        for (bool latest = true; tries.value().next(); latest = false) {
            const Row row(tries.value());
            const QDateTime started = row.time("started_at");
            if (!claimed.firstTriedAt.isValid() || started < claimed.firstTriedAt)
                claimed.firstTriedAt = started;
            if (latest) {
                claimed.lastOutcome = row.text("outcome");
                claimed.lastTransport = row.text("transport");
                claimed.lastNeverLeft =
                    row.flag("under_rule") && (claimed.lastOutcome == QLatin1String("RETRYING") ||
                                               claimed.lastOutcome == QLatin1String("SKIPPED"));
            }
        }
        tries.value().finish();
        if (claimed.entry.status == QLatin1String("SENDING"))
            claimed.kind = claimed.entry.claimedBy == m_station ? ClaimedMessage::Kind::OwnLapsed
                                                                : ClaimedMessage::Kind::TakenOver;
        QString note;
        if (claimed.kind == ClaimedMessage::Kind::TakenOver)
            note = QObject::tr(
                       "taken over from station %1 after its claim lapsed; checking the chat before sending")
                       .arg(claimed.entry.claimedBy.isEmpty() ? QObject::tr("(unknown)")
                                                              : claimed.entry.claimedBy);
        else if (claimed.kind == ClaimedMessage::Kind::OwnLapsed)
            note = QObject::tr("this station stopped while sending; checking the chat before resending");
        if (!note.isEmpty()) {
            const QString sql =
                m_connection.dialect() == Dialect::Postgres
                    ? QStringLiteral("SELECT frontdesk_note_attempt(?, ?, ?)")
                    : QStringLiteral(
                          "UPDATE whatsapp_message_attempts SET note = ? WHERE id = ? AND station = ?");
            const QVariantList values = m_connection.dialect() == Dialect::Postgres
                                            ? QVariantList{claimed.attemptId, m_station, note}
                                            : QVariantList{note, claimed.attemptId, m_station};
            if (auto noted = m_connection.exec(sql, values, what); !noted)
                return noted.error();
        }
        return claim;
    });
}

// PostgreSQL: one function claims and opens the attempt (a sender may not update the log itself, and
// FOR UPDATE needs that right). The server decides the time, the lease and the grace (migration 0016) and
// records the login. It returns the row as it was before the claim.
Result<std::optional<ClaimedMessage>> MessageQueue::claimByFunction(qint64 upToId)
{
    auto query =
        m_connection.exec(QStringLiteral("SELECT claim_attempt_id, (claim_before).* "
                                         "FROM frontdesk_claim_message(?, ?, ?)"),
                          {m_station, m_transport, upToId}, QObject::tr("take the next WhatsApp message"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ClaimedMessage>();
    ClaimedMessage claimed;
    claimed.entry = MessageLogRepository::read(Row(query.value()));
    claimed.attemptId = Row(query.value()).id("claim_attempt_id");
    return std::optional<ClaimedMessage>(claimed);
}

// SQLite: one desk, the app's own statements in the caller's transaction.
Result<std::optional<ClaimedMessage>> MessageQueue::claimByStatements(const QVariant& now,
                                                                      const QVariant& graceEnd,
                                                                      const QVariant& leaseUntil,
                                                                      qint64 upToId)
{
    const QString what = QObject::tr("take the next WhatsApp message");
    auto query = m_connection.exec(
        QStringLiteral(
            "SELECT id FROM whatsapp_message_logs WHERE "
            "((status IN ('PENDING', 'RETRYING') AND (scheduled_at IS NULL OR scheduled_at <= ?) "
            "  AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) "
            " OR (status = 'SENDING' AND ((claimed_by = ? AND lease_until < ?) OR lease_until < ? "
            "  OR lease_until IS NULL))) "
            "AND (? = 0 OR id <= ?) AND event_type <> 'CANARY' "
            // Nothing for a paused station (as PostgreSQL's claim function, migration 0013).
            "AND NOT EXISTS (SELECT 1 FROM station_pauses WHERE station = ? AND resumed_at IS NULL) "
            "ORDER BY created_at, id LIMIT 1"),
        {now, now, m_station, now, graceEnd, upToId, upToId, m_station}, what);
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ClaimedMessage>();
    const qint64 id = Row(query.value()).id("id");
    query.value().finish();

    auto entry = MessageLogRepository(m_connection).get(id);
    if (!entry)
        return entry.error();
    ClaimedMessage claimed;
    claimed.entry = entry.value();

    // A re-attempt (after a failure or an admin's retry) counts as a retry, as the seed's retry_count means.
    const bool again = claimed.entry.status == QLatin1String("RETRYING");
    auto updated = m_connection.exec(
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SENDING', claimed_by = ?, claimed_at = ?, "
                       "lease_until = ?, retry_count = retry_count + ?, updated_at = ? WHERE id = ?"),
        {m_station, now, leaseUntil, again ? 1 : 0, now, id}, what);
    if (!updated)
        return updated.error();
    auto attempt = m_connection.scalar(
        QStringLiteral("INSERT INTO whatsapp_message_attempts (message_id, station, transport, started_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {id, m_station, m_transport, now}, what);
    if (!attempt)
        return attempt.error();
    claimed.attemptId = attempt.value().toLongLong();
    return std::optional<ClaimedMessage>(claimed);
}

Result<void> MessageQueue::finish(const ClaimedMessage& message, const Outcome& outcome)
{
    const QString what = QObject::tr("record the WhatsApp message's outcome");
    const QVariant at = now(m_clock);
    return inTransaction(m_connection, what, [&]() -> Result<void> {
        // Only while our claim stands: a station that lost its claim must not overwrite the new owner's work.
        bool ours = false;
        if (m_connection.dialect() == Dialect::Postgres) {
            // frontdesk_message_<outcome>(message, station, attempt, what the outcome records..., error,
            // note): the server takes the time itself and checks that this login's claim stands (migration
            // 0016).
            QString placeholders;
            for (qsizetype i = 0; i < outcome.serverValues.size(); ++i)
                placeholders += QStringLiteral(", ?");
            auto updated = m_connection.scalar(
                QStringLiteral("SELECT frontdesk_message_%1(?, ?, ?%2, ?, ?)")
                    .arg(outcome.name.toLower(), placeholders),
                QVariantList{message.entry.id, m_station, message.attemptId} + outcome.serverValues +
                    QVariantList{sql::nullable(outcome.error), sql::nullable(outcome.note)},
                what);
            if (!updated)
                return updated.error();
            ours = updated.value().toBool();
        } else {
            auto updated =
                m_connection.exec(QStringLiteral("UPDATE whatsapp_message_logs SET %1, updated_at = ? "
                                                 "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                                      .arg(outcome.columns),
                                  outcome.values + QVariantList{at, message.entry.id, m_station}, what);
            if (!updated)
                return updated.error();
            ours = updated.value().numRowsAffected() == 1;
            if (ours) {
                auto attempt =
                    m_connection.exec(QStringLiteral("UPDATE whatsapp_message_attempts SET finished_at = ?, "
                                                     "outcome = ?, error_message = ?, "
                                                     "note = COALESCE(?, note) WHERE id = ?"),
                                      {at, outcome.name, sql::nullable(outcome.error),
                                       sql::nullable(outcome.note), message.attemptId},
                                      what);
                if (!attempt)
                    return attempt.error();
            }
        }
        if (!ours)
            return Error::make(
                Error::Kind::Conflict,
                QObject::tr("Message %1 is no longer claimed by this station.").arg(message.entry.id));
        return Result<void>();
    });
}

Result<void> MessageQueue::markSent(const ClaimedMessage& message, const QString& externalId,
                                    const QString& note)
{
    return finish(message, {QStringLiteral("SENT"),
                            QStringLiteral(
                                "status = 'SENT', sent_at = ?, error_message = NULL, next_attempt_at = NULL, "
                                "lease_until = NULL, transport = ?, external_id = ?"),
                            {now(m_clock), m_transport, sql::nullable(externalId)},
                            {m_transport, sql::nullable(externalId)},
                            {},
                            note});
}

Result<QString> MessageQueue::markFailed(const ClaimedMessage& message, const QString& reason, bool permanent,
                                         const SharedSettings& settings, const QString& screenshotPath,
                                         const QString& note)
{
    auto current =
        m_connection.scalar(QStringLiteral("SELECT auto_retries FROM whatsapp_message_logs WHERE id = ?"),
                            {message.entry.id}, QObject::tr("read the message's retries"));
    if (!current)
        return current.error();
    const int used = current.value().toInt();
    if (permanent || used >= settings.maxAutoRetries) {
        const QString why =
            permanent || settings.maxAutoRetries == 0
                ? reason
                : QObject::tr("%1 (gave up after %2 automatic retries)").arg(reason).arg(used);
        auto failed =
            finish(message, {QStringLiteral("FAILED"),
                             QStringLiteral("status = 'FAILED', error_message = ?, next_attempt_at = NULL, "
                                            "lease_until = NULL, transport = ?, "
                                            "screenshot_path = COALESCE(?, screenshot_path)"),
                             {why, m_transport, sql::nullable(screenshotPath)},
                             {why, m_transport, sql::nullable(screenshotPath)},
                             reason,
                             note});
        if (!failed)
            return failed.error();
        return QStringLiteral("FAILED");
    }
    const qint64 backoff = qint64(settings.retryBaseSeconds) * (qint64(1) << qMin(used, 20));
    const QVariant next = sql::fromDateTime(m_clock.nowUtc().addSecs(backoff));
    auto retrying =
        finish(message, {QStringLiteral("RETRYING"),
                         QStringLiteral("status = 'RETRYING', error_message = ?, next_attempt_at = ?, "
                                        "auto_retries = auto_retries + 1, lease_until = NULL, transport = ?, "
                                        "screenshot_path = COALESCE(?, screenshot_path)"),
                         {reason, next, m_transport, sql::nullable(screenshotPath)},
                         {reason, m_transport, sql::nullable(screenshotPath)},
                         reason,
                         {}});
    if (!retrying)
        return retrying.error();
    return QStringLiteral("RETRYING");
}

Result<void> MessageQueue::markMaybeSent(const ClaimedMessage& message, const QString& detail, bool pressed,
                                         const QString& screenshotPath, bool interrupted)
{
    const QString outcome = !pressed      ? QStringLiteral("FAILED")
                            : interrupted ? QStringLiteral("INTERRUPTED")
                                          : QStringLiteral("UNCONFIRMED");
    return finish(message, {outcome,
                            QStringLiteral("status = 'FAILED', error_message = ?, next_attempt_at = NULL, "
                                           "lease_until = NULL, transport = ?, "
                                           "screenshot_path = COALESCE(?, screenshot_path)"),
                            {LogReasons::maybeSent().logged, m_transport, sql::nullable(screenshotPath)},
                            {LogReasons::maybeSent().logged, m_transport, sql::nullable(screenshotPath)},
                            detail,
                            {}});
}

Result<void> MessageQueue::markSkipped(const ClaimedMessage& message, const QString& reason)
{
    return finish(message, {QStringLiteral("SKIPPED"),
                            QStringLiteral("status = 'SKIPPED', error_message = ?, lease_until = NULL"),
                            {reason},
                            {reason},
                            reason,
                            {}});
}

Result<void> MessageQueue::release(const ClaimedMessage& message)
{
    // Exactly as before the claim, including the retry_count the claim added and, for a lapsed claim,
    // its original owner, so the recovery rules still apply later.
    const MessageLogEntry& before = message.entry;
    return finish(
        message,
        {QStringLiteral("RELEASED"),
         QStringLiteral("status = ?, claimed_by = ?, claimed_at = ?, lease_until = ?, retry_count = ?"),
         {before.status, sql::nullable(before.claimedBy), sql::fromDateTime(before.claimedAt),
          sql::fromDateTime(before.leaseUntil), before.retryCount},
         {}, // PostgreSQL puts back what its claim recorded
         QObject::tr("the sender was not ready"),
         {}});
}

Result<void> MessageQueue::acknowledge(qint64 messageId, const QString& status, const QDateTime& at)
{
    const bool read = status == QLatin1String("READ");
    // Ticks only move forward: SENT -> DELIVERED -> READ. PostgreSQL: the same update, by a function that
    // takes the server's time and moves only messages this login sent (migration 0016).
    const QString tick = read ? QStringLiteral("READ") : QStringLiteral("DELIVERED");
    const bool postgres = m_connection.dialect() == Dialect::Postgres;
    const QString sql =
        postgres
            ? QStringLiteral("SELECT frontdesk_message_tick(?, ?)")
            : QStringLiteral("UPDATE whatsapp_message_logs SET status = ?, %1 = ?, updated_at = ? WHERE id = "
                             "? AND status IN (%2)")
                  .arg(read ? QStringLiteral("read_at") : QStringLiteral("delivered_at"),
                       read ? QStringLiteral("'SENT', 'DELIVERED'") : QStringLiteral("'SENT'"));
    auto updated =
        m_connection.exec(sql,
                          postgres ? QVariantList{tick, messageId}
                                   : QVariantList{tick, sql::fromDateTime(at), now(m_clock), messageId},
                          QObject::tr("record the message's delivery tick"));
    if (!updated)
        return updated.error();
    return {};
}

Result<ClaimedMessage> MessageQueue::startCanary(const QString& phone, const QString& text,
                                                 const SharedSettings& settings)
{
    const QString what = QObject::tr("start the check before sending");
    const QDateTime nowUtc = m_clock.nowUtc();
    const QVariant at = sql::fromDateTime(nowUtc);
    const QVariant leaseUntil = sql::fromDateTime(nowUtc.addSecs(settings.leaseSeconds));
    ClaimedMessage claimed;
    if (m_connection.dialect() == Dialect::Postgres) {
        // The server takes the time and lease, and checks the number is the business's own (0016).
        auto query = m_connection.exec(QStringLiteral("SELECT claim_attempt_id, (claim_before).* "
                                                      "FROM frontdesk_start_canary(?, ?, ?, ?)"),
                                       {m_station, m_transport, phone, text}, what);
        if (!query)
            return query.error();
        if (!query.value().next())
            return Error::make(Error::Kind::Internal, what);
        claimed.entry = MessageLogRepository::read(Row(query.value()));
        claimed.attemptId = Row(query.value()).id("claim_attempt_id");
        return claimed;
    }
    return inTransaction(m_connection, what, [&]() -> Result<ClaimedMessage> {
        const QString stopped = QStringLiteral("the station stopped during the check");
        const QString unfinished =
            QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE event_type = 'CANARY' "
                           "AND status = 'SENDING' AND claimed_by = ?");
        if (auto closed = m_connection.exec(
                QStringLiteral(
                    "UPDATE whatsapp_message_attempts SET finished_at = ?, outcome = 'FAILED', "
                    "error_message = ? WHERE station = ? AND finished_at IS NULL AND message_id IN (%1)")
                    .arg(unfinished),
                {at, stopped, m_station, m_station}, what);
            !closed)
            return closed.error();
        if (auto failed = m_connection.exec(
                QStringLiteral("UPDATE whatsapp_message_logs SET status = 'FAILED', error_message = ?, "
                               "lease_until = NULL, updated_at = ? WHERE event_type = 'CANARY' "
                               "AND status = 'SENDING' AND claimed_by = ?"),
                {stopped, at, m_station}, what);
            !failed)
            return failed.error();
        auto id = m_connection.scalar(
            QStringLiteral(
                "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                "message_content, "
                "status, reference_type, reference_id, retry_count, created_at, claimed_by, claimed_at, "
                "lease_until, "
                "transport, created_by, updated_at) VALUES ('CANARY', ?, 'FrontDesk', ?, 'SENDING', "
                "'canary', "
                "NULL, "
                "0, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {phone, text, at, m_station, at, leaseUntil, m_transport, m_station, at}, what);
        if (!id)
            return id.error();
        auto attempt = m_connection.scalar(
            QStringLiteral(
                "INSERT INTO whatsapp_message_attempts (message_id, station, transport, started_at) "
                "VALUES (?, ?, ?, ?) RETURNING id"),
            {id.value(), m_station, m_transport, at}, what);
        if (!attempt)
            return attempt.error();
        auto entry = MessageLogRepository(m_connection).get(id.value().toLongLong());
        if (!entry)
            return entry.error();
        claimed.entry = entry.value();
        claimed.attemptId = attempt.value().toLongLong();
        return claimed;
    });
}

Result<QList<QPair<QString, QHash<QString, qint64>>>> MessageQueue::awaitingTicks(const QDateTime& utc,
                                                                                  int maxChats)
{
    auto query = m_connection.exec(
        QStringLiteral(
            "SELECT id, customer_phone, external_id FROM whatsapp_message_logs "
            "WHERE status IN ('SENT', 'DELIVERED') AND transport = ? AND claimed_by = ? "
            "AND external_id IS NOT NULL AND sent_at >= ? ORDER BY sent_at DESC, id DESC LIMIT 500"),
        {m_transport, m_station, sql::fromDateTime(utc)}, QObject::tr("read the messages waiting for ticks"));
    if (!query)
        return query.error();
    QList<QPair<QString, QHash<QString, qint64>>> chats;
    while (query.value().next()) {
        const Row row(query.value());
        const QString phone = row.text("customer_phone");
        auto chat = std::find_if(chats.begin(), chats.end(), [&](const auto& c) { return c.first == phone; });
        if (chat == chats.end()) {
            if (chats.size() >= maxChats)
                continue;
            chats.append({phone, {}});
            chat = std::prev(chats.end());
        }
        chat->second.insert(row.text("external_id"), row.id("id"));
    }
    return chats;
}

Result<qint64> MessageQueue::maxId()
{
    auto value = m_connection.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM whatsapp_message_logs"),
                                     {}, QObject::tr("read the message log"));
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

Result<int> MessageQueue::countWaiting(qint64 upToId)
{
    auto value = m_connection.scalar(
        QStringLiteral(
            "SELECT count(*) FROM whatsapp_message_logs WHERE status IN ('PENDING', 'RETRYING', 'SENDING') "
            "AND (? = 0 OR id <= ?) AND event_type <> 'CANARY'"),
        {upToId, upToId}, QObject::tr("count the waiting messages"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<bool> MessageQueue::loginMaySend(Connection& connection)
{
    if (connection.dialect() != Dialect::Postgres)
        return true;
    // Before migration 0016 there is no sender role, and every FrontDesk login could send.
    auto value = connection.scalar(
        QStringLiteral("SELECT CASE WHEN to_regprocedure('frontdesk_may_send()') IS NULL THEN true "
                       "ELSE frontdesk_may_send() END"),
        {}, QObject::tr("read whether this login may send messages"));
    if (!value)
        return value.error();
    return value.value().toBool();
}

Result<QVariant> MessageQueue::lastResumed()
{
    return m_connection.scalar(QStringLiteral("SELECT MAX(resumed_at) FROM station_pauses WHERE station = ?"),
                               {m_station}, QObject::tr("read when this station was last resumed"));
}

Result<QList<MessageQueue::AttemptOutcome>> MessageQueue::latestOutcomes(int count)
{
    auto resumed = lastResumed();
    if (!resumed)
        return resumed.error();
    QVariantList values{m_station};
    if (!resumed->isNull())
        values << resumed.value();
    values << count;
    auto rows = m_connection.exec(
        QStringLiteral(
            "SELECT a.outcome, a.note FROM whatsapp_message_attempts a JOIN whatsapp_message_logs m "
            "ON m.id = a.message_id WHERE a.station = ? AND a.outcome IS NOT NULL AND m.event_type "
            "<> 'CANARY' %1 ORDER BY a.id DESC LIMIT ?")
            .arg(resumed->isNull() ? QString() : QStringLiteral("AND a.finished_at > ?")),
        values, QObject::tr("read this station's latest sends"));
    if (!rows)
        return rows.error();
    QList<AttemptOutcome> outcomes;
    while (rows.value().next())
        outcomes << AttemptOutcome{rows.value().value(0).toString(), rows.value().value(1).toString()};
    return outcomes;
}

Result<int> MessageQueue::unconfirmedInRow()
{
    const QString what = QObject::tr("read this station's latest sends");
    auto resumed = lastResumed();
    if (!resumed)
        return resumed.error();
    const bool everResumed = !resumed.value().isNull();
    QVariantList values{m_station};
    if (everResumed)
        values << resumed.value();
    auto latest =
        m_connection.exec(QStringLiteral("SELECT outcome FROM whatsapp_message_attempts WHERE station = ? "
                                         "AND outcome IN ('SENT', 'UNCONFIRMED') %1 ORDER BY id DESC LIMIT 2")
                              .arg(everResumed ? QStringLiteral("AND finished_at > ?") : QString()),
                          values, what);
    if (!latest)
        return latest.error();
    int inRow = 0;
    while (latest.value().next() && latest.value().value(0).toString() == QLatin1String("UNCONFIRMED"))
        ++inRow;
    return inRow;
}

} // namespace fd
