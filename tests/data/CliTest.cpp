// The `frontdesk` command line, run as a real process.
#include "models/db/MigrationRunner.h"
#include "models/db/SchemaContract.h"
#include "util/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace fd;
using namespace fd::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs frontdesk with a private HOME so the developer's own settings are never read or written.
CliRun frontdesk(const QStringList& args, const QProcessEnvironment& extra = {}, const QString& runAs = {})
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("FRONTDESK_DATABASE_URL"));
    env.remove(QStringLiteral("PGPASSWORD"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    if (runAs.isEmpty()) {
        process.start(QStringLiteral(FRONTDESK_BINARY), args);
    } else {
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), runAs, QStringLiteral("--"), QStringLiteral(FRONTDESK_BINARY)} +
                args);
    }
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString sqliteUrl(const QTemporaryDir& dir)
{
    return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("desk.sqlite"));
}

QString postgresUrl(const ConnectionSpec& spec)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(spec.user, spec.password, spec.host)
        .arg(spec.port)
        .arg(spec.database);
}

} // namespace

TEST(Cli, Version)
{
    const CliRun run = frontdesk({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral(FRONTDESK_VERSION))) << run.out.toStdString();
}

TEST(Cli, MigrateThenCheckOnSqlite)
{
    QTemporaryDir dir;
    const QString url = sqliteUrl(dir);
    CliRun check = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), url});
    EXPECT_EQ(check.exitCode, 1) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Reachable: yes")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Schema version: 0")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("table whatsapp_message_logs"))) << check.out.toStdString();
    EXPECT_TRUE(check.err.contains(QStringLiteral("frontdesk migrate")));

    const QString latest = QString::number(MigrationRunner::latestVersion(Dialect::Sqlite));
    CliRun migrate = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    EXPECT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
    EXPECT_TRUE(migrate.out.contains(QStringLiteral("Schema version: %1 (upgraded from 0)").arg(latest)))
        << migrate.out.toStdString();

    CliRun again = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("already up to date")));

    check = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), url});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Missing: nothing")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Status: ready")));
}

TEST(Cli, DatabaseFromTheEnvironment)
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("FRONTDESK_DATABASE_URL"), sqliteUrl(dir));
    CliRun migrate = frontdesk({QStringLiteral("migrate")}, env);
    EXPECT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("desk.sqlite"))));
    CliRun check = frontdesk({QStringLiteral("check")}, env);
    EXPECT_TRUE(check.out.contains(QStringLiteral("from FRONTDESK_DATABASE_URL"))) << check.out.toStdString();
}

TEST(Cli, MigrateCreatesTheSeedSchemaOnAnEmptyPostgres)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    CliRun migrate =
        frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), postgresUrl(database->spec())});
    ASSERT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
    EXPECT_TRUE(migrate.out.contains(QStringLiteral("Database: PostgreSQL")));
    EXPECT_FALSE(migrate.out.contains(database->spec().password)) << "the password is never printed";
    auto c = database->connect();
    ASSERT_TRUE(c);
    auto missing = SchemaContract::missingObjects(*c);
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing->isEmpty()) << missing->join(QStringLiteral(", ")).toStdString();

    CliRun check =
        frontdesk({QStringLiteral("check"), QStringLiteral("--database"), postgresUrl(database->spec())});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
}

TEST(Cli, PasswordFromPgPassword)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    const ConnectionSpec spec = database->spec();
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                            .arg(spec.user, spec.host)
                            .arg(spec.port)
                            .arg(spec.database);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    CliRun migrate = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url}, env);
    EXPECT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
}

TEST(Cli, ClearErrors)
{
    CliRun bad =
        frontdesk({QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral("mysql://x@y/z")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("unknown kind \"mysql\""))) << bad.err.toStdString();

    CliRun unknown = frontdesk({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command")));

    ConnectionSpec spec = postgresAdminSpec();
    spec.password = QStringLiteral("wrong-password");
    CliRun wrong = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), postgresUrl(spec)});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.out.contains(QStringLiteral("Reachable: no")));
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("refused the user name or password")))
        << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.contains(QStringLiteral("wrong-password")));

    spec = postgresAdminSpec();
    spec.database = QStringLiteral("missing_db");
    CliRun missing = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), postgresUrl(spec)});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")));
}

TEST(Cli, NewerSchemaIsRefused)
{
    QTemporaryDir dir;
    const QString url = sqliteUrl(dir);
    ASSERT_EQ(frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url}).exitCode, 0);
    {
        auto c = Connection::open(ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("desk.sqlite"))),
                                  QStringLiteral("t"));
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(c.value()
                        ->exec(QStringLiteral(
                                   "INSERT INTO schema_version VALUES (500, 'future', '9.9', '2030-01-01')"),
                               QStringLiteral("insert"))
                        .ok());
    }
    CliRun migrate = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    EXPECT_EQ(migrate.exitCode, 3);
    EXPECT_TRUE(migrate.err.contains(QStringLiteral("newer FrontDesk"))) << migrate.err.toStdString();
    CliRun check = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), url});
    EXPECT_EQ(check.exitCode, 3);
}

TEST(Cli, NewerSchemaIsRefusedOnPostgres)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    const QString url = postgresUrl(database->spec());
    ASSERT_EQ(frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url}).exitCode, 0);
    auto c = database->connect();
    ASSERT_TRUE(c);
    ASSERT_TRUE(
        c->exec(QStringLiteral("INSERT INTO schema_version VALUES (500, 'future', '9.9', '2030-01-01')"),
                QStringLiteral("insert"))
            .ok());
    CliRun migrate = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    EXPECT_EQ(migrate.exitCode, 3);
    EXPECT_TRUE(migrate.err.contains(QStringLiteral("newer FrontDesk"))) << migrate.err.toStdString();
    EXPECT_TRUE(migrate.err.contains(QStringLiteral("500"))) << migrate.err.toStdString();
    CliRun check = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), url});
    EXPECT_EQ(check.exitCode, 3);
    EXPECT_TRUE(check.err.contains(QStringLiteral("newer FrontDesk"))) << check.err.toStdString();
}

// Before an upgrade, check says whether the login it runs as may do it (only the tables' owner may alter
// them).
TEST(Cli, CheckSaysWhenThisLoginMayNotUpgrade)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    // Before 0008, which handed the tables to frontdesk_admin: the upgrade from there needs table ownership.
    const QString older = QStringLiteral("7");
    const QString url = postgresUrl(database->spec());
    ASSERT_EQ(frontdesk({QStringLiteral("migrate"), QStringLiteral("--to"), older,
                         QStringLiteral("--database"), url})
                  .exitCode,
              0);
    CliRun owner = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), url});
    EXPECT_EQ(owner.exitCode, 1);
    EXPECT_FALSE(owner.out.contains(QStringLiteral("may not alter"))) << owner.out.toStdString();

    auto c = database->connect();
    ASSERT_TRUE(c);
    const QString login = QStringLiteral("desk_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    ASSERT_TRUE(
        c->exec(
             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'desk-pass-1' IN ROLE frontdesk_admin").arg(login),
             QStringLiteral("role"))
            .ok());
    ConnectionSpec spec = database->spec();
    spec.user = login;
    spec.password = QStringLiteral("desk-pass-1");
    CliRun admin = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), postgresUrl(spec)});
    EXPECT_EQ(admin.exitCode, 1);
    EXPECT_TRUE(admin.out.contains(QStringLiteral("Upgrade: this login may not alter")))
        << admin.out.toStdString();
    EXPECT_TRUE(admin.out.contains(QStringLiteral("whatsapp_message_logs"))) << admin.out.toStdString();
    database.reset();
    auto server = Connection::open(postgresAdminSpec(), QStringLiteral("drop"));
    ASSERT_TRUE(server.ok());
    (void)server.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login),
                               QStringLiteral("drop role"));
}

// IT (and the package checks) can stop at an older schema version, then finish later; never go back.
TEST(Cli, MigrateToAnOlderVersionThenFinish)
{
    QTemporaryDir dir;
    const QString url = sqliteUrl(dir);
    const auto migrations = MigrationRunner::available(Dialect::Sqlite);
    ASSERT_GE(migrations.size(), 2);
    const QString older = QString::number(migrations.at(1).version);
    const QString latest = QString::number(migrations.constLast().version);

    CliRun first = frontdesk(
        {QStringLiteral("migrate"), QStringLiteral("--to"), older, QStringLiteral("--database"), url});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Schema version: %1 (upgraded from 0)").arg(older)))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("needs schema version %1").arg(latest)))
        << first.out.toStdString();
    CliRun check = frontdesk({QStringLiteral("check"), QStringLiteral("--database"), url});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(
        check.out.contains(QStringLiteral("Schema version: %1 (this FrontDesk: %2)").arg(older, latest)))
        << check.out.toStdString();

    CliRun rest = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    EXPECT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    EXPECT_TRUE(rest.out.contains(QStringLiteral("Schema version: %1 (upgraded from %2)").arg(latest, older)))
        << rest.out.toStdString();
    EXPECT_TRUE(rest.out.contains(QStringLiteral("Copied the database to"))) << rest.out.toStdString();

    CliRun back = frontdesk(
        {QStringLiteral("migrate"), QStringLiteral("--to"), older, QStringLiteral("--database"), url});
    EXPECT_EQ(back.exitCode, 1);
    EXPECT_TRUE(back.err.contains(QStringLiteral("does not take a schema back"))) << back.err.toStdString();
    CliRun beyond = frontdesk({QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("9999"),
                               QStringLiteral("--database"), url});
    EXPECT_EQ(beyond.exitCode, 1);
    EXPECT_TRUE(beyond.err.contains(QStringLiteral("no schema version 9999"))) << beyond.err.toStdString();
    CliRun junk = frontdesk({QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("latest"),
                             QStringLiteral("--database"), url});
    EXPECT_EQ(junk.exitCode, 1);
    EXPECT_TRUE(junk.err.contains(QStringLiteral("--to wants a schema version number")))
        << junk.err.toStdString();
}

TEST(Cli, CorruptSqliteFile)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CliRun migrate = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), sqliteUrl(dir)});
    EXPECT_EQ(migrate.exitCode, 3);
    EXPECT_TRUE(migrate.err.contains(QStringLiteral("not a FrontDesk database")))
        << migrate.err.toStdString();
}

// A database file the desk's user may read but not write. Root may write anything, so as root the command
// runs as `nobody`.
TEST(Cli, ReadOnlySqliteFile)
{
    QTemporaryDir dir;
    const QString url = sqliteUrl(dir);
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    // A database one version behind, so that migrate has something to write.
    {
        auto c = Connection::open(ConnectionSpec::sqliteFile(path), QStringLiteral("t"));
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(MigrationRunner(*c.value(), QStringLiteral(":/none")).migrate().ok());
        ASSERT_TRUE(
            c.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("journal")).ok());
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString runAs = geteuid() == 0 ? QStringLiteral("nobody") : QString();
    CliRun migrate = frontdesk({QStringLiteral("migrate"), QStringLiteral("--database"), url}, {}, runAs);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(migrate.exitCode, 3) << migrate.out.toStdString() << migrate.err.toStdString();
    EXPECT_TRUE(migrate.err.contains(QStringLiteral("read-only"))) << migrate.err.toStdString();
}
