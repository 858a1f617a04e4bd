#include "models/db/SqlValues.h"

#include "models/core/QtCompat.h"

namespace fd::sql {

QVariant fromDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant fromDate(const QDate& date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return date.toString(Qt::ISODate);
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        // QPSQL hands out a TIMESTAMP as local time; its wall-clock fields are the stored UTC ones.
        const QDateTime dt = value.toDateTime();
        return fd::utcDateTime(dt.date(), dt.time());
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        return fd::utcDateTime(dt.date(), dt.time());
    return dt.toUTC();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().date();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant text(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

} // namespace fd::sql
