// No secret on disk in plaintext: the real flows that take secrets (the first-run wizard with a PostgreSQL
// password and the administrator's password, a new user's password, the Cloud API token) run in a private
// HOME with a real Secret Service (with-keyring.sh: gnome-keyring-daemon in dbus-run-session); then every
// file under HOME (settings, data, caches, the SQLite database, the keyring's own file) is searched for the
// secrets, as text, UTF-16 and base64. The WhatsApp profile folder a sender station creates is owner-only.
#include "FaultsFixture.h"
#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/secrets/CredentialService.h"
#include "gui/GuiFixture.h"
#include "models/auth/Authenticator.h"
#include "models/db/DatabaseWorker.h"
#include "ui/admin/UsersPage.h"
#include "ui/common/DeskContext.h"
#include "ui/settings/CloudApiDialog.h"
#include "ui/setup/FirstRunWizard.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

namespace fd::test {
namespace {

QString unique(const char* prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

// Files under HOME that contain `secret` in any of the forms a careless program would write it.
QStringList filesContaining(const QString& secret)
{
    QSettings().sync();
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    const QByteArray base64 = utf8.toBase64(QByteArray::OmitTrailingEquals);
    QStringList found;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(base64.left(base64.size() - 2)))
            found << file.fileName();
    }
    return found;
}

int filesUnderHome()
{
    int n = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

std::optional<QString> keychainHolds(CredentialService& keychain, const QString& key)
{
    bool done = false;
    Result<std::optional<QString>> value;
    keychain.load(key, [&](Result<std::optional<QString>> r) {
        value = r;
        done = true;
    });
    EXPECT_TRUE(waitUntil([&] { return done; }, 30000));
    EXPECT_TRUE(value.ok()) << value.error().message.toStdString();
    return value.ok() ? value.value() : std::nullopt;
}

class SecretsOnDiskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // with-keyring.sh gives this process a HOME of its own; refuse to scan a real one.
        ASSERT_TRUE(qEnvironmentVariableIsSet("FRONTDESK_PRIVATE_HOME"))
            << "run through tests/faults/with-keyring.sh";
        ASSERT_EQ(QDir::homePath(), qEnvironmentVariable("FRONTDESK_PRIVATE_HOME"));
        bool probed = false;
        Result<void> answer;
        keychain.probe([&](Result<void> r) {
            answer = r;
            probed = true;
        });
        ASSERT_TRUE(waitUntil([&] { return probed; }, 30000));
        ASSERT_TRUE(answer.ok()) << "no Secret Service: " << answer.error().message.toStdString();
    }

    // The wizard through to its last page; returns the database it set up.
    ConnectionSpec runWizard(const ConnectionSpec& target, const QString& adminLogin,
                             const QString& adminPassword)
    {
        FirstRunWizard wizard(keychain, std::nullopt);
        wizard.show();
        if (target.dialect == Dialect::Sqlite) {
            type(&wizard, "wizardSqlitePath", target.sqlitePath);
        } else {
            child<QRadioButton>(&wizard, "wizardPostgres")->setChecked(true);
            type(&wizard, "wizardPgHost", target.host);
            child<QSpinBox>(&wizard, "wizardPgPort")->setValue(target.port);
            type(&wizard, "wizardPgDatabase", target.database);
            type(&wizard, "wizardPgUser", target.user);
            type(&wizard, "wizardPgPassword", target.password);
            click(&wizard, "wizardTestConnection");
            auto* result = child<QLabel>(&wizard, "wizardTestResult");
            EXPECT_TRUE(waitUntil([&] { return result->text().startsWith(QStringLiteral("✓")); }))
                << result->text().toStdString();
        }
        click(&wizard, "wizardNext");
        type(&wizard, "wizardAdminName", QStringLiteral("Anil Owner"));
        type(&wizard, "wizardAdminLogin", adminLogin);
        type(&wizard, "wizardAdminPassword", adminPassword);
        type(&wizard, "wizardAdminConfirm", adminPassword);
        click(&wizard, "wizardNext");
        type(&wizard, "wizardCompanyName", QStringLiteral("Sri Lakshmi Electronics"));
        // A mobile, so that the wizard suggests the tracking and feedback links (a landline asks to confirm
        // going on without them).
        type(&wizard, "wizardCompanyPhone", QStringLiteral("098400 12345"));
        EXPECT_FALSE(child<QLineEdit>(&wizard, "wizardTrackingLink")->text().isEmpty());
        click(&wizard, "wizardNext");
        EXPECT_TRUE(waitUntil([&] { return wizard.currentId() == FirstRunWizard::DonePage; }, 60000))
            << child<QLabel>(&wizard, "wizardSetupStatus")->text().toStdString();
        if (target.dialect == Dialect::Postgres) {
            // The password reaches the keychain asynchronously.
            EXPECT_TRUE(waitUntil(
                [&] {
                    return keychainHolds(keychain, CredentialService::databaseKey(target, target.user))
                        .has_value();
                },
                30000));
        }
        return wizard.chosenSpec();
    }

    SignedInUser signIn(const ConnectionSpec& spec, const QString& login, const QString& password)
    {
        DatabaseWorker worker(spec, QStringLiteral("secrets-test"));
        auto signedIn =
            worker.run([login, password](Connection& c) { return Authenticator(c).signIn(login, password); });
        EXPECT_TRUE(waitUntil([&] { return signedIn.isFinished(); }));
        Result<SignedInUser> who = signedIn.result();
        EXPECT_TRUE(who.ok()) << who.error().message.toStdString();
        return who.ok() ? who.value() : SignedInUser{};
    }

    // An administrator adds a receptionist on the Users page.
    void addUser(DatabaseWorker& worker, const SignedInUser& admin, const QString& login,
                 const QString& password)
    {
        DeskContext context{worker, admin, PreviewTemplates()};
        UsersPage page(context);
        page.show();
        type(&page, "userName", QStringLiteral("Priya Desk"));
        type(&page, "userLogin", login);
        type(&page, "userPassword", password);
        QSignalSpy added(&page, &UsersPage::userAdded);
        click(&page, "userAdd");
        EXPECT_TRUE(waitUntil([&] { return added.count() > 0; }, 60000))
            << child<QLabel>(&page, "userStatus")->text().toStdString();
    }

    // An administrator switches to the Cloud API with a token.
    void setCloudToken(DatabaseWorker& worker, const QString& phoneNumberId, const QString& token)
    {
        CloudApiDialog dialog(worker, keychain, QStringLiteral("admin"));
        dialog.show();
        EXPECT_TRUE(waitUntil([&] { return dialog.isLoaded(); }));
        auto* transport = child<QComboBox>(&dialog, "cloudTransport");
        transport->setCurrentIndex(transport->findData(QStringLiteral("cloud-api")));
        child<QLineEdit>(&dialog, "cloudPhoneNumberId")->setText(phoneNumberId);
        child<QLineEdit>(&dialog, "cloudToken")->setText(token);
        QSignalSpy saved(&dialog, &CloudApiDialog::saved);
        dialog.save();
        EXPECT_TRUE(waitUntil([&] { return saved.count() > 0; }, 30000));
        EXPECT_TRUE(saved.count() > 0 && saved.first().first().toBool())
            << child<QLabel>(&dialog, "cloudStatus")->text().toStdString();
        CloudApiSettings settings;
        settings.phoneNumberId = phoneNumberId;
        EXPECT_EQ(keychainHolds(keychain, settings.tokenKey()), std::optional<QString>(token));
    }

    void expectNowhereOnDisk(const QStringList& secrets)
    {
        EXPECT_GT(filesUnderHome(), 0) << "nothing was written under HOME: the scan would prove nothing";
        for (const QString& secret : secrets) {
            const QStringList files = filesContaining(secret);
            EXPECT_TRUE(files.isEmpty()) << secret.toStdString() << " is on disk in "
                                         << files.join(QStringLiteral(", ")).toStdString();
        }
    }

    CredentialService keychain;
};

TEST_F(SecretsOnDiskTest, SqliteDeskWizardUsersAndCloudToken)
{
    const QString adminLogin = QStringLiteral("anil");
    const QString adminPassword = unique("Owner-Secret-");
    const QString userPassword = unique("Desk-Secret-");
    const QString token = unique("EAAGtoken");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    ConnectionSpec target = ConnectionSpec::sqliteFile(folder + QStringLiteral("/frontdesk.sqlite"));

    const ConnectionSpec spec = runWizard(target, adminLogin, adminPassword);
    ASSERT_FALSE(::testing::Test::HasFailure());
    const SignedInUser admin =
        signIn(spec, adminLogin, adminPassword); // the password works, so it was stored
    ASSERT_EQ(admin.user.role, AppUser::Role::Admin);
    {
        DatabaseWorker worker(spec, QStringLiteral("secrets-test"));
        addUser(worker, admin, QStringLiteral("priya"), userPassword);
        setCloudToken(worker, QStringLiteral("106540352242922"), token);
    }
    EXPECT_EQ(signIn(spec, QStringLiteral("priya"), userPassword).user.role, AppUser::Role::Reception);
    ASSERT_TRUE(QFile::exists(spec.sqlitePath));

    expectNowhereOnDisk({adminPassword, userPassword, token});
}

TEST_F(SecretsOnDiskTest, PostgresDeskWizardKeepsTheServerPasswordInTheKeychainOnly)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    const ConnectionSpec target = database->spec();
    ASSERT_FALSE(target.password.isEmpty());
    const QString adminLogin = unique("boss").toLower();
    const QString adminPassword = unique("Owner-Secret-");

    const ConnectionSpec spec = runWizard(target, adminLogin, adminPassword);
    ASSERT_FALSE(::testing::Test::HasFailure());
    EXPECT_EQ(keychainHolds(keychain, CredentialService::databaseKey(target, target.user)),
              std::optional<QString>(target.password));
    ConnectionSpec asAdmin = spec;
    asAdmin.user = adminLogin;
    asAdmin.password = adminPassword;
    EXPECT_EQ(signIn(asAdmin, adminLogin, adminPassword).user.role, AppUser::Role::Admin);

    expectNowhereOnDisk({target.password, adminPassword});

    auto admin = Connection::open(postgresAdminSpec(), QStringLiteral("cleanup"));
    if (admin)
        (void)admin.value()->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(adminLogin),
                                  QStringLiteral("drop"));
}

TEST_F(SecretsOnDiskTest, TheWhatsAppProfileFolderIsOwnerOnly)
{
    FakeWhatsAppServer server;
    ASSERT_TRUE(server.listen());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(FRONTDESK_BINARY),
                  {QStringLiteral("check"), QStringLiteral("--whatsapp"), QStringLiteral("--whatsapp-url"),
                   server.url().toString()});
    ASSERT_TRUE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 180000));
    const QString profile =
        qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/FrontDesk/FrontDesk/whatsapp-profile");
    QFileInfo info(profile);
    ASSERT_TRUE(info.isDir()) << profile.toStdString() << "\n" << process.readAll().toStdString();
    EXPECT_EQ(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
              QFileDevice::Permissions())
        << "mode " << std::oct << int(info.permissions());
    EXPECT_TRUE(info.permissions() & QFile::ReadOwner);
}

} // namespace
} // namespace fd::test
