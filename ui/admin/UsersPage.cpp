#include "ui/admin/UsersPage.h"

#include "models/db/DatabaseWorker.h"
#include "models/records/TextFields.h"
#include "models/repositories/UserRepository.h"
#include "ui/admin/UserActionsPanel.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/PhoneField.h"
#include "ui/common/SaveStatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

UsersPage::UsersPage(DeskContext& context, QWidget* parent)
    : AdminListPage(context, QStringLiteral("user"), tr("Add a person"), parent)
{
    setObjectName(QStringLiteral("usersPage"));

    QGroupBox* form = formBox();
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setAccessibleName(tr("Full name"));
    m_login = new QLineEdit(form);
    m_login->setObjectName(QStringLiteral("userLogin"));
    m_login->setAccessibleName(tr("User name"));
    m_phone = new PhoneField(form);
    m_phone->setObjectName(QStringLiteral("userPhoneField"));
    m_phone->setPurpose(PhoneField::Purpose::Staff);
    m_phone->useDesk(context);
    m_phone->lineEdit()->setObjectName(QStringLiteral("userPhone"));
    m_phone->lineEdit()->setAccessibleName(tr("Mobile phone (staff, never messaged)"));
    m_role = new QComboBox(form);
    m_role->setObjectName(QStringLiteral("userRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Reception"), AppUser::roleName(AppUser::Role::Reception));
    m_role->addItem(tr("Administrator"), AppUser::roleName(AppUser::Role::Admin));
    // New reception logins do not send unless ticked: a sender station is a deliberate choice (usually the
    // one desk with the business's WhatsApp), and the sender role may claim and record every message.
    m_sends = new QCheckBox(tr("Sends messages"), form);
    m_sends->setObjectName(QStringLiteral("userSends"));
    m_password = new QLineEdit(form);
    m_password->setObjectName(QStringLiteral("userPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    addField(tr("Full &name:"), m_name);
    addField(tr("&User name:"), m_login);
    addMobileField(m_phone);
    addField(tr("&Role:"), m_role);
    addRow(m_sends);
    // SQLite: said in a label that wraps (a check box's text does not, and would widen the page).
    m_sendsNote =
        new QLabel(tr("Sends messages: on a one-desk database the desk sends, whoever signs in"), form);
    m_sendsNote->setObjectName(QStringLiteral("userSendsNote"));
    m_sendsNote->setWordWrap(true);
    addRow(m_sendsNote);
    addField(tr("&Password:"), m_password);
    addAddButton(tr("&Add person"));
    const bool postgres = context.signedIn.dialect == Dialect::Postgres;
    if (postgres)
        addNote(tr("On PostgreSQL each person gets a database login of their own."));
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::showSends);
    showSends();

    QList<RecordTableModel<AppUser>::Column> columns{
        nameColumn<AppUser>(),
        {tr("User name"), [](const AppUser& u) { return u.login; }},
        {tr("Role"),
         [](const AppUser& u) {
             return u.role == AppUser::Role::Admin ? tr("Administrator") : tr("Reception");
         }},
        {tr("Active"), [](const AppUser& u) { return u.active ? tr("yes") : tr("no"); }}};
    if (postgres) // SQLite: the one desk sends, whoever signs in
        columns << RecordTableModel<AppUser>::Column{
            tr("Sends messages"), [](const AppUser& u) { return u.sends ? tr("yes") : tr("no"); }};
    columns << RecordTableModel<AppUser>::Column{tr("Last sign-in"), [](const AppUser& u) {
                                                     return u.lastLoginAt.isValid()
                                                                ? displayDateTime(u.lastLoginAt)
                                                                : QString();
                                                 }};
    m_model = new RecordTableModel<AppUser>(columns, this);
    QGroupBox* listBox = addList(tr("People who can sign in"), m_model, tr("Users"));
    m_actions = new UserActionsPanel(context, listBox);
    listLayout()->addWidget(m_actions);
    connect(m_actions, &UserActionsPanel::userChanged, this, [this](const QString& login) {
        m_reselect = login;
        refresh();
    });

    finishFrame();
    form::keepOneLine(m_name, limits::kName);
    form::keepOneLine(m_login, limits::kLogin);
    refresh();
}

void UsersPage::save()
{
    if (m_saving)
        return;
    // Staff are never messaged only when their number is one: checked like every phone and kept in E.164, so
    // the staff check recognises it however a customer's form types it later.
    if (!m_phone->isAcceptable()) {
        saveStatus()->showRefused(m_phone->check().reason);
        m_phone->lineEdit()->setFocus();
        return;
    }
    NewUser user;
    user.name = m_name->text();
    user.login = m_login->text();
    user.phone = m_phone->text().trimmed().isEmpty() ? QString() : m_phone->check().e164;
    AppUser::roleFromName(m_role->currentData().toString(), user.role);
    user.sends = m_sends->isEnabled() && m_sends->isChecked();
    user.password = m_password->text();
    runAdd<AppUser>([user](Connection& c) { return UserRepository(c).create(user); },
                    [this](const AppUser& created) {
                        saveStatus()->showInfo(
                            tr("%1 can now sign in as \"%2\".").arg(created.name, created.login));
                        clearFields();
                        emit userAdded(created.login);
                    });
}

void UsersPage::showSends()
{
    // SQLite: the one desk sends, whoever signs in. PostgreSQL: administrators always may.
    const bool postgres = m_context.signedIn.dialect == Dialect::Postgres;
    m_sends->setVisible(postgres);
    m_sendsNote->setVisible(!postgres);
    if (!postgres) {
        m_sends->setEnabled(false);
        return;
    }
    const bool admin = m_role->currentData().toString() == AppUser::roleName(AppUser::Role::Admin);
    if (admin) {
        m_sendsBefore = m_sends->isEnabled() ? m_sends->isChecked() : m_sendsBefore;
        m_sends->setChecked(true);
    } else if (!m_sends->isEnabled()) {
        m_sends->setChecked(m_sendsBefore);
    }
    m_sends->setEnabled(!admin);
    m_sends->setText(admin ? tr("Sends messages (administrators always may)") : tr("Sends messages"));
}

void UsersPage::clearFields()
{
    m_name->clear();
    m_login->clear();
    m_phone->clear();
    m_password->clear();
}

void UsersPage::showSelected()
{
    const AppUser* user = m_model->recordAt(currentRow());
    m_actions->setUser(user ? std::optional<AppUser>(*user) : std::nullopt);
}

void UsersPage::refresh()
{
    m_context.database.run(
        this, [](Connection& c) { return UserRepository(c).list(); },
        [this](const Result<QList<AppUser>>& users) {
            if (!users)
                return;
            // The same person stays selected, or the one a change in the panel names.
            const AppUser* selected = m_model->recordAt(currentRow());
            const QString keep = !m_reselect.isEmpty() ? m_reselect : selected ? selected->login : QString();
            m_reselect.clear();
            showRecords(m_model, users.value(), [&keep](const AppUser& u) { return u.login == keep; });
        });
}

} // namespace fd
