#pragma once

#include "models/records/AppUser.h"

#include <QGroupBox>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class SaveStatus;
struct DeskContext;

// What an admin can do to the person selected in the Users list: disable or enable them, give them the other
// role, let them send messages or not (PostgreSQL's sender role), set a new password. Every change runs on
// the database worker; the repository refuses changes to yourself and to the last active administrator, and
// the reason is shown here.
class UserActionsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit UserActionsPanel(DeskContext& context, QWidget* parent = nullptr);

    // The selected person, or none (the buttons are then disabled).
    void setUser(const std::optional<AppUser>& user);

signals:
    // A change was saved: the list is read again.
    void userChanged(const QString& login);

private:
    void toggleActive();
    void changeRole();
    void resetPassword();
    void changeSends();
    bool postgres() const;
    void setBusy(bool busy);
    template<typename Job> void run(Job job, const QString& done);

    DeskContext& m_context;
    std::optional<AppUser> m_user;
    bool m_busy = false;
    QLabel* m_who = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_changeRole = nullptr;
    QCheckBox* m_sends = nullptr;
    QLabel* m_sendsNote = nullptr; // SQLite: why there is no tick
    QLineEdit* m_password = nullptr;
    QPushButton* m_resetPassword = nullptr;
    SaveStatus* m_status = nullptr;
};

} // namespace fd
