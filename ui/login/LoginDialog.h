#pragma once

#include "models/auth/Authenticator.h"
#include "models/auth/LoginThrottle.h"
#include "models/db/ConnectionSpec.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace fd {

class CredentialService;
class DatabaseWorker;

// Sign in, for both modes: app users (SQLite) or the person's own PostgreSQL role. Wrong passwords slow
// further tries (LoginThrottle). On PostgreSQL the password may be remembered in the OS keychain; without a
// keychain the dialog says so and asks every time.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ConnectionSpec server, CredentialService& credentials, LoginThrottle& throttle,
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    void signInNow();
    // Opening the database or checking a password: Sign in waits.
    bool isBusy() const { return m_busy; }

    std::shared_ptr<DatabaseWorker> worker() const { return m_worker; }
    const SignedInUser& signedIn() const { return m_signedIn; }

    static QString lastUserSetting();

signals:
    // SQLite with no administrator yet: the first-run wizard should create one.
    void firstAdminNeeded();

private:
    void prepareSqlite();
    // PostgreSQL, after a good login: open only on a schema this FrontDesk works with. An older one is
    // upgraded by an administrator who confirms it; anyone else is told to ask one.
    void checkSchemaThenAccept();
    void refuse(const QString& message);
    void loadRememberedPassword();
    void updateWait();
    void setBusy(bool busy, const QString& message = {});
    // The field a person types into next: the user name when it is empty, else the password.
    void focusFirstEmptyField();
    void showProblem(const QString& message);
    void fitMessage();

    ConnectionSpec m_server;
    CredentialService& m_credentials;
    LoginThrottle& m_throttle;
    std::shared_ptr<DatabaseWorker> m_worker; // SQLite: the desk's; PostgreSQL: set after a good login
    SignedInUser m_signedIn;

    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_keychainNote = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signIn = nullptr;
    QTimer* m_waitTimer = nullptr;
    bool m_busy = false;
    bool m_keychainAvailable = true;
    QString m_busyMessage;         // cleared when the work it announced is over
    bool m_opening = false;        // the SQLite file is being opened: typing goes on, Sign in waits for it
    bool m_signInWhenOpen = false; // Enter was pressed while it opened
    QString m_unusable; // SQLite: why this FrontDesk cannot open the file (a newer one upgraded it)
};

} // namespace fd
