#include "automation/outbox/SendingOutlook.h"

#include "automation/dispatch/Pacing.h"

#include <QLocale>

namespace fd {
namespace {

QString hhmm(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace

SendingOutlook::SendingOutlook(SharedSettings settings, SendingLimits limits, QDateTime nowUtc)
    : m_settings(std::move(settings))
    , m_limits(std::move(limits))
    , m_nowUtc(std::move(nowUtc))
{}

Result<SendingOutlook> SendingOutlook::read(Connection& connection, const Clock& clock)
{
    auto settings = SharedSettings::load(connection);
    if (!settings)
        return settings.error();
    const QDateTime now = clock.nowUtc();
    auto limits = SendingLimits::read(connection, settings.value(), now);
    if (!limits)
        return limits.error();
    return SendingOutlook(settings.value(), limits.value(), now);
}

QDateTime SendingOutlook::allowedFrom(QDateTime local, QString& reason) const
{
    local = m_limits.allowedFrom(local.toUTC(), reason).toLocalTime();
    if (pacing::inQuietHours(local.time(), m_settings.quietStart, m_settings.quietEnd)) {
        if (reason.isEmpty())
            reason = tr("quiet hours until %1").arg(hhmm(m_settings.quietEnd));
        local = pacing::quietHoursEnd(local, m_settings.quietEnd);
    }
    return local;
}

SendingOutlook::Wait SendingOutlook::now() const
{
    if (!isValid())
        return {};
    const QDateTime nowLocal = m_nowUtc.toLocalTime();
    Wait wait;
    const QDateTime from = allowedFrom(nowLocal, wait.reason);
    if (!wait.reason.isEmpty())
        wait.goesAt = from;
    return wait;
}

SendingOutlook::Wait SendingOutlook::forRow(const MessageLogEntry& row) const
{
    if (!isValid())
        return {};
    Wait wait;
    if (row.status == QLatin1String("SENDING")) {
        wait.reason = tr("being sent now");
        return wait;
    }
    const QDateTime nowLocal = m_nowUtc.toLocalTime();
    QDateTime from = nowLocal;
    if (row.scheduledAt.isValid() && row.scheduledAt > m_nowUtc) {
        from = row.scheduledAt.toLocalTime();
        wait.reason = tr("scheduled for %1").arg(when(from));
    }
    if (row.status == QLatin1String("RETRYING") && row.nextAttemptAt.isValid() &&
        row.nextAttemptAt.toLocalTime() > from) {
        from = row.nextAttemptAt.toLocalTime();
        wait.reason = tr("to be tried again at %1").arg(when(from));
    }
    const QDateTime ownTime = from;
    from = allowedFrom(from, wait.reason);
    if (!wait.reason.isEmpty())
        wait.goesAt = from;
    wait.saysWhen = ownTime != nowLocal && from == ownTime;
    return wait;
}

QString SendingOutlook::when(const QDateTime& local) const
{
    const QDate today = m_nowUtc.toLocalTime().date();
    if (local.date() == today)
        return hhmm(local.time());
    if (local.date() == today.addDays(1))
        return tr("tomorrow %1").arg(hhmm(local.time()));
    return QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")),
                                       hhmm(local.time()));
}

QString SendingOutlook::describe(const Wait& wait) const
{
    if (wait.reason.isEmpty())
        return tr("due: goes with the next send");
    if (!wait.goesAt.isValid() || wait.saysWhen)
        return wait.reason;
    return tr("%1 · the next goes at %2").arg(wait.reason, when(wait.goesAt));
}

} // namespace fd
