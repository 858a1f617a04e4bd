#include "ui/settings/SettingsDialog.h"

#include "automation/events/AdminActions.h"
#include "automation/templates/MessageTemplates.h"
#include "automation/whatsapp/Engine.h"
#include "automation/whatsapp/WaJsFile.h"
#include "automation/whatsapp/WaJsScripts.h"
#include "models/config/DeskConfig.h"
#include "models/db/DatabaseWorker.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/LanguageBox.h"
#include "ui/common/WindowQuestion.h"
#include "ui/settings/OptOutPanel.h"
#include "ui/settings/StaffPhonesEditor.h"
#include "ui/templates/TemplateEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fd {
namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QSpinBox* spinBox(const QString& objectName, const QString& accessibleName, int minimum, int maximum,
                  const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QTimeEdit* timeEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

// An empty link is allowed (messages that need it then fail visibly); a wrong one is refused here.
Result<void> checkLink(const QString& pattern, const QString& what)
{
    if (pattern.trimmed().isEmpty())
        return {};
    auto expanded = MessageTemplates::expandLink(pattern, QStringLiteral("SR-1"));
    if (!expanded)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("%1: %2").arg(what, expanded.error().message));
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(DatabaseWorker& database, DeskConfig& desk, QString userLogin, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_desk(desk)
    , m_userLogin(std::move(userLogin))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(buildCompanyPage(), tr("Company"));
    m_pages->addTab(buildSendingPage(), tr("Sending"));
    m_staff = new StaffPhonesEditor(this);
    m_pages->addTab(m_staff, tr("Staff phones"));
    m_optOuts = new OptOutPanel(database, {QStringLiteral("IN")}, this);
    m_pages->addTab(m_optOuts, tr("Opted-out customers"));
    m_templates = new TemplateEditor(database, m_userLogin, this);
    m_pages->addTab(m_templates, tr("Message texts"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(900, 600);
    reload();
}

QWidget* SettingsDialog::buildCompanyPage()
{
    auto* page = new QWidget(this);
    m_companyName = lineEdit(QStringLiteral("companyName"), tr("Company name"), page);
    m_companyPhone = lineEdit(QStringLiteral("companyPhone"), tr("Company phone"), page);
    m_trackingLink = lineEdit(QStringLiteral("trackingLink"), tr("Tracking link"), page);
    m_trackingLink->setPlaceholderText(QStringLiteral("https://example.in/track?ticket={ticket_id}"));
    m_feedbackLink = lineEdit(QStringLiteral("feedbackLink"), tr("Feedback link"), page);
    m_feedbackLink->setPlaceholderText(QStringLiteral("https://example.in/feedback/{ticket_id}"));
    for (QLineEdit* line : {m_companyName, m_companyPhone, m_trackingLink, m_feedbackLink})
        form::keepOneLine(line);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Company &name"), m_companyName);
    form->addRow(tr("Company &phone"), m_companyPhone);
    form->addRow(tr("&Tracking link"), m_trackingLink);
    form->addRow(tr("&Feedback link"), m_feedbackLink);
    auto* hint =
        new QLabel(tr("Links must start with https:// or http:// and contain {ticket_id}, which is replaced "
                      "by the service ticket."),
                   page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWidget* SettingsDialog::buildSendingPage()
{
    auto* page = new QWidget(this);
    m_minGap =
        spinBox(QStringLiteral("minGap"), tr("Shortest gap between messages"), 0, 3600, tr(" s"), page);
    m_maxGap = spinBox(QStringLiteral("maxGap"), tr("Longest gap between messages"), 0, 3600, tr(" s"), page);
    m_dailyCap =
        spinBox(QStringLiteral("dailyCap"), tr("Messages a day at most"), 0, 100000, QString(), page);
    m_hourlyCap =
        spinBox(QStringLiteral("hourlyCap"), tr("Messages an hour at most"), 0, 10000, QString(), page);
    m_hourlyCap->setSpecialValueText(tr("no limit"));
    m_batchSize = spinBox(QStringLiteral("batchSize"), tr("Messages in a row before a pause"), 0, 10000,
                          QString(), page);
    m_batchSize->setSpecialValueText(tr("no pauses"));
    m_batchPause = spinBox(QStringLiteral("batchPause"), tr("Length of the pause between batches"), 0, 3600,
                           tr(" s"), page);
    m_warmUpDays =
        spinBox(QStringLiteral("warmUpDays"), tr("Days a new number warms up"), 0, 60, tr(" days"), page);
    m_warmUpDays->setSpecialValueText(tr("no warm-up"));
    m_warmUpDays->setToolTip(
        tr("A newly linked WhatsApp number starts at 50 messages a day and 20 an hour, and "
           "reaches the caps above after this many days."));
    m_newNumber = new QCheckBox(tr("A new WhatsApp number was linked: start its warm-up today"), page);
    m_newNumber->setObjectName(QStringLiteral("newNumberLinked"));
    m_quietStart = timeEdit(QStringLiteral("quietStart"), tr("Quiet hours start"), page);
    m_quietEnd = timeEdit(QStringLiteral("quietEnd"), tr("Quiet hours end"), page);
    m_canary = new QCheckBox(
        tr("Check WhatsApp with a message to our own number before sending to customers"), page);
    m_canary->setObjectName(QStringLiteral("canaryEnabled"));
    m_canary->setToolTip(
        tr("Before the first customer message of a sending session, and after every selector-pack "
           "change, a short message goes to the business's own WhatsApp chat. If it does not "
           "arrive with its tick, the station pauses and no customer gets a message."));
    m_canaryPhone = lineEdit(QStringLiteral("canaryPhone"), tr("The business's WhatsApp number"), page);
    m_canaryPhone->setPlaceholderText(tr("The company phone, if it is a mobile"));
    m_thisDeskSends = new QCheckBox(tr("This desk sends WhatsApp messages"), page);
    m_thisDeskSends->setObjectName(QStringLiteral("thisDeskSends"));
    m_messageLanguage = new LanguageBox(page);
    m_messageLanguage->setObjectName(QStringLiteral("defaultMessageLanguage"));
    m_messageLanguage->setAccessibleName(tr("Customers' message language a new form starts with"));
    m_selectorPack = lineEdit(QStringLiteral("selectorPack"), tr("Selector pack file"), page);
    m_selectorPack->setPlaceholderText(tr("Built-in"));
    m_engine = new QComboBox(page);
    m_engine->setObjectName(QStringLiteral("whatsAppEngine"));
    m_engine->setAccessibleName(tr("WhatsApp engine"));
    m_engine->addItem(tr("Automatic: WA-JS when it works on the page, else the DOM driver"),
                      whatsapp::engineName(whatsapp::Engine::Auto));
    m_engine->addItem(tr("WA-JS only"), whatsapp::engineName(whatsapp::Engine::WaJs));
    m_engine->addItem(tr("DOM driver only"), whatsapp::engineName(whatsapp::Engine::Dom));
    m_engine->setToolTip(tr("How this desk drives WhatsApp Web. WA-JS calls WhatsApp's own functions; the "
                            "DOM driver works the page as a person would, with the selector pack. A change "
                            "takes effect the next time someone signs in on this desk."));
    auto* browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("selectorPackBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseSelectorPack);
    // A newer WA-JS is used only once it passed the check (it loads and reports a version).
    m_waJsFile = lineEdit(QStringLiteral("waJsFile"), tr("WA-JS file"), page);
    m_waJsFile->setReadOnly(true);
    m_waJsFile->setPlaceholderText(tr("Built-in (WA-JS %1)").arg(whatsapp::bundledWaJsVersion()));
    m_waJsBrowse = new QPushButton(tr("Choose and check…"), page);
    m_waJsBrowse->setObjectName(QStringLiteral("waJsBrowse"));
    m_waJsBrowse->setToolTip(tr("A newer wppconnect-wa.js (from the @wppconnect/wa-js package) for the weeks "
                                "when WhatsApp changed faster than FrontDesk was updated. It is checked "
                                "first; the built-in file stays the fallback."));
    auto* builtIn = new QPushButton(tr("Built-in"), page);
    builtIn->setObjectName(QStringLiteral("waJsBuiltIn"));
    m_waJsStatus = new QLabel(page);
    m_waJsStatus->setObjectName(QStringLiteral("waJsStatus"));
    m_waJsStatus->setWordWrap(true);
    connect(m_waJsBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("WA-JS file"), m_waJsFile->text(),
                                                          tr("JavaScript (*.js);;All files (*)"));
        if (!path.isEmpty())
            checkWaJsFile(path);
    });
    connect(builtIn, &QPushButton::clicked, this, [this] {
        m_waJsFile->clear();
        m_waJsStatus->setText(tr("This desk uses the built-in WA-JS from the next sign-in."));
    });

    auto* gap = new QHBoxLayout;
    gap->addWidget(m_minGap);
    gap->addWidget(new QLabel(tr("to"), page));
    gap->addWidget(m_maxGap);
    gap->addStretch(1);
    auto* batch = new QHBoxLayout;
    batch->addWidget(m_batchPause);
    batch->addWidget(new QLabel(tr("after every"), page));
    batch->addWidget(m_batchSize);
    batch->addWidget(new QLabel(tr("messages"), page));
    batch->addStretch(1);
    auto* quiet = new QHBoxLayout;
    quiet->addWidget(m_quietStart);
    quiet->addWidget(new QLabel(tr("to"), page));
    quiet->addWidget(m_quietEnd);
    quiet->addStretch(1);
    auto* pack = new QHBoxLayout;
    pack->addWidget(m_selectorPack, 1);
    pack->addWidget(browse);
    auto* waJs = new QHBoxLayout;
    waJs->addWidget(m_waJsFile, 1);
    waJs->addWidget(m_waJsBrowse);
    waJs->addWidget(builtIn);

    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("<b>For every desk</b>"), page));
    form->addRow(tr("Random gap between messages"), gap);
    form->addRow(tr("&Daily cap"), m_dailyCap);
    form->addRow(tr("Hourly cap"), m_hourlyCap);
    form->addRow(tr("A pause of"), batch);
    form->addRow(tr("Quiet hours (local time)"), quiet);
    form->addRow(tr("Warm-up of a new number"), m_warmUpDays);
    form->addRow(m_newNumber);
    form->addRow(m_canary);
    form->addRow(tr("Business's &WhatsApp number"), m_canaryPhone);
    form->addRow(new QLabel(tr("<b>For this desk only</b>"), page));
    form->addRow(m_thisDeskSends);
    form->addRow(tr("New customers' message &language"), m_messageLanguage);
    form->addRow(tr("WhatsApp engine"), m_engine);
    form->addRow(tr("WhatsApp selector pack"), pack);
    form->addRow(tr("WA-JS file"), waJs);
    form->addRow(QString(), m_waJsStatus);
    return page;
}

void SettingsDialog::reload()
{
    m_loaded = false;
    setStatus(tr("Reading the settings…"), false);
    m_database.run(
        this, [](Connection& c) { return SharedSettings::load(c); },
        [this](const Result<SharedSettings>& settings) {
            if (!settings) {
                setStatus(settings.error().message, true);
                return;
            }
            fill(settings.value());
            m_loaded = true;
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            setStatus(QString(), false);
            emit loaded();
        });
}

void SettingsDialog::fill(const SharedSettings& s)
{
    m_loadedSettings = s;
    m_companyName->setText(s.companyName);
    m_companyPhone->setText(s.companyPhone);
    m_trackingLink->setText(s.trackingLinkPattern);
    m_feedbackLink->setText(s.feedbackLinkPattern);
    m_minGap->setValue(s.minGapMs / 1000);
    m_maxGap->setValue(s.maxGapMs / 1000);
    m_dailyCap->setValue(s.dailyCap);
    m_hourlyCap->setValue(s.hourlyCap);
    m_batchSize->setValue(s.batchSize);
    m_batchPause->setValue(s.batchPauseSeconds);
    m_warmUpDays->setValue(s.warmUpDays);
    m_newNumber->setChecked(false);
    m_newNumber->setToolTip(s.warmUpSince.isValid()
                                ? tr("The warm-up counts from %1.").arg(displayDate(s.warmUpSince))
                                : tr("The warm-up counts from the first message ever sent."));
    m_quietStart->setTime(s.quietStart);
    m_quietEnd->setTime(s.quietEnd);
    m_canary->setChecked(s.canaryEnabled);
    m_canaryPhone->setText(s.canaryPhone);
    m_staff->setAllowedRegions(s.allowedRegions);
    m_staff->setPhones(s.staffPhones);
    m_optOuts->setAllowedRegions(s.allowedRegions);
    m_thisDeskSends->setChecked(m_desk.get(DeskConfig::Key::ThisDeskSends).toBool());
    m_messageLanguage->setLanguage(m_desk.messageLanguage());
    m_selectorPack->setText(m_desk.get(DeskConfig::Key::SelectorPackPath).toString());
    m_waJsFile->setText(m_desk.get(DeskConfig::Key::WaJsPath).toString());
    const int engine = m_engine->findData(m_desk.get(DeskConfig::Key::WhatsAppEngine).toString());
    m_engine->setCurrentIndex(engine < 0 ? 0 : engine);
    m_readSnapshot = formSnapshot();
}

// Every value of the form as text, to tell whether anything was changed (a bad value counts as a change).
QStringList SettingsDialog::formSnapshot() const
{
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    return {m_companyName->text().trimmed(),
            m_companyPhone->text().trimmed(),
            m_trackingLink->text().trimmed(),
            m_feedbackLink->text().trimmed(),
            QString::number(m_minGap->value()),
            QString::number(m_maxGap->value()),
            QString::number(m_dailyCap->value()),
            QString::number(m_hourlyCap->value()),
            QString::number(m_batchSize->value()),
            QString::number(m_batchPause->value()),
            QString::number(m_warmUpDays->value()),
            flag(m_newNumber->isChecked()),
            m_quietStart->time().toString(),
            m_quietEnd->time().toString(),
            flag(m_canary->isChecked()),
            m_canaryPhone->text().trimmed(),
            m_staff->phones().join(QLatin1Char(' ')),
            flag(m_thisDeskSends->isChecked()),
            m_messageLanguage->language(),
            m_selectorPack->text().trimmed(),
            m_engine->currentData().toString(),
            m_waJsFile->text()};
}

bool SettingsDialog::hasUnsavedChanges() const
{
    return m_loaded && formSnapshot() != m_readSnapshot;
}

void SettingsDialog::reject()
{
    if (m_discardConfirmed || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    askBeforeClosing();
}

void SettingsDialog::askBeforeClosing()
{
    ask(this,
        {QStringLiteral("settingsUnsavedQuestion"),
         tr("Settings"),
         tr("The settings were changed but not saved."),
         {{tr("&Save"), QMessageBox::AcceptRole, QStringLiteral("settingsUnsavedSave"),
           // Closes the dialog once saved; a refusal stays on screen with its reason.
           [this] { save(); }},
          {tr("&Discard changes"), QMessageBox::DestructiveRole, QStringLiteral("settingsUnsavedDiscard"),
           [this] {
               m_discardConfirmed = true;
               QDialog::reject();
           }},
          {tr("&Keep editing"), QMessageBox::RejectRole, QStringLiteral("settingsUnsavedKeep"), {}}}});
}

Result<SharedSettings> SettingsDialog::formSettings() const
{
    SharedSettings s = m_loadedSettings; // keeps what this dialog does not show (regions, retries, leases)
    s.companyName = m_companyName->text().trimmed();
    s.companyPhone = m_companyPhone->text().trimmed();
    s.trackingLinkPattern = m_trackingLink->text().trimmed();
    s.feedbackLinkPattern = m_feedbackLink->text().trimmed();
    if (auto ok = checkLink(s.trackingLinkPattern, tr("Tracking link")); !ok)
        return ok.error();
    if (auto ok = checkLink(s.feedbackLinkPattern, tr("Feedback link")); !ok)
        return ok.error();
    if (m_minGap->value() > m_maxGap->value())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The shortest gap (%1 s) is longer than the longest gap (%2 s).")
                               .arg(m_minGap->value())
                               .arg(m_maxGap->value()));
    s.minGapMs = m_minGap->value() * 1000;
    s.maxGapMs = m_maxGap->value() * 1000;
    s.dailyCap = m_dailyCap->value();
    s.hourlyCap = m_hourlyCap->value();
    s.batchSize = m_batchSize->value();
    s.batchPauseSeconds = m_batchPause->value();
    s.warmUpDays = m_warmUpDays->value();
    if (m_newNumber->isChecked())
        s.warmUpSince = QDate::currentDate();
    s.quietStart = m_quietStart->time();
    s.quietEnd = m_quietEnd->time();
    s.canaryEnabled = m_canary->isChecked();
    s.canaryPhone = m_canaryPhone->text().trimmed();
    if (!s.canaryPhone.isEmpty() && s.canaryNumber().isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("%1 is not a number WhatsApp can take (the business's WhatsApp number).").arg(s.canaryPhone));
    s.staffPhones = m_staff->phones();
    const QString pack = m_selectorPack->text().trimmed();
    if (!pack.isEmpty() && !QFileInfo(pack).isFile())
        return Error::make(Error::Kind::InvalidInput, tr("The selector pack %1 does not exist.").arg(pack));
    return s;
}

void SettingsDialog::save()
{
    auto form = formSettings();
    if (!form) {
        setStatus(form.error().message, true);
        emit saved(false, form.error().message);
        return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const SharedSettings settings = form.value();
    const QString user = m_userLogin;
    m_database.run(
        this,
        [settings, user](Connection& c) -> Result<void> {
            return AdminActions(c).saveSettings(settings, user);
        },
        [this](const Result<void>& done) {
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (!done) {
                setStatus(done.error().message, true);
                emit saved(false, done.error().message);
                return;
            }
            m_desk.set(DeskConfig::Key::ThisDeskSends, m_thisDeskSends->isChecked());
            m_desk.setMessageLanguage(m_messageLanguage->language());
            m_desk.set(DeskConfig::Key::SelectorPackPath, m_selectorPack->text().trimmed());
            m_desk.set(DeskConfig::Key::WhatsAppEngine, m_engine->currentData().toString());
            m_desk.set(DeskConfig::Key::WaJsPath, m_waJsFile->text());
            const QString message = tr("Settings saved.");
            setStatus(message, false);
            emit saved(true, message);
            accept();
        });
}

void SettingsDialog::browseSelectorPack()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("WhatsApp selector pack"), m_selectorPack->text(),
                                     tr("Selector packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_selectorPack->setText(path);
}

void SettingsDialog::checkWaJsFile(const QString& path)
{
    delete m_waJsCheck; // one check at a time: the latest file chosen
    m_waJsBrowse->setEnabled(false);
    m_waJsStatus->setText(tr("Checking %1 …").arg(path));
    m_waJsCheck = new whatsapp::WaJsFileCheck(path, this);
    connect(m_waJsCheck, &whatsapp::WaJsFileCheck::finished, this,
            [this, path](bool ok, const QString& text) {
                m_waJsBrowse->setEnabled(true);
                m_waJsCheck->deleteLater();
                if (ok) {
                    m_waJsFile->setText(path);
                    m_waJsStatus->setText(
                        tr("WA-JS %1 loads and reports its version: this desk uses it from the next "
                           "sign-in (after Save).")
                            .arg(text));
                } else {
                    m_waJsStatus->setText(tr("Not used: %1").arg(text));
                }
                emit waJsChecked(ok);
            });
    m_waJsCheck->start();
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

} // namespace fd
