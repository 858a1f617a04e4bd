#pragma once

#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>

namespace fd {

class StatementCache;

// A query run by Connection::exec. When it came from the connection's statement cache it goes back there
// (finished, still prepared) when it is destroyed, so the next exec of the same SQL skips PREPARE (and, on
// PostgreSQL, the DEALLOCATE that QtSql sends when a prepared QSqlQuery dies). Reads like a QSqlQuery.
class Statement
{
public:
    Statement() = default;
    explicit Statement(std::unique_ptr<QSqlQuery> query, QString cacheKey = {},
                       std::weak_ptr<StatementCache> cache = {});
    ~Statement();
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    QSqlQuery& query() { return *m_query; }
    const QSqlQuery& query() const { return *m_query; }
    operator QSqlQuery&() { return *m_query; }
    operator const QSqlQuery&() const { return *m_query; }

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString& column) const { return m_query->value(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }

    // Not put back into the cache (after a failed exec its state is not trusted).
    void discard() { m_cache.reset(); }

private:
    void giveBack();

    std::unique_ptr<QSqlQuery> m_query;
    QString m_cacheKey;
    std::weak_ptr<StatementCache> m_cache;
};

// Prepared QSqlQuery objects of one connection, keyed by SQL text. One per SQL: a statement that is in use
// (checked out) is not shared; a second exec of the same SQL meanwhile prepares its own, uncached one.
// Owned by the Connection and used only in its thread, like the connection itself; dropped with it, so a
// reopened connection starts with none (prepared statements do not outlive the server session).
class StatementCache : public std::enable_shared_from_this<StatementCache>
{
public:
    static constexpr int kMaxStatements = 128;

    // The cached prepared query for `sql`, taken out of the cache (null when there is none).
    std::unique_ptr<QSqlQuery> take(const QString& sql);
    void put(const QString& sql, std::unique_ptr<QSqlQuery> query);
    int size() const { return int(m_queries.size()); }

private:
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace fd
