// The Users page's changes to a person: disable / enable, new password, other role — on SQLite (app users)
// and PostgreSQL (login roles), with the refusals for yourself and the last administrator.
#include "GuiFixture.h"
#include "models/auth/ScramSecret.h"
#include "ui/admin/UsersPage.h"
#include "ui/common/PhoneField.h"
#include "ui/login/SignIn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

namespace fd::test {
namespace {

TEST(ScramSecretTest, PrintableAsciiPasswordsGetASaltedSecretOthersAreLeftToTheServer)
{
    const QString secret = ScramSecret::forPassword(QStringLiteral("counter-pass-1"));
    static const QRegularExpression shape(
        QStringLiteral("^SCRAM-SHA-256\\$4096:[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$"));
    EXPECT_TRUE(shape.match(secret).hasMatch()) << secret.toStdString();
    EXPECT_NE(ScramSecret::forPassword(QStringLiteral("counter-pass-1")), secret); // a new salt each time
    EXPECT_TRUE(ScramSecret::forPassword(QStringLiteral("பாஸ்வேர்ட்-1")).isEmpty());
    EXPECT_TRUE(ScramSecret::forPassword(QStringLiteral("tab\there-1")).isEmpty());
}

class UsersTest : public DeskTest
{
protected:
    Result<SignedInUser> trySignIn(const QString& login, const QString& password)
    {
        bool done = false;
        Result<SignedInUser> result;
        signIn(database->spec(), nullptr, login, password, qApp, [&](auto, Result<SignedInUser> r) {
            result = r;
            done = true;
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return result;
    }

    // A person's own connection: on PostgreSQL their login, as the window would have it.
    std::unique_ptr<Connection> connectAs(const AppUser& user,
                                          const QString& password = QStringLiteral("counter-pass-1"))
    {
        ConnectionSpec spec = database->spec();
        if (spec.dialect == Dialect::Postgres) {
            spec.user = user.login;
            spec.password = password;
        }
        auto opened = Connection::open(spec, QStringLiteral("users-test"));
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        return opened ? std::move(opened.value()) : nullptr;
    }

    bool canLogin(const QString& role)
    {
        auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
        EXPECT_TRUE(admin.ok());
        auto v = admin.value()->scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                                       {role}, QStringLiteral("rolcanlogin"));
        EXPECT_TRUE(v.ok());
        return v.ok() && v.value().toBool();
    }

    // Selects the person with `login` in the Users page's list.
    static void selectLogin(QTableView* list, const QString& login)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 1).data().toString() == login)
                list->setCurrentIndex(list->model()->index(row, 0));
        }
    }

    static QString statusText(QWidget* parent, const char* name)
    {
        auto* label = child<QLabel>(parent, name);
        return label ? label->text() : QString();
    }
};

TEST_P(UsersTest, ADisabledPersonCannotSignInUntilEnabledAgain)
{
    const AppUser admin = addUser(AppUser::Role::Admin);
    const AppUser reception = addUser(AppUser::Role::Reception, QStringLiteral("right-pass-1"));
    auto asAdmin = connectAs(admin);
    ASSERT_TRUE(asAdmin);
    UserRepository users(*asAdmin);

    auto disabled = users.setActive(reception.login, false, admin.login);
    ASSERT_TRUE(disabled.ok()) << disabled.error().message.toStdString()
                               << disabled.error().detail.toStdString();
    EXPECT_FALSE(disabled->active);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ? AND active = ?"),
                    {reception.login, false}),
              1);
    if (GetParam() == Dialect::Postgres) {
        EXPECT_FALSE(canLogin(reception.login)); // the server itself refuses the role now
    }

    auto refused = trySignIn(reception.login, QStringLiteral("right-pass-1"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("disabled")))
        << refused.error().message.toStdString();
    // A wrong password still gets the same answer as for anyone: "disabled" is no hint to a guesser.
    auto guessed = trySignIn(reception.login, QStringLiteral("wrong-pass-1"));
    ASSERT_FALSE(guessed.ok());
    EXPECT_EQ(guessed.error().kind, Error::Kind::Authentication);

    ASSERT_TRUE(users.setActive(reception.login, true, admin.login).ok());
    if (GetParam() == Dialect::Postgres) {
        EXPECT_TRUE(canLogin(reception.login));
    }
    auto again = trySignIn(reception.login, QStringLiteral("right-pass-1"));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->user.role, AppUser::Role::Reception);
}

TEST_P(UsersTest, NobodyDisablesOrDemotesThemselvesOrTheLastActiveAdministrator)
{
    const AppUser anil = addUser(AppUser::Role::Admin);
    auto asAnil = connectAs(anil);
    ASSERT_TRUE(asAnil);
    UserRepository users(*asAnil);

    auto self = users.setActive(anil.login, false, anil.login);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().kind, Error::Kind::PermissionDenied);
    EXPECT_TRUE(self.error().message.contains(QStringLiteral("yourself")))
        << self.error().message.toStdString();
    auto demoteSelf = users.changeRole(anil.login.toUpper(), AppUser::Role::Reception, anil.login);
    ASSERT_FALSE(demoteSelf.ok());
    EXPECT_TRUE(demoteSelf.error().message.contains(QStringLiteral("your own")))
        << demoteSelf.error().message.toStdString();
    // Someone else (here a name that is no admin) still may not remove the only active administrator.
    auto last = users.setActive(anil.login, false, QStringLiteral("someone-else"));
    ASSERT_FALSE(last.ok());
    EXPECT_TRUE(last.error().message.contains(QStringLiteral("last active administrator")))
        << last.error().message.toStdString();
    auto lastDemoted = users.changeRole(anil.login, AppUser::Role::Reception, QStringLiteral("someone-else"));
    ASSERT_FALSE(lastDemoted.ok());
    EXPECT_TRUE(lastDemoted.error().message.contains(QStringLiteral("last active administrator")));
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ? AND role = 'admin' AND active = ?"),
              {anil.login, true}),
        1);

    // With a second administrator, either may disable or demote the other.
    const AppUser meena = addUser(AppUser::Role::Admin);
    auto demoted = users.changeRole(meena.login, AppUser::Role::Reception, anil.login);
    ASSERT_TRUE(demoted.ok()) << demoted.error().message.toStdString()
                              << demoted.error().detail.toStdString();
    EXPECT_EQ(demoted->role, AppUser::Role::Reception);
    // Back to two admins, then one disabled: the other is the last one again.
    ASSERT_TRUE(users.changeRole(meena.login, AppUser::Role::Admin, anil.login).ok());
    ASSERT_TRUE(users.setActive(meena.login, false, anil.login).ok());
    auto lastAgain = users.setActive(anil.login, false, meena.login);
    ASSERT_FALSE(lastAgain.ok());
    EXPECT_TRUE(lastAgain.error().message.contains(QStringLiteral("last active administrator")));
}

TEST_P(UsersTest, ChangingTheRoleChangesWhatTheServerOrAppGrants)
{
    const AppUser admin = addUser(AppUser::Role::Admin);
    const AppUser priya = addUser(AppUser::Role::Reception);
    auto asAdmin = connectAs(admin);
    ASSERT_TRUE(asAdmin);
    UserRepository users(*asAdmin);

    ASSERT_TRUE(users.changeRole(priya.login, AppUser::Role::Admin, admin.login).ok());
    auto promoted = trySignIn(priya.login, QStringLiteral("counter-pass-1"));
    ASSERT_TRUE(promoted.ok()) << promoted.error().message.toStdString();
    EXPECT_EQ(promoted->user.role, AppUser::Role::Admin);
    {
        // As an administrator she may now add people (on PostgreSQL: CREATEROLE and the admin group).
        auto asPriya = connectAs(priya);
        ASSERT_TRUE(asPriya);
        NewUser extra;
        extra.name = QStringLiteral("Extra Desk");
        extra.login = uniqueLogin("ext");
        extra.password = QStringLiteral("extra-pass-1");
        createdRoles << extra.login;
        auto created = UserRepository(*asPriya).create(extra);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString()
                                  << created.error().detail.toStdString();
    }

    ASSERT_TRUE(users.changeRole(priya.login, AppUser::Role::Reception, admin.login).ok());
    auto demoted = trySignIn(priya.login, QStringLiteral("counter-pass-1"));
    ASSERT_TRUE(demoted.ok()) << demoted.error().message.toStdString();
    EXPECT_EQ(demoted->user.role, AppUser::Role::Reception);
    if (GetParam() == Dialect::Postgres) {
        // The server no longer lets her write settings or create roles.
        auto asPriya = connectAs(priya);
        ASSERT_TRUE(asPriya);
        SharedSettings settings;
        settings.companyName = QStringLiteral("Hijacked");
        auto saved = settings.save(*asPriya, QStringLiteral("reception"));
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().kind, Error::Kind::PermissionDenied);
        NewUser extra;
        extra.name = QStringLiteral("Nope");
        extra.login = uniqueLogin("nope");
        extra.password = QStringLiteral("nope-pass-1");
        createdRoles << extra.login;
        EXPECT_FALSE(UserRepository(*asPriya).create(extra).ok());
    }
}

TEST_P(UsersTest, ANewPasswordFollowsTheSamePolicyAndReplacesTheOldOne)
{
    const AppUser admin = addUser(AppUser::Role::Admin);
    const AppUser priya = addUser(AppUser::Role::Reception, QStringLiteral("old-pass-11"));
    auto asAdmin = connectAs(admin);
    ASSERT_TRUE(asAdmin);
    UserRepository users(*asAdmin);

    auto weak = users.resetPassword(priya.login, QStringLiteral("short"));
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().kind, Error::Kind::InvalidInput);
    EXPECT_FALSE(users.resetPassword(priya.login, QStringLiteral(" spaced-pass ")).ok());
    auto unknown = users.resetPassword(QStringLiteral("nobody-here"), QStringLiteral("fine-pass-11"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, Error::Kind::NotFound);
    ASSERT_TRUE(trySignIn(priya.login, QStringLiteral("old-pass-11")).ok());

    // Quotes, a semicolon and SQL in the password: quoted by the server, never pasted.
    const QString hostile = QStringLiteral("it's\"; DROP TABLE users; --ப");
    auto reset = users.resetPassword(priya.login, hostile);
    ASSERT_TRUE(reset.ok()) << reset.error().message.toStdString() << reset.error().detail.toStdString();
    auto newOne = trySignIn(priya.login, hostile);
    ASSERT_TRUE(newOne.ok()) << newOne.error().message.toStdString();
    auto oldOne = trySignIn(priya.login, QStringLiteral("old-pass-11"));
    ASSERT_FALSE(oldOne.ok());
    EXPECT_EQ(oldOne.error().kind, Error::Kind::Authentication);
    EXPECT_GE(count(QStringLiteral("SELECT COUNT(*) FROM users")), 2);
}

TEST_P(UsersTest, OnPostgresTheServerGetsOnlyTheScramSecretOfAnAsciiPassword)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "SQLite keeps argon2id hashes itself";
    const AppUser admin = addUser(AppUser::Role::Admin);
    const AppUser priya = addUser(AppUser::Role::Reception);
    auto storedSecret = [&](const QString& role) {
        auto su = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
        EXPECT_TRUE(su.ok());
        auto v = su.value()->scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                                    {role}, QStringLiteral("secret"));
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toString() : QString();
    };
    EXPECT_TRUE(storedSecret(priya.login).startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    auto asAdmin = connectAs(admin);
    ASSERT_TRUE(asAdmin);
    // A password that looks like an old MD5 hash is still a password, not a hash.
    const QString md5Lookalike = QStringLiteral("md5") + QString(32, QLatin1Char('a'));
    ASSERT_TRUE(UserRepository(*asAdmin).resetPassword(priya.login, md5Lookalike).ok());
    EXPECT_TRUE(storedSecret(priya.login).startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    auto signedIn = trySignIn(priya.login, md5Lookalike);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
}

TEST_P(UsersTest, HostileRoleNamesAreQuotedInEveryRoleStatement)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "role statements exist only on PostgreSQL";
    const AppUser admin = addUser(AppUser::Role::Admin);
    // A login the app would never create, but a database may already hold (made by hand with psql).
    const QString hostile = QStringLiteral("x\"; DROP ROLE %1; --'").arg(admin.login);
    {
        auto su = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
        ASSERT_TRUE(su.ok());
        auto made = su.value()->scalar(
            QStringLiteral(
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE frontdesk_reception', ?::text, "
                "?::text)"),
            {hostile, QStringLiteral("hostile-pass-1")}, QStringLiteral("format"));
        ASSERT_TRUE(made.ok());
        ASSERT_TRUE(su.value()->exec(made.value().toString(), QStringLiteral("create")).ok());
        ASSERT_TRUE(handToFrontDesk(*su.value(), hostile)); // as IT does on PostgreSQL 16
    }
    // Dropped here with the name quoted (the fixture's own clean-up expects tame names).
    struct DropHostile
    {
        QString role;
        ~DropHostile()
        {
            auto su = Connection::open(postgresAdminSpec(), QStringLiteral("test-admin"));
            if (!su)
                return;
            auto drop = su.value()->scalar(QStringLiteral("SELECT format('DROP ROLE IF EXISTS %I', ?::text)"),
                                           {role}, QStringLiteral("format"));
            if (drop)
                (void)su.value()->exec(drop.value().toString(), QStringLiteral("drop"));
        }
    } dropHostile{hostile};
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("INSERT INTO users (name, login, role, active) VALUES (?, ?, ?, ?)"),
                   {QStringLiteral("Hostile"), hostile, QStringLiteral("reception"), true},
                   QStringLiteral("row"))
            .ok());
    auto asAdmin = connectAs(admin);
    ASSERT_TRUE(asAdmin);
    UserRepository users(*asAdmin);
    auto disabled = users.setActive(hostile, false, admin.login);
    ASSERT_TRUE(disabled.ok()) << disabled.error().detail.toStdString();
    EXPECT_FALSE(canLogin(hostile));
    ASSERT_TRUE(users.setActive(hostile, true, admin.login).ok());
    ASSERT_TRUE(users.resetPassword(hostile, QStringLiteral("new'pass\"; --1")).ok());
    auto promoted = users.changeRole(hostile, AppUser::Role::Admin, admin.login);
    ASSERT_TRUE(promoted.ok()) << promoted.error().detail.toStdString();
    EXPECT_TRUE(canLogin(hostile));
    EXPECT_TRUE(canLogin(admin.login)); // the admin's role is still there
    ConnectionSpec spec = database->spec();
    spec.user = hostile;
    spec.password = QStringLiteral("new'pass\"; --1");
    auto asHostile = Connection::open(spec, QStringLiteral("hostile"));
    ASSERT_TRUE(asHostile.ok()) << asHostile.error().message.toStdString();
    auto isAdmin = asHostile.value()->scalar(
        QStringLiteral("SELECT pg_has_role(current_user, 'frontdesk_admin', 'MEMBER')"), {},
        QStringLiteral("member"));
    ASSERT_TRUE(isAdmin.ok());
    EXPECT_TRUE(isAdmin.value().toBool());
}

TEST_P(UsersTest, UsersPageDisablesChangesRoleAndSetsPasswordsOfTheSelectedPerson)
{
    const AppUser admin = addUser(AppUser::Role::Admin);
    const AppUser priya = addUser(AppUser::Role::Reception);
    DeskContext& context = signedInAs(admin);
    UsersPage page(context);
    page.show();
    auto* list = child<QTableView>(&page, "userList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 2; }));
    auto* toggle = child<QPushButton>(&page, "userToggleActive");
    EXPECT_FALSE(toggle->isEnabled()); // nobody selected yet

    // Yourself: refused, with the reason.
    selectLogin(list, admin.login);
    ASSERT_TRUE(toggle->isEnabled());
    click(&page, "userToggleActive");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("yourself"));
    })) << statusText(&page, "userActionStatus").toStdString();

    selectLogin(list, priya.login);
    EXPECT_EQ(toggle->text(), QStringLiteral("Disa&ble"));
    click(&page, "userToggleActive");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("cannot sign in"));
    })) << statusText(&page, "userActionStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ? AND active = ?"),
                    {priya.login, false}),
              1);
    ASSERT_TRUE(
        waitUntil([&] { return toggle->text() == QStringLiteral("&Enable"); })); // still selected, re-read
    EXPECT_TRUE(statusText(&page, "userSelected").contains(QStringLiteral("disabled")));
    click(&page, "userToggleActive");
    ASSERT_TRUE(
        waitUntil([&] { return statusText(&page, "userActionStatus").contains(QStringLiteral("again")); }));

    auto* role = child<QComboBox>(&page, "userNewRole");
    role->setCurrentIndex(role->findData(QStringLiteral("admin")));
    click(&page, "userChangeRole");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("administrator"));
    })) << statusText(&page, "userActionStatus").toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ? AND role = 'admin'"), {priya.login}),
        1);

    type(&page, "userNewPassword", QStringLiteral("short"));
    click(&page, "userResetPassword");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("at least"));
    })) << statusText(&page, "userActionStatus").toStdString();
    type(&page, "userNewPassword", QStringLiteral("brand-new-pass"));
    click(&page, "userResetPassword");
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("new password"));
    })) << statusText(&page, "userActionStatus").toStdString();
    EXPECT_TRUE(child<QLineEdit>(&page, "userNewPassword")->text().isEmpty());
    auto signedIn = trySignIn(priya.login, QStringLiteral("brand-new-pass"));
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    EXPECT_EQ(signedIn->user.role, AppUser::Role::Admin);
}

// Who may run a sender station: on PostgreSQL a tick per person (the sender role), off for a new reception
// login unless ticked, always on for administrators; on SQLite the one desk sends, and the ticks say so.
TEST_P(UsersTest, TheUsersPageSaysWhoMaySendMessages)
{
    const bool postgres = GetParam() == Dialect::Postgres;
    const AppUser admin = addUser(AppUser::Role::Admin);
    const AppUser priya = addUser(AppUser::Role::Reception);
    DeskContext& context = signedInAs(admin);
    UsersPage page(context);
    page.show();
    auto* list = child<QTableView>(&page, "userList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 2; }));
    auto sends = [&](const QString& login) {
        return count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ? AND "
                                    "pg_has_role(oid, 'frontdesk_sender', 'MEMBER')"),
                     {login}) == 1;
    };
    auto* toggle = child<QCheckBox>(&page, "userSendsToggle");
    auto* newSends = child<QCheckBox>(&page, "userSends");
    ASSERT_TRUE(toggle && newSends);

    if (!postgres) {
        EXPECT_FALSE(newSends->isVisible());
        EXPECT_TRUE(statusText(&page, "userSendsNote").contains(QStringLiteral("one-desk")));
        selectLogin(list, priya.login);
        ASSERT_TRUE(waitUntil([&] { return child<QPushButton>(&page, "userToggleActive")->isEnabled(); }));
        EXPECT_FALSE(toggle->isVisible());
        EXPECT_TRUE(child<QLabel>(&page, "userSendsToggleNote")->isVisible());
        EXPECT_TRUE(statusText(&page, "userSendsToggleNote").contains(QStringLiteral("one-desk")));
        EXPECT_FALSE(UserRepository(*connection).setSends(priya.login, false).ok());
        return;
    }

    // A new reception login does not send by default; administrators always may.
    EXPECT_TRUE(newSends->isEnabled());
    EXPECT_FALSE(newSends->isChecked());
    EXPECT_FALSE(sends(priya.login));
    selectLogin(list, admin.login);
    ASSERT_TRUE(waitUntil([&] { return toggle->isChecked(); }));
    EXPECT_FALSE(toggle->isEnabled());
    EXPECT_TRUE(toggle->text().contains(QStringLiteral("always")));

    selectLogin(list, priya.login);
    ASSERT_TRUE(waitUntil([&] { return toggle->isEnabled() && !toggle->isChecked(); }));
    toggle->click();
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("may send"));
    })) << statusText(&page, "userActionStatus").toStdString();
    EXPECT_TRUE(sends(priya.login));
    ASSERT_TRUE(waitUntil([&] { return toggle->isChecked(); }));
    toggle->click();
    ASSERT_TRUE(waitUntil([&] {
        return statusText(&page, "userActionStatus").contains(QStringLiteral("no longer"));
    })) << statusText(&page, "userActionStatus").toStdString();
    EXPECT_FALSE(sends(priya.login));
    EXPECT_TRUE(canLogin(priya.login)); // still a reception login

    // Ticked on the form: the new login may send.
    const QString login = uniqueLogin("snd");
    createdRoles << login;
    type(&page, "userName", QStringLiteral("Kavya Station"));
    type(&page, "userLogin", login);
    type(&page, "userPassword", QStringLiteral("kavya-pass-1"));
    newSends->setChecked(true);
    click(&page, "userAdd");
    ASSERT_TRUE(waitUntil([&] { return statusText(&page, "userStatus").contains(login); }))
        << statusText(&page, "userStatus").toStdString();
    EXPECT_TRUE(sends(login));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ? AND "
                                   "pg_has_role(oid, 'frontdesk_reception', 'MEMBER')"),
                    {login}),
              1);
}

// Staff are never messaged only when their number is recognised: a staff mobile is checked like every phone,
// refused with the reason when it is not one, and kept in E.164.
TEST_P(UsersTest, AStaffMobileIsCheckedLikeEveryPhoneAndKeptInE164)
{
    DeskContext& context = signedInAs(addUser(AppUser::Role::Admin));
    UsersPage page(context);
    page.show();
    const QString login = uniqueLogin("staff");
    createdRoles << login;
    type(&page, "userName", QStringLiteral("Kavya Desk"));
    type(&page, "userLogin", login);
    type(&page, "userPassword", QStringLiteral("kavya-pass-1"));
    type(&page, "userPhone", QStringLiteral("12345"));
    auto* phone = child<PhoneField>(&page, "userPhoneField");
    EXPECT_FALSE(phone->isAcceptable());
    EXPECT_TRUE(phone->reasonText().startsWith(QStringLiteral("✗"))) << phone->reasonText().toStdString();
    click(&page, "userAdd");
    EXPECT_TRUE(statusText(&page, "userStatus").startsWith(QStringLiteral("Not saved")))
        << statusText(&page, "userStatus").toStdString();
    QTest::qWait(200);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {login}), 0);

    type(&page, "userPhone", QStringLiteral("098400 55555"));
    EXPECT_TRUE(phone->reasonText().contains(QStringLiteral("staff number")))
        << phone->reasonText().toStdString();
    click(&page, "userAdd");
    ASSERT_TRUE(waitUntil([&] { return statusText(&page, "userStatus").contains(login); }))
        << statusText(&page, "userStatus").toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ? AND phone = ?"),
                    {login, QStringLiteral("+919840055555")}),
              1);

    // An empty one is fine: a person without a mobile of their own.
    const QString second = uniqueLogin("nophone");
    createdRoles << second;
    type(&page, "userName", QStringLiteral("Ravi Desk"));
    type(&page, "userLogin", second);
    type(&page, "userPassword", QStringLiteral("ravi-pass-12"));
    EXPECT_TRUE(phone->isAcceptable());
    click(&page, "userAdd");
    ASSERT_TRUE(waitUntil([&] { return statusText(&page, "userStatus").contains(second); }))
        << statusText(&page, "userStatus").toStdString();
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(UsersTest);

} // namespace
} // namespace fd::test
