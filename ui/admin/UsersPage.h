#pragma once

#include "models/records/AppUser.h"
#include "ui/admin/AdminListPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fd {

class PhoneField;
class UserActionsPanel;

// Admins only: who can sign in, and adding a person (an argon2id user on SQLite, a login role in
// frontdesk_admin or frontdesk_reception on PostgreSQL). The selected person can be disabled or enabled, get
// the other role or a new password (UserActionsPanel).
class UsersPage : public AdminListPage
{
    Q_OBJECT
public:
    explicit UsersPage(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void refresh() override;

signals:
    void userAdded(const QString& login);

protected:
    void showSelected() override;
    void clearFields() override;

private:
    void showSends();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_login = nullptr;
    PhoneField* m_phone = nullptr; // staff: checked like every phone, never messaged
    QComboBox* m_role = nullptr;
    QCheckBox* m_sends = nullptr;  // PostgreSQL: the new login gets frontdesk_sender
    QLabel* m_sendsNote = nullptr; // SQLite: why there is no tick
    bool m_sendsBefore = false;    // the tick as it was before "Administrator" was chosen
    QLineEdit* m_password = nullptr;
    RecordTableModel<AppUser>* m_model = nullptr;
    UserActionsPanel* m_actions = nullptr;
    QString m_reselect;
};

} // namespace fd
