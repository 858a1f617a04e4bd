#include "automation/dispatch/Pacing.h"

#include <QRandomGenerator>

namespace fd::pacing {

bool inQuietHours(const QTime& local, const QTime& start, const QTime& end)
{
    if (start == end)
        return false;
    if (start < end)
        return local >= start && local < end;
    return local >= start || local < end;
}

QDateTime quietHoursEnd(const QDateTime& localNow, const QTime& end)
{
    QDateTime candidate = localNow;
    candidate.setTime(end); // the same day, in localNow's own time zone
    if (candidate <= localNow)
        candidate = candidate.addDays(1);
    return candidate;
}

QDateTime localDayStartUtc(const QDateTime& nowUtc)
{
    const QDateTime local = nowUtc.toLocalTime();
    return QDateTime(local.date(), QTime(0, 0)).toUTC();
}

int randomGapMs(int minMs, int maxMs)
{
    if (maxMs <= minMs)
        return qMax(0, minMs);
    return minMs + int(QRandomGenerator::global()->bounded(quint32(maxMs - minMs + 1)));
}

} // namespace fd::pacing
