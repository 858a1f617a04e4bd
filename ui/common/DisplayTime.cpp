#include "ui/common/DisplayTime.h"

#include <QLocale>

namespace fd {

QString displayDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString displayDateTime(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QStringLiteral("%1, %2").arg(displayDate(local.date()),
                                        QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

} // namespace fd
