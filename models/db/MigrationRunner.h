#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fd {

struct Migration
{
    int version = 0;
    QString description; // from the file name: 0002_message_leases.sql -> "message leases"
    QString resourcePath;
};

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // SQLite: where the file was copied before it was changed
    bool changed() const { return fromVersion != toVersion; }
};

// Where a database stands against this program's migrations, for the desk to decide before it opens.
struct SchemaStatus
{
    int currentVersion = 0;
    int latestVersion = 0;
    QList<Migration> pending;   // what an upgrade would apply, in order
    QStringList blockingTables; // PostgreSQL: tables the connected role may not alter (see below)
    bool upToDate() const { return pending.isEmpty(); }
};

// Applies the numbered SQL files embedded under :/migrations/<dialect>/ in order, each in its own
// transaction, recording them in schema_version. Two desks that start together take turns: on PostgreSQL an
// advisory lock, on SQLite a lock file beside the database (<file>.upgrading); the second finds nothing to
// do.
class MigrationRunner
{
public:
    // `root` holds one folder per dialect; tests point it at their own migrations.
    explicit MigrationRunner(Connection& connection, QString root = QStringLiteral(":/migrations"));

    static QList<Migration> available(Dialect dialect, const QString& root = QStringLiteral(":/migrations"));
    static int latestVersion(Dialect dialect, const QString& root = QStringLiteral(":/migrations"));

    Result<int> currentVersion();
    // The database's version if this app can work with it; SchemaTooNew when it was upgraded by a newer app.
    Result<int> checkCompatible();
    // SchemaTooNew when a newer FrontDesk upgraded the database; blockingTables only when an upgrade is
    // pending.
    Result<SchemaStatus> status();
    // Up to `targetVersion` when given (IT stepping a server on, tests making an older database), else to the
    // latest. A target above the latest or below the database's version is refused: there is no downgrade.
    Result<MigrationReport> migrate(std::optional<int> targetVersion = std::nullopt);
    // PostgreSQL: tables of the schema the connected role may not alter (it neither owns them nor is a member
    // of their owner), so an upgrade by this role would stop at them. Empty on SQLite.
    Result<QStringList> tablesThisRoleCannotAlter();

private:
    Result<void> ensureVersionTable();
    Result<QString> backupSqliteFile(int fromVersion);
    Result<void> apply(const Migration& migration);
    Error tooNew(int version) const;

    Connection& m_connection;
    QString m_root;
};

} // namespace fd
