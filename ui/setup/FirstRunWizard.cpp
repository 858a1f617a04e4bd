#include "ui/setup/FirstRunWizard.h"

#include "automation/phone/PhonePolicy.h"
#include "automation/secrets/CredentialService.h"
#include "automation/templates/MessageTemplates.h"
#include "models/auth/PasswordHash.h"
#include "models/config/DeskConfig.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/TextFields.h"
#include "models/repositories/UserRepository.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/StatusColors.h"
#include "ui/setup/FirstRunSetup.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd {
namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLineEdit* makeEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

FirstRunWizard::FirstRunWizard(CredentialService& credentials, std::optional<ConnectionSpec> fixedDatabase,
                               QWidget* parent)
    : QWizard(parent)
    , m_credentials(credentials)
    , m_fixed(std::move(fixedDatabase))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up FrontDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(640, 520);
    setPage(DatabasePage, makeDatabasePage());
    setPage(AdminPage, makeAdminPage());
    setPage(CompanyPage, makeCompanyPage());
    setPage(DonePage, makeDonePage());
    setStartId(m_fixed ? AdminPage : DatabasePage);
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinish"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBack"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancel"));
    setButtonText(QWizard::FinishButton, tr("&Open FrontDesk"));
}

FirstRunWizard::~FirstRunWizard() = default;

QWizardPage* FirstRunWizard::makeDatabasePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardDatabasePage"));
    page->setTitle(tr("Where should FrontDesk keep its data?"));
    page->setSubTitle(tr("One desk: keep it on this computer. Several desks: use your PostgreSQL server."));

    m_sqlite = new QRadioButton(tr("&This computer only (SQLite — nothing to set up)"), page);
    m_sqlite->setObjectName(QStringLiteral("wizardSqlite"));
    m_sqlite->setChecked(true);
    m_sqlitePath = makeEdit(QStringLiteral("wizardSqlitePath"), tr("Database file"), page);
    m_sqlitePath->setText(DeskConfig::defaultSqlitePath());
    m_postgres = new QRadioButton(tr("A &PostgreSQL server shared by several desks"), page);
    m_postgres->setObjectName(QStringLiteral("wizardPostgres"));
    auto* group = new QButtonGroup(page);
    group->addButton(m_sqlite);
    group->addButton(m_postgres);

    m_pgFields = new QWidget(page);
    m_pgHost = makeEdit(QStringLiteral("wizardPgHost"), tr("Server"), m_pgFields);
    m_pgHost->setText(QStringLiteral("localhost"));
    m_pgPort = new QSpinBox(m_pgFields);
    m_pgPort->setObjectName(QStringLiteral("wizardPgPort"));
    m_pgPort->setAccessibleName(tr("Port"));
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(5432);
    m_pgDatabase = makeEdit(QStringLiteral("wizardPgDatabase"), tr("Database"), m_pgFields);
    m_pgDatabase->setText(QStringLiteral("frontdesk"));
    m_pgUser = makeEdit(QStringLiteral("wizardPgUser"), tr("User"), m_pgFields);
    m_pgPassword = makeEdit(QStringLiteral("wizardPgPassword"), tr("Password"), m_pgFields);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("Test &connection"), m_pgFields);
    m_test->setObjectName(QStringLiteral("wizardTestConnection"));
    m_testResult = wrapped(QString(), m_pgFields);
    m_testResult->setObjectName(QStringLiteral("wizardTestResult"));
    auto* pgForm = new QFormLayout(m_pgFields);
    addRow(pgForm, tr("&Server:"), m_pgHost);
    addRow(pgForm, tr("P&ort:"), m_pgPort);
    addRow(pgForm, tr("&Database:"), m_pgDatabase);
    addRow(pgForm, tr("&User (may create roles):"), m_pgUser);
    addRow(pgForm, tr("Pass&word:"), m_pgPassword);
    pgForm->addRow(m_test, m_testResult);
    pgForm->addRow(
        wrapped(tr("The password is kept only in this computer's keychain, never in a file."), m_pgFields));

    auto* sqliteForm = new QFormLayout;
    addRow(sqliteForm, tr("&File:"), m_sqlitePath);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_sqlite);
    layout->addLayout(sqliteForm);
    layout->addSpacing(8);
    layout->addWidget(m_postgres);
    layout->addWidget(m_pgFields);
    layout->addStretch();

    connect(m_sqlite, &QRadioButton::toggled, this, &FirstRunWizard::updateDatabaseFields);
    connect(m_test, &QPushButton::clicked, this, &FirstRunWizard::testConnection);
    updateDatabaseFields();
    return page;
}

void FirstRunWizard::updateDatabaseFields()
{
    m_sqlitePath->setEnabled(m_sqlite->isChecked());
    m_pgFields->setEnabled(m_postgres->isChecked());
}

QWizardPage* FirstRunWizard::makeAdminPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardAdminPage"));
    page->setTitle(tr("The first administrator"));
    page->setSubTitle(tr("Administrators manage settings, templates, users and retries. Add the reception "
                         "staff later under Users."));
    m_adminName = makeEdit(QStringLiteral("wizardAdminName"), tr("Full name"), page);
    m_adminLogin = makeEdit(QStringLiteral("wizardAdminLogin"), tr("User name"), page);
    m_adminPhone = makeEdit(QStringLiteral("wizardAdminPhone"), tr("Mobile phone (never messaged)"), page);
    m_adminPassword = makeEdit(QStringLiteral("wizardAdminPassword"), tr("Password"), page);
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminConfirm = makeEdit(QStringLiteral("wizardAdminConfirm"), tr("Password again"), page);
    m_adminConfirm->setEchoMode(QLineEdit::Password);
    m_adminProblem = wrapped(QString(), page);
    m_adminProblem->setObjectName(QStringLiteral("wizardAdminProblem"));
    form::keepOneLine(m_adminName, limits::kName);
    form::keepOneLine(m_adminLogin, limits::kLogin);
    form::keepOneLine(m_adminPhone, limits::kTypedPhone);
    auto* form = new QFormLayout(page);
    addRow(form, tr("&Full name:"), m_adminName);
    addRow(form, tr("&User name:"), m_adminLogin);
    addRow(form, tr("&Mobile (staff, never messaged):"), m_adminPhone);
    addRow(form, tr("&Password (8 or more characters):"), m_adminPassword);
    addRow(form, tr("Password &again:"), m_adminConfirm);
    form->addRow(m_adminProblem);
    return page;
}

QWizardPage* FirstRunWizard::makeCompanyPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardCompanyPage"));
    page->setTitle(tr("Your business"));
    page->setSubTitle(tr("Shown in every WhatsApp message to your customers."));
    m_companyName = makeEdit(QStringLiteral("wizardCompanyName"), tr("Company name"), page);
    m_companyPhone = makeEdit(QStringLiteral("wizardCompanyPhone"), tr("Company phone"), page);
    m_trackingLink = makeEdit(QStringLiteral("wizardTrackingLink"), tr("Tracking link"), page);
    m_trackingLink->setPlaceholderText(QStringLiteral("https://example.in/track?ticket={ticket_id}"));
    m_feedbackLink = makeEdit(QStringLiteral("wizardFeedbackLink"), tr("Feedback link"), page);
    m_feedbackLink->setPlaceholderText(QStringLiteral("https://example.in/feedback/{ticket_id}"));
    auto* linksHint = wrapped(
        tr("Service request messages carry two links made from the ticket number ({ticket_id}): one to "
           "follow the request, one to give feedback. With a mobile number above, FrontDesk suggests "
           "WhatsApp links that open a chat with you about the ticket; your website's pages work too. "
           "Without the links those messages cannot be sent."),
        page);
    linksHint->setObjectName(QStringLiteral("wizardLinksHint"));
    m_setupStatus = wrapped(QString(), page);
    m_setupStatus->setObjectName(QStringLiteral("wizardSetupStatus"));
    for (QLineEdit* line : {m_companyName, m_companyPhone, m_trackingLink, m_feedbackLink})
        form::keepOneLine(line);
    auto* form = new QFormLayout(page);
    addRow(form, tr("Company na&me:"), m_companyName);
    addRow(form, tr("Company &phone:"), m_companyPhone);
    form->addRow(linksHint);
    addRow(form, tr("&Tracking link:"), m_trackingLink);
    addRow(form, tr("&Feedback link:"), m_feedbackLink);
    form->addRow(m_setupStatus);
    connect(m_companyPhone, &QLineEdit::textChanged, this, &FirstRunWizard::suggestLinks);
    for (QLineEdit* link : {m_trackingLink, m_feedbackLink}) {
        connect(link, &QLineEdit::textEdited, this, [this] {
            m_linksTyped = true;
            m_linksWarned = false;
            m_setupStatus->clear(); // what it said was about the links as they were
        });
    }
    return page;
}

void FirstRunWizard::suggestLinks()
{
    if (m_linksTyped)
        return;
    // A WhatsApp link to the business's own mobile works without a website: the customer taps it and a chat
    // with the business opens, the ticket already typed. A landline cannot take WhatsApp chats: no
    // suggestion.
    const PhoneCheck phone = PhonePolicy().check(m_companyPhone->text());
    if (phone.verdict != PhoneCheck::Verdict::Messageable) {
        m_trackingLink->clear();
        m_feedbackLink->clear();
        return;
    }
    const QString chat = QStringLiteral("https://wa.me/%1?text=").arg(phone.e164.mid(1));
    m_trackingLink->setText(chat + QStringLiteral("Status%20{ticket_id}"));
    m_feedbackLink->setText(chat + QStringLiteral("Feedback%20{ticket_id}"));
    if (m_linksWarned) { // the warning was about missing links, which are there now
        m_linksWarned = false;
        m_setupStatus->clear();
    }
}

// Each link, when given, must make a valid address of a ticket (as Settings checks). Missing links are
// allowed after one warning: the desk then says so in every preview and to administrators at sign-in.
bool FirstRunWizard::checkLinks()
{
    const QList<QPair<QLineEdit*, QString>> links = {{m_trackingLink, tr("Tracking link")},
                                                     {m_feedbackLink, tr("Feedback link")}};
    bool missing = false;
    for (const auto& [edit, name] : links) {
        const QString pattern = edit->text().trimmed();
        if (pattern.isEmpty()) {
            missing = true;
            continue;
        }
        if (auto link = MessageTemplates::expandLink(pattern, QStringLiteral("SR-000001")); !link) {
            m_setupStatus->setText(QStringLiteral("%1: %2").arg(name, link.error().message));
            StatusColors::apply(m_setupStatus, StatusColors::Tone::Bad);
            edit->setFocus();
            return false;
        }
    }
    if (missing && !m_linksWarned) {
        m_linksWarned = true;
        m_setupStatus->setText(
            tr("Without both links, service request messages cannot be sent until an "
               "administrator adds them in Settings. Press Next again to go on without them."));
        StatusColors::apply(m_setupStatus, StatusColors::Tone::Warning);
        return false;
    }
    return true;
}

QWizardPage* FirstRunWizard::makeDonePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardDonePage"));
    page->setTitle(tr("FrontDesk is ready"));
    m_doneText = wrapped(QString(), page);
    m_doneText->setObjectName(QStringLiteral("wizardDoneText"));
    m_keychainStatus = wrapped(QString(), page);
    m_keychainStatus->setObjectName(QStringLiteral("wizardKeychainStatus"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_doneText);
    layout->addWidget(m_keychainStatus);
    layout->addStretch();
    page->setFinalPage(true);
    return page;
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case DatabasePage:
        return AdminPage;
    case AdminPage:
        return CompanyPage;
    case CompanyPage:
        return DonePage;
    default:
        return -1;
    }
}

ConnectionSpec FirstRunWizard::chosenSpec() const
{
    if (m_fixed)
        return *m_fixed;
    if (m_sqlite->isChecked())
        return ConnectionSpec::sqliteFile(m_sqlitePath->text().trimmed());
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = m_pgHost->text().trimmed();
    spec.port = m_pgPort->value();
    spec.database = m_pgDatabase->text().trimmed();
    spec.user = m_pgUser->text().trimmed();
    return spec;
}

ConnectionSpec FirstRunWizard::specWithPassword() const
{
    ConnectionSpec spec = chosenSpec();
    if (spec.dialect == Dialect::Postgres && !m_fixed)
        spec.password = m_pgPassword->text();
    return spec;
}

QString FirstRunWizard::adminPassword() const
{
    return m_adminPassword->text();
}

void FirstRunWizard::testConnection()
{
    const ConnectionSpec spec = specWithPassword();
    if (spec.host.isEmpty() || spec.database.isEmpty() || spec.user.isEmpty()) {
        m_testResult->setText(tr("Enter the server, the database and the user."));
        StatusColors::apply(m_testResult, StatusColors::Tone::Bad);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    StatusColors::apply(m_testResult, StatusColors::Tone::Neutral);
    auto worker = std::make_shared<DatabaseWorker>(spec, QStringLiteral("wizard-test"));
    m_testWorker = worker;
    worker->run(
        this,
        [](Connection& c) {
            return c.scalar(QStringLiteral("SELECT version()"), {}, QObject::tr("ask the server's version"));
        },
        [this, worker](const Result<QVariant>& version) {
            if (m_testWorker == worker)
                m_testWorker.reset();
            m_test->setEnabled(true);
            if (!version) {
                m_testResult->setText(tr("✗ %1").arg(version.error().message));
                StatusColors::apply(m_testResult, StatusColors::Tone::Bad);
                return;
            }
            m_testResult->setText(
                tr("✓ Connected: %1").arg(version.value().toString().section(QLatin1Char(','), 0, 0)));
            StatusColors::apply(m_testResult, StatusColors::Tone::Good);
        });
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case DatabasePage: {
        if (m_sqlite->isChecked())
            return !m_sqlitePath->text().trimmed().isEmpty();
        const ConnectionSpec spec = chosenSpec();
        if (spec.host.isEmpty() || spec.database.isEmpty() || spec.user.isEmpty()) {
            m_testResult->setText(tr("Enter the server, the database and the user."));
            StatusColors::apply(m_testResult, StatusColors::Tone::Bad);
            return false;
        }
        return true;
    }
    case AdminPage: {
        QString problem;
        auto login = UserRepository::normalizeLogin(m_adminLogin->text());
        if (m_adminName->text().trimmed().isEmpty())
            problem = tr("Enter the administrator's name.");
        else if (!login)
            problem = login.error().message;
        else if (auto strong = PasswordHash::checkStrength(m_adminPassword->text()); !strong)
            problem = strong.error().message;
        else if (m_adminPassword->text() != m_adminConfirm->text())
            problem = tr("The two passwords differ.");
        // The same policy as every phone: staff are never messaged only if their number is recognised.
        else if (const PhoneCheck phone = PhonePolicy().check(m_adminPhone->text());
                 !m_adminPhone->text().trimmed().isEmpty() && phone.verdict == PhoneCheck::Verdict::Invalid)
            problem = phone.reason;
        m_adminProblem->setText(problem);
        StatusColors::apply(m_adminProblem, StatusColors::Tone::Bad);
        return problem.isEmpty();
    }
    case CompanyPage:
        if (m_setupDone)
            return true;
        if (m_companyName->text().trimmed().isEmpty()) {
            m_setupStatus->setText(tr("Enter the company name: customers see it in every message."));
            StatusColors::apply(m_setupStatus, StatusColors::Tone::Bad);
            return false;
        }
        if (!checkLinks())
            return false;
        runSetup();
        return false; // the wizard moves on by itself when the database job is done
    default:
        return true;
    }
}

void FirstRunWizard::runSetup()
{
    if (m_setupRunning)
        return;
    m_setupRunning = true;
    FirstRunSetup setup;
    setup.admin.name = m_adminName->text();
    setup.admin.login = m_adminLogin->text();
    setup.admin.phone =
        m_adminPhone->text().trimmed().isEmpty() ? QString() : PhonePolicy().check(m_adminPhone->text()).e164;
    setup.admin.role = AppUser::Role::Admin;
    setup.admin.password = m_adminPassword->text();
    setup.companyName = m_companyName->text();
    setup.companyPhone = m_companyPhone->text();
    setup.trackingLink = m_trackingLink->text();
    setup.feedbackLink = m_feedbackLink->text();

    m_setupStatus->setText(tr("Setting up the database…"));
    StatusColors::apply(m_setupStatus, StatusColors::Tone::Neutral);
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    if (!m_worker)
        m_worker = std::make_shared<DatabaseWorker>(specWithPassword(), QStringLiteral("gui"));
    m_worker->run(
        this, [setup](Connection& c) { return setup.run(c); },
        [this](const Result<AppUser>& admin) {
            m_setupRunning = false;
            button(QWizard::NextButton)->setEnabled(true);
            button(QWizard::BackButton)->setEnabled(true);
            if (!admin) {
                m_setupStatus->setText(tr("✗ %1").arg(admin.error().message));
                StatusColors::apply(m_setupStatus, StatusColors::Tone::Bad);
                if (admin.error().kind != Error::Kind::Conflict &&
                    admin.error().kind != Error::Kind::InvalidInput)
                    m_worker.reset(); // a new database choice gets a new connection
                return;
            }
            m_admin = admin.value();
            m_setupDone = true;
            DeskConfig().set(DeskConfig::Key::DatabaseUrl, chosenSpec().toUrl());
            storePassword();
            m_doneText->setText(
                tr("<p>The database is ready and <b>%1</b> can sign in as <b>%2</b>.</p>"
                   "<p><b>Next:</b> open the <b>WhatsApp</b> tab and scan the QR code with the business "
                   "phone "
                   "(WhatsApp → Linked devices → Link a device). Until then messages wait in the queue.</p>")
                    .arg(m_admin.name.toHtmlEscaped(), m_admin.login.toHtmlEscaped()));
            next();
        });
}

void FirstRunWizard::storePassword()
{
    const ConnectionSpec spec = chosenSpec();
    if (spec.dialect != Dialect::Postgres || m_fixed) {
        m_keychainStatus->clear();
        return;
    }
    m_keychainStatus->setText(tr("Saving the database password in the keychain…"));
    m_credentials.store(
        CredentialService::databaseKey(spec, spec.user), m_pgPassword->text(), [this](Result<void> stored) {
            m_keychainStatus->setText(stored ? tr("The database password is in this computer's keychain.")
                                             : stored.error().message);
            StatusColors::apply(m_keychainStatus,
                                stored ? StatusColors::Tone::Good : StatusColors::Tone::Warning);
        });
}

} // namespace fd
