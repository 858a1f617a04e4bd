#pragma once

#include "models/core/Result.h"
#include "models/db/ConnectionSpec.h"
#include "models/db/Statement.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <any>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <utility>

namespace fd {

// One open QtSql connection, owned by the thread that opened it (QtSql connections are not thread-safe).
// Each gets a unique name; the destructor closes it and removes it from QtSql's registry.
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(const ConnectionSpec& spec, const QString& purpose);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    Dialect dialect() const { return m_spec.dialect; }
    const ConnectionSpec& spec() const { return m_spec; }
    const QString& name() const { return m_name; }

    // Prepares `sql`, binds `values` to its `?` placeholders in order and executes it.
    // `what` names the action for the error message ("save the enquiry").
    // Statements with values stay prepared in this connection's cache for the next exec of the same SQL.
    Result<Statement> exec(const QString& sql, const QVariantList& values, const QString& what);
    Result<Statement> exec(const QString& sql, const QString& what) { return exec(sql, {}, what); }

    // Runs `sql` and returns the first column of the first row (an invalid QVariant when there is no row).
    Result<QVariant> scalar(const QString& sql, const QVariantList& values, const QString& what);

    Error lastError(const QString& what) const;

    int cachedStatements() const { return m_statements->size(); }

    // What `load` read from a table that rarely changes (settings, staff phones), kept on this connection for
    // up to kRememberMs so that a burst of saves does not read it again for each one. A write through this
    // connection forgets it at once (forget()), as does a rollback; another desk's change shows within
    // kRememberMs.
    static constexpr qint64 kRememberMs = 2000;
    template<typename T, typename Load> Result<T> remembered(const QString& key, Load load)
    {
        auto it = m_memos.find(key);
        if (it != m_memos.end() && !it->second.age.hasExpired(kRememberMs)) {
            if (const T* kept = std::any_cast<T>(&it->second.value))
                return *kept;
        }
        Result<T> loaded = load();
        if (loaded.ok()) {
            Memo& memo = m_memos[key];
            memo.age.start();
            memo.value = loaded.value();
        }
        return loaded;
    }
    // Forgets every remembered value whose key starts with `keyPrefix` (all of them for an empty prefix).
    void forget(const QString& keyPrefix = {});

private:
    Connection(ConnectionSpec spec, QString name);
    Result<void> configure();
    Result<void> useWriteAheadLog(const QString& what);

    ConnectionSpec m_spec;
    QString m_name;
    QSqlDatabase m_db;
    struct Memo
    {
        QElapsedTimer age;
        std::any value;
    };
    std::unordered_map<QString, Memo> m_memos;
    // Only this object holds it; Statements keep a weak reference so they know whether to give back.
    std::shared_ptr<StatementCache> m_statements = std::make_shared<StatementCache>();
};

// Rolls back unless commit() was called. SQLite transactions start IMMEDIATE so that two writers queue up
// at the start instead of failing at commit.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin(const QString& what);
    Result<void> commit(const QString& what);
    void rollback();

private:
    Connection& m_connection;
    bool m_active = false;
};

// The one way to write in a transaction: begins, runs `work` (which returns a Result), commits when it
// succeeded and rolls back when it failed. `what` names the work in error messages ("save the settings").
template<typename Work> auto inTransaction(Connection& connection, const QString& what, Work&& work)
{
    using R = std::invoke_result_t<Work>;
    Transaction transaction(connection);
    if (auto begun = transaction.begin(what); !begun)
        return R(begun.error());
    R result = std::forward<Work>(work)();
    if (!result)
        return result;
    if (auto committed = transaction.commit(what); !committed)
        return R(committed.error());
    return result;
}

} // namespace fd
