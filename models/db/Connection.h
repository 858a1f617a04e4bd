#pragma once

#include "core/Result.h"
#include "db/ConnectionSpec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

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
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values, const QString& what);
    Result<QSqlQuery> exec(const QString& sql, const QString& what) { return exec(sql, {}, what); }

    // Runs `sql` and returns the first column of the first row (an invalid QVariant when there is no row).
    Result<QVariant> scalar(const QString& sql, const QVariantList& values, const QString& what);

    Error lastError(const QString& what) const;

private:
    Connection(ConnectionSpec spec, QString name);
    Result<void> configure();

    ConnectionSpec m_spec;
    QString m_name;
    QSqlDatabase m_db;
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

} // namespace fd
