// A shared database set up by IT's login (not a superuser) is upgraded later by whichever desk administrator
// confirms it: from migration 0008 on, frontdesk_admin owns the schema and later migrations run as that role.
#include "models/db/MigrationRunner.h"
#include "models/repositories/UserRepository.h"
#include "util/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

const QString kPassword = QStringLiteral("role-pass-1");

class AdminUpgradeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        database = TestDatabase::create(Dialect::Postgres);
        ASSERT_TRUE(database);
        superuser = database->connect();
        ASSERT_TRUE(superuser);
        for (const char* group :
             {"frontdesk_admin", "frontdesk_reception"}) // server-wide, maybe not there yet
            ASSERT_TRUE(makeRoleIfMissing(*superuser, QLatin1String(group)));
    }

    void TearDown() override
    {
        superuser.reset();
        database.reset(); // first: IT's login owns it
        auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
        ASSERT_TRUE(admin);
        for (const QString& role : roles)
            (void)admin.value()->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role),
                                      QStringLiteral("drop"));
    }

    void exec(Connection& c, const QString& sql)
    {
        auto done = c.exec(sql, QStringLiteral("test setup"));
        ASSERT_TRUE(done.ok()) << sql.toStdString() << ": " << done.error().detail.toStdString();
    }

    // Names from hex digits only, so they may be pasted into the statement.
    QString addRole(const char* prefix, const QString& options)
    {
        const QString login =
            QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
        exec(*superuser,
             QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' %3").arg(login, kPassword, options));
        roles << login;
        return login;
    }

    std::unique_ptr<Connection> connectAs(const QString& login)
    {
        ConnectionSpec spec = database->spec();
        spec.user = login;
        spec.password = kPassword;
        auto c = Connection::open(spec, login);
        EXPECT_TRUE(c.ok()) << c.error().message.toStdString();
        return c.ok() ? std::move(c).value() : nullptr;
    }

    // This FrontDesk's migrations plus one from a later release, in a folder of their own.
    QString rootWithALaterMigration(const QString& sql)
    {
        const QString folder = later.filePath(QStringLiteral("postgresql"));
        QDir().mkpath(folder);
        for (const Migration& m : MigrationRunner::available(Dialect::Postgres))
            QFile::copy(m.resourcePath, folder + QLatin1Char('/') + QFileInfo(m.resourcePath).fileName());
        QFile file(folder +
                   QStringLiteral("/%1_later_release.sql")
                       .arg(MigrationRunner::latestVersion(Dialect::Postgres) + 1, 4, 10, QLatin1Char('0')));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(sql.toUtf8());
        return later.path();
    }

    std::string owner(const QString& table)
    {
        auto value = superuser->scalar(
            QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = ?"), {table},
            QStringLiteral("owner"));
        return value.ok() ? value.value().toString().toStdString() : std::string();
    }

    std::string value(const QString& sql)
    {
        auto v = superuser->scalar(sql, {}, QStringLiteral("read"));
        EXPECT_TRUE(v.ok()) << sql.toStdString() << ": " << (v.ok() ? "" : v.error().detail.toStdString());
        return v.ok() ? v.value().toString().toStdString() : std::string();
    }

    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<Connection> superuser;
    QStringList roles;
    QTemporaryDir later;
};

TEST_F(AdminUpgradeTest, ITSetsUpThenAnyAdministratorAppliesTheNextRelease)
{
    // The first run's login: may create roles, owns the database, is no superuser and no FrontDesk admin.
    const QString it = addRole("it", QStringLiteral("CREATEROLE"));
    ASSERT_TRUE(letManageFrontDeskRoles(*superuser, it)); // PostgreSQL 16: roles another login made
    exec(*superuser, QStringLiteral("ALTER DATABASE %1 OWNER TO \"%2\"").arg(database->spec().database, it));
    {
        auto c = connectAs(it);
        ASSERT_TRUE(c);
        auto report = MigrationRunner(*c).migrate();
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString()
                                 << report.error().detail.toStdString();
    }
    EXPECT_EQ(owner(QStringLiteral("whatsapp_message_logs")), "frontdesk_admin");
    EXPECT_EQ(owner(QStringLiteral("schema_version")), "frontdesk_admin");
    // The people functions belong to the keeper whoever ran the migrations, and IT keeps its CREATEROLE.
    EXPECT_EQ(value(QStringLiteral("SELECT proowner::regrole::text FROM pg_proc WHERE proname = "
                                   "'frontdesk_create_login'")),
              "frontdesk_login_keeper");
    EXPECT_EQ(value(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(it)),
              "true");

    const QString anil = addRole("adm", QStringLiteral("IN ROLE frontdesk_admin"));
    const QString bela = addRole("adm", QStringLiteral("IN ROLE frontdesk_admin"));
    const QString priya = addRole("rec", QStringLiteral("IN ROLE frontdesk_reception"));
    const QString root = rootWithALaterMigration(
        QStringLiteral("CREATE TABLE later_things (id SERIAL PRIMARY KEY, name TEXT);\n"
                       "ALTER TABLE whatsapp_message_logs ADD COLUMN later_note TEXT;\n"));

    // Reception may not, whatever program it uses.
    {
        auto c = connectAs(priya);
        ASSERT_TRUE(c);
        auto status = MigrationRunner(*c, root).status();
        ASSERT_TRUE(status.ok());
        EXPECT_FALSE(status->blockingTables.isEmpty()) << "reception owns nothing";
        EXPECT_FALSE(MigrationRunner(*c, root).migrate().ok());
    }
    // An administrator may: nothing blocks, and the release is applied.
    {
        auto c = connectAs(anil);
        ASSERT_TRUE(c);
        auto status = MigrationRunner(*c, root).status();
        ASSERT_TRUE(status.ok());
        EXPECT_EQ(status->pending.size(), 1);
        EXPECT_TRUE(status->blockingTables.isEmpty())
            << status->blockingTables.join(QLatin1Char(' ')).toStdString();
        auto report = MigrationRunner(*c, root).migrate();
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString()
                                 << report.error().detail.toStdString();
        EXPECT_EQ(report->toVersion, MigrationRunner::latestVersion(Dialect::Postgres) + 1);
    }
    // What it created belongs to frontdesk_admin, not to Anil: Bela may change it, reception may read it.
    EXPECT_EQ(owner(QStringLiteral("later_things")), "frontdesk_admin");
    {
        auto c = connectAs(bela);
        ASSERT_TRUE(c);
        exec(*c, QStringLiteral("ALTER TABLE later_things ADD COLUMN colour TEXT"));
        exec(*c, QStringLiteral("INSERT INTO later_things (name, colour) VALUES ('toner', 'black')"));
    }
    {
        auto c = connectAs(priya);
        ASSERT_TRUE(c);
        auto read = c->scalar(QStringLiteral("SELECT name FROM later_things"), {}, QStringLiteral("read"));
        ASSERT_TRUE(read.ok()) << read.error().detail.toStdString();
        EXPECT_EQ(read.value().toString(), QStringLiteral("toner"));
        EXPECT_FALSE(c->exec(QStringLiteral("DROP TABLE later_things"), QStringLiteral("drop")).ok());
    }
}

// Until migration 0020 FrontDesk gave administrators CREATEROLE. The administrator who applies 0020 sets up
// the keeper (IT need not be there), and afterwards no FrontDesk administrator holds CREATEROLE: the Users
// page works through the keeper's functions. IT's login (the database's owner) keeps its own.
// On PostgreSQL 16 and later that CREATEROLE never let an administrator grant FrontDesk's roles (only IT's
// login holds them WITH ADMIN OPTION): the administrator's upgrade is refused with the hint to let IT run it,
// and IT's upgrade takes CREATEROLE from the administrators IT made.
TEST_F(AdminUpgradeTest, AnAdministratorsUpgradeTakesCreateroleFromEveryFrontDeskAdministrator)
{
    constexpr int kBeforeKeeper = 18;
    const QString it = addRole("it", QStringLiteral("CREATEROLE"));
    ASSERT_TRUE(letManageFrontDeskRoles(*superuser, it));
    exec(*superuser, QStringLiteral("ALTER DATABASE %1 OWNER TO \"%2\"").arg(database->spec().database, it));
    auto itConnection = connectAs(it);
    ASSERT_TRUE(itConnection);
    {
        auto report = MigrationRunner(*itConnection).migrate(kBeforeKeeper);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString()
                                 << report.error().detail.toStdString();
    }
    // Administrators as FrontDesk made them until now: CREATEROLE, and named in `users`; IT made these.
    const QString anil = QStringLiteral("adm") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString bela = QStringLiteral("adm") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    for (const QString& login : {anil, bela}) {
        exec(*itConnection, QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' CREATEROLE IN ROLE "
                                           "frontdesk_admin")
                                .arg(login, kPassword));
        roles << login;
        exec(*superuser, QStringLiteral("INSERT INTO users (name, login, role, active) VALUES ('%1', '%1', "
                                        "'admin', true)")
                             .arg(login));
    }
    const bool atLeast16 = atLeastPostgres16(*superuser);
    {
        auto c = connectAs(anil);
        ASSERT_TRUE(c);
        auto report = MigrationRunner(*c).migrate();
        if (atLeast16) {
            ASSERT_FALSE(report.ok());
            EXPECT_TRUE(report.error().detail.contains(QStringLiteral("IT runs \"frontdesk migrate\" once")))
                << report.error().detail.toStdString();
            report = MigrationRunner(*itConnection).migrate();
        }
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString()
                                 << report.error().detail.toStdString();
    }
    for (const QString& admin : {anil, bela})
        EXPECT_EQ(value(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(admin)),
                  "false")
            << admin.toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(it)),
              "true");
    EXPECT_EQ(value(QStringLiteral("SELECT proowner::regrole::text FROM pg_proc WHERE proname = "
                                   "'frontdesk_create_login'")),
              "frontdesk_login_keeper");
    EXPECT_EQ(value(keeperUsersSql()), "0");

    // Bela, without CREATEROLE now, still adds a person, promotes her, and disables her.
    auto c = connectAs(bela);
    ASSERT_TRUE(c);
    UserRepository users(*c);
    NewUser person;
    person.name = QStringLiteral("Priya");
    person.login = QStringLiteral("rec") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    person.password = QStringLiteral("counter-pass-1");
    roles << person.login;
    auto created = users.create(person);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString()
                              << created.error().detail.toStdString();
    auto promoted = users.changeRole(person.login, AppUser::Role::Admin, bela);
    ASSERT_TRUE(promoted.ok()) << promoted.error().detail.toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT pg_has_role('%1', 'frontdesk_admin', 'MEMBER') AND NOT "
                                   "pg_has_role('%1', 'frontdesk_reception', 'MEMBER')")
                        .arg(person.login)),
              "true");
    auto disabled = users.setActive(person.login, false, bela);
    ASSERT_TRUE(disabled.ok()) << disabled.error().detail.toStdString();
    EXPECT_EQ(
        value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(person.login)),
        "false");
}

} // namespace
