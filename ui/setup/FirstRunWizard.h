#pragma once

#include "models/db/ConnectionSpec.h"
#include "models/records/AppUser.h"

#include <QWizard>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace fd {

class CredentialService;
class DatabaseWorker;

// The first run: where the data lives (SQLite here, or a PostgreSQL server with "Test connection" and the
// password into the OS keychain), the first administrator, the company's name and phone and the links of the
// service messages (suggested from the phone), and then where to log WhatsApp in. With `fixedDatabase` (an
// SQLite file that has no administrator yet) the database page is skipped.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DatabasePage, AdminPage, CompanyPage, DonePage };

    FirstRunWizard(CredentialService& credentials, std::optional<ConnectionSpec> fixedDatabase = std::nullopt,
                   QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // The database chosen; on PostgreSQL without a password (that is in the keychain or asked for).
    ConnectionSpec chosenSpec() const;
    // The administrator created, and the password typed for them (to sign in right away).
    const AppUser& admin() const { return m_admin; }
    QString adminPassword() const;
    // SQLite: the worker the setup used, reused by the session.
    std::shared_ptr<DatabaseWorker> worker() const { return m_worker; }

    void testConnection();
    bool validateCurrentPage() override;
    int nextId() const override;

private:
    QWizardPage* makeDatabasePage();
    QWizardPage* makeAdminPage();
    QWizardPage* makeCompanyPage();
    QWizardPage* makeDonePage();
    ConnectionSpec specWithPassword() const;
    void runSetup();
    void storePassword();
    void updateDatabaseFields();
    void suggestLinks();
    bool checkLinks();

    CredentialService& m_credentials;
    std::optional<ConnectionSpec> m_fixed;
    std::shared_ptr<DatabaseWorker> m_worker;
    std::shared_ptr<DatabaseWorker> m_testWorker;
    AppUser m_admin;
    bool m_setupDone = false;
    bool m_setupRunning = false;

    QRadioButton* m_sqlite = nullptr;
    QRadioButton* m_postgres = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QWidget* m_pgFields = nullptr;
    QLineEdit* m_pgHost = nullptr;
    QSpinBox* m_pgPort = nullptr;
    QLineEdit* m_pgDatabase = nullptr;
    QLineEdit* m_pgUser = nullptr;
    QLineEdit* m_pgPassword = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;

    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_adminLogin = nullptr;
    QLineEdit* m_adminPhone = nullptr;
    QLineEdit* m_adminPassword = nullptr;
    QLineEdit* m_adminConfirm = nullptr;
    QLabel* m_adminProblem = nullptr;

    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_companyPhone = nullptr;
    QLineEdit* m_trackingLink = nullptr;
    QLineEdit* m_feedbackLink = nullptr;
    bool m_linksTyped = false;  // typed by hand: no more suggestions from the phone
    bool m_linksWarned = false; // told that service messages wait without them; Next again goes on
    QLabel* m_setupStatus = nullptr;

    QLabel* m_doneText = nullptr;
    QLabel* m_keychainStatus = nullptr;
};

} // namespace fd
