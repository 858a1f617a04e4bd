#pragma once

#include "automation/cloudapi/CloudApiSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace fd {

class CredentialService;
class DatabaseWorker;
class SaveStatus;

// Admins only: which transport sends (WhatsApp Web in the desk, or the WhatsApp Business Cloud API) and the
// Cloud API's details. The access token goes only to the OS keychain; the field stays empty unless a new
// token is typed, and without a keychain nothing is saved and the dialog says so.
class CloudApiDialog : public QDialog
{
    Q_OBJECT
public:
    CloudApiDialog(DatabaseWorker& database, CredentialService& credentials, QString userLogin,
                   QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }

public slots:
    void save();

signals:
    void loaded();
    void saved(bool ok, const QString& message);

private:
    void load();
    void saveSettings(const QString& transport, const CloudApiSettings& settings);
    void updateEnabled();

    DatabaseWorker& m_database;
    CredentialService& m_credentials;
    QString m_userLogin;
    bool m_loaded = false;
    QComboBox* m_transport = nullptr;
    QLineEdit* m_phoneNumberId = nullptr;
    QLineEdit* m_apiVersion = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QComboBox* m_parameters = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_save = nullptr;
    SaveStatus* m_status = nullptr;
};

} // namespace fd
