#include "ui/enquiries/EnquiriesTab.h"

#include "automation/events/DeskActions.h"
#include "models/core/LoggedText.h"
#include "models/db/DatabaseWorker.h"
#include "models/logmodel/MessageLogFilter.h"
#include "models/logmodel/MessageLogModel.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/EnquiryRepository.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/LanguageBox.h"
#include "ui/common/MessagePreview.h"
#include "ui/common/PhoneField.h"
#include "ui/common/RecordDialog.h"
#include "ui/common/SaveStatus.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

QString EnquiriesTab::messageState(const Enquiry& enquiry)
{
    const QString& status = enquiry.messageStatus;
    const QString reason = LoggedText::onScreen(enquiry.messageReason);
    if (status.isEmpty()) // no log row: a staff number gets none (its flag stays unset)
        return enquiry.whatsappEnquirySent ? tr("Not in the message log") : tr("Not sent: staff number");
    if (MessageLogFilter::sentStatuses().contains(status))
        return tr("✓ %1").arg(MessageLogModel::statusLabel(status));
    if (status == QLatin1String("SKIPPED"))
        return tr("Not sent: %1").arg(reason);
    if (status == QLatin1String("FAILED"))
        return reason.isEmpty() ? tr("✗ Failed") : tr("✗ Failed: %1").arg(reason);
    if (status == QLatin1String("PENDING"))
        return tr("Waiting to be sent");
    if (status == QLatin1String("RETRYING"))
        return tr("Waiting to be sent again");
    if (status == QLatin1String("SENDING"))
        return tr("Sending…");
    return MessageLogModel::statusLabel(status);
}

EnquiriesTab::EnquiriesTab(DeskContext& context, QWidget* parent)
    : DeskPage(context, parent)
{
    setObjectName(QStringLiteral("enquiriesTab"));

    auto* form = new QGroupBox(tr("New enquiry"), this);
    form->setObjectName(QStringLiteral("enquiryForm"));
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("enquiryName"));
    m_name->setAccessibleName(tr("Customer name"));
    m_phone = new PhoneField(form);
    m_phone->setObjectName(QStringLiteral("enquiryPhone"));
    m_phone->lineEdit()->setObjectName(QStringLiteral("enquiryPhoneEdit"));
    m_phone->lineEdit()->setAccessibleName(tr("Customer phone"));
    m_phone->useDesk(context);
    m_subject = new QLineEdit(form);
    m_subject->setObjectName(QStringLiteral("enquirySubject"));
    m_subject->setAccessibleName(tr("Product or subject"));
    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(QStringLiteral("enquiryNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    m_language = new LanguageBox(form);
    m_language->setObjectName(QStringLiteral("enquiryLanguage"));
    m_save = new QPushButton(tr("&Save enquiry"), form);
    m_save->setObjectName(QStringLiteral("enquirySave"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    m_new = new QPushButton(tr("Ne&w"), form);
    m_new->setObjectName(QStringLiteral("enquiryNew"));
    m_new->setToolTip(tr("Clear the form for the next customer (Ctrl+N)"));
    m_status = new SaveStatus(form);
    m_status->setObjectName(QStringLiteral("enquiryStatus"));

    auto* fields = new QFormLayout;
    fields->addRow(tr("Customer &name:"), m_name);
    fields->addRow(tr("&Phone:"), m_phone);
    fields->addRow(tr("Product or su&bject:"), m_subject);
    fields->addRow(tr("N&otes:"), m_notes);
    fields->addRow(tr("&Language:"), m_language);
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_subject),
          static_cast<QWidget*>(m_notes), static_cast<QWidget*>(m_language)}) {
        if (auto* label = qobject_cast<QLabel*>(fields->labelForField(w)))
            label->setBuddy(w == m_phone ? static_cast<QWidget*>(m_phone->lineEdit()) : w);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    buttons->addStretch();
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_status);

    auto* previewBox = new QGroupBox(tr("WhatsApp message that will go"), this);
    m_preview = new MessagePreview(previewBox);
    m_preview->setObjectName(QStringLiteral("enquiryPreview"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(form);
    leftLayout->addWidget(previewBox, 1);

    auto* listBox = new QGroupBox(tr("Recent enquiries"), this);
    m_search = new QLineEdit(listBox);
    m_search->setObjectName(QStringLiteral("enquirySearch"));
    m_search->setPlaceholderText(tr("Search by name, phone or product (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search enquiries"));
    m_search->setClearButtonEnabled(true);
    m_model = new RecordTableModel<Enquiry>(
        {{tr("Reference"), [](const Enquiry& e) { return enquiryReference(e.id); }},
         {tr("Date"), [](const Enquiry& e) { return displayDateTime(e.createdAt); }},
         {tr("Customer"), [](const Enquiry& e) { return e.customerName; }},
         {tr("Phone"), [](const Enquiry& e) { return e.customerPhone; }},
         // Before the product, which takes what room is left: the state of the message stays readable.
         {tr("Message"), [](const Enquiry& e) { return messageState(e); }},
         {tr("Product or subject"), [](const Enquiry& e) { return e.subject; }}},
        this);
    m_table = new QTableView(listBox);
    form::setUpList(m_table, m_model, QStringLiteral("enquiryList"), tr("Recent enquiries"));
    auto* open = new QPushButton(tr("Open / correct…"), listBox);
    open->setObjectName(QStringLiteral("enquiryOpen"));
    open->setToolTip(tr("All of the selected enquiry, its notes too; correct a typo (Enter on the row)"));
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_table);
    listLayout->addWidget(open, 0, Qt::AlignLeft);
    RecordDialog::connectOpen(this, context, m_table, open, [this] {
        const Enquiry* enquiry = m_model->recordAt(m_table->currentIndex().row());
        if (!enquiry)
            return OpenedRecord{};
        return OpenedRecord{QStringLiteral("enquiry"), enquiry->id,
                            recordTitle(QStringLiteral("enquiry"), enquiryReference(enquiry->id))};
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    form::keepOneLine(m_name, limits::kName);
    form::keepOneLine(m_subject, limits::kSubject);
    setTabOrder(m_name, m_phone->lineEdit());
    setTabOrder(m_phone->lineEdit(), m_subject);
    setTabOrder(m_subject, m_notes);
    setTabOrder(m_notes, m_language);
    setTabOrder(m_language, m_save);
    setTabOrder(m_save, m_new);
    setTabOrder(m_new, m_search);
    setTabOrder(m_search, m_table);
    setFocusProxy(m_name);

    connect(m_save, &QPushButton::clicked, this, &EnquiriesTab::save);
    connect(m_new, &QPushButton::clicked, this, &EnquiriesTab::startNew);
    for (QLineEdit* edit : {m_name, m_subject})
        connect(edit, &QLineEdit::textChanged, this, &EnquiriesTab::updatePreview);
    connect(m_phone, &PhoneField::changed, this, &EnquiriesTab::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &EnquiriesTab::updatePreview);
    // Enter in a one-line field saves, as a receptionist expects.
    form::enterPresses({m_name, m_phone->lineEdit(), m_subject, m_language}, m_save);
    setUnsavedFields({m_name, m_phone, m_subject, m_notes});
    // The Message column follows the messages as the sender station sends them.
    auto* follow = new QTimer(this);
    follow->setInterval(kFollowIntervalMs);
    connect(follow, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    follow->start();
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &EnquiriesTab::refresh);

    updatePreview();
    refresh();
}

namespace {

bool sameRows(const QList<Enquiry>& shown, const QList<Enquiry>& found)
{
    return std::equal(
        shown.cbegin(), shown.cend(), found.cbegin(), found.cend(), [](const Enquiry& a, const Enquiry& b) {
            return a.id == b.id && a.messageStatus == b.messageStatus && a.messageReason == b.messageReason &&
                   a.customerName == b.customerName && a.subject == b.subject;
        });
}

} // namespace

void EnquiriesTab::updatePreview()
{
    if (const QString none = m_phone->noMessageReason(); !none.isEmpty()) {
        m_preview->showNoMessage(tr("No WhatsApp message will go: %1.").arg(none));
        return;
    }
    m_preview->showPreview(
        m_context.previews.render(EventType::EnquiryCreated, m_language->language(), m_name->text(),
                                  {{QStringLiteral("subject"), m_subject->text().trimmed()}}));
}

void EnquiriesTab::setFormEnabled(bool enabled)
{
    form::setEnabled({m_name, m_phone, m_subject, m_notes, m_language, m_save, m_new}, enabled);
}

void EnquiriesTab::save()
{
    if (m_saving)
        return;
    cancelRetry();
    if (!form::checkCustomer(m_name, m_phone, m_status))
        return;
    // The message names the product, so an enquiry without one could not be messaged.
    if (!form::checkRequired(m_subject, m_subject->text(), tr("enter the product or subject."), m_status))
        return;
    EnquiryInput input;
    input.customerName = m_name->text();
    input.customerPhone = m_phone->text();
    input.subject = m_subject->text();
    input.notes = m_notes->toPlainText();
    input.language = m_language->language();
    input.createdBy = m_context.userLogin();
    input.actionKey = actionKey(QStringLiteral("save"));

    m_saving = true;
    setFormEnabled(false);
    m_status->showSaving();
    m_context.database.run(
        this, [input](Connection& c) { return DeskActions(c).createEnquiry(input); },
        [this](const Result<Saved<Enquiry>>& saved) {
            m_saving = false;
            setFormEnabled(true);
            if (!saved) {
                form::showFailure(m_status, saved.error());
                retryWhenDatabaseIsBack(saved.error());
                return;
            }
            actionDone(QStringLiteral("save"));
            m_status->showSaved(tr("Enquiry %1 saved.").arg(enquiryReference(saved->record.id)),
                                saved->message);
            m_name->clear();
            m_phone->clear();
            m_subject->clear();
            m_notes->clear();
            m_language->resetToDefault(); // the next customer is someone else
            m_name->setFocus();
            refresh();
            emit enquirySaved(saved->record.id);
        });
}

void EnquiriesTab::startNew()
{
    if (m_saving)
        return;
    m_name->clear();
    m_phone->clear();
    m_subject->clear();
    m_notes->clear();
    m_language->resetToDefault();
    m_status->clear();
    actionDone(QStringLiteral("save")); // a new form fill, a new key
    m_name->setFocus();
}

void EnquiriesTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void EnquiriesTab::refresh()
{
    const QString text = m_search->text();
    const int generation = ++m_searchGeneration;
    m_context.database.run(
        this, [text](Connection& c) { return EnquiryRepository(c).search(text, 200); },
        [this, generation](const Result<QList<Enquiry>>& found) {
            if (generation != m_searchGeneration || !found)
                return; // an older search, or the database is gone (the status bar says so)
            if (sameRows(m_model->records(), found.value()))
                return; // keeps the place in the list when nothing changed
            m_model->setRecords(found.value());
            m_table->resizeColumnsToContents();
        });
}

} // namespace fd
