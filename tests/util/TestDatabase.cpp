#include "util/TestDatabase.h"

#include "models/db/MigrationRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QUuid>
#include <cstdlib>
#include <optional>

namespace fd::test {
namespace {

QString serverScript()
{
    return QStringLiteral(FRONTDESK_TEST_SOURCE_DIR "/util/pg-test-server.sh");
}

// A server started by this process because neither the environment nor ctest's fixture gave one.
struct OwnServer
{
    QString stateDir;
    ~OwnServer()
    {
        if (!stateDir.isEmpty())
            QProcess::execute(QStringLiteral("bash"), {serverScript(), QStringLiteral("stop"), stateDir});
    }
};

QString readUrlFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool reachable(const ConnectionSpec& spec)
{
    return static_cast<bool>(Connection::open(spec, QStringLiteral("probe")));
}

ConnectionSpec discoverAdminSpec()
{
    if (const QString url = qEnvironmentVariable("FRONTDESK_TEST_PG_URL"); !url.isEmpty()) {
        auto spec = ConnectionSpec::parse(url);
        if (!spec)
            qFatal("FRONTDESK_TEST_PG_URL is not valid: %s", qPrintable(spec.error().message));
        return spec.value();
    }
    if (const QString file = qEnvironmentVariable("FRONTDESK_TEST_PG_FIXTURE"); !file.isEmpty()) {
        const QString url = readUrlFile(file);
        if (!url.isEmpty()) {
            auto spec = ConnectionSpec::parse(url);
            if (spec && reachable(spec.value()))
                return spec.value();
        }
    }
    // Started here, stopped when the test process exits.
    static OwnServer own;
    own.stateDir = QStringLiteral("/tmp/frontdesk-test-pg-%1").arg(QCoreApplication::applicationPid());
    const int code =
        QProcess::execute(QStringLiteral("bash"), {serverScript(), QStringLiteral("start"), own.stateDir});
    if (code != 0)
        qFatal("could not start the test PostgreSQL server (%s start exited with %d)",
               qPrintable(serverScript()), code);
    auto spec = ConnectionSpec::parse(readUrlFile(own.stateDir + QStringLiteral("/url")));
    if (!spec)
        qFatal("the test PostgreSQL server wrote no usable URL");
    return spec.value();
}

struct LoginShape
{
    const char* suffix;
    const char* roles;
};

LoginShape shapeOf(TestDatabase::Login login)
{
    switch (login) {
    case TestDatabase::Login::Reception:
        return {"desk", "frontdesk_reception"};
    case TestDatabase::Login::Sender:
        return {"sender", "frontdesk_reception, frontdesk_sender"};
    case TestDatabase::Login::Admin:
        return {"admin", "frontdesk_admin"};
    }
    return {"desk", "frontdesk_reception"};
}

} // namespace

ConnectionSpec postgresAdminSpec()
{
    static QMutex mutex;
    static std::optional<ConnectionSpec> spec;
    QMutexLocker lock(&mutex);
    if (!spec)
        spec = discoverAdminSpec();
    return *spec;
}

namespace {

::testing::AssertionResult grantAdminOnly(Connection& superuser, const QString& role, const QString& member)
{
    auto made = superuser.scalar(
        QStringLiteral("SELECT format('GRANT %I TO %I WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', ?::text, "
                       "?::text)"),
        {role, member}, QStringLiteral("format the grant"));
    if (!made)
        return ::testing::AssertionFailure() << made.error().detail.toStdString();
    auto granted = superuser.exec(made.value().toString(), QStringLiteral("grant"));
    if (!granted)
        return ::testing::AssertionFailure() << granted.error().detail.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace

bool atLeastPostgres16(Connection& connection)
{
    auto version = connection.scalar(QStringLiteral("SELECT current_setting('server_version_num')::int"), {},
                                     QStringLiteral("server version"));
    if (!version) {
        ADD_FAILURE() << "cannot read the server's version: " << version.error().detail.toStdString();
        return false;
    }
    return version.value().toInt() >= 160000;
}

::testing::AssertionResult makeRoleIfMissing(Connection& superuser, const QString& role,
                                             const QString& options)
{
    auto made =
        superuser.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 %2; EXCEPTION WHEN duplicate_object OR "
                                      "unique_violation THEN NULL; END $$")
                           .arg(role, options),
                       QStringLiteral("make the role when missing"));
    if (!made)
        return ::testing::AssertionFailure() << made.error().detail.toStdString();
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult handToFrontDesk(Connection& superuser, const QString& login)
{
    if (!atLeastPostgres16(superuser))
        return ::testing::AssertionSuccess();
    return grantAdminOnly(superuser, login, QStringLiteral("frontdesk_login_keeper"));
}

::testing::AssertionResult letManageFrontDeskRoles(Connection& superuser, const QString& login)
{
    if (!atLeastPostgres16(superuser))
        return ::testing::AssertionSuccess();
    // Made here when missing, as another FrontDesk database on this server would have: whether a parallel
    // test made them first does not matter then.
    const QStringList roles{QStringLiteral("frontdesk_admin"), QStringLiteral("frontdesk_reception"),
                            QStringLiteral("frontdesk_sender"), QStringLiteral("frontdesk_login_keeper")};
    for (const QString& role : roles) {
        const QString options = role.endsWith(QLatin1String("keeper")) ? QStringLiteral("NOLOGIN CREATEROLE")
                                                                       : QStringLiteral("NOLOGIN");
        if (auto made = makeRoleIfMissing(superuser, role, options); !made)
            return made;
        if (auto granted = grantAdminOnly(superuser, role, login); !granted)
            return granted;
    }
    return ::testing::AssertionSuccess();
}

std::string dialectTestName(const ::testing::TestParamInfo<Dialect>& info)
{
    return dialectName(info.param).toStdString();
}

std::unique_ptr<TestDatabase> TestDatabase::create(Dialect dialect)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    if (dialect == Dialect::Sqlite) {
        if (!db->m_dir.isValid())
            return nullptr;
        db->m_spec = ConnectionSpec::sqliteFile(db->m_dir.filePath(QStringLiteral("test.sqlite")));
        return db;
    }
    const ConnectionSpec admin = postgresAdminSpec();
    auto connection = Connection::open(admin, QStringLiteral("test-admin"));
    if (!connection) {
        ADD_FAILURE() << "cannot reach the test PostgreSQL server: "
                      << connection.error().message.toStdString();
        return nullptr;
    }
    db->m_pgDatabase = QStringLiteral("ft_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(20));
    // Database names cannot be bound; this one is made here from hex digits only.
    auto created = connection.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(db->m_pgDatabase),
                                            QStringLiteral("create the test database"));
    if (!created) {
        ADD_FAILURE() << created.error().message.toStdString() << created.error().detail.toStdString();
        return nullptr;
    }
    db->m_spec = admin;
    db->m_spec.database = db->m_pgDatabase;
    return db;
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    auto connection = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
    if (!connection)
        return;
    (void)connection.value()->exec(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase),
        QStringLiteral("drop the test database"));
    for (const Login login : {Login::Reception, Login::Sender, Login::Admin})
        (void)connection.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1_%2")
                                           .arg(m_pgDatabase, QLatin1String(shapeOf(login).suffix)),
                                       QStringLiteral("drop the test's login"));
}

ConnectionSpec TestDatabase::specAs(Login login) const
{
    if (m_pgDatabase.isEmpty())
        return m_spec;
    auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
    if (!admin) {
        ADD_FAILURE() << "cannot open the test server: " << admin.error().message.toStdString();
        return m_spec;
    }
    // Utility statements cannot bind: the name is made of hex digits here.
    const LoginShape shape = shapeOf(login);
    const QString name = QStringLiteral("%1_%2").arg(m_pgDatabase, QLatin1String(shape.suffix));
    const QString password = QStringLiteral("desk-pass-1");
    // With the session limits the Users page gives a desk's login (frontdesk_apply_login_limits, 0020). A
    // login without them is also taken up by migration 0016's sweep in every database that migrates at the
    // same time, and two such sweeps on one login collide.
    const QString limits =
        login == Login::Admin
            ? QString()
            : QStringLiteral("ALTER ROLE %1 SET idle_in_transaction_session_timeout = '60s'; "
                             "ALTER ROLE %1 SET lock_timeout = '30s';")
                  .arg(name);
    auto made = admin.value()->exec(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                       "CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3; %4 END IF; END $$")
            .arg(name, password, QLatin1String(shape.roles), limits),
        QStringLiteral("make the test's login"));
    if (!made)
        ADD_FAILURE() << "cannot make the test's login: " << made.error().detail.toStdString();
    EXPECT_TRUE(handToFrontDesk(*admin.value(), name));
    ConnectionSpec spec = m_spec;
    spec.user = name;
    spec.password = password;
    return spec;
}

std::unique_ptr<Connection> TestDatabase::connectAsReception() const
{
    auto connection = Connection::open(specAs(Login::Reception), QStringLiteral("desk"));
    if (!connection) {
        ADD_FAILURE() << "cannot open the test database as the desk: "
                      << connection.error().message.toStdString() << " "
                      << connection.error().detail.toStdString();
        return nullptr;
    }
    return std::move(connection).value();
}

void TestDatabase::pinServerClock(const QDateTime& utc) const
{
    if (m_pgDatabase.isEmpty())
        return;
    auto connection = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
    ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
    // Utility statements cannot bind: the name is made of hex digits here, the time of digits by Qt.
    const QString sql =
        utc.isValid()
            ? QStringLiteral("ALTER DATABASE %1 SET frontdesk.server_clock = '%2'")
                  .arg(m_pgDatabase, utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
            : QStringLiteral("ALTER DATABASE %1 RESET frontdesk.server_clock").arg(m_pgDatabase);
    auto pinned = connection.value()->exec(sql, QStringLiteral("pin the server's clock"));
    ASSERT_TRUE(pinned.ok()) << pinned.error().detail.toStdString();
}

std::unique_ptr<Connection> TestDatabase::connect(const QString& purpose) const
{
    auto connection = Connection::open(m_spec, purpose);
    if (!connection) {
        ADD_FAILURE() << "cannot open the test database: " << connection.error().message.toStdString() << " "
                      << connection.error().detail.toStdString();
        return nullptr;
    }
    return std::move(connection).value();
}

std::unique_ptr<Connection> TestDatabase::connectMigrated() const
{
    auto connection = connect();
    if (!connection)
        return nullptr;
    auto report = MigrationRunner(*connection).migrate();
    if (!report) {
        ADD_FAILURE() << "migration failed: " << report.error().message.toStdString() << " "
                      << report.error().detail.toStdString();
        return nullptr;
    }
    return connection;
}

} // namespace fd::test
