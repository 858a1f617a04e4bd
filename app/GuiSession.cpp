#include "app/GuiSession.h"

#include "app/AfterFirstPaint.h"
#include "automation/secrets/CredentialService.h"
#include "automation/whatsapp/WebEngineWarmUp.h"
#include "models/config/DeskConfig.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/MigrationRunner.h"
#include "ui/admin/EngineersPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/common/DeskContext.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/SignIn.h"
#include "ui/main/MainWindow.h"
#include "ui/setup/FirstRunWizard.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

namespace fd {
namespace {

// Starts QtWebEngine while the sign-in dialog waits for a password: after sign-in the WhatsApp session then
// opens without waiting for Chromium (40–100 ms here). Not before the dialog is on screen (it comes first),
// and only when it stands idle: a sign-in that is already running (or a database still opening) is not made
// to share the CPU with Chromium's start, which then simply comes after sign-in as before.
void warmUpWebEngineWhenIdle(LoginDialog* dialog)
{
    constexpr int kIdleMs = 250;
    auto* idle = new QTimer(dialog);
    idle->setInterval(kIdleMs);
    QObject::connect(idle, &QTimer::timeout, dialog, [dialog, idle] {
        if (dialog->isBusy() || !dialog->isVisible())
            return; // signing in, or the database still opening: look again later
        idle->deleteLater();
        whatsapp::warmUpWebEngine();
    });
    runAfterFirstPaint(dialog, 1000, [idle] { idle->start(); });
}

} // namespace

GuiSession::GuiSession(const DatabaseChoice& choice, bool firstRun)
    : m_choice(choice)
    , m_firstRun(firstRun)
    , m_credentials(std::make_unique<CredentialService>())
{}

GuiSession::~GuiSession()
{
    m_window.reset(); // the window uses the context and the worker
    m_context.reset();
}

bool GuiSession::firstRunWanted(const QString& commandLineUrl)
{
    return commandLineUrl.isEmpty() && qEnvironmentVariableIsEmpty("FRONTDESK_DATABASE_URL") &&
           DeskConfig().get(DeskConfig::Key::DatabaseUrl).toString().isEmpty() &&
           !QFileInfo::exists(DeskConfig::defaultSqlitePath());
}

void GuiSession::start()
{
    QApplication::setQuitOnLastWindowClosed(false); // between the dialog and the window nothing is shown
    if (m_firstRun)
        showWizard(std::nullopt);
    else
        showLogin();
}

QWidget* GuiSession::front() const
{
    if (m_window)
        return m_window.get();
    if (m_wizard && m_wizard->isVisible())
        return m_wizard.get();
    if (m_login && m_login->isVisible())
        return m_login.get();
    return nullptr;
}

void GuiSession::bringToFront()
{
    if (QWidget* widget = front()) {
        widget->show();
        widget->setWindowState((widget->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        widget->raise();
        widget->activateWindow();
    }
}

void GuiSession::signOut()
{
    if (!m_window)
        return;
    QApplication::setQuitOnLastWindowClosed(false); // between the window and the next sign-in
    MainWindow* window = m_window.release();
    window->hide();
    // This may run inside one of the window's own signals: it goes once control is back in the event loop,
    // and the person's context and database worker (which its pages use) go right after it.
    std::shared_ptr<DeskContext> context(m_context.release());
    std::shared_ptr<DatabaseWorker> database = std::move(m_database);
    connect(window, &QObject::destroyed, this, [context, database] { /* held until now */ });
    window->deleteLater();
    showLogin();
}

void GuiSession::showLogin()
{
    m_login = std::make_unique<LoginDialog>(m_choice.spec, *m_credentials, m_throttle);
    connect(m_login.get(), &QDialog::accepted, this, [this] {
        LoginDialog* dialog = m_login.release();
        dialog->deleteLater();
        openWindow(dialog->worker(), dialog->signedIn(), false);
    });
    connect(m_login.get(), &QDialog::rejected, qApp, &QCoreApplication::quit);
    connect(m_login.get(), &LoginDialog::firstAdminNeeded, this, [this] {
        // An SQLite file without an administrator: create one with the wizard, on this file.
        m_login->hide();
        showWizard(m_choice.spec);
    });
    warmUpWebEngineWhenIdle(m_login.get());
    m_login->show();
}

void GuiSession::showWizard(std::optional<ConnectionSpec> fixed)
{
    m_wizard = std::make_unique<FirstRunWizard>(*m_credentials, std::move(fixed));
    connect(m_wizard.get(), &QDialog::accepted, this, &GuiSession::afterWizard);
    connect(m_wizard.get(), &QDialog::rejected, qApp, &QCoreApplication::quit);
    m_wizard->show();
}

void GuiSession::afterWizard()
{
    FirstRunWizard* wizard = m_wizard.release();
    wizard->deleteLater();
    if (m_login) {
        m_login->deleteLater();
        (void)m_login.release();
    }
    m_choice.spec = wizard->chosenSpec();
    m_choice.source = QObject::tr("desk settings");
    // The new administrator signs in right away with the password just chosen (on PostgreSQL as their own
    // role, so the session has exactly their rights).
    const ConnectionSpec spec = m_choice.spec;
    std::shared_ptr<DatabaseWorker> sqliteWorker =
        spec.dialect == Dialect::Sqlite ? wizard->worker() : nullptr;
    signIn(spec, sqliteWorker, wizard->admin().login, wizard->adminPassword(), this,
           [this](std::shared_ptr<DatabaseWorker> worker, Result<SignedInUser> user) {
               if (!user) {
                   QMessageBox::warning(nullptr, QObject::tr("FrontDesk"), user.error().message);
                   showLogin();
                   return;
               }
               openWindow(std::move(worker), user.value(), true);
           });
}

void GuiSession::openWindow(std::shared_ptr<DatabaseWorker> worker, const SignedInUser& user, bool firstRun)
{
    m_database = std::move(worker);
    // The previews need the templates and company details: read once, then the window opens. A database that
    // is gone by now still gets a window (with the shipped templates); it says so in the status bar.
    m_database->run(
        this, [](Connection& c) { return PreviewTemplates::load(c); },
        [this, user, firstRun](const Result<PreviewTemplates>& previews) {
            m_context.reset(
                new DeskContext{*m_database, user, previews ? previews.value() : PreviewTemplates()});
            m_window = std::make_unique<MainWindow>(*m_context);
            m_window->addAdminPage(new UsersPage(*m_context), QObject::tr("Users"));
            m_window->addAdminPage(new EngineersPage(*m_context), QObject::tr("Engineers"));
            QApplication::setQuitOnLastWindowClosed(true);
            emit windowOpened(m_window.get());
            if (firstRun)
                m_window->showWhatsAppTab();
            m_window->show();
            checkSchema();
        });
}

void GuiSession::checkSchema()
{
    const ConnectionSpec spec = m_database->spec();
    m_database->run(
        m_window.get(),
        [](Connection& connection) -> Result<int> { return MigrationRunner(connection).checkCompatible(); },
        [this, spec](const Result<int>& version) {
            const QString name = spec.displayName();
            if (!version) {
                m_window->showDatabaseState(QObject::tr("%1 — %2").arg(name, version.error().message), false);
                return;
            }
            const int latest = MigrationRunner::latestVersion(spec.dialect);
            if (version.value() < latest) {
                // A shared server is upgraded deliberately (`frontdesk migrate`), not by whichever desk
                // starts first.
                m_window->showDatabaseState(
                    QObject::tr("%1 — needs an upgrade to schema %2: ask your administrator to run "
                                "\"frontdesk migrate\"")
                        .arg(name)
                        .arg(latest),
                    false);
                return;
            }
            m_window->showDatabaseState(QObject::tr("%1 — schema %2").arg(name).arg(version.value()), true);
        });
}

} // namespace fd
