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
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

UsersPage::UsersPage(DeskContext& context, QWidget* parent)
    : DeskPage(context, parent)
{
    setObjectName(QStringLiteral("usersPage"));

    auto* form = new QGroupBox(tr("Add a person"), this);
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
    m_add = new QPushButton(tr("&Add person"), form);
    m_add->setObjectName(QStringLiteral("userAdd"));
    m_status = new SaveStatus(form);
    m_status->setObjectName(QStringLiteral("userStatus"));
    auto* fields = new QFormLayout(form);
    auto row = [fields, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, form);
        label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        fields->addRow(label, field);
    };
    row(tr("Full &name:"), m_name);
    row(tr("&User name:"), m_login);
    row(tr("&Mobile:"), m_phone);
    row(tr("&Role:"), m_role);
    fields->addRow(QString(), m_sends);
    // SQLite: said in a label that wraps (a check box's text does not, and would widen the page).
    m_sendsNote =
        new QLabel(tr("Sends messages: on a one-desk database the desk sends, whoever signs in"), form);
    m_sendsNote->setObjectName(QStringLiteral("userSendsNote"));
    m_sendsNote->setWordWrap(true);
    fields->addRow(QString(), m_sendsNote);
    row(tr("&Password:"), m_password);
    fields->addRow(m_add);
    fields->addRow(m_status);
    const bool postgres = context.signedIn.dialect == Dialect::Postgres;
    if (postgres)
        fields->addRow(new QLabel(tr("On PostgreSQL each person gets a database login of their own."), form));
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::showSends);
    showSends();

    auto* listBox = new QGroupBox(tr("People who can sign in"), this);
    QList<RecordTableModel<AppUser>::Column> columns{
        {tr("Name"), [](const AppUser& u) { return u.name; }},
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
    m_table = new QTableView(listBox);
    form::setUpList(m_table, m_model, QStringLiteral("userList"), tr("Users"));
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_table);
    m_actions = new UserActionsPanel(context, listBox);
    listLayout->addWidget(m_actions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const AppUser* user = m_model->recordAt(current.row());
                m_actions->setUser(user ? std::optional<AppUser>(*user) : std::nullopt);
            });
    connect(m_actions, &UserActionsPanel::userChanged, this, [this](const QString& login) {
        m_reselect = login;
        refresh();
    });

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(form, 2);
    layout->addWidget(listBox, 3);
    form::keepOneLine(m_name, limits::kName);
    form::keepOneLine(m_login, limits::kLogin);
    form::enterPresses({m_name, m_login, m_phone->lineEdit(), m_role, m_password}, m_add);
    setFocusProxy(m_name);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::save);
    refresh();
}

void UsersPage::save()
{
    if (m_saving)
        return;
    // Staff are never messaged only when their number is one: checked like every phone and kept in E.164, so
    // the staff check recognises it however a customer's form types it later.
    if (!m_phone->isAcceptable()) {
        m_status->showRefused(m_phone->check().reason);
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
    m_saving = true;
    m_add->setEnabled(false);
    m_status->showSaving();
    m_context.database.run(
        this, [user](Connection& c) { return UserRepository(c).create(user); },
        [this](const Result<AppUser>& created) {
            m_saving = false;
            m_add->setEnabled(true);
            if (!created) {
                m_status->showNotSaved(created.error());
                return;
            }
            m_status->showInfo(tr("%1 can now sign in as \"%2\".").arg(created->name, created->login));
            m_name->clear();
            m_login->clear();
            m_phone->clear();
            m_password->clear();
            refresh();
            emit userAdded(created->login);
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

void UsersPage::startNew()
{
    m_name->clear();
    m_login->clear();
    m_phone->clear();
    m_password->clear();
    m_status->clear();
    m_name->setFocus();
}

void UsersPage::focusSearch()
{
    m_table->setFocus();
}

void UsersPage::refresh()
{
    m_context.database.run(
        this, [](Connection& c) { return UserRepository(c).list(); },
        [this](const Result<QList<AppUser>>& users) {
            if (!users)
                return;
            // The list is read again after every change: the same person stays selected.
            const AppUser* selected = m_model->recordAt(m_table->currentIndex().row());
            const QString keep = !m_reselect.isEmpty() ? m_reselect : selected ? selected->login : QString();
            m_reselect.clear();
            m_model->setRecords(users.value());
            m_table->resizeColumnsToContents();
            std::optional<AppUser> kept;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->recordAt(row)->login == keep) {
                    m_table->selectRow(row);
                    kept = *m_model->recordAt(row);
                }
            }
            m_actions->setUser(kept);
        });
}

} // namespace fd
