#include "logmodel/MessageLogFilter.h"

#include "db/SqlValues.h"
#include "repositories/Row.h"

#include <QRegularExpression>

namespace fd {
namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The UTC instant a local day starts: created_at is stored in UTC, the person thinks in local days.
QVariant localDayStart(const QDate& day)
{
    return sql::fromDateTime(QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC());
}

// "98765 43210", "+91-98765-43210" and "(044) 2345" are searched as their digits, the way phones are stored.
QString phoneSearchText(const QString& search)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 ()\\-]+$"));
    if (!phoneLike.match(search).hasMatch())
        return search;
    QString digits;
    for (QChar c : search) {
        if (c.isDigit())
            digits += c;
    }
    return digits.isEmpty() ? search : digits;
}

} // namespace

QString MessageLogFilter::whereClause(QVariantList& values) const
{
    QStringList conditions;
    if (!eventType.isEmpty()) {
        conditions << QStringLiteral("event_type = ?");
        values << eventType;
    }
    if (!statuses.isEmpty()) {
        conditions << QStringLiteral("status IN (%1)").arg(placeholders(statuses.size()));
        for (const QString& status : statuses)
            values << status;
    }
    if (from.isValid()) {
        conditions << QStringLiteral("created_at >= ?");
        values << localDayStart(from);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("created_at < ?");
        values << localDayStart(to.addDays(1));
    }
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        // The typed text is a value, never SQL; LIKE wildcards in it are escaped and match literally.
        conditions << QStringLiteral(
            "(customer_phone LIKE ? ESCAPE '\\' OR lower(customer_name) LIKE ? ESCAPE '\\')");
        values << likePattern(phoneSearchText(text)) << likePattern(text);
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool MessageLogFilter::operator==(const MessageLogFilter& other) const
{
    return eventType == other.eventType && statuses == other.statuses && from == other.from &&
           to == other.to && search == other.search;
}

QStringList MessageLogFilter::sentStatuses()
{
    return {QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")};
}

QStringList MessageLogFilter::pendingStatuses()
{
    return {QStringLiteral("PENDING"), QStringLiteral("SENDING"), QStringLiteral("RETRYING")};
}

QStringList MessageLogFilter::allStatuses()
{
    return {QStringLiteral("PENDING"),   QStringLiteral("SENDING"), QStringLiteral("SENT"),
            QStringLiteral("DELIVERED"), QStringLiteral("READ"),    QStringLiteral("FAILED"),
            QStringLiteral("RETRYING"),  QStringLiteral("SKIPPED")};
}

} // namespace fd
