#include "models/logmodel/MessageLogFilter.h"

#include "models/db/SqlValues.h"
#include "models/records/RecordReference.h"
#include "models/repositories/Row.h"

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
    return sql::fromDateTime(QDateTime(day, QTime(0, 0)).toUTC());
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

// An FTS5 phrase matching `text` literally.
QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A typed reference finds its record's messages: ENQ-000003 (or ENQ-3), SR-000001 (or SR-1), DEL-12 and a
// delivery's own number, whatever their case. Only text that could be one (a digit, no space) is looked up.
// Enquiries and tickets are index look-ups; a delivery's own number is compared in full, as stock_movements
// (the customer's older table) has no index on it.
void addReferenceMatches(const QString& text, QStringList& matches, QVariantList& values)
{
    static const QRegularExpression couldBeOne(QStringLiteral("^\\S*\\d\\S*$"));
    if (text.size() < 3 || !couldBeOne.match(text).hasMatch())
        return;
    static const QRegularExpression numbered(QStringLiteral("^(ENQ|SR|DEL)-?0*(\\d{1,18})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch number = numbered.match(text);
    const QString kind = number.captured(1).toUpper();
    const qint64 id = number.captured(2).toLongLong();
    if (kind == QLatin1String("ENQ")) {
        matches << QStringLiteral("(reference_type = 'enquiry' AND reference_id = ?)");
        values << id;
        return;
    }
    if (kind == QLatin1String("DEL")) {
        matches << QStringLiteral("(reference_type = 'stock_movement' AND reference_id = ?)");
        values << id;
    }
    // A ticket as typed, and for "SR-7" also as the desk writes it (SR-000007).
    const QString upper = text.toUpper();
    QStringList tickets{upper};
    if (kind == QLatin1String("SR") && serviceTicket(id) != upper)
        tickets << serviceTicket(id);
    matches << QStringLiteral("(reference_type = 'complaint' AND reference_id IN "
                              "(SELECT id FROM complaints WHERE ticket_id IN (%1)))")
                   .arg(placeholders(tickets.size()));
    for (const QString& ticket : tickets)
        values << ticket;
    matches << QStringLiteral("(reference_type = 'stock_movement' AND reference_id IN "
                              "(SELECT id FROM stock_movements WHERE upper(reference) = ?))");
    values << upper;
}

} // namespace

QString MessageLogFilter::whereClause(QVariantList& values, Dialect dialect) const
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
    if (!reason.isEmpty()) {
        conditions << QStringLiteral("error_message = ?");
        values << reason;
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
    QStringList matches; // any of them finds the row
    if (dialect == Dialect::Sqlite && text.size() >= 3 && phoneSearchText(text).size() >= 3) {
        // The trigram index finds parts of three characters or more, ignoring case like the LIKE below.
        // Each part is one FTS5 phrase (quotes doubled): the typed text is a value, never query syntax.
        matches << QStringLiteral("id IN (SELECT rowid FROM whatsapp_message_logs_search "
                                  "WHERE whatsapp_message_logs_search MATCH ?)");
        values << QStringLiteral("customer_phone : %1 OR customer_name : %2")
                      .arg(ftsPhrase(phoneSearchText(text)), ftsPhrase(text));
    } else if (!text.isEmpty()) {
        // The typed text is a value, never SQL; LIKE wildcards in it are escaped and match literally.
        matches << QStringLiteral(
            "customer_phone LIKE ? ESCAPE '\\' OR lower(customer_name) LIKE ? ESCAPE '\\'");
        values << likePattern(phoneSearchText(text)) << likePattern(text);
    }
    addReferenceMatches(text, matches, values);
    if (!matches.isEmpty())
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool MessageLogFilter::operator==(const MessageLogFilter& other) const
{
    return eventType == other.eventType && statuses == other.statuses && from == other.from &&
           to == other.to && search == other.search && reason == other.reason;
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
