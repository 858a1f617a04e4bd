#include "automation/dispatch/SendingLimits.h"

#include "automation/dispatch/Pacing.h"
#include "models/db/SqlValues.h"

namespace fd {

SendingLimits::SendingLimits(SharedSettings settings, int sentToday, QList<QDateTime> recentSends,
                             QDateTime nowUtc)
    : m_settings(std::move(settings))
    , m_sentToday(sentToday)
    , m_recentSends(std::move(recentSends))
    , m_nowUtc(std::move(nowUtc))
{}

Result<SendingLimits> SendingLimits::read(Connection& connection, const SharedSettings& settings,
                                          const QDateTime& nowUtc)
{
    const QString sent =
        QStringLiteral("status IN ('SENT', 'DELIVERED', 'READ') AND event_type <> 'CANARY' AND sent_at >= ?");
    auto today = connection.scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE ") + sent,
                                   {sql::fromDateTime(pacing::localDayStartUtc(nowUtc))},
                                   tr("count today's messages"));
    if (!today)
        return today.error();
    // The latest sends of the last day: enough for the hourly cap and for one batch.
    const int wanted = qMax(settings.hourlyCap, settings.batchSize);
    QList<QDateTime> recent;
    if (wanted > 0) {
        auto rows = connection.exec(QStringLiteral("SELECT sent_at FROM whatsapp_message_logs WHERE ") +
                                        sent + QStringLiteral(" ORDER BY sent_at DESC LIMIT ?"),
                                    {sql::fromDateTime(nowUtc.addDays(-1)), wanted},
                                    tr("read the latest messages sent"));
        if (!rows)
            return rows.error();
        while (rows.value().next())
            recent << sql::toDateTime(rows.value().value(0));
    }
    return SendingLimits(settings, today.value().toInt(), recent, nowUtc);
}

QDateTime SendingLimits::allowedFrom(const QDateTime& utc, QString& reason) const
{
    QDateTime held = utc;
    auto hold = [&](const QDateTime& until, const QString& why) {
        if (until <= utc)
            return;
        if (reason.isEmpty())
            reason = why;
        held = qMax(held, until);
    };
    // The daily cap counts the local day: once reached, nothing more goes today.
    const QDateTime local = utc.toLocalTime();
    if (m_sentToday >= m_settings.dailyCap && local.date() == m_nowUtc.toLocalTime().date())
        hold(QDateTime(local.date().addDays(1), QTime(0, 0)).toUTC(),
             tr("the daily limit of %1 messages is reached").arg(m_settings.dailyCap));
    // The hourly cap: the next message goes once the cap-th latest send is an hour old.
    const int hourly = m_settings.hourlyCap;
    if (hourly > 0 && m_recentSends.size() >= hourly)
        hold(m_recentSends.at(hourly - 1).addSecs(3600),
             tr("the hourly limit of %1 messages is reached").arg(hourly));
    // A batch: that many sends with no pause between them; the pause follows the latest.
    const int batch = m_settings.batchSize;
    const qint64 pauseSecs = m_settings.batchPauseSeconds;
    if (batch > 0 && pauseSecs > 0 && m_recentSends.size() >= batch) {
        bool unbroken = true;
        for (int i = 0; i + 1 < batch && unbroken; ++i)
            unbroken = m_recentSends.at(i + 1).secsTo(m_recentSends.at(i)) < pauseSecs;
        if (unbroken)
            hold(m_recentSends.first().addSecs(pauseSecs),
                 tr("a pause after %1 messages in a row").arg(batch));
    }
    return held;
}

} // namespace fd
