#pragma once

// The few places where Qt 6.4 (Debian 12) and Qt 6.8 (Debian 13) want different code, each behind one version
// check here and nowhere else. When Debian 12 is dropped, each helper becomes its newer branch.

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace fd {

// A date and time in UTC (timeSpec() == Qt::UTC). Qt 6.8 deprecates the Qt::TimeSpec constructor in favour
// of a QTimeZone; QTimeZone::UTC came with Qt 6.5, and before it a QTimeZone made a Qt::TimeZone date-time
// (which prints "+00:00", not "Z"), so Qt 6.4 keeps Qt::UTC.
inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace fd
