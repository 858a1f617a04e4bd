#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// Dates on screen that no one can read two ways: "3 Dec 2026" and "3 Dec 2026, 13:05" in the desk's
// language, never "3/12/26 1:05 PM" (3 December or March 12?). Times are stored in UTC and shown local.
QString displayDate(const QDate& date);
QString displayDateTime(const QDateTime& at);

} // namespace fd
