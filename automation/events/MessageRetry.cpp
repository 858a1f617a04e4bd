#include "automation/events/MessageRetry.h"

#include "automation/events/EventMessages.h"
#include "automation/outbox/Outbox.h"
#include "automation/outbox/RecipientPolicy.h"
#include "automation/settings/SharedSettings.h"
#include "models/db/SqlValues.h"
#include "models/repositories/MessageLogRepository.h"

namespace fd {

Result<RetryReport> retryMessages(Connection& connection, const QList<qint64>& ids, bool isAdmin,
                                  const Clock& clock)
{
    if (!isAdmin)
        return Error::make(Error::Kind::PermissionDenied,
                           QObject::tr("Only an administrator may retry messages."));
    const QString what = QObject::tr("retry the messages");
    // Read now, not remembered: the administrator may just have filled in the setting that was missing.
    auto settings = SharedSettings::load(connection);
    if (!settings)
        return settings.error();
    return inTransaction(connection, what, [&]() -> Result<RetryReport> {
        RetryReport report;
        const QVariant now = sql::fromDateTime(clock.nowUtc());
        MessageLogRepository log(connection);
        const QDateTime nowUtc = clock.nowUtc();
        const QVariant leaseLimit = sql::fromDateTime(nowUtc.addSecs(kLongestLeaseSecs));
        const QVariant backoffLimit = sql::fromDateTime(nowUtc.addSecs(kLongestBackoffSecs));
        RecipientPolicy policy(connection, settings.value());
        for (qint64 id : ids) {
            auto entry = log.get(id);
            if (!entry && entry.error().kind != Error::Kind::NotFound)
                return entry.error();
            if (!entry) {
                ++report.notFailed;
                continue;
            }
            const QString status = entry->status;
            // The row is changed only while it is still what was read: the same status and, for a claim or a
            // backoff, still stuck (a station may renew its claim meanwhile).
            QString still = QStringLiteral("status = ?");
            QVariantList stillValues{status};
            if (status == QLatin1String("SKIPPED")) {
                // Only when the customer may be messaged now: an opted-out customer is refused with the
                // reason.
                auto verdict = policy.check(entry->customerPhone);
                if (!verdict)
                    return verdict.error();
                if (verdict->kind != RecipientVerdict::Kind::Send) {
                    report.refused << RetryReport::Refusal{
                        id,
                        verdict->kind == RecipientVerdict::Kind::Staff
                            ? QObject::tr("a staff number is never messaged")
                            : verdict->reason,
                        true};
                    continue;
                }
            } else if (status == QLatin1String("SENDING")) {
                const QDateTime lease = entry->leaseUntil;
                if (lease.isValid() && lease > nowUtc && lease <= nowUtc.addSecs(kLongestLeaseSecs)) {
                    ++report.stillSending; // may still be live: never twice
                    continue;
                }
                still += QStringLiteral(" AND (lease_until IS NULL OR lease_until <= ? OR lease_until > ?)");
                stillValues << now << leaseLimit;
            } else if (status == QLatin1String("RETRYING")) {
                if (!entry->nextAttemptAt.isValid() ||
                    entry->nextAttemptAt <= nowUtc.addSecs(kLongestBackoffSecs)) {
                    ++report.notFailed; // goes by itself
                    continue;
                }
                still += QStringLiteral(" AND next_attempt_at > ?");
                stillValues << backoffLimit;
            } else if (status != QLatin1String("FAILED")) {
                ++report.notFailed;
                continue;
            }
            if (!entry->needsRender) {
                auto updated = connection.exec(
                    QStringLiteral(
                        "UPDATE whatsapp_message_logs SET status = 'RETRYING', next_attempt_at = NULL, "
                        "auto_retries = 0, lease_until = NULL, updated_at = ? "
                        "WHERE id = ? AND needs_render = ? AND %1")
                        .arg(still),
                    QVariantList{now, id, false} + stillValues, what);
                if (!updated)
                    return updated.error();
                const int changed = updated.value().numRowsAffected();
                report.retried += changed;
                report.notFailed += 1 - changed;
                continue;
            }

            // Logged unrendered: filled in again from the record and today's settings, or kept FAILED with
            // why.
            auto remade = EventMessages::forLoggedMessage(connection, entry.value(), settings.value());
            if (!remade)
                return remade.error();
            std::optional<LoggedText> refusal = remade->refusal;
            FilledText filled;
            if (!refusal) {
                filled = Outbox(connection, settings.value(), clock).fillText(*remade->event);
                refusal = filled.problem;
            }
            if (refusal) {
                auto kept = connection.exec(
                    QStringLiteral("UPDATE whatsapp_message_logs SET error_message = ?, updated_at = ? "
                                   "WHERE id = ? AND %1")
                        .arg(still),
                    QVariantList{refusal->logged, now, id} + stillValues, what);
                if (!kept)
                    return kept.error();
                report.refused << RetryReport::Refusal{id, refusal->shown};
                continue;
            }
            auto updated = connection.exec(
                QStringLiteral(
                    "UPDATE whatsapp_message_logs SET message_content = ?, template_params = ?, "
                    "needs_render = ?, error_message = NULL, status = 'RETRYING', next_attempt_at = NULL, "
                    "auto_retries = 0, lease_until = NULL, updated_at = ? "
                    "WHERE id = ? AND needs_render = ? AND %1")
                    .arg(still),
                QVariantList{filled.parts.join(QString()), sql::nullable(filled.params), false, now, id,
                             true} +
                    stillValues,
                what);
            if (!updated)
                return updated.error();
            const int changed = updated.value().numRowsAffected();
            report.retried += changed;
            report.refilled += changed;
            report.notFailed += 1 - changed;
        }
        return report;
    });
}

} // namespace fd
