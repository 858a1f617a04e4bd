#include "models/db/MigrationRunner.h"

#include "models/core/Logging.h"
#include "models/db/SqlScript.h"
#include "models/db/SqlValues.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <memory>

namespace fd {
namespace {

// An arbitrary constant shared by every FrontDesk: the advisory lock that serialises migrations.
constexpr qint64 kMigrationLockKey = 0x46726f6e74446573; // "FrontDes"

// PostgreSQL migration 0008 made frontdesk_admin the owner of the schema's objects. Later migrations run as
// that role, so any administrator may apply them and what they create belongs to the role, not to whoever
// happened to confirm the upgrade. (A later migration that must create roles cannot run this way.)
constexpr int kAdminsOwnSchemaVersion = 8;

QString tableExistsSql(Dialect dialect)
{
    return dialect == Dialect::Sqlite
               ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
               : QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                "WHERE table_schema = current_schema() AND table_name = ?");
}

// How long a desk waits for another desk's upgrade of the same SQLite file: copying a large file aside takes
// a while, a crashed desk's lock is taken over at once (below).
constexpr int kSqliteLockWaitMs = 5 * 60 * 1000;

// Serialises migrations for its lifetime, so that two desks (or a desk's threads) starting together neither
// both copy the file aside nor interleave their steps. PostgreSQL: an advisory lock on the server. SQLite: a
// lock file next to the database, because the copy (VACUUM INTO) cannot run inside a transaction.
class MigrationLock
{
public:
    explicit MigrationLock(Connection& connection)
        : m_connection(connection)
    {}
    ~MigrationLock()
    {
        if (m_advisoryHeld)
            (void)m_connection.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLockKey},
                                    QObject::tr("release the migration lock"));
    }
    Result<void> acquire()
    {
        const ConnectionSpec& spec = m_connection.spec();
        if (spec.dialect == Dialect::Sqlite && spec.isInMemory())
            return {};
        if (spec.dialect == Dialect::Sqlite)
            return lockFile(spec.sqlitePath + QStringLiteral(".upgrading"));
        auto locked = m_connection.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLockKey},
                                        QObject::tr("wait for another desk's database upgrade"));
        if (!locked)
            return locked.error();
        m_advisoryHeld = true;
        return {};
    }

private:
    Result<void> lockFile(const QString& path)
    {
        m_file = std::make_unique<QLockFile>(path);
        // Never stale by age: a long upgrade keeps its lock. A lock whose program is gone (a crash) is stale
        // and taken over.
        m_file->setStaleLockTime(0);
        if (m_file->tryLock(kSqliteLockWaitMs))
            return {};
        if (m_file->error() == QLockFile::LockFailedError)
            return Error::make(Error::Kind::Unavailable,
                               QObject::tr("Another FrontDesk has been upgrading this database for minutes "
                                           "(it holds %1). Let it finish; if no FrontDesk uses the file, "
                                           "delete %1 and start again.")
                                   .arg(QDir::toNativeSeparators(path)));
        return Error::make(Error::Kind::Unavailable,
                           QObject::tr("FrontDesk cannot write %1 next to the database to upgrade it.")
                               .arg(QDir::toNativeSeparators(path)));
    }

    Connection& m_connection;
    bool m_advisoryHeld = false;
    std::unique_ptr<QLockFile> m_file; // unlocks when destroyed
};

} // namespace

MigrationRunner::MigrationRunner(Connection& connection, QString root)
    : m_connection(connection)
    , m_root(std::move(root))
{}

QList<Migration> MigrationRunner::available(Dialect dialect, const QString& root)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    const QString folder = root + QLatin1Char('/') + dialectName(dialect);
    QList<Migration> migrations;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            qCWarning(lcModels) << "ignoring migration with a malformed name:" << name;
            continue;
        }
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.description = match.captured(2).replace(QLatin1Char('_'), QLatin1Char(' '));
        migration.resourcePath = folder + QLatin1Char('/') + name;
        migrations << migration;
    }
    return migrations;
}

int MigrationRunner::latestVersion(Dialect dialect, const QString& root)
{
    const auto migrations = available(dialect, root);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Result<int> MigrationRunner::currentVersion()
{
    const QString what = QObject::tr("read the database's schema version");
    auto exists =
        m_connection.scalar(tableExistsSql(m_connection.dialect()), {QStringLiteral("schema_version")}, what);
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return 0;
    auto version =
        m_connection.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), {}, what);
    if (!version)
        return version.error();
    return version.value().toInt();
}

Error MigrationRunner::tooNew(int version) const
{
    return Error::make(
        Error::Kind::SchemaTooNew,
        QObject::tr("The database was upgraded by a newer FrontDesk (schema version %1; this FrontDesk "
                    "%2 knows up to %3). Install the newer FrontDesk on this desk.")
            .arg(version)
            .arg(QStringLiteral(FRONTDESK_VERSION))
            .arg(latestVersion(m_connection.dialect(), m_root)));
}

Result<int> MigrationRunner::checkCompatible()
{
    auto version = currentVersion();
    if (!version)
        return version;
    if (version.value() > latestVersion(m_connection.dialect(), m_root))
        return tooNew(version.value());
    return version;
}

Result<void> MigrationRunner::ensureVersionTable()
{
    const QString sql = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                       " version INTEGER PRIMARY KEY,"
                                       " description VARCHAR(200) NOT NULL,"
                                       " app_version VARCHAR(40) NOT NULL,"
                                       " applied_at TIMESTAMP NOT NULL)");
    auto created = m_connection.exec(sql, QObject::tr("create the schema version table"));
    if (!created)
        return created.error();
    return {};
}

Result<QString> MigrationRunner::backupSqliteFile(int fromVersion)
{
    const ConnectionSpec& spec = m_connection.spec();
    if (spec.dialect != Dialect::Sqlite || spec.isInMemory())
        return QString();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(spec.sqlitePath).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(spec.sqlitePath).arg(fromVersion).arg(stamp).arg(n);
    // VACUUM INTO writes a consistent copy even in WAL mode, where copying the file alone could miss pages.
    auto copied = m_connection.exec(QStringLiteral("VACUUM INTO ?"), {target},
                                    QObject::tr("copy the database aside before upgrading it"));
    if (!copied)
        return copied.error();
    qCInfo(lcModels) << "copied" << spec.sqlitePath << "to" << target << "before migrating";
    return target;
}

Result<void> MigrationRunner::apply(const Migration& migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Internal,
            QObject::tr("Migration %1 is missing from the program.").arg(migration.resourcePath));
    const QString script = QString::fromUtf8(file.readAll());
    const QString what = QObject::tr("upgrade the database to version %1 (%2)")
                             .arg(migration.version)
                             .arg(migration.description);

    bool applied = false; // false when another desk applied it while we waited for the lock
    auto migrated = inTransaction(m_connection, what, [&]() -> Result<void> {
        // Another desk may have applied it while we waited for the lock.
        auto version = currentVersion();
        if (!version)
            return version.error();
        if (version.value() >= migration.version)
            return {};
        if (m_connection.dialect() == Dialect::Postgres && migration.version > kAdminsOwnSchemaVersion) {
            if (auto role = m_connection.exec(QStringLiteral("SET LOCAL ROLE frontdesk_admin"), what); !role)
                return role.error();
        }
        for (const QString& statement : splitSqlScript(script)) {
            if (auto done = m_connection.exec(statement, what); !done)
                return done.error();
        }
        auto recorded = m_connection.exec(
            QStringLiteral("INSERT INTO schema_version (version, description, app_version, applied_at) "
                           "VALUES (?, ?, ?, ?)"),
            {migration.version, migration.description, QStringLiteral(FRONTDESK_VERSION),
             sql::fromDateTime(QDateTime::currentDateTimeUtc())},
            what);
        if (!recorded)
            return recorded.error();
        applied = true;
        return {};
    });
    if (migrated && applied)
        qCInfo(lcModels) << "migrated to version" << migration.version << migration.description;
    return migrated;
}

Result<SchemaStatus> MigrationRunner::status()
{
    auto version = checkCompatible();
    if (!version)
        return version.error();
    SchemaStatus status;
    status.currentVersion = version.value();
    status.latestVersion = latestVersion(m_connection.dialect(), m_root);
    for (const Migration& migration : available(m_connection.dialect(), m_root)) {
        if (migration.version > status.currentVersion)
            status.pending << migration;
    }
    if (!status.pending.isEmpty()) {
        auto blocking = tablesThisRoleCannotAlter();
        if (!blocking)
            return blocking.error();
        status.blockingTables = blocking.value();
    }
    return status;
}

Result<QStringList> MigrationRunner::tablesThisRoleCannotAlter()
{
    if (m_connection.dialect() != Dialect::Postgres)
        return QStringList();
    // Superusers have the privileges of every role, so pg_has_role is true for them.
    auto rows =
        m_connection.exec(QStringLiteral("SELECT c.relname FROM pg_class c "
                                         "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                         "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                                         "AND NOT pg_has_role(current_user, c.relowner, 'USAGE') "
                                         "ORDER BY c.relname"),
                          {}, QObject::tr("check who may upgrade the database"));
    if (!rows)
        return rows.error();
    QStringList tables;
    while (rows.value().next())
        tables << rows.value().value(0).toString();
    return tables;
}

Result<MigrationReport> MigrationRunner::migrate(std::optional<int> targetVersion)
{
    const int latest = latestVersion(m_connection.dialect(), m_root);
    if (targetVersion && (*targetVersion < 0 || *targetVersion > latest))
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("There is no schema version %1: this FrontDesk knows versions up to %2.")
                .arg(*targetVersion)
                .arg(latest));
    const int target = targetVersion.value_or(latest);

    MigrationLock lock(m_connection);
    if (auto acquired = lock.acquire(); !acquired)
        return acquired.error();

    auto from = checkCompatible();
    if (!from)
        return from.error();
    MigrationReport report;
    report.fromVersion = from.value();
    report.toVersion = from.value();
    if (target < report.fromVersion)
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("The database is at schema version %1 already; FrontDesk does not take a "
                        "schema back to %2 (restore the copy made before the upgrade instead).")
                .arg(report.fromVersion)
                .arg(target));

    const QList<Migration> migrations = available(m_connection.dialect(), m_root);
    // Two files with one number would apply the first and silently skip the second.
    for (qsizetype i = 1; i < migrations.size(); ++i)
        if (migrations[i].version == migrations[i - 1].version)
            return Error::make(
                Error::Kind::Internal,
                QObject::tr("This FrontDesk ships two schema upgrades numbered %1 (%2, %3), so it "
                            "changes nothing; report it to whoever built it.")
                    .arg(migrations[i].version)
                    .arg(migrations[i - 1].description, migrations[i].description));
    const bool pending = std::any_of(migrations.begin(), migrations.end(), [&](const Migration& m) {
        return m.version > report.fromVersion && m.version <= target;
    });
    if (!pending)
        return report;

    if (report.fromVersion > 0) {
        auto backup = backupSqliteFile(report.fromVersion);
        if (!backup)
            return backup.error();
        report.backupPath = backup.value();
    }
    if (auto created = ensureVersionTable(); !created)
        return created.error();
    for (const Migration& migration : migrations) {
        if (migration.version <= report.fromVersion || migration.version > target)
            continue;
        if (auto applied = apply(migration); !applied)
            return applied.error();
    }
    auto to = currentVersion();
    if (!to)
        return to.error();
    report.toVersion = to.value();
    return report;
}

} // namespace fd
