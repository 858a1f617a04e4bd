#include "models/db/Statement.h"

namespace fd {

Statement::Statement(std::unique_ptr<QSqlQuery> query, QString cacheKey, std::weak_ptr<StatementCache> cache)
    : m_query(std::move(query))
    , m_cacheKey(std::move(cacheKey))
    , m_cache(std::move(cache))
{}

Statement::~Statement()
{
    giveBack();
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_cacheKey = std::move(other.m_cacheKey);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Statement::giveBack()
{
    if (!m_query)
        return;
    if (auto cache = m_cache.lock()) {
        // finish(): SQLite resets the statement (no read lock held while it waits in the cache),
        // PostgreSQL drops what is left of the result; the statement itself stays prepared.
        m_query->finish();
        cache->put(m_cacheKey, std::move(m_query));
    }
    m_query.reset();
}

std::unique_ptr<QSqlQuery> StatementCache::take(const QString& sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        return nullptr;
    std::unique_ptr<QSqlQuery> query = std::move(it->second);
    m_queries.erase(it);
    return query;
}

void StatementCache::put(const QString& sql, std::unique_ptr<QSqlQuery> query)
{
    // SQL is built from fixed texts, so the set is small; the bound only guards against a caller that
    // pastes values into SQL (which must not happen anyway: every value is bound).
    if (m_queries.size() >= size_t(kMaxStatements) || m_queries.count(sql))
        return; // dropped: QtSql deallocates it
    m_queries.emplace(sql, std::move(query));
}

} // namespace fd
