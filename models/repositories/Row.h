#pragma once

#include "db/SqlValues.h"

#include <QSqlQuery>

namespace fd {

// Typed access to the current row of a query by column name, the same on both dialects.
class Row
{
public:
    explicit Row(const QSqlQuery& query) : m_query(query) {}
    QString text(const char* column) const { return value(column).toString(); }
    qint64 id(const char* column) const { return value(column).toLongLong(); }
    int integer(const char* column) const { return value(column).toInt(); }
    bool flag(const char* column) const { return value(column).toBool(); }
    QDateTime time(const char* column) const { return sql::toDateTime(value(column)); }
    QDate date(const char* column) const { return sql::toDate(value(column)); }

private:
    QVariant value(const char* column) const { return m_query.value(QLatin1String(column)); }
    const QSqlQuery& m_query;
};

// "%text%" for LIKE, with the wildcards the user typed taken literally (used with ESCAPE '\').
QString likePattern(const QString& text);

// Reads every row of `query` with `read`.
template<typename T, typename Read>
QList<T> readAll(QSqlQuery& query, Read read)
{
    QList<T> rows;
    while (query.next())
        rows << read(Row(query));
    return rows;
}

} // namespace fd
