#pragma once

#include "app/DatabaseChoice.h"
#include "models/auth/Authenticator.h"
#include "models/auth/LoginThrottle.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QWidget;

namespace fd {

class CredentialService;
class DatabaseWorker;
class FirstRunWizard;
class LoginDialog;
class MainWindow;
struct DeskContext;

// The desk's life: first-run wizard or sign-in, then the window with the signed-in person's database worker.
// The window exists only once someone signed in: wire the WhatsApp tab, the message log tab and the
// WhatsApp state to windowOpened().
class GuiSession : public QObject
{
    Q_OBJECT
public:
    GuiSession(const DatabaseChoice& choice, bool firstRun);
    ~GuiSession() override;

    // Shows the wizard or the sign-in dialog. The application quits if that is cancelled.
    void start();
    MainWindow* window() const { return m_window.get(); }
    // Valid from windowOpened() on: the signed-in person's worker (their own role on PostgreSQL) and who they
    // are.
    DatabaseWorker* database() const { return m_database.get(); }
    const DeskContext* context() const { return m_context.get(); }
    // Sign out (a shared counter PC): the window goes, with the person's database worker and context, and the
    // sign-in dialog opens for the next person. Called by the wiring once what runs for the window (the
    // sender station, the WhatsApp session) has stopped.
    void signOut();
    // Raises whatever is on screen (the dialog, or the window): for a second launch.
    void bringToFront();

    // No database named anywhere (command line, environment, desk settings) and no default file yet.
    static bool firstRunWanted(const QString& commandLineUrl);

signals:
    void windowOpened(fd::MainWindow* window);

private:
    void showLogin();
    void showWizard(std::optional<ConnectionSpec> fixed);
    void afterWizard();
    void openWindow(std::shared_ptr<DatabaseWorker> worker, const SignedInUser& user, bool firstRun);
    void checkSchema();
    QWidget* front() const;

    DatabaseChoice m_choice;
    bool m_firstRun = false;
    std::unique_ptr<CredentialService> m_credentials;
    LoginThrottle m_throttle;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<FirstRunWizard> m_wizard;
    std::shared_ptr<DatabaseWorker> m_database;
    std::unique_ptr<DeskContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace fd
