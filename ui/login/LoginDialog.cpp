#include "ui/login/LoginDialog.h"

#include "automation/secrets/CredentialService.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/MigrationRunner.h"
#include "models/repositories/UserRepository.h"
#include "ui/common/StatusColors.h"
#include "ui/login/SchemaUpgradeDialog.h"
#include "ui/login/SignIn.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace fd {

QString LoginDialog::lastUserSetting()
{
    return QStringLiteral("login/lastUser");
}

LoginDialog::LoginDialog(ConnectionSpec server, CredentialService& credentials, LoginThrottle& throttle,
                         QWidget* parent)
    : QDialog(parent)
    , m_server(std::move(server))
    , m_credentials(credentials)
    , m_throttle(throttle)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("FrontDesk — sign in"));
    setMinimumWidth(440);

    auto* title = new QLabel(tr("<b>Sign in to FrontDesk</b>"), this);
    auto* where = new QLabel(m_server.displayName(), this);
    where->setObjectName(QStringLiteral("loginDatabase"));
    where->setWordWrap(true);
    StatusColors::apply(where, StatusColors::Tone::Neutral);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginUser"));
    m_login->setAccessibleName(tr("User name"));
    m_login->setText(QSettings().value(lastUserSetting()).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember my password on this computer (in the keychain)"), this);
    m_remember->setObjectName(QStringLiteral("loginRemember"));
    m_remember->setVisible(m_server.dialect == Dialect::Postgres);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("loginKeychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));

    auto* form = new QFormLayout;
    auto* userLabel =
        new QLabel(m_server.dialect == Dialect::Postgres ? tr("&Database user:") : tr("&User name:"), this);
    userLabel->setBuddy(m_login);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_login);
    form->addRow(passwordLabel, m_password);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_signIn->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("loginQuit"));
    // Enter in the password box signs in; it must never fall through to Quit while Sign in is disabled.
    quit->setAutoDefault(false);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signInNow);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &LoginDialog::updateWait);
    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::updateWait);

    focusFirstEmptyField();

    if (m_server.dialect == Dialect::Sqlite)
        prepareSqlite();
    else
        loadRememberedPassword();
}

LoginDialog::~LoginDialog() = default;

namespace {

struct OpenedFile
{
    MigrationReport migration;
    int activeAdmins = 0;
};

} // namespace

void LoginDialog::prepareSqlite()
{
    // One desk, one file: the schema is brought up to date here (the runner copies the file aside first),
    // then we look for an administrator.
    m_worker = std::make_shared<DatabaseWorker>(m_server, QStringLiteral("gui"));
    // What is typed meanwhile is kept: only signing in waits for the file (Enter signs in once it is open).
    m_opening = true;
    setBusy(true, tr("Opening the database…"));
    m_worker->run(
        this,
        [](Connection& c) -> Result<OpenedFile> {
            auto migrated = MigrationRunner(c).migrate();
            if (!migrated)
                return migrated.error();
            auto admins = UserRepository(c).countActiveAdmins();
            if (!admins)
                return admins.error();
            return OpenedFile{migrated.value(), admins.value()};
        },
        [this](const Result<OpenedFile>& opened) {
            m_opening = false;
            setBusy(false);
            const bool signInNowOpen = std::exchange(m_signInWhenOpen, false);
            if (!opened) {
                if (opened.error().kind == Error::Kind::SchemaTooNew)
                    m_unusable = opened.error().message;
                showProblem(opened.error().message);
                return;
            }
            const MigrationReport& report = opened->migration;
            if (report.changed() && report.fromVersion > 0) {
                m_message->setText(tr("The database was upgraded from schema version %1 to %2; the file "
                                      "as it was is kept at %3.")
                                       .arg(report.fromVersion)
                                       .arg(report.toVersion)
                                       .arg(report.backupPath));
                StatusColors::apply(m_message, StatusColors::Tone::Neutral);
                fitMessage();
            }
            if (opened->activeAdmins == 0)
                emit firstAdminNeeded();
            else if (signInNowOpen)
                signInNow();
        });
}

void LoginDialog::refuse(const QString& message)
{
    m_worker.reset(); // signed in as nobody: the next person signs in afresh
    m_signedIn = SignedInUser();
    showProblem(message);
}

void LoginDialog::checkSchemaThenAccept()
{
    setBusy(true, tr("Checking the database…"));
    m_worker->run(
        this, [](Connection& c) { return MigrationRunner(c).status(); },
        [this](const Result<SchemaStatus>& status) {
            setBusy(false);
            if (!status) {
                refuse(status.error().message);
                return;
            }
            if (status->upToDate()) {
                accept();
                return;
            }
            if (m_signedIn.user.role != AppUser::Role::Admin) {
                refuse(tr("The database needs an upgrade from schema version %1 to %2 before FrontDesk %3 "
                          "can use it. Ask an administrator to sign in on this desk and upgrade it.")
                           .arg(status->currentVersion)
                           .arg(status->latestVersion)
                           .arg(QStringLiteral(FRONTDESK_VERSION)));
                return;
            }
            auto* upgrade = new SchemaUpgradeDialog(*m_worker, m_server, status.value(), this);
            upgrade->setAttribute(Qt::WA_DeleteOnClose);
            connect(upgrade, &QDialog::accepted, this, &QDialog::accept);
            connect(upgrade, &QDialog::rejected, this, &QDialog::reject);
            upgrade->open();
        });
}

void LoginDialog::loadRememberedPassword()
{
    const QString user = m_login->text().trimmed();
    m_credentials.probe([this](Result<void> available) {
        m_keychainAvailable = available.ok();
        m_remember->setEnabled(m_keychainAvailable);
        if (!m_keychainAvailable) {
            m_remember->setChecked(false);
            m_keychainNote->setText(available.error().message);
            StatusColors::apply(m_keychainNote, StatusColors::Tone::Warning);
            m_keychainNote->show();
        }
    });
    if (user.isEmpty())
        return;
    m_credentials.load(CredentialService::databaseKey(m_server, user),
                       [this, user](Result<std::optional<QString>> stored) {
                           if (!stored || !stored->has_value() || m_login->text().trimmed() != user ||
                               !m_password->text().isEmpty())
                               return;
                           m_password->setText(**stored);
                           m_remember->setChecked(true);
                       });
}

void LoginDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    // Read-only rather than disabled: the focus stays where the person was typing (a disabled field loses it,
    // and the next keys would go nowhere). While the file opens the fields stay editable.
    m_login->setReadOnly(busy && !m_opening);
    m_password->setReadOnly(busy && !m_opening);
    m_signIn->setEnabled((!busy || m_opening) && m_throttle.secondsToWait(m_login->text()) == 0);
    if (!message.isEmpty()) {
        m_message->setText(message);
        StatusColors::apply(m_message, StatusColors::Tone::Neutral);
    } else if (!busy && m_message->text() == m_busyMessage) {
        m_message->clear(); // "Opening the database…" is over
    }
    if (busy)
        m_busyMessage = message;
    else if (!m_login->hasFocus() && !m_password->hasFocus())
        focusFirstEmptyField();
}

void LoginDialog::focusFirstEmptyField()
{
    if (m_login->text().trimmed().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::showProblem(const QString& message)
{
    m_message->setText(message);
    StatusColors::apply(m_message, StatusColors::Tone::Bad);
    fitMessage();
}

void LoginDialog::fitMessage()
{
    // A long message wraps onto several lines: grow the dialog so that none of them is cut off.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void LoginDialog::updateWait()
{
    const int wait = m_throttle.secondsToWait(m_login->text());
    m_signIn->setEnabled((!m_busy || m_opening) && wait == 0);
    if (wait > 0) {
        showProblem(tr("Too many wrong passwords. Try again in %n second(s).", nullptr, wait));
        if (!m_waitTimer->isActive())
            m_waitTimer->start();
    } else if (m_waitTimer->isActive()) {
        m_waitTimer->stop();
        m_message->setText(tr("You can try again now."));
        StatusColors::apply(m_message, StatusColors::Tone::Neutral);
    }
}

void LoginDialog::signInNow()
{
    if (m_busy) {
        if (m_opening)
            m_signInWhenOpen = true; // Enter while the file opens: sign in as soon as it is open
        return;
    }
    if (!m_unusable.isEmpty()) {
        showProblem(m_unusable);
        return;
    }
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (login.isEmpty()) {
        showProblem(tr("Enter your user name."));
        m_login->setFocus();
        return;
    }
    if (m_throttle.secondsToWait(login) > 0) {
        updateWait();
        return;
    }
    if (password.isEmpty()) {
        showProblem(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    setBusy(true, tr("Signing in…"));
    const bool remember = m_remember->isChecked() && m_keychainAvailable;
    signIn(
        m_server, m_server.dialect == Dialect::Sqlite ? m_worker : nullptr, login, password, this,
        [this, login, password, remember](std::shared_ptr<DatabaseWorker> worker, Result<SignedInUser> user) {
            setBusy(false);
            if (!user) {
                if (user.error().kind == Error::Kind::Authentication) {
                    m_throttle.recordFailure(login);
                    showProblem(user.error().message);
                    m_password->selectAll();
                    m_password->setFocus();
                    updateWait();
                } else {
                    showProblem(user.error().message);
                }
                return;
            }
            m_throttle.recordSuccess(login);
            QSettings().setValue(lastUserSetting(), login);
            if (m_server.dialect == Dialect::Postgres && m_keychainAvailable) {
                const QString key = CredentialService::databaseKey(m_server, login);
                if (remember)
                    m_credentials.store(key, password, [](Result<void>) {});
                else
                    m_credentials.remove(key, [](Result<void>) {});
            }
            m_worker = std::move(worker);
            m_signedIn = user.value();
            if (m_server.dialect == Dialect::Postgres)
                checkSchemaThenAccept();
            else
                accept(); // the file was brought up to date when the dialog opened
        });
}

} // namespace fd
