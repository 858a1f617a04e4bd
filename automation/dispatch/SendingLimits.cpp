#include "automation/dispatch/SendingLimits.h"

#include "automation/dispatch/Pacing.h"
#include "models/db/SqlValues.h"

#include <algorithm>

namespace fd {

namespace {

// The public advice for a new number: about 50 messages a day and 20 an hour at first.
constexpr int kFirstDayCap = 50;
constexpr int kFirstHourCap = 20;

// From `first` on day 1 to `full` on the last day of the warm-up, in equal steps.
int warmed(int full, int first, int day, int days)
{
    if (full <= first)
        return full; // a cap at or below the first day's needs no warm-up
    if (days <= 1)
        return first;
    return first + (full - first) * (day - 1) / (days - 1);
}

} // namespace

SendingLimits::SendingLimits(SharedSettings settings, int sentToday, QList<QDateTime> recentSends,
                             QDateTime nowUtc, QDate warmUpFirstDay)
    : m_settings(std::move(settings))
    , m_sentToday(sentToday)
    , m_recentSends(std::move(recentSends))
    , m_nowUtc(std::move(nowUtc))
    , m_warmUpFirstDay(warmUpFirstDay)
{}

int SendingLimits::warmUpDay() const
{
    if (m_settings.warmUpDays <= 0 || !m_warmUpFirstDay.isValid())
        return 0;
    const qint64 day = m_warmUpFirstDay.daysTo(m_nowUtc.toLocalTime().date()) + 1;
    return day >= 1 && day <= m_settings.warmUpDays ? int(day) : 0;
}

int SendingLimits::dailyCap() const
{
    const int day = warmUpDay();
    return day > 0 ? warmed(m_settings.dailyCap, kFirstDayCap, day, m_settings.warmUpDays)
                   : m_settings.dailyCap;
}

int SendingLimits::hourlyCap() const
{
    const int day = warmUpDay();
    // The hourly cap turned off stays off; the warm-up only lowers a cap that is there.
    if (day == 0 || m_settings.hourlyCap <= 0)
        return m_settings.hourlyCap;
    return warmed(m_settings.hourlyCap, kFirstHourCap, day, m_settings.warmUpDays);
}

int SendingLimits::sentLastHour() const
{
    const QDateTime hourAgo = m_nowUtc.addSecs(-3600);
    return int(std::count_if(m_recentSends.cbegin(), m_recentSends.cend(),
                             [&](const QDateTime& at) { return at > hourAgo; }));
}

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
    // The warm-up's day 1: the administrator's date, else the day of the first message ever sent (a database
    // that has sent for months is warm), else today. Found also while the warm-up is off (warmUpDay() is 0
    // then), for the sending-health view.
    QDate firstDay = settings.warmUpSince;
    if (!firstDay.isValid()) {
        auto first = connection.scalar(QStringLiteral("SELECT min(sent_at) FROM whatsapp_message_logs WHERE "
                                                      "status IN ('SENT', 'DELIVERED', 'READ') AND "
                                                      "event_type <> 'CANARY'"),
                                       {}, tr("find the first message sent"));
        if (!first)
            return first.error();
        const QDateTime at = sql::toDateTime(first.value());
        firstDay = at.isValid() ? at.toLocalTime().date() : nowUtc.toLocalTime().date();
    }
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
    return SendingLimits(settings, today.value().toInt(), recent, nowUtc, firstDay);
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
    const int day = warmUpDay();
    const int daily = dailyCap();
    if (m_sentToday >= daily && local.date() == m_nowUtc.toLocalTime().date())
        hold(QDateTime(local.date().addDays(1), QTime(0, 0)).toUTC(),
             day > 0 && daily < m_settings.dailyCap
                 ? tr("the warm-up limit of %1 messages today is reached (a new number, day %2 of %3)")
                       .arg(daily)
                       .arg(day)
                       .arg(m_settings.warmUpDays)
                 : tr("the daily limit of %1 messages is reached").arg(daily));
    // The hourly cap: the next message goes once the cap-th latest send is an hour old.
    const int hourly = hourlyCap();
    if (hourly > 0 && m_recentSends.size() >= hourly)
        hold(m_recentSends.at(hourly - 1).addSecs(3600),
             day > 0 && hourly < m_settings.hourlyCap
                 ? tr("the warm-up limit of %1 messages an hour is reached (a new number, day %2 of %3)")
                       .arg(hourly)
                       .arg(day)
                       .arg(m_settings.warmUpDays)
                 : tr("the hourly limit of %1 messages is reached").arg(hourly));
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
