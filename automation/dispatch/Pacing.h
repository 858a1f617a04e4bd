#pragma once

#include <QDateTime>
#include <QTime>

namespace fd::pacing {

// Quiet hours may wrap midnight (21:00-09:00). start == end means no quiet hours.
bool inQuietHours(const QTime& local, const QTime& start, const QTime& end);
// When the quiet hours that contain `localNow` end (local time).
QDateTime quietHoursEnd(const QDateTime& localNow, const QTime& end);
// Midnight of `nowUtc`'s local day, in UTC: the daily cap counts from there.
QDateTime localDayStartUtc(const QDateTime& nowUtc);
// A random gap in [minMs, maxMs].
int randomGapMs(int minMs, int maxMs);

} // namespace fd::pacing
