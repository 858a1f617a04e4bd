#include "ui/deliveries/DeliveriesTab.h"

#include "automation/events/EventMessages.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/DeliveryRepository.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/MessagePreview.h"
#include "ui/common/SaveStatus.h"
#include "ui/common/StatusTexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

DeliveriesTab::DeliveriesTab(DeskContext& context, QWidget* parent)
    : EntryPage(context, QStringLiteral("delivery"), tr("New delivery"), parent)
{
    setObjectName(QStringLiteral("deliveriesTab"));

    QGroupBox* form = formBox();
    m_item = new QLineEdit(form);
    m_item->setObjectName(QStringLiteral("deliveryItem"));
    m_item->setAccessibleName(tr("Item"));
    m_quantity = new QSpinBox(form);
    m_quantity->setObjectName(QStringLiteral("deliveryQuantity"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setRange(1, 9999);
    m_reference = new QLineEdit(form);
    m_reference->setObjectName(QStringLiteral("deliveryReference"));
    m_reference->setAccessibleName(tr("Order or invoice reference"));
    m_address = new QLineEdit(form);
    m_address->setObjectName(QStringLiteral("deliveryAddress"));
    m_address->setAccessibleName(tr("Delivery address"));
    m_scheduled = form::dateField(QDate::currentDate().addDays(1), form);
    m_scheduled->setObjectName(QStringLiteral("deliveryScheduled"));
    m_scheduled->setAccessibleName(tr("Delivery date"));
    addField(tr("&Item:"), m_item);
    addField(tr("&Quantity:"), m_quantity);
    addField(tr("&Reference:"), m_reference);
    addField(tr("&Address:"), m_address);
    addField(tr("Deli&very date:"), m_scheduled);
    addSaveButton(tr("&Save delivery"), QStringLiteral("deliverySave"), tr("Save the delivery (Ctrl+S)"));

    m_model = new RecordTableModel<Delivery>(
        {{tr("Reference"), [](const Delivery& d) { return d.reference; }},
         {tr("Status"), [](const Delivery& d) { return statusText(d.status); }},
         {tr("Customer"), [](const Delivery& d) { return d.customerName; }},
         {tr("Phone"), [](const Delivery& d) { return d.customerPhone; }},
         {tr("Item"),
          [](const Delivery& d) { return QStringLiteral("%1 × %2").arg(d.itemName).arg(d.quantity); }},
         {tr("Date"), [](const Delivery& d) { return displayDate(d.scheduledDate); }},
         {tr("Re-attempt"), [](const Delivery& d) { return displayDate(d.reattemptDate); }}},
        this);
    QGroupBox* listBox = addList(tr("Deliveries"), m_model, Search::LoadedList);
    QComboBox* filter = addStatusFilter(tr("Sho&w:"), tr("Show deliveries with status"));
    for (auto s : {Delivery::Status::Pending, Delivery::Status::Delivered, Delivery::Status::Failed,
                   Delivery::Status::Reattempt})
        filter->addItem(statusText(s), Delivery::statusName(s));

    auto* actions = new QGroupBox(tr("Selected delivery"), listBox);
    m_selectedTitle = new QLabel(tr("Select a delivery in the list."), actions);
    m_selectedTitle->setObjectName(QStringLiteral("deliverySelected"));
    m_newStatus = new QComboBox(actions);
    m_newStatus->setObjectName(QStringLiteral("deliveryNewStatus"));
    m_newStatus->setAccessibleName(tr("New delivery status"));
    m_newStatus->addItem(statusText(Delivery::Status::Delivered),
                         Delivery::statusName(Delivery::Status::Delivered));
    m_newStatus->addItem(statusText(Delivery::Status::Failed),
                         Delivery::statusName(Delivery::Status::Failed));
    m_newStatus->addItem(statusText(Delivery::Status::Reattempt),
                         Delivery::statusName(Delivery::Status::Reattempt));
    m_reattempt = form::dateField(QDate::currentDate().addDays(1), actions);
    m_reattempt->setObjectName(QStringLiteral("deliveryReattemptDate"));
    m_reattempt->setAccessibleName(tr("New delivery date"));
    m_note = new QLineEdit(actions);
    m_note->setObjectName(QStringLiteral("deliveryNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why (optional): e.g. customer not at home"));
    m_apply = new QPushButton(tr("Set s&tatus"), actions);
    m_apply->setObjectName(QStringLiteral("deliveryApplyStatus"));
    m_preview = new MessagePreview(actions);
    m_preview->setObjectName(QStringLiteral("deliveryPreview"));
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 9);
    m_actionStatus = new SaveStatus(actions);
    m_actionStatus->setObjectName(QStringLiteral("deliveryActionStatus"));
    auto* statusFields = new QFormLayout;
    statusFields->addRow(tr("New stat&us:"), m_newStatus);
    statusFields->addRow(tr("New dat&e:"), m_reattempt);
    statusFields->addRow(tr("N&ote:"), m_note);
    form::setBuddies(statusFields);
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addWidget(m_selectedTitle);
    actionsLayout->addLayout(statusFields);
    actionsLayout->addWidget(m_apply, 0, Qt::AlignLeft);
    actionsLayout->addWidget(new QLabel(tr("WhatsApp message that will go:"), actions));
    actionsLayout->addWidget(m_preview);
    actionsLayout->addWidget(m_actionStatus);

    finishFrame(
        tr("All of the selected delivery; correct a typo (Enter on the row)"),
        [this] {
            const Delivery* delivery = selected();
            if (!delivery)
                return OpenedRecord{};
            return OpenedRecord{QStringLiteral("stock_movement"), delivery->id,
                                recordTitle(QStringLiteral("stock_movement"),
                                            deliveryReference(delivery->id, delivery->reference))};
        },
        actions);

    form::keepOneLine(m_item, limits::kItemName);
    form::keepOneLine(m_reference, limits::kReference);
    form::keepOneLine(m_address);
    form::keepOneLine(m_note);
    form::enterPresses({m_newStatus, m_reattempt, m_note}, m_apply);
    addUnsavedFields({m_note});
    setTabOrder(list(), m_newStatus);
    setTabOrder(m_newStatus, m_reattempt);
    setTabOrder(m_reattempt, m_note);
    setTabOrder(m_note, m_apply);

    connect(m_apply, &QPushButton::clicked, this, &DeliveriesTab::applyStatus);
    connect(m_newStatus, &QComboBox::currentIndexChanged, this, &DeliveriesTab::showSelected);
    connect(m_reattempt, &QDateEdit::dateChanged, this, &DeliveriesTab::updateStatusPreview);

    showSelected();
    refresh();
}

Delivery::Status DeliveriesTab::chosenStatus() const
{
    Delivery::Status status = Delivery::Status::Delivered;
    Delivery::statusFromName(m_newStatus->currentData().toString(), status);
    return status;
}

const Delivery* DeliveriesTab::selected() const
{
    return m_model->recordAt(selectedRow());
}

void DeliveriesTab::showSelected()
{
    const Delivery* delivery = selected();
    const bool open = delivery && delivery->status != Delivery::Status::Delivered;
    m_newStatus->setEnabled(open);
    m_reattempt->setEnabled(open && chosenStatus() == Delivery::Status::Reattempt);
    m_note->setEnabled(open);
    m_apply->setEnabled(open && !m_saving);
    if (!delivery)
        m_selectedTitle->setText(tr("Select a delivery in the list."));
    else if (!open)
        m_selectedTitle->setText(
            tr("%1 — %2: delivered (final).").arg(delivery->reference, delivery->customerName));
    else
        m_selectedTitle->setText(tr("%1 — %2, %3 (%4)")
                                     .arg(delivery->reference, delivery->customerName, delivery->itemName,
                                          statusText(delivery->status)));
    updateStatusPreview();
}

void DeliveriesTab::updateStatusPreview()
{
    const Delivery* delivery = selected();
    const Delivery::Status status = chosenStatus();
    if (!delivery || delivery->status == Delivery::Status::Delivered) {
        m_preview->showNoMessage(tr("Select a delivery to change its status."));
        return;
    }
    if (status == Delivery::Status::Delivered) {
        m_preview->showNoMessage(tr("DELIVERED sends no message."));
        return;
    }
    // One message per attempt that failed and per new date (DECISIONS.md "The message log"): the same again
    // is never sent twice.
    if (status == delivery->status && status == Delivery::Status::Failed &&
        delivery->whatsappDeliveryFailedSent) {
        m_preview->showNoMessage(
            tr("The customer already had this message for this attempt; it is not sent again."));
        return;
    }
    if (status == delivery->status && status == Delivery::Status::Reattempt &&
        m_reattempt->date() == delivery->reattemptDate) {
        m_preview->showNoMessage(
            tr("The delivery is already set to be re-attempted on this date; choose another "
               "date to reschedule it."));
        return;
    }
    QHash<QString, QString> values{
        {QStringLiteral("reference_id"), deliveryReference(delivery->id, delivery->reference)},
        {QStringLiteral("item_name"), delivery->itemName}};
    if (status == Delivery::Status::Reattempt)
        values.insert(QStringLiteral("reattempt_date"), DeskActions::formatDate(m_reattempt->date()));
    m_preview->showPreview(m_context.previews.render(
        status == Delivery::Status::Failed ? EventType::DeliveryFailed : EventType::DeliveryReattempt,
        delivery->language, delivery->customerName, values));
}

void DeliveriesTab::save()
{
    if (!startSave())
        return;
    if (!form::checkRequired(m_item, m_item->text(), tr("enter the item."), saveStatus()))
        return;
    DeliveryInput input;
    fillCustomer(input);
    input.itemName = m_item->text();
    input.quantity = m_quantity->value();
    input.reference = m_reference->text();
    input.address = m_address->text();
    input.scheduledDate = m_scheduled->date();
    runSave<Delivery>([input](Connection& c) { return DeskActions(c).createDelivery(input); },
                      [this](const Saved<Delivery>& saved) {
                          saveStatus()->showSaved(tr("Delivery %1 saved.")
                                                      .arg(saved.record.reference.isEmpty()
                                                               ? QString::number(saved.record.id)
                                                               : saved.record.reference),
                                                  saved.message);
                          clearForm();
                          m_selectId = saved.record.id;
                          refresh();
                          emit deliveryChanged(saved.record.id);
                      });
}

void DeliveriesTab::applyStatus()
{
    const Delivery* delivery = selected();
    if (!delivery || m_saving)
        return;
    const qint64 id = delivery->id;
    const Delivery::Status status = chosenStatus();
    const QDate date = status == Delivery::Status::Reattempt ? m_reattempt->date() : QDate();
    const QString note = m_note->text();
    // The same change of the same delivery until it is done: a second click after a lost answer is the same
    // action.
    const QString keyName = QStringLiteral("status %1 %2 %3")
                                .arg(id)
                                .arg(Delivery::statusName(status), date.toString(Qt::ISODate));
    const QString key = actionKey(keyName);
    m_apply->setEnabled(false);
    runSelectedAction<Delivery>(
        keyName, m_actionStatus,
        [id, status, date, note, key](Connection& c) {
            return DeskActions(c).setDeliveryStatus(id, status, date, note, key);
        },
        [this, status](const Saved<Delivery>& saved) {
            m_actionStatus->showSaved(tr("%1 is now %2.").arg(saved.record.reference, statusText(status)),
                                      saved.message);
            m_note->clear();
            m_selectId = saved.record.id;
            refresh();
            emit deliveryChanged(saved.record.id);
        });
}

void DeliveriesTab::selectDelivery(qint64 id)
{
    selectRow([this, id](int row) { return m_model->recordAt(row)->id == id; });
}

void DeliveriesTab::clearFields()
{
    for (QLineEdit* edit : {m_item, m_reference, m_address})
        edit->clear();
    m_quantity->setValue(1);
    m_scheduled->setDate(QDate::currentDate().addDays(1));
}

void DeliveriesTab::startNew()
{
    if (m_saving)
        return;
    clearForm(); // the status line keeps what the last save did
}

void DeliveriesTab::refresh()
{
    std::optional<Delivery::Status> status;
    Delivery::Status parsed;
    if (Delivery::statusFromName(filterValue(), parsed))
        status = parsed;
    const int generation = ++m_listGeneration;
    const qint64 keep = m_selectId != 0 ? m_selectId : (selected() ? selected()->id : 0);
    m_context.database.run(
        this, [status](Connection& c) { return DeliveryRepository(c).list(status, 300); },
        [this, generation, keep](const Result<QList<Delivery>>& found) {
            if (generation != m_listGeneration || !found)
                return;
            m_model->setRecords(found.value());
            list()->resizeColumnsToContents();
            m_selectId = 0;
            if (keep != 0)
                selectDelivery(keep);
            showSelected();
        });
}

} // namespace fd
