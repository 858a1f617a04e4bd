#include "ui/settings/CloudApiDialog.h"

#include "automation/events/AdminActions.h"
#include "automation/secrets/CredentialService.h"
#include "automation/settings/SharedSettings.h"
#include "models/db/DatabaseWorker.h"
#include "ui/common/SaveStatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fd {

namespace {

struct Loaded
{
    QString transport;
    CloudApiSettings cloud;
};

} // namespace

CloudApiDialog::CloudApiDialog(DatabaseWorker& database, CredentialService& credentials, QString userLogin,
                               QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_credentials(credentials)
    , m_userLogin(std::move(userLogin))
{
    setObjectName(QStringLiteral("cloudApiDialog"));
    setWindowTitle(tr("How messages are sent"));

    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("cloudTransport"));
    m_transport->setAccessibleName(tr("Transport"));
    m_transport->addItem(tr("WhatsApp Web in this desk (no fees)"), QStringLiteral("whatsapp-web"));
    m_transport->addItem(tr("WhatsApp Business Cloud API (approved templates)"), QStringLiteral("cloud-api"));
    m_phoneNumberId = new QLineEdit(this);
    m_phoneNumberId->setObjectName(QStringLiteral("cloudPhoneNumberId"));
    m_phoneNumberId->setAccessibleName(tr("Phone number id"));
    m_apiVersion = new QLineEdit(this);
    m_apiVersion->setObjectName(QStringLiteral("cloudApiVersion"));
    m_apiVersion->setAccessibleName(tr("API version"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("cloudBaseUrl"));
    m_baseUrl->setAccessibleName(tr("API address"));
    m_parameters = new QComboBox(this);
    m_parameters->setObjectName(QStringLiteral("cloudParameters"));
    m_parameters->setAccessibleName(tr("Template parameters"));
    m_parameters->addItem(tr("In order ({{1}}, {{2}}, ...)"), false);
    m_parameters->addItem(tr("By name ({{customer_name}}, ...)"), true);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("cloudToken"));
    m_token->setAccessibleName(tr("New access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("leave empty to keep the token in the keychain"));

    auto* form = new QFormLayout;
    auto row = [form, this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("Sen&d through:"), m_transport);
    row(tr("Phone number &id:"), m_phoneNumberId);
    row(tr("API &version:"), m_apiVersion);
    row(tr("API &address:"), m_baseUrl);
    row(tr("Template &parameters:"), m_parameters);
    row(tr("New access &token:"), m_token);

    auto* note = new QLabel(tr("Each event is sent as its approved template, named frontdesk_<event> "
                               "(for example frontdesk_service_created). The token is kept only in this "
                               "computer's keychain."),
                            this);
    note->setWordWrap(true);
    m_status = new SaveStatus(this);
    m_status->setObjectName(QStringLiteral("cloudStatus"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("cloudSave"));
    m_save->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &CloudApiDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &CloudApiDialog::updateEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    load();
}

void CloudApiDialog::load()
{
    m_status->showInfo(tr("Reading the settings…"));
    m_database.run(
        this,
        [](Connection& c) -> Result<Loaded> {
            auto shared = SharedSettings::load(c);
            if (!shared)
                return shared.error();
            auto cloud = CloudApiSettings::load(c);
            if (!cloud)
                return cloud.error();
            return Loaded{shared->transport, cloud.value()};
        },
        [this](const Result<Loaded>& read) {
            if (!read) {
                m_status->showNotSaved(read.error());
                return;
            }
            m_transport->setCurrentIndex(qMax(0, m_transport->findData(read->transport)));
            m_phoneNumberId->setText(read->cloud.phoneNumberId);
            m_apiVersion->setText(read->cloud.apiVersion);
            m_baseUrl->setText(read->cloud.baseUrl.toString());
            m_parameters->setCurrentIndex(
                read->cloud.parameterFormat == CloudApiSettings::ParameterFormat::Named ? 1 : 0);
            m_status->clear();
            m_loaded = true;
            m_save->setEnabled(true);
            updateEnabled();
            emit loaded();
        });
}

void CloudApiDialog::updateEnabled()
{
    const bool cloud = m_transport->currentData().toString() == QLatin1String("cloud-api");
    for (QWidget* field : {static_cast<QWidget*>(m_phoneNumberId), static_cast<QWidget*>(m_apiVersion),
                           static_cast<QWidget*>(m_baseUrl), static_cast<QWidget*>(m_parameters),
                           static_cast<QWidget*>(m_token)})
        field->setEnabled(cloud);
}

void CloudApiDialog::save()
{
    if (!m_loaded)
        return;
    const QString transport = m_transport->currentData().toString();
    CloudApiSettings settings;
    settings.phoneNumberId = m_phoneNumberId->text().trimmed();
    settings.apiVersion = m_apiVersion->text().trimmed();
    settings.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    settings.parameterFormat = m_parameters->currentData().toBool()
                                   ? CloudApiSettings::ParameterFormat::Named
                                   : CloudApiSettings::ParameterFormat::Positional;
    if (transport == QLatin1String("cloud-api")) {
        QString problem;
        if (settings.phoneNumberId.isEmpty() ||
            !settings.phoneNumberId.contains(QRegularExpression(QStringLiteral("^\\d+$"))))
            problem =
                tr("The phone number id is the number Meta shows for the sending number (digits only).");
        else if (!settings.apiVersion.contains(QRegularExpression(QStringLiteral("^v\\d+\\.\\d+$"))))
            problem = tr("The API version looks like v21.0.");
        else if (!settings.baseUrl.isValid() || settings.baseUrl.scheme() != QLatin1String("https"))
            problem = tr("The API address must be an https:// address, such as https://graph.facebook.com.");
        if (!problem.isEmpty()) {
            m_status->showRefused(problem);
            emit saved(false, problem);
            return;
        }
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty() || transport != QLatin1String("cloud-api")) {
        saveSettings(transport, settings);
        return;
    }
    // The token first: without a keychain nothing is saved, so the desk never switches to a transport it
    // cannot use.
    m_save->setEnabled(false);
    m_status->showSaving();
    m_credentials.store(settings.tokenKey(), token, [this, transport, settings](Result<void> stored) {
        if (!stored) {
            m_save->setEnabled(true);
            m_status->showNotSaved(stored.error());
            emit saved(false, stored.error().message);
            return;
        }
        m_token->clear();
        saveSettings(transport, settings);
    });
}

void CloudApiDialog::saveSettings(const QString& transport, const CloudApiSettings& settings)
{
    m_save->setEnabled(false);
    m_status->showSaving();
    const QString by = m_userLogin;
    m_database.run(
        this,
        [transport, settings, by](Connection& c) -> Result<bool> {
            if (auto done = AdminActions(c).saveTransport(transport, settings, by); !done)
                return done.error();
            return true;
        },
        [this, transport](const Result<bool>& done) {
            m_save->setEnabled(true);
            if (!done) {
                m_status->showNotSaved(done.error());
                emit saved(false, done.error().message);
                return;
            }
            const QString text =
                transport == QLatin1String("cloud-api")
                    ? tr("Saved: messages go through the Cloud API from the next start of a sending desk.")
                    : tr("Saved: messages go through WhatsApp Web from the next start of a sending desk.");
            m_status->showInfo(text);
            emit saved(true, text);
        });
}

} // namespace fd
