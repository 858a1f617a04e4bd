#include "ui/admin/UserActionsPanel.h"

#include "models/db/DatabaseWorker.h"
#include "models/repositories/UserRepository.h"
#include "ui/common/DeskContext.h"
#include "ui/common/SaveStatus.h"
#include "ui/common/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fd {

UserActionsPanel::UserActionsPanel(DeskContext& context, QWidget* parent)
    : QGroupBox(tr("Selected person"), parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("userActions"));
    m_who = new QLabel(tr("Select a person in the list."), this);
    m_who->setObjectName(QStringLiteral("userSelected"));
    m_who->setWordWrap(true);
    m_toggleActive = new QPushButton(tr("Disa&ble"), this);
    m_toggleActive->setObjectName(QStringLiteral("userToggleActive"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userNewRole"));
    m_role->setAccessibleName(tr("New role"));
    m_role->addItem(tr("Reception"), AppUser::roleName(AppUser::Role::Reception));
    m_role->addItem(tr("Administrator"), AppUser::roleName(AppUser::Role::Admin));
    m_changeRole = new QPushButton(tr("Change ro&le"), this);
    m_changeRole->setObjectName(QStringLiteral("userChangeRole"));
    m_sends = new QCheckBox(tr("Sends messages"), this);
    m_sends->setObjectName(QStringLiteral("userSendsToggle"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("userNewPassword"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_resetPassword = new QPushButton(tr("Set new pa&ssword"), this);
    m_resetPassword->setObjectName(QStringLiteral("userResetPassword"));
    m_status = new SaveStatus(this);
    m_status->setObjectName(QStringLiteral("userActionStatus"));

    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_changeRole);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_resetPassword);
    auto* layout = new QFormLayout(this);
    layout->addRow(m_who);
    auto* toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_toggleActive);
    toggleRow->addStretch(1);
    layout->addRow(toggleRow);
    auto* roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_role);
    layout->addRow(roleLabel, roleRow);
    layout->addRow(QString(), m_sends);
    m_sendsNote =
        new QLabel(tr("Sends messages: on a one-desk database the desk sends, whoever signs in"), this);
    m_sendsNote->setObjectName(QStringLiteral("userSendsToggleNote"));
    m_sendsNote->setWordWrap(true);
    layout->addRow(QString(), m_sendsNote);
    // SQLite: no tick, the note says why (a label wraps; a check box's text would widen the page).
    m_sends->setVisible(postgres());
    m_sendsNote->setVisible(!postgres());
    auto* passwordLabel = new QLabel(tr("New pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    layout->addRow(passwordLabel, passwordRow);
    layout->addRow(m_status);

    connect(m_toggleActive, &QPushButton::clicked, this, &UserActionsPanel::toggleActive);
    connect(m_changeRole, &QPushButton::clicked, this, &UserActionsPanel::changeRole);
    connect(m_resetPassword, &QPushButton::clicked, this, &UserActionsPanel::resetPassword);
    connect(m_sends, &QCheckBox::clicked, this, &UserActionsPanel::changeSends);
    connect(m_password, &QLineEdit::returnPressed, this, &UserActionsPanel::resetPassword);
    setUser(std::nullopt);
}

void UserActionsPanel::setUser(const std::optional<AppUser>& user)
{
    const bool other = !user || !m_user || user->login != m_user->login;
    m_user = user;
    if (other) {
        m_password->clear();
        m_status->clear();
    }
    if (user) {
        const QString role = user->role == AppUser::Role::Admin ? tr("administrator") : tr("reception");
        m_who->setText(
            user->active
                ? tr("%1 (\"%2\", %3)").arg(user->name, user->login, role)
                : tr("%1 (\"%2\", %3) — disabled, cannot sign in").arg(user->name, user->login, role));
        m_toggleActive->setText(user->active ? tr("Disa&ble") : tr("&Enable"));
        m_role->setCurrentIndex(m_role->findData(AppUser::roleName(user->role)));
        m_sends->setChecked(user->sends || !postgres());
    } else {
        m_who->setText(tr("Select a person in the list."));
        m_toggleActive->setText(tr("Disa&ble"));
    }
    setBusy(m_busy);
}

bool UserActionsPanel::postgres() const
{
    return m_context.signedIn.dialect == Dialect::Postgres;
}

void UserActionsPanel::setBusy(bool busy)
{
    m_busy = busy;
    const bool enabled = m_user.has_value() && !busy;
    // Whether a login may send is the sender role's on PostgreSQL; administrators always may (the tick says
    // so). On SQLite the one desk sends whoever signs in: the tick is hidden and a note says so.
    const bool admin = m_user && m_user->role == AppUser::Role::Admin;
    m_sends->setEnabled(enabled && postgres() && !admin);
    m_sends->setText(!postgres()
                         ? tr("Sends messages: on a one-desk database the desk sends, whoever signs in")
                     : admin ? tr("Sends messages (administrators always may)")
                             : tr("Sends messages"));
    for (QWidget* w : {static_cast<QWidget*>(m_toggleActive), static_cast<QWidget*>(m_role),
                       static_cast<QWidget*>(m_changeRole), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_resetPassword)})
        w->setEnabled(enabled);
}

template<typename Job> void UserActionsPanel::run(Job job, const QString& done)
{
    if (!m_user || m_busy)
        return;
    setBusy(true);
    m_status->showSaving();
    const QString login = m_user->login;
    m_context.database.run(this, std::move(job), [this, login, done](const auto& result) {
        setBusy(false);
        if (!result) {
            // A refusal (yourself, the last administrator, a weak password) is the reason itself.
            const Error& error = result.error();
            if (error.kind == Error::Kind::InvalidInput || error.kind == Error::Kind::PermissionDenied)
                m_status->showRefused(error.message);
            else
                m_status->showNotSaved(error);
            setUser(m_user); // the controls show the person as they still are
            return;
        }
        m_password->clear();
        m_status->showInfo(done);
        StatusColors::apply(m_status, StatusColors::Tone::Good);
        emit userChanged(login);
    });
}

void UserActionsPanel::toggleActive()
{
    if (!m_user)
        return;
    const bool active = !m_user->active;
    const QString login = m_user->login;
    const QString actor = m_context.userLogin();
    run([login, active, actor](Connection& c) { return UserRepository(c).setActive(login, active, actor); },
        active ? tr("%1 can sign in again.").arg(login)
               : tr("%1 is disabled and cannot sign in.").arg(login));
}

void UserActionsPanel::changeRole()
{
    if (!m_user)
        return;
    AppUser::Role role = AppUser::Role::Reception;
    AppUser::roleFromName(m_role->currentData().toString(), role);
    const QString login = m_user->login;
    const QString actor = m_context.userLogin();
    run([login, role, actor](Connection& c) { return UserRepository(c).changeRole(login, role, actor); },
        role == AppUser::Role::Admin ? tr("%1 is now an administrator.").arg(login)
                                     : tr("%1 now works at reception.").arg(login));
}

void UserActionsPanel::changeSends()
{
    if (!m_user)
        return;
    const bool sends = m_sends->isChecked();
    const QString login = m_user->login;
    run([login, sends](Connection& c) { return UserRepository(c).setSends(login, sends); },
        sends ? tr("%1 may send messages from now on (at the next sign-in).").arg(login)
              : tr("%1 may no longer send messages.").arg(login));
}

void UserActionsPanel::resetPassword()
{
    if (!m_user)
        return;
    const QString login = m_user->login;
    const QString password = m_password->text();
    run([login, password](Connection& c) { return UserRepository(c).resetPassword(login, password); },
        tr("%1 signs in with the new password from now on.").arg(login));
}

} // namespace fd
