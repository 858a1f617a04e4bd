#include "ui/enquiries/EnquiriesTab.h"

#include "models/core/LoggedText.h"
#include "models/logmodel/MessageLogFilter.h"
#include "models/logmodel/MessageLogModel.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/EnquiryRepository.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"

#include <QGroupBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

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
    : EntryPage(context, QStringLiteral("enquiry"), tr("New enquiry"), parent)
{
    setObjectName(QStringLiteral("enquiriesTab"));

    m_subject = new QLineEdit(formBox());
    m_subject->setObjectName(QStringLiteral("enquirySubject"));
    m_subject->setAccessibleName(tr("Product or subject"));
    m_notes = new QPlainTextEdit(formBox());
    m_notes->setObjectName(QStringLiteral("enquiryNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    addField(tr("Product or su&bject:"), m_subject);
    addField(tr("N&otes:"), m_notes);
    addSaveButton(tr("&Save enquiry"), QStringLiteral("enquirySave"), tr("Save (Ctrl+S)"))->setDefault(true);
    auto* startNewButton = new QPushButton(tr("Ne&w"), formBox());
    startNewButton->setObjectName(QStringLiteral("enquiryNew"));
    startNewButton->setToolTip(tr("Clear the form for the next customer (Ctrl+N)"));
    connect(startNewButton, &QPushButton::clicked, this, &EnquiriesTab::startNew);
    addFormButton(startNewButton);
    addPreviewBelowForm();

    m_model = new RecordTableModel<Enquiry>(
        {{tr("Reference"), [](const Enquiry& e) { return enquiryReference(e.id); }},
         {tr("Date"), [](const Enquiry& e) { return displayDateTime(e.createdAt); }},
         {tr("Customer"), [](const Enquiry& e) { return e.customerName; }},
         {tr("Phone"), [](const Enquiry& e) { return e.customerPhone; }},
         // Before the product, which takes what room is left: the state of the message stays readable.
         {tr("Message"), [](const Enquiry& e) { return messageState(e); }},
         {tr("Product or subject"), [](const Enquiry& e) { return e.subject; }}},
        this);
    addList(tr("Recent enquiries"), m_model, Search::Database,
            tr("Search by name, phone or product (Ctrl+F)"), tr("Search enquiries"));
    finishFrame(tr("All of the selected enquiry, its notes too; correct a typo (Enter on the row)"), [this] {
        const Enquiry* enquiry = m_model->recordAt(list()->currentIndex().row());
        if (!enquiry)
            return OpenedRecord{};
        return OpenedRecord{QStringLiteral("enquiry"), enquiry->id,
                            recordTitle(QStringLiteral("enquiry"), enquiryReference(enquiry->id))};
    });

    form::keepOneLine(m_subject, limits::kSubject);
    connect(m_subject, &QLineEdit::textChanged, this, &EnquiriesTab::updatePreview);
    // The Message column follows the messages as the sender station sends them.
    auto* follow = new QTimer(this);
    follow->setInterval(kFollowIntervalMs);
    connect(follow, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    follow->start();

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
    showFormPreview(EventType::EnquiryCreated, {{QStringLiteral("subject"), m_subject->text().trimmed()}});
}

void EnquiriesTab::clearFields()
{
    m_subject->clear();
    m_notes->clear();
}

void EnquiriesTab::save()
{
    if (!startSave())
        return;
    // The message names the product, so an enquiry without one could not be messaged.
    if (!form::checkRequired(m_subject, m_subject->text(), tr("enter the product or subject."), saveStatus()))
        return;
    EnquiryInput input;
    fillCustomer(input);
    input.subject = m_subject->text();
    input.notes = m_notes->toPlainText();
    runSave<Enquiry>([input](Connection& c) { return DeskActions(c).createEnquiry(input); },
                     [this](const Saved<Enquiry>& saved) {
                         saveStatus()->showSaved(
                             tr("Enquiry %1 saved.").arg(enquiryReference(saved.record.id)), saved.message);
                         clearForm();
                         refresh();
                         emit enquirySaved(saved.record.id);
                     });
}

void EnquiriesTab::startNew()
{
    if (m_saving)
        return;
    clearForm();
    saveStatus()->clear();
}

void EnquiriesTab::refresh()
{
    const QString text = searchText();
    const int generation = ++m_listGeneration;
    m_context.database.run(
        this, [text](Connection& c) { return EnquiryRepository(c).search(text, 200); },
        [this, generation](const Result<QList<Enquiry>>& found) {
            if (generation != m_listGeneration || !found)
                return; // an older search, or the database is gone (the status bar says so)
            if (sameRows(m_model->records(), found.value()))
                return; // keeps the place in the list when nothing changed
            m_model->setRecords(found.value());
            list()->resizeColumnsToContents();
        });
}

} // namespace fd
