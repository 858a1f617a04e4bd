// Upgrades at sign-in: an SQLite file is upgraded on opening (copied aside first); a shared PostgreSQL
// database is upgraded only when an administrator confirms it, reception is told to ask one; a database a
// newer FrontDesk upgraded is refused on both.
#include "GuiFixture.h"
#include "automation/secrets/CredentialService.h"
#include "models/auth/LoginThrottle.h"
#include "models/db/MigrationRunner.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/SchemaUpgradeDialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>

namespace fd::test {
namespace {

const QString kPassword = QStringLiteral("counter-pass-1");

// FRONTDESK_SCREENSHOT_DIR=DIR saves what the person sees, to look at (README's pictures come from here).
void screenshot(QWidget* widget, const char* name)
{
    if (const QString dir = qEnvironmentVariable("FRONTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

// The version just before the latest: a database "set up by the previous FrontDesk". On PostgreSQL the one
// before 0008, which handed the tables to frontdesk_admin: the upgrade then includes that step, whose
// ownership rules these tests are about (later steps need no ownership).
int previousVersion(Dialect dialect)
{
    if (dialect == Dialect::Postgres)
        return 7;
    const auto migrations = MigrationRunner::available(dialect);
    return migrations.size() < 2 ? 0 : migrations.at(migrations.size() - 2).version;
}

class SchemaUpgradeTest : public DialectTest
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        DialectTest::SetUp();
        superuser = database->connect();
        ASSERT_TRUE(superuser);
    }

    void TearDown() override
    {
        dialog.reset();
        superuser.reset();
        database.reset(); // the database first: one of the roles may own it
        if (GetParam() != Dialect::Postgres || roles.isEmpty())
            return;
        auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
        ASSERT_TRUE(admin);
        for (const QString& role : roles)
            (void)admin.value()->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role),
                                      QStringLiteral("drop role"));
    }

    void exec(Connection& c, const QString& sql)
    {
        auto done = c.exec(sql, QStringLiteral("test setup"));
        ASSERT_TRUE(done.ok()) << sql.toStdString() << ": " << done.error().detail.toStdString();
    }

    // A login role in frontdesk_admin or frontdesk_reception (names from hex digits only, so they may be
    // pasted into the statement).
    QString addRole(const char* prefix, const char* group, bool mayCreateRoles)
    {
        const QString login = uniqueLogin(prefix);
        for (const char* name :
             {"frontdesk_admin", "frontdesk_reception"}) // server-wide, maybe not there yet
            EXPECT_TRUE(makeRoleIfMissing(*superuser, QLatin1String(name)));
        exec(*superuser,
             QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' %3 IN ROLE %4")
                 .arg(login, kPassword,
                      mayCreateRoles ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE"),
                      QLatin1String(group)));
        roles << login;
        return login;
    }

    ConnectionSpec specAs(const QString& login) const
    {
        ConnectionSpec spec = database->spec();
        spec.user = login;
        spec.password = kPassword;
        return spec;
    }

    void migrateTo(const ConnectionSpec& spec, int version)
    {
        auto c = Connection::open(spec, QStringLiteral("older-frontdesk"));
        ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
        auto report = MigrationRunner(*c.value()).migrate(version);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString()
                                 << report.error().detail.toStdString();
        ASSERT_EQ(report->toVersion, version);
    }

    // A shared database set up by the previous FrontDesk, its tables owned by the administrator who set
    // it up (the database's owner, as after the first-run wizard with that login).
    QString olderDatabaseOwnedByAnAdmin()
    {
        const QString admin = addRole("adm", "frontdesk_admin", true);
        // On PostgreSQL 16 the first run on an empty server leaves it holding FrontDesk's roles WITH ADMIN
        // OPTION (it created them); here other tests' databases made them first.
        EXPECT_TRUE(letManageFrontDeskRoles(*superuser, admin));
        exec(*superuser,
             QStringLiteral("ALTER DATABASE %1 OWNER TO \"%2\"").arg(database->spec().database, admin));
        migrateTo(specAs(admin), previousVersion(Dialect::Postgres));
        return admin;
    }

    int schemaVersion()
    {
        auto version = MigrationRunner(*superuser).currentVersion();
        EXPECT_TRUE(version.ok());
        return version.ok() ? version.value() : -1;
    }

    LoginDialog& openLogin()
    {
        dialog = std::make_unique<LoginDialog>(database->spec(), credentials, throttle);
        dialog->show();
        return *dialog;
    }

    void signInAs(const QString& login)
    {
        auto* signInButton = child<QAbstractButton>(dialog.get(), "loginSignIn");
        ASSERT_TRUE(waitUntil([&] { return signInButton->isEnabled(); }));
        type(dialog.get(), "loginUser", login);
        type(dialog.get(), "loginPassword", kPassword);
        click(dialog.get(), "loginSignIn");
    }

    SchemaUpgradeDialog* upgradeDialog() const
    {
        return dialog->findChild<SchemaUpgradeDialog*>(QStringLiteral("schemaUpgradeDialog"));
    }

    QString message() const { return dialog->findChild<QLabel*>(QStringLiteral("loginMessage"))->text(); }

    std::unique_ptr<Connection> superuser;
    QStringList roles;
    LoginThrottle throttle;
    CredentialService credentials;
    std::unique_ptr<LoginDialog> dialog;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(SchemaUpgradeTest);

TEST_P(SchemaUpgradeTest, AnAdministratorConfirmsTheUpgradeOfASharedDatabase)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "a shared database: PostgreSQL";
    const QString admin = olderDatabaseOwnedByAnAdmin();
    const int from = previousVersion(Dialect::Postgres);
    const int latest = MigrationRunner::latestVersion(Dialect::Postgres);

    openLogin();
    signInAs(admin);
    ASSERT_TRUE(waitUntil([&] { return upgradeDialog() && upgradeDialog()->isVisible(); }))
        << message().toStdString();
    SchemaUpgradeDialog* upgrade = upgradeDialog();
    EXPECT_TRUE(child<QLabel>(upgrade, "upgradeTitle")
                    ->text()
                    .contains(QStringLiteral("from schema version %1 to %2").arg(from).arg(latest)));
    const QString explanation = child<QLabel>(upgrade, "upgradeExplanation")->text();
    EXPECT_TRUE(explanation.contains(MigrationRunner::available(Dialect::Postgres).constLast().description))
        << "the steps are listed: " << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("older FrontDesk refuse"))) << explanation.toStdString();
    auto* upgradeNow = child<QPushButton>(upgrade, "upgradeNow");
    EXPECT_TRUE(upgradeNow->isEnabled());
    EXPECT_FALSE(upgradeNow->isDefault()) << "Enter must not upgrade a shared database";
    EXPECT_EQ(schemaVersion(), from) << "nothing changes before the administrator confirms";
    screenshot(upgrade, "schema-upgrade.png");

    QTest::mouseClick(upgradeNow, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->result() == QDialog::Accepted; }))
        << child<QLabel>(upgrade, "upgradeState")->text().toStdString();
    EXPECT_EQ(schemaVersion(), latest);
    EXPECT_EQ(dialog->signedIn().user.role, AppUser::Role::Admin);
    ASSERT_TRUE(dialog->worker());
}

TEST_P(SchemaUpgradeTest, AnUpgradeThatStopsSaysWhyChangesNothingAndMayBeTriedAgain)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "a shared database: PostgreSQL";
    const QString admin = olderDatabaseOwnedByAnAdmin();
    openLogin();
    signInAs(admin);
    ASSERT_TRUE(waitUntil([&] { return upgradeDialog() && upgradeDialog()->isVisible(); }))
        << message().toStdString();
    SchemaUpgradeDialog* upgrade = upgradeDialog();
    // Between the dialog and the click, IT hands the database (and with it the schema) to another login:
    // the upgrade may no longer grant rights on the schema and stops there.
    exec(*superuser, QStringLiteral("ALTER DATABASE %1 OWNER TO %2")
                         .arg(database->spec().database, postgresAdminSpec().user));
    click(upgrade, "upgradeNow");
    auto* state = child<QLabel>(upgrade, "upgradeState");
    ASSERT_TRUE(waitUntil([&] { return state->text().contains(QStringLiteral("The upgrade stopped")); }))
        << state->text().toStdString();
    screenshot(upgrade, "schema-upgrade-stopped.png");
    auto* upgradeNow = child<QPushButton>(upgrade, "upgradeNow");
    EXPECT_TRUE(upgradeNow->isEnabled());
    EXPECT_TRUE(upgradeNow->text().contains(QStringLiteral("Try again"))) << upgradeNow->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(upgrade, "upgradeNotNow")->isEnabled());
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(schemaVersion(), previousVersion(Dialect::Postgres)) << "the failed step was rolled back whole";

    // Given the database back, the same dialog finishes the job.
    exec(*superuser,
         QStringLiteral("ALTER DATABASE %1 OWNER TO \"%2\"").arg(database->spec().database, admin));
    QTest::mouseClick(upgradeNow, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->result() == QDialog::Accepted; }))
        << state->text().toStdString();
    EXPECT_EQ(schemaVersion(), MigrationRunner::latestVersion(Dialect::Postgres));
}

TEST_P(SchemaUpgradeTest, NotNowChangesNothingAndClosesTheDesk)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "a shared database: PostgreSQL";
    const QString admin = olderDatabaseOwnedByAnAdmin();
    openLogin();
    signInAs(admin);
    ASSERT_TRUE(waitUntil([&] { return upgradeDialog() && upgradeDialog()->isVisible(); }))
        << message().toStdString();
    click(upgradeDialog(), "upgradeNotNow");
    ASSERT_TRUE(waitUntil([&] { return !dialog->isVisible(); }));
    EXPECT_EQ(dialog->result(), QDialog::Rejected) << "the session quits when sign-in is rejected";
    EXPECT_EQ(schemaVersion(), previousVersion(Dialect::Postgres));
}

TEST_P(SchemaUpgradeTest, ReceptionIsToldToAskAnAdministratorAndCannotUpgradeAnyway)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "a shared database: PostgreSQL";
    olderDatabaseOwnedByAnAdmin();
    const QString reception = addRole("rec", "frontdesk_reception", false);
    const int from = previousVersion(Dialect::Postgres);

    openLogin();
    signInAs(reception);
    ASSERT_TRUE(waitUntil([&] { return message().contains(QStringLiteral("Ask an administrator")); }))
        << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("from schema version %1 to %2")
                                       .arg(from)
                                       .arg(MigrationRunner::latestVersion(Dialect::Postgres))))
        << message().toStdString();
    EXPECT_EQ(upgradeDialog(), nullptr);
    screenshot(dialog.get(), "sign-in-upgrade-needed.png");
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->worker()) << "nobody is signed in";

    // The server itself keeps reception from upgrading, whatever program it uses.
    auto c = Connection::open(specAs(reception), QStringLiteral("reception"));
    ASSERT_TRUE(c.ok());
    auto tried = MigrationRunner(*c.value()).migrate();
    EXPECT_FALSE(tried.ok());
    EXPECT_EQ(schemaVersion(), from);
}

TEST_P(SchemaUpgradeTest, AnAdministratorWhoMayNotAlterTheTablesIsToldBeforeTrying)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "table owners: PostgreSQL";
    // Set up by IT's own login (here the superuser): the desk's administrator does not own the tables.
    migrateTo(database->spec(), previousVersion(Dialect::Postgres));
    const QString admin = addRole("adm", "frontdesk_admin", true);
    openLogin();
    signInAs(admin);
    ASSERT_TRUE(waitUntil([&] { return upgradeDialog() && upgradeDialog()->isVisible(); }))
        << message().toStdString();
    EXPECT_FALSE(child<QPushButton>(upgradeDialog(), "upgradeNow")->isEnabled());
    screenshot(upgradeDialog(), "schema-upgrade-not-owner.png");
    const QString state = child<QLabel>(upgradeDialog(), "upgradeState")->text();
    EXPECT_TRUE(state.contains(QStringLiteral("whatsapp_message_logs"))) << state.toStdString();
    EXPECT_TRUE(state.contains(QStringLiteral("frontdesk migrate"))) << state.toStdString();
}

TEST_P(SchemaUpgradeTest, AnOlderSqliteFileIsUpgradedOnOpeningAndTheOldOneKeptAside)
{
    if (GetParam() != Dialect::Sqlite)
        GTEST_SKIP() << "the desk's own file: SQLite";
    const int from = previousVersion(Dialect::Sqlite);
    migrateTo(database->spec(), from);
    exec(*superuser,
         QStringLiteral(
             "INSERT INTO engineers (name, phone, active) VALUES ('Ravi Kumar', '+919000011111', 1)"));
    superuser.reset();

    openLogin();
    ASSERT_TRUE(waitUntil([&] { return message().contains(QStringLiteral("upgraded")); }))
        << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("from schema version %1 to %2")
                                       .arg(from)
                                       .arg(MigrationRunner::latestVersion(Dialect::Sqlite))))
        << message().toStdString();
    screenshot(dialog.get(), "sign-in-sqlite-upgraded.png");

    const QFileInfo file(database->spec().sqlitePath);
    const QStringList copies =
        file.dir().entryList({file.fileName() + QStringLiteral(".v%1-*.bak").arg(from)}, QDir::Files);
    ASSERT_EQ(copies.size(), 1) << file.dir().entryList().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(message().contains(copies.first())) << "the message says where the copy is";
    auto copy = Connection::open(ConnectionSpec::sqliteFile(file.dir().filePath(copies.first())),
                                 QStringLiteral("copy"));
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(MigrationRunner(*copy.value()).currentVersion().value(), from);
    EXPECT_EQ(
        copy.value()->scalar(QStringLiteral("SELECT name FROM engineers"), {}, QStringLiteral("t")).value(),
        QStringLiteral("Ravi Kumar"));

    auto upgraded = database->connect();
    ASSERT_TRUE(upgraded);
    EXPECT_EQ(MigrationRunner(*upgraded).currentVersion().value(),
              MigrationRunner::latestVersion(Dialect::Sqlite));
    EXPECT_EQ(
        upgraded->scalar(QStringLiteral("SELECT count(*) FROM engineers"), {}, QStringLiteral("t")).value(),
        1);
}

TEST_P(SchemaUpgradeTest, ADatabaseANewerFrontDeskUpgradedIsRefusedWithTheReason)
{
    superuser = database->connectMigrated();
    ASSERT_TRUE(superuser);
    exec(*superuser,
         QStringLiteral("INSERT INTO schema_version (version, description, app_version, applied_at) "
                        "VALUES (999, 'from the future', '9.0.0', '2030-01-01 00:00:00')"));
    QString login = QStringLiteral("admin");
    if (GetParam() == Dialect::Postgres) {
        login = addRole("adm", "frontdesk_admin", true);
    } else {
        NewUser user;
        user.name = QStringLiteral("Admin Anil");
        user.login = login;
        user.role = AppUser::Role::Admin;
        user.password = kPassword;
        ASSERT_TRUE(UserRepository(*superuser).create(user).ok());
    }

    openLogin();
    if (GetParam() == Dialect::Sqlite) { // the file is opened with the dialog
        ASSERT_TRUE(waitUntil([&] { return message().contains(QStringLiteral("newer FrontDesk")); }))
            << message().toStdString();
    }
    signInAs(login);
    ASSERT_TRUE(waitUntil([&] { return message().contains(QStringLiteral("newer FrontDesk")); }))
        << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("999"))) << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("Install the newer FrontDesk"))) << message().toStdString();
    QTest::qWait(300);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(upgradeDialog(), nullptr);
    if (GetParam() == Dialect::Postgres)
        screenshot(dialog.get(), "sign-in-schema-too-new.png");
}

} // namespace
} // namespace fd::test
