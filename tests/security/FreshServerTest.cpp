// A fresh PostgreSQL server set up the way the README tells IT to: IT's own login (no superuser; CREATEROLE
// and CREATEDB) creates the database, runs the migrations (which create FrontDesk's roles) and the first
// administrator, and that administrator then manages people on the Users page. On PostgreSQL 16 and later a
// CREATEROLE role may grant and change only the roles it holds WITH ADMIN OPTION (migration 0022); the roles
// belong to the whole server, so this test runs its own server, where they do not exist yet.
#include "models/db/Connection.h"
#include "models/db/MigrationRunner.h"
#include "models/repositories/UserRepository.h"
#include "util/TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;

namespace {

const QString kServerScript = QStringLiteral(FRONTDESK_TEST_SOURCE_DIR "/util/pg-test-server.sh");

class FreshServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(stateDir.isValid());
        ASSERT_EQ(
            QProcess::execute(QStringLiteral("bash"), {kServerScript, QStringLiteral("start"), state()}), 0)
            << "could not start a PostgreSQL server of its own";
        started = true;
        QFile url(state() + QStringLiteral("/url"));
        ASSERT_TRUE(url.open(QIODevice::ReadOnly));
        auto spec = ConnectionSpec::parse(QString::fromUtf8(url.readAll()).trimmed());
        ASSERT_TRUE(spec.ok());
        superuser = spec.value();
        auto root = open(superuser);
        ASSERT_TRUE(root);
        ASSERT_TRUE(
            root->exec(QStringLiteral("CREATE ROLE it LOGIN CREATEROLE CREATEDB PASSWORD 'it-pass-1'"),
                       QStringLiteral("IT's login"))
                .ok());
        it = as(QStringLiteral("it"), QStringLiteral("it-pass-1"), QStringLiteral("postgres"));
        auto itServer = open(it);
        ASSERT_TRUE(itServer);
        ASSERT_TRUE(
            itServer->exec(QStringLiteral("CREATE DATABASE frontdesk"), QStringLiteral("create")).ok());
        it.database = QStringLiteral("frontdesk");
    }

    void TearDown() override
    {
        if (started)
            QProcess::execute(QStringLiteral("bash"), {kServerScript, QStringLiteral("stop"), state()});
    }

    QString state() const { return stateDir.filePath(QStringLiteral("server")); }

    ConnectionSpec as(const QString& user, const QString& password, const QString& database) const
    {
        ConnectionSpec spec = superuser;
        spec.user = user;
        spec.password = password;
        spec.database = database;
        return spec;
    }

    static std::unique_ptr<Connection> open(const ConnectionSpec& spec)
    {
        auto connection = Connection::open(spec, QStringLiteral("fresh-server"));
        if (!connection) {
            ADD_FAILURE() << spec.user.toStdString() << ": " << connection.error().message.toStdString()
                          << " " << connection.error().detail.toStdString();
            return nullptr;
        }
        return std::move(connection).value();
    }

    static testing::AssertionResult migrated(Connection& connection, std::optional<int> to = std::nullopt)
    {
        auto report = MigrationRunner(connection).migrate(to);
        if (report)
            return testing::AssertionSuccess();
        return testing::AssertionFailure()
               << report.error().message.toStdString() << " " << report.error().detail.toStdString();
    }

    static NewUser person(const QString& login, AppUser::Role role)
    {
        NewUser user;
        user.name = login;
        user.login = login;
        user.role = role;
        user.password = QStringLiteral("Counter-pass-2026");
        return user;
    }

    // The first administrator, made with IT's login as the first-run wizard does, and signed in.
    std::unique_ptr<Connection> firstAdministrator(Connection& itConnection) const
    {
        auto made = UserRepository(itConnection).create(person(QStringLiteral("asha"), AppUser::Role::Admin));
        if (!made) {
            ADD_FAILURE() << "the first administrator: " << made.error().message.toStdString() << " "
                          << made.error().detail.toStdString();
            return nullptr;
        }
        return open(
            as(QStringLiteral("asha"), QStringLiteral("Counter-pass-2026"), QStringLiteral("frontdesk")));
    }

    QTemporaryDir stateDir;
    bool started = false;
    ConnectionSpec superuser;
    ConnectionSpec it;
};

template<typename T> std::string reason(const Result<T>& result)
{
    return result ? std::string()
                  : (result.error().message + QLatin1Char(' ') + result.error().detail).toStdString();
}

} // namespace

TEST_F(FreshServer, ItsOwnLoginSetsUpFrontDeskAndTheFirstAdministratorManagesPeople)
{
    auto itConnection = open(it);
    ASSERT_TRUE(itConnection);
    ASSERT_TRUE(migrated(*itConnection));
    auto admin = firstAdministrator(*itConnection);
    ASSERT_TRUE(admin);
    UserRepository users(*admin);
    auto desk = users.create(person(QStringLiteral("ravi"), AppUser::Role::Reception));
    ASSERT_TRUE(desk.ok()) << reason(desk);
    auto sends = users.setSends(QStringLiteral("ravi"), true);
    EXPECT_TRUE(sends.ok()) << reason(sends);
    auto password = users.resetPassword(QStringLiteral("ravi"), QStringLiteral("Another-pass-2026"));
    EXPECT_TRUE(password.ok()) << reason(password);
    auto promoted = users.changeRole(QStringLiteral("ravi"), AppUser::Role::Admin, QStringLiteral("asha"));
    EXPECT_TRUE(promoted.ok()) << reason(promoted);
    auto disabled = users.setActive(QStringLiteral("ravi"), false, QStringLiteral("asha"));
    EXPECT_TRUE(disabled.ok()) << reason(disabled);
    EXPECT_FALSE(Connection::open(as(QStringLiteral("ravi"), QStringLiteral("Another-pass-2026"),
                                     QStringLiteral("frontdesk")),
                                  QStringLiteral("disabled"))
                     .ok());
    auto enabled = users.setActive(QStringLiteral("ravi"), true, QStringLiteral("asha"));
    EXPECT_TRUE(enabled.ok()) << reason(enabled);
    EXPECT_TRUE(Connection::open(as(QStringLiteral("ravi"), QStringLiteral("Another-pass-2026"),
                                    QStringLiteral("frontdesk")),
                                 QStringLiteral("enabled"))
                    .ok());

    // Still only FrontDesk's own logins: IT's is refused by the server.
    auto itsPassword = admin->exec(QStringLiteral("SELECT frontdesk_set_login_password(?, ?)"),
                                   {QStringLiteral("it"), QStringLiteral("Taken-over-2026")},
                                   QStringLiteral("take over IT's login"));
    ASSERT_FALSE(itsPassword.ok());
    EXPECT_EQ(itsPassword.error().kind, Error::Kind::PermissionDenied) << reason(itsPassword);
}

// A desk login from before the upgrade (made by another login than the keeper) is managed after it too.
TEST_F(FreshServer, ALoginFromBeforeTheUpgradeCanStillBeChanged)
{
    auto itConnection = open(it);
    ASSERT_TRUE(itConnection);
    ASSERT_TRUE(migrated(*itConnection, 21));
    // On 16 and later IT's login holds the ADMIN OPTION on what it creates (as the keeper does).
    ASSERT_TRUE(itConnection
                    ->exec(QStringLiteral("CREATE ROLE meena LOGIN PASSWORD 'Counter-pass-2026' "
                                          "IN ROLE frontdesk_reception"),
                           QStringLiteral("a desk login IT made by hand"))
                    .ok());
    ASSERT_TRUE(
        itConnection
            ->exec(QStringLiteral("INSERT INTO users (name, login, role, active) VALUES (?, ?, ?, ?)"),
                   {QStringLiteral("Meena"), QStringLiteral("meena"), QStringLiteral("reception"), true},
                   QStringLiteral("its users row"))
            .ok());
    ASSERT_TRUE(migrated(*itConnection));
    auto admin = firstAdministrator(*itConnection);
    ASSERT_TRUE(admin);
    UserRepository users(*admin);
    auto password = users.resetPassword(QStringLiteral("meena"), QStringLiteral("Another-pass-2026"));
    EXPECT_TRUE(password.ok()) << reason(password);
    auto sends = users.setSends(QStringLiteral("meena"), true);
    EXPECT_TRUE(sends.ok()) << reason(sends);
    EXPECT_TRUE(Connection::open(as(QStringLiteral("meena"), QStringLiteral("Another-pass-2026"),
                                    QStringLiteral("frontdesk")),
                                 QStringLiteral("meena"))
                    .ok());
}

// On PostgreSQL 16 and later a login IT makes by hand after the upgrade is IT's until IT hands it to
// FrontDesk with the statement the refusal names; on 15 and earlier CREATEROLE lets the Users page change it
// at once.
TEST_F(FreshServer, ALoginITMakesByHandIsHandedToFrontDeskWithTheStatementTheRefusalNames)
{
    auto itConnection = open(it);
    ASSERT_TRUE(itConnection);
    ASSERT_TRUE(migrated(*itConnection));
    auto admin = firstAdministrator(*itConnection);
    ASSERT_TRUE(admin);
    ASSERT_TRUE(itConnection
                    ->exec(QStringLiteral("CREATE ROLE gopal LOGIN PASSWORD 'Counter-pass-2026' "
                                          "IN ROLE frontdesk_reception"),
                           QStringLiteral("a desk login IT makes by hand"))
                    .ok());
    const bool atLeast16 = fd::test::atLeastPostgres16(*itConnection);

    const QString setPassword = QStringLiteral("SELECT frontdesk_set_login_password(?, ?)");
    const QVariantList gopal{QStringLiteral("gopal"), QStringLiteral("Another-pass-2026")};
    auto before = admin->exec(setPassword, gopal, QStringLiteral("set gopal's password"));
    if (!atLeast16) {
        EXPECT_TRUE(before.ok()) << reason(before);
        return;
    }
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().kind, Error::Kind::PermissionDenied) << reason(before);
    const QString statement =
        QStringLiteral("GRANT gopal TO frontdesk_login_keeper WITH ADMIN OPTION, INHERIT FALSE, SET FALSE;");
    EXPECT_TRUE(before.error().detail.contains(statement)) << reason(before);

    ASSERT_TRUE(itConnection->exec(statement, QStringLiteral("IT hands gopal to FrontDesk")).ok());
    auto after = admin->exec(setPassword, gopal, QStringLiteral("set gopal's password"));
    EXPECT_TRUE(after.ok()) << reason(after);
}
