// Logins: argon2id users on SQLite, the person's own role on PostgreSQL, throttling, and the first run.
#include "GuiFixture.h"
#include "automation/outbox/MissingSettings.h"
#include "automation/secrets/CredentialService.h"
#include "mock/FakeClock.h"
#include "models/auth/LoginThrottle.h"
#include "models/auth/PasswordHash.h"
#include "models/core/QtCompat.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/SignIn.h"
#include "ui/setup/FirstRunWizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

namespace fd::test {
namespace {

TEST(PasswordHashTest, Argon2idHashesVerifyOnlyTheRightPassword)
{
    auto hash = PasswordHash::hash(QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(hash.value().startsWith(QStringLiteral("$argon2id$")));
    EXPECT_TRUE(PasswordHash::verify(hash.value(), QStringLiteral("s3cret-pass")));
    EXPECT_FALSE(PasswordHash::verify(hash.value(), QStringLiteral("s3cret-pasS")));
    EXPECT_FALSE(PasswordHash::verify(QString(), QString()));
    EXPECT_NE(PasswordHash::hash(QStringLiteral("s3cret-pass")).value(), hash.value()); // salted
    EXPECT_FALSE(PasswordHash::checkStrength(QStringLiteral("short")).ok());
}

TEST(LoginThrottleTest, RepeatedWrongPasswordsMakeTheNextTryWaitLongerEachTime)
{
    FakeClock clock(fd::utcDateTime(QDate(2026, 11, 25), QTime(10, 0)));
    LoginThrottle throttle(clock);
    for (int i = 0; i < LoginThrottle::kFreeAttempts - 1; ++i) {
        throttle.recordFailure(QStringLiteral("Priya"));
        EXPECT_EQ(throttle.secondsToWait(QStringLiteral("priya")), 0);
    }
    throttle.recordFailure(QStringLiteral("priya"));
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("PRIYA")), LoginThrottle::kFirstDelaySeconds);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("anil")), 0); // per login
    clock.advanceSecs(LoginThrottle::kFirstDelaySeconds);
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("priya")), 0);
    throttle.recordFailure(QStringLiteral("priya"));
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("priya")), 2 * LoginThrottle::kFirstDelaySeconds);
    for (int i = 0; i < 20; ++i)
        throttle.recordFailure(QStringLiteral("priya"));
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("priya")), LoginThrottle::kMaxDelaySeconds);
    throttle.recordSuccess(QStringLiteral("priya"));
    EXPECT_EQ(throttle.secondsToWait(QStringLiteral("priya")), 0);
}

class AuthTest : public DeskTest
{
};

TEST_P(AuthTest, TheRightPasswordSignsInWithTheRoleAndAWrongOneIsRefused)
{
    const AppUser reception = addUser(AppUser::Role::Reception, QStringLiteral("right-pass-1"));
    const AppUser admin = addUser(AppUser::Role::Admin, QStringLiteral("admin-pass-1"));
    for (const auto& [user, password, role] :
         {std::tuple{reception, QStringLiteral("right-pass-1"), AppUser::Role::Reception},
          std::tuple{admin, QStringLiteral("admin-pass-1"), AppUser::Role::Admin}}) {
        bool done = false;
        Result<SignedInUser> result;
        signIn(database->spec(), nullptr, user.login, password, qApp, [&](auto, Result<SignedInUser> r) {
            result = r;
            done = true;
        });
        ASSERT_TRUE(waitUntil([&] { return done; }));
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
        EXPECT_EQ(result->user.role, role);
        EXPECT_EQ(result->user.login, user.login);
    }
    bool done = false;
    Result<SignedInUser> wrong;
    signIn(database->spec(), nullptr, reception.login, QStringLiteral("wrong-pass-1"), qApp,
           [&](auto, Result<SignedInUser> r) {
               wrong = r;
               done = true;
           });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, Error::Kind::Authentication);
    if (GetParam() == Dialect::Sqlite) {
        auto hash = connection->scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"),
                                       {reception.login}, QStringLiteral("hash"));
        ASSERT_TRUE(hash.ok());
        EXPECT_TRUE(hash.value().toString().startsWith(QStringLiteral("$argon2id$")));
    } else {
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL")), 0);
    }
}

TEST_P(AuthTest, OnPostgresTheDatabaseRefusesReceptionWhatOnlyAdminsMayDo)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "on SQLite the app enforces roles";
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    auto saved = context.database.run([](Connection& c) -> Result<void> {
        SharedSettings settings;
        settings.companyName = QStringLiteral("Hijacked");
        return settings.save(c, QStringLiteral("reception"));
    });
    ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
    ASSERT_FALSE(saved.result().ok());
    EXPECT_EQ(saved.result().error().kind, Error::Kind::PermissionDenied)
        << saved.result().error().message.toStdString();
    auto deleted = context.database.run([](Connection& c) -> Result<void> {
        auto r =
            c.exec(QStringLiteral("DELETE FROM whatsapp_message_logs"), QStringLiteral("delete the log"));
        return r ? Result<void>() : Result<void>(r.error());
    });
    ASSERT_TRUE(waitUntil([&] { return deleted.isFinished(); }));
    EXPECT_FALSE(deleted.result().ok());
}

TEST_P(AuthTest, LoginDialogThrottlesRepeatedWrongPasswordsEvenWhenTheNextOneIsRight)
{
    const AppUser reception = addUser(AppUser::Role::Reception, QStringLiteral("right-pass-1"));
    addUser(AppUser::Role::Admin);
    FakeClock clock(QDateTime::currentDateTimeUtc());
    LoginThrottle throttle(clock);
    CredentialService credentials;
    LoginDialog dialog(database->spec(), credentials, throttle);
    dialog.show();
    auto* signInButton = child<QAbstractButton>(&dialog, "loginSignIn");
    auto* message = child<QLabel>(&dialog, "loginMessage");
    ASSERT_TRUE(waitUntil([&] { return signInButton->isEnabled(); }));
    type(&dialog, "loginUser", reception.login);
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i) {
        type(&dialog, "loginPassword", QStringLiteral("guess-%1-xx").arg(i));
        click(&dialog, "loginSignIn");
        ASSERT_TRUE(waitUntil([&] {
            return message->text().contains(QStringLiteral("Wrong")) ||
                   message->text().contains(QStringLiteral("refused")) ||
                   message->text().contains(QStringLiteral("Too many"));
        })) << message->text().toStdString();
        message->clear();
        QTest::qWait(10);
    }
    // Throttled now: even the right password is not tried until the wait is over.
    type(&dialog, "loginPassword", QStringLiteral("right-pass-1"));
    EXPECT_FALSE(signInButton->isEnabled());
    dialog.signInNow();
    EXPECT_TRUE(message->text().contains(QStringLiteral("Too many wrong passwords")))
        << message->text().toStdString();
    QTest::qWait(300);
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    clock.advanceSecs(LoginThrottle::kFirstDelaySeconds);
    ASSERT_TRUE(waitUntil([&] { return signInButton->isEnabled(); }, 5000));
    click(&dialog, "loginSignIn");
    ASSERT_TRUE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }))
        << message->text().toStdString();
    EXPECT_EQ(dialog.signedIn().user.role, AppUser::Role::Reception);
    ASSERT_TRUE(dialog.worker());
}

TEST_P(AuthTest, FirstRunWizardCreatesTheAdministratorAndTheCompanySettings)
{
    CredentialService credentials;
    std::optional<ConnectionSpec> fixed;
    // SQLite: the database page is filled in; PostgreSQL: the server's details typed in, tested, then used.
    FirstRunWizard wizard(credentials, fixed);
    wizard.show();
    const ConnectionSpec spec = database->spec();
    if (spec.dialect == Dialect::Sqlite) {
        type(&wizard, "wizardSqlitePath", spec.sqlitePath);
    } else {
        child<QRadioButton>(&wizard, "wizardPostgres")->setChecked(true);
        type(&wizard, "wizardPgHost", spec.host);
        child<QSpinBox>(&wizard, "wizardPgPort")->setValue(spec.port);
        type(&wizard, "wizardPgDatabase", spec.database);
        type(&wizard, "wizardPgUser", spec.user);
        type(&wizard, "wizardPgPassword", spec.password);
        click(&wizard, "wizardTestConnection");
        auto* result = child<QLabel>(&wizard, "wizardTestResult");
        ASSERT_TRUE(waitUntil([&] { return result->text().startsWith(QStringLiteral("✓")); }))
            << result->text().toStdString();
    }
    click(&wizard, "wizardNext");
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::AdminPage);
    const QString login = uniqueLogin("boss");
    createdRoles << login;
    type(&wizard, "wizardAdminName", QStringLiteral("Anil Owner"));
    type(&wizard, "wizardAdminLogin", login);
    type(&wizard, "wizardAdminPassword", QStringLiteral("owner-pass-1"));
    type(&wizard, "wizardAdminConfirm", QStringLiteral("owner-pass-2"));
    click(&wizard, "wizardNext");
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::AdminPage);
    EXPECT_TRUE(child<QLabel>(&wizard, "wizardAdminProblem")->text().contains(QStringLiteral("differ")));
    type(&wizard, "wizardAdminConfirm", QStringLiteral("owner-pass-1"));
    click(&wizard, "wizardNext");
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::CompanyPage);
    type(&wizard, "wizardCompanyName", QStringLiteral("Sri Lakshmi Electronics"));
    // A landline cannot take WhatsApp chats: no links are suggested, and going on without them is said first.
    type(&wizard, "wizardCompanyPhone", QStringLiteral("044 4000 1234"));
    EXPECT_TRUE(child<QLineEdit>(&wizard, "wizardTrackingLink")->text().isEmpty());
    click(&wizard, "wizardNext");
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::CompanyPage);
    EXPECT_TRUE(child<QLabel>(&wizard, "wizardSetupStatus")->text().contains(QStringLiteral("Next again")))
        << child<QLabel>(&wizard, "wizardSetupStatus")->text().toStdString();
    // A mobile: links that open a chat with the business about the ticket are suggested.
    type(&wizard, "wizardCompanyPhone", QStringLiteral("098400 12345"));
    EXPECT_TRUE(child<QLabel>(&wizard, "wizardSetupStatus")->text().isEmpty()) << "the links are there now";
    const QString tracking = QStringLiteral("https://wa.me/919840012345?text=Status%20{ticket_id}");
    const QString feedback = QStringLiteral("https://wa.me/919840012345?text=Feedback%20{ticket_id}");
    EXPECT_EQ(child<QLineEdit>(&wizard, "wizardTrackingLink")->text(), tracking);
    EXPECT_EQ(child<QLineEdit>(&wizard, "wizardFeedbackLink")->text(), feedback);
    // A link that is not one is refused with the reason.
    type(&wizard, "wizardFeedbackLink", QStringLiteral("www.example.in/feedback"));
    click(&wizard, "wizardNext");
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::CompanyPage);
    EXPECT_TRUE(child<QLabel>(&wizard, "wizardSetupStatus")->text().contains(QStringLiteral("https://")))
        << child<QLabel>(&wizard, "wizardSetupStatus")->text().toStdString();
    type(&wizard, "wizardFeedbackLink", feedback);
    click(&wizard, "wizardNext");
    ASSERT_TRUE(waitUntil([&] { return wizard.currentId() == FirstRunWizard::DonePage; }))
        << child<QLabel>(&wizard, "wizardSetupStatus")->text().toStdString();
    EXPECT_TRUE(child<QLabel>(&wizard, "wizardDoneText")->text().contains(QStringLiteral("WhatsApp")));

    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ? AND role = 'admin' AND active = ?"),
              {login, true}),
        1);
    auto company =
        connection->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                           {QString::fromLatin1(SharedSettings::kCompanyName)}, QStringLiteral("company"));
    ASSERT_TRUE(company.ok());
    EXPECT_EQ(company.value().toString(), QStringLiteral("Sri Lakshmi Electronics"));
    auto settings = SharedSettings::load(*connection);
    ASSERT_TRUE(settings.ok());
    EXPECT_EQ(settings->trackingLinkPattern, tracking);
    EXPECT_EQ(settings->feedbackLinkPattern, feedback);
    EXPECT_TRUE(MissingSettings::gaps(settings.value()).isEmpty()) << "every message can be filled in";

    // The new administrator can sign in with the chosen password, as an administrator.
    bool done = false;
    Result<SignedInUser> result;
    signIn(wizard.chosenSpec(), nullptr, login, QStringLiteral("owner-pass-1"), qApp,
           [&](auto, Result<SignedInUser> r) {
               result = r;
               done = true;
           });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->user.role, AppUser::Role::Admin);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(AuthTest);

} // namespace
} // namespace fd::test
