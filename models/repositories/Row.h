#pragma once

#include "models/db/SqlValues.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace fd {

// Typed access to the current row of a query by column name, the same on both dialects. A column the query
// did not select reads as null, so that one reader serves a full row and a list's narrower one.
// Names are looked up in the query's columns (QSqlRecord) read once per Row, or once per query when given:
// QSqlQuery::value(name) rebuilds the record for every value, which on PostgreSQL made reading a page of
// the message log cost more than the query itself.
class Row
{
public:
    explicit Row(const QSqlQuery& query)
        : m_query(query)
    {}
    Row(const QSqlQuery& query, const QSqlRecord& columns)
        : m_query(query)
        , m_columns(&columns)
    {}
    Row(const Row&) = delete;
    Row& operator=(const Row&) = delete;
    QString text(const char* column) const { return value(column).toString(); }
    qint64 id(const char* column) const { return value(column).toLongLong(); }
    int integer(const char* column) const { return value(column).toInt(); }
    bool flag(const char* column) const { return value(column).toBool(); }
    QDateTime time(const char* column) const { return sql::toDateTime(value(column)); }
    QDate date(const char* column) const { return sql::toDate(value(column)); }

private:
    QVariant value(const char* column) const
    {
        if (!m_columns) {
            m_ownColumns = m_query.record();
            m_columns = &m_ownColumns;
        }
        const int index = m_columns->indexOf(QLatin1String(column));
        return index < 0 ? QVariant() : m_query.value(index);
    }
    const QSqlQuery& m_query;
    mutable const QSqlRecord* m_columns = nullptr;
    mutable QSqlRecord m_ownColumns;
};

// "%text%" for LIKE, with the wildcards the user typed taken literally (used with ESCAPE '\').
QString likePattern(const QString& text);

// Reads every row of `query` with `read`.
template<typename T, typename Read> QList<T> readAll(QSqlQuery& query, Read read)
{
    QList<T> rows;
    const QSqlRecord columns = query.record();
    while (query.next())
        rows << read(Row(query, columns));
    return rows;
}

} // namespace fd
