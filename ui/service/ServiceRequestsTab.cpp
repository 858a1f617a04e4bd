#include "ui/service/ServiceRequestsTab.h"

#include "automation/qrcode/QrCode.h"
#include "automation/templates/MessageTemplates.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/ServiceRequestRepository.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/SaveStatus.h"
#include "ui/common/StatusTexts.h"
#include "ui/common/WindowQuestion.h"
#include "ui/service/JobSheet.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

ServiceRequestsTab::ServiceRequestsTab(DeskContext& context, QWidget* parent)
    : EntryPage(context, QStringLiteral("service"), tr("New service request"), parent)
{
    setObjectName(QStringLiteral("serviceTab"));

    // --- New request form ---
    m_serviceType = new QComboBox(formBox());
    m_serviceType->setObjectName(QStringLiteral("serviceType"));
    m_serviceType->setAccessibleName(tr("Service type"));
    m_serviceType->setEditable(true);
    m_serviceType->addItems(
        {tr("Repair"), tr("Installation"), tr("Maintenance"), tr("Demo"), tr("Warranty check")});
    m_serviceType->setCurrentIndex(-1);
    m_description = new QPlainTextEdit(formBox());
    m_description->setObjectName(QStringLiteral("serviceDescription"));
    m_description->setAccessibleName(tr("Problem description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);
    m_scheduled = form::dateField(QDate::currentDate().addDays(1), formBox());
    m_scheduled->setObjectName(QStringLiteral("serviceScheduled"));
    m_scheduled->setAccessibleName(tr("Scheduled date"));
    addField(tr("Service &type:"), m_serviceType);
    addField(tr("Descr&iption:"), m_description);
    addField(tr("Sched&uled:"), m_scheduled);
    addSaveButton(tr("&Create request"), QStringLiteral("serviceCreate"),
                  tr("Create the service request (Ctrl+S)"));
    addPreviewBelowForm();

    // --- List ---
    m_model = new RecordTableModel<ServiceRequest>(
        {{tr("Ticket"), [](const ServiceRequest& r) { return r.ticketId; }},
         {tr("Status"), [](const ServiceRequest& r) { return statusText(r.status); }},
         {tr("Customer"), [](const ServiceRequest& r) { return r.customerName; }},
         {tr("Phone"), [](const ServiceRequest& r) { return r.customerPhone; }},
         {tr("Service"), [](const ServiceRequest& r) { return r.serviceType; }},
         {tr("Scheduled"), [](const ServiceRequest& r) { return displayDate(r.scheduledDate); }},
         {tr("Engineer"), [](const ServiceRequest& r) { return r.assignedEngineerName; }},
         {tr("Completed"), [](const ServiceRequest& r) { return displayDate(r.completedDate); }}},
        this);
    QGroupBox* listBox = addList(tr("Service requests"), m_model, Search::LoadedList);
    QComboBox* filter = addStatusFilter(tr("Sh&ow:"), tr("Show service requests with status"));
    for (auto status : {ServiceRequest::Status::Open, ServiceRequest::Status::Assigned,
                        ServiceRequest::Status::Completed, ServiceRequest::Status::Cancelled})
        filter->addItem(statusText(status), ServiceRequest::statusName(status));

    // --- Selected request ---
    auto* actions = new QGroupBox(tr("Selected request"), listBox);
    actions->setObjectName(QStringLiteral("serviceActions"));
    m_selectedTitle = new QLabel(tr("Select a request in the list."), actions);
    m_selectedTitle->setObjectName(QStringLiteral("serviceSelected"));
    m_engineer = new QComboBox(actions);
    m_engineer->setObjectName(QStringLiteral("serviceEngineer"));
    m_engineer->setAccessibleName(tr("Engineer"));
    m_assign = new QPushButton(tr("&Assign"), actions);
    m_assign->setObjectName(QStringLiteral("serviceAssign"));
    m_completed = form::dateField(QDate::currentDate(), actions);
    m_completed->setObjectName(QStringLiteral("serviceCompletedDate"));
    m_completed->setAccessibleName(tr("Completed date"));
    m_complete = new QPushButton(tr("Mar&k completed"), actions);
    m_complete->setObjectName(QStringLiteral("serviceComplete"));
    m_feedbackLink = new QLabel(actions);
    m_feedbackLink->setObjectName(QStringLiteral("serviceFeedbackLink"));
    m_feedbackLink->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_feedbackLink->setWordWrap(true);
    m_qr = new QLabel(actions);
    m_qr->setObjectName(QStringLiteral("serviceFeedbackQr"));
    m_qr->setAccessibleName(tr("Feedback link QR code"));
    m_print = new QPushButton(tr("P&rint job sheet…"), actions);
    m_print->setObjectName(QStringLiteral("servicePrint"));
    m_print->setToolTip(tr("Print the job sheet (Ctrl+P)"));
    m_print->setShortcut(QKeySequence::Print);
    m_actionStatus = new SaveStatus(actions);
    m_actionStatus->setObjectName(QStringLiteral("serviceActionStatus"));
    auto* assignRow = new QHBoxLayout;
    auto* engineerLabel = new QLabel(tr("&Engineer:"), actions);
    engineerLabel->setBuddy(m_engineer);
    assignRow->addWidget(engineerLabel);
    assignRow->addWidget(m_engineer, 1);
    assignRow->addWidget(m_assign);
    auto* completeRow = new QHBoxLayout;
    auto* completedLabel = new QLabel(tr("Co&mpleted on:"), actions);
    completedLabel->setBuddy(m_completed);
    completeRow->addWidget(completedLabel);
    completeRow->addWidget(m_completed);
    completeRow->addWidget(m_complete);
    completeRow->addStretch();
    auto* feedbackRow = new QHBoxLayout;
    auto* feedbackText = new QVBoxLayout;
    feedbackText->addWidget(m_feedbackLink);
    feedbackText->addWidget(m_print, 0, Qt::AlignLeft);
    feedbackText->addStretch();
    feedbackRow->addLayout(feedbackText, 1);
    feedbackRow->addWidget(m_qr);
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addWidget(m_selectedTitle);
    actionsLayout->addLayout(assignRow);
    actionsLayout->addLayout(completeRow);
    actionsLayout->addLayout(feedbackRow);
    actionsLayout->addWidget(m_actionStatus);

    finishFrame(
        tr("All of the selected request; correct a typo (Enter on the row)"),
        [this] {
            const ServiceRequest* request = selected();
            if (!request)
                return OpenedRecord{};
            return OpenedRecord{QStringLiteral("complaint"), request->id,
                                recordTitle(QStringLiteral("complaint"), request->ticketId)};
        },
        actions);

    form::keepOneLine(m_serviceType->lineEdit(), limits::kServiceType);
    form::enterPresses({m_engineer}, m_assign);
    setTabOrder(list(), m_engineer);
    setTabOrder(m_engineer, m_assign);
    setTabOrder(m_assign, m_completed);
    setTabOrder(m_completed, m_complete);
    setTabOrder(m_complete, m_print);

    connect(m_assign, &QPushButton::clicked, this, &ServiceRequestsTab::assignSelected);
    connect(m_complete, &QPushButton::clicked, this, &ServiceRequestsTab::completeSelected);
    connect(m_print, &QPushButton::clicked, this, &ServiceRequestsTab::printJobSheet);
    connect(m_serviceType, &QComboBox::currentTextChanged, this, &ServiceRequestsTab::updatePreview);
    connect(m_scheduled, &QDateEdit::dateChanged, this, &ServiceRequestsTab::updatePreview);

    updatePreview();
    showSelected();
    refresh();
}

void ServiceRequestsTab::updatePreview()
{
    showFormPreview(EventType::ServiceCreated,
                    {{QStringLiteral("service_type"), m_serviceType->currentText().trimmed()},
                     {QStringLiteral("scheduled_date"), DeskActions::formatDate(m_scheduled->date())}});
}

void ServiceRequestsTab::clearFields()
{
    m_serviceType->setCurrentIndex(-1);
    m_description->clear();
}

void ServiceRequestsTab::loadEngineers()
{
    m_context.database.run(
        this, [](Connection& c) { return EngineerRepository(c).listActive(); },
        [this](const Result<QList<Engineer>>& engineers) {
            if (!engineers)
                return;
            m_engineers = engineers.value();
            const qint64 current = m_engineer->currentData().toLongLong();
            m_engineer->clear();
            for (const Engineer& engineer : m_engineers)
                m_engineer->addItem(engineer.name, engineer.id);
            if (const int index = m_engineer->findData(current); index >= 0)
                m_engineer->setCurrentIndex(index);
            showSelected();
        });
}

const ServiceRequest* ServiceRequestsTab::selected() const
{
    return m_model->recordAt(selectedRow());
}

QString ServiceRequestsTab::feedbackLink(const ServiceRequest& request) const
{
    const QString pattern = m_context.previews.settings().feedbackLinkPattern;
    if (pattern.trimmed().isEmpty())
        return {};
    auto link = MessageTemplates::expandLink(pattern, request.ticketId);
    return link ? link.value() : QString();
}

void ServiceRequestsTab::showSelected()
{
    const ServiceRequest* request = selected();
    const bool open = request && (request->status == ServiceRequest::Status::Open ||
                                  request->status == ServiceRequest::Status::Assigned);
    // Completing sends the customer the feedback message at once and cannot be undone: only for a request an
    // engineer was assigned to and that is not completed yet, and only after a confirmation.
    const bool completable = request && request->status == ServiceRequest::Status::Assigned;
    m_engineer->setEnabled(open && !m_engineers.isEmpty());
    m_assign->setEnabled(open && !m_engineers.isEmpty() && !m_saving);
    m_completed->setEnabled(completable);
    m_complete->setEnabled(completable && !m_saving);
    m_complete->setToolTip(completable || !request ? QString()
                           : request->status == ServiceRequest::Status::Open
                               ? tr("Assign an engineer first.")
                               : tr("This request is %1.").arg(statusText(request->status).toLower()));
    m_print->setEnabled(request != nullptr);
    if (!request) {
        m_selectedTitle->setText(tr("Select a request in the list."));
        m_feedbackLink->clear();
        m_qr->clear();
        return;
    }
    QString title =
        tr("%1 — %2, %3 (%4)")
            .arg(request->ticketId, request->customerName, request->serviceType, statusText(request->status));
    if (m_engineers.isEmpty() && open)
        title +=
            QLatin1Char('\n') + tr("No engineers yet: an administrator adds them under Settings → Staff.");
    m_selectedTitle->setText(title);
    if (request->assignedEngineerId != 0) {
        if (const int index = m_engineer->findData(request->assignedEngineerId); index >= 0)
            m_engineer->setCurrentIndex(index);
    }
    if (request->status == ServiceRequest::Status::Completed) {
        const QString link = feedbackLink(*request);
        if (link.isEmpty()) {
            m_feedbackLink->setText(tr("Completed on %1. No feedback link is set in Settings.")
                                        .arg(displayDate(request->completedDate)));
            m_qr->clear();
        } else {
            m_feedbackLink->setText(
                tr("Completed on %1. Feedback link:\n%2").arg(displayDate(request->completedDate), link));
            const qreal ratio = devicePixelRatioF();
            QPixmap qr = QPixmap::fromImage(qrcode::QrCode(link).toImage(4).scaled(
                QSize(132, 132) * ratio, Qt::KeepAspectRatio, Qt::FastTransformation));
            qr.setDevicePixelRatio(ratio);
            m_qr->setPixmap(qr);
        }
    } else {
        m_feedbackLink->clear();
        m_qr->clear();
    }
}

void ServiceRequestsTab::save()
{
    if (!startSave())
        return;
    if (!form::checkRequired(m_serviceType, m_serviceType->currentText(), tr("enter the type of service."),
                             saveStatus()))
        return;
    ServiceRequestInput input;
    fillCustomer(input);
    input.serviceType = m_serviceType->currentText();
    input.description = m_description->toPlainText();
    input.scheduledDate = m_scheduled->date();
    runSave<ServiceRequest>([input](Connection& c) { return DeskActions(c).createServiceRequest(input); },
                            [this](const Saved<ServiceRequest>& saved) {
                                saveStatus()->showSaved(
                                    tr("Service request %1 created.").arg(saved.record.ticketId),
                                    saved.message);
                                clearForm();
                                m_selectTicket = saved.record.ticketId;
                                refresh();
                                emit requestChanged(saved.record.id);
                            });
}

void ServiceRequestsTab::runAction(const QString& keyName, const QString& what,
                                   std::function<Result<Saved<ServiceRequest>>(Connection&)> action)
{
    if (m_saving)
        return;
    m_assign->setEnabled(false);
    m_complete->setEnabled(false);
    runSelectedAction<ServiceRequest>(
        keyName, m_actionStatus, std::move(action), [this, what](const Saved<ServiceRequest>& saved) {
            m_actionStatus->showSaved(what.arg(saved.record.ticketId), saved.message);
            m_selectTicket = saved.record.ticketId;
            refresh();
            emit requestChanged(saved.record.id);
        });
}

void ServiceRequestsTab::assignSelected()
{
    const ServiceRequest* request = selected();
    if (!request || m_engineer->currentIndex() < 0)
        return;
    const qint64 id = request->id;
    const qint64 engineerId = m_engineer->currentData().toLongLong();
    const QString engineerName = m_engineer->currentText();
    // The same engineer for the same request until it is done: a second click after a lost answer is the
    // same action.
    const QString keyName = QStringLiteral("assign %1 %2").arg(id).arg(engineerId);
    const QString key = actionKey(keyName);
    runAction(keyName, tr("%1 assigned to %2.").arg(QStringLiteral("%1"), engineerName),
              [id, engineerId, engineerName, key](Connection& c) {
                  return DeskActions(c).assignEngineer(id, engineerId, engineerName, key);
              });
}

void ServiceRequestsTab::completeSelected()
{
    const ServiceRequest* request = selected();
    if (!request || request->status != ServiceRequest::Status::Assigned || m_saving)
        return;
    const qint64 id = request->id;
    const QDate date = m_completed->date();
    const QString question = tr("Mark %1 (%2) completed on %3?\n\nThe customer gets the “service completed” "
                                "WhatsApp message with the feedback link at once. This cannot be undone.")
                                 .arg(request->ticketId, request->customerName, displayDate(date));
    ask(this, {QStringLiteral("serviceCompleteConfirm"),
               tr("Mark completed"),
               question,
               {{tr("Mark completed"), QMessageBox::AcceptRole, QStringLiteral("serviceCompleteConfirmYes"),
                 [this, id, date] {
                     const QString keyName =
                         QStringLiteral("complete %1 %2").arg(id).arg(date.toString(Qt::ISODate));
                     const QString key = actionKey(keyName);
                     runAction(keyName, tr("%1 marked completed."), [id, date, key](Connection& c) {
                         return DeskActions(c).completeService(id, date, key);
                     });
                 }},
                {tr("Cancel"), QMessageBox::RejectRole, QStringLiteral("serviceCompleteConfirmNo"), {}}}});
}

void ServiceRequestsTab::printJobSheet()
{
    const ServiceRequest* request = selected();
    if (!request)
        return;
    JobSheet sheet(*request, m_context.previews.settings(), feedbackLink(*request));
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("jobSheetPrintDialog"));
    dialog.setWindowTitle(tr("Print job sheet %1").arg(request->ticketId));
    if (dialog.exec() == QDialog::Accepted)
        sheet.print(printer);
}

void ServiceRequestsTab::selectTicket(const QString& ticketId)
{
    selectRow([this, &ticketId](int row) { return m_model->recordAt(row)->ticketId == ticketId; });
}

void ServiceRequestsTab::startNew()
{
    if (m_saving)
        return;
    m_scheduled->setDate(QDate::currentDate().addDays(1)); // after a save the next request keeps the date
    clearForm();
    saveStatus()->clear();
}

void ServiceRequestsTab::refresh()
{
    loadEngineers(); // an admin may have added one since

    std::optional<ServiceRequest::Status> status;
    ServiceRequest::Status parsed;
    if (ServiceRequest::statusFromName(filterValue(), parsed))
        status = parsed;
    const int generation = ++m_listGeneration;
    const QString keep = m_selectTicket.isEmpty() && selected() ? selected()->ticketId : m_selectTicket;
    m_context.database.run(
        this, [status](Connection& c) { return ServiceRequestRepository(c).list(status, 300); },
        [this, generation, keep](const Result<QList<ServiceRequest>>& found) {
            if (generation != m_listGeneration || !found)
                return;
            m_model->setRecords(found.value());
            list()->resizeColumnsToContents();
            m_selectTicket.clear();
            if (!keep.isEmpty())
                selectTicket(keep);
            showSelected();
        });
    if (m_engineers.isEmpty())
        loadEngineers();
}

} // namespace fd
