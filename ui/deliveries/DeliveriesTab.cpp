#include "ui/deliveries/DeliveriesTab.h"

#include "automation/events/EventMessages.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/RecordReference.h"
#include "models/records/TextFields.h"
#include "models/repositories/DeliveryRepository.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/LanguageBox.h"
#include "ui/common/MessagePreview.h"
#include "ui/common/PhoneField.h"
#include "ui/common/RecordDialog.h"
#include "ui/common/SaveStatus.h"
#include "ui/common/StatusTexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {
namespace {} // namespace

DeliveriesTab::DeliveriesTab(DeskContext& context, QWidget* parent)
    : DeskPage(context, parent)
{
    setObjectName(QStringLiteral("deliveriesTab"));

    auto* form = new QGroupBox(tr("New delivery"), this);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("deliveryName"));
    m_name->setAccessibleName(tr("Customer name"));
    m_phone = new PhoneField(form);
    m_phone->setObjectName(QStringLiteral("deliveryPhone"));
    m_phone->lineEdit()->setObjectName(QStringLiteral("deliveryPhoneEdit"));
    m_phone->lineEdit()->setAccessibleName(tr("Customer phone"));
    m_phone->useDesk(context);
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
    m_language = new LanguageBox(form);
    m_language->setObjectName(QStringLiteral("deliveryLanguage"));
    m_create = new QPushButton(tr("&Save delivery"), form);
    m_create->setObjectName(QStringLiteral("deliverySave"));
    m_create->setToolTip(tr("Save the delivery (Ctrl+S)"));
    m_status = new SaveStatus(form);
    m_status->setObjectName(QStringLiteral("deliveryStatus"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("Customer &name:"), m_name);
    fields->addRow(tr("&Phone:"), m_phone);
    fields->addRow(tr("&Item:"), m_item);
    fields->addRow(tr("&Quantity:"), m_quantity);
    fields->addRow(tr("&Reference:"), m_reference);
    fields->addRow(tr("&Address:"), m_address);
    fields->addRow(tr("Deli&very date:"), m_scheduled);
    fields->addRow(tr("&Language:"), m_language);
    for (int row = 0; row < fields->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(fields->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = fields->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label && field)
            label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    }
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_create, 0, Qt::AlignLeft);
    formLayout->addWidget(m_status);
    formLayout->addStretch();

    auto* listBox = new QGroupBox(tr("Deliveries"), this);
    m_filter = new QComboBox(listBox);
    m_filter->setObjectName(QStringLiteral("deliveryFilter"));
    m_filter->setAccessibleName(tr("Show deliveries with status"));
    m_filter->addItem(tr("All"), QString());
    for (auto s : {Delivery::Status::Pending, Delivery::Status::Delivered, Delivery::Status::Failed,
                   Delivery::Status::Reattempt})
        m_filter->addItem(statusText(s), Delivery::statusName(s));
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
    m_table = new QTableView(listBox);
    m_table->setObjectName(QStringLiteral("deliveryList"));
    m_table->setAccessibleName(tr("Deliveries"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_search = new QLineEdit(listBox);
    m_search->setObjectName(QStringLiteral("deliverySearch"));
    m_search->setAccessibleName(tr("Search the list"));
    m_search->setPlaceholderText(tr("Search by name, phone, reference… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this,
            &DeliveriesTab::showSelected); // the selection may be filtered out
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Sho&w:"), listBox);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_search, 1);

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
    for (int row = 0; row < statusFields->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(statusFields->itemAt(row, QFormLayout::LabelRole)->widget());
        if (label)
            label->setBuddy(statusFields->itemAt(row, QFormLayout::FieldRole)->widget());
    }
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addWidget(m_selectedTitle);
    actionsLayout->addLayout(statusFields);
    actionsLayout->addWidget(m_apply, 0, Qt::AlignLeft);
    actionsLayout->addWidget(new QLabel(tr("WhatsApp message that will go:"), actions));
    actionsLayout->addWidget(m_preview);
    actionsLayout->addWidget(m_actionStatus);

    auto* open = new QPushButton(tr("Open / correct…"), listBox);
    open->setObjectName(QStringLiteral("deliveryOpen"));
    open->setToolTip(tr("All of the selected delivery; correct a typo (Enter on the row)"));
    filterRow->addWidget(open);
    RecordDialog::connectOpen(this, context, m_table, open, [this] {
        const Delivery* delivery = selected();
        if (!delivery)
            return OpenedRecord{};
        return OpenedRecord{QStringLiteral("stock_movement"), delivery->id,
                            recordTitle(QStringLiteral("stock_movement"),
                                        deliveryReference(delivery->id, delivery->reference))};
    });
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(actions);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(form);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    form::keepOneLine(m_name, limits::kName);
    form::keepOneLine(m_item, limits::kItemName);
    form::keepOneLine(m_reference, limits::kReference);
    form::keepOneLine(m_address);
    form::keepOneLine(m_note);
    form::limitColumnWidths(m_table);
    form::enterPresses(
        {m_name, m_phone->lineEdit(), m_item, m_quantity, m_reference, m_address, m_scheduled, m_language},
        m_create);
    form::enterPresses({m_newStatus, m_reattempt, m_note}, m_apply);
    addUnsavedFields({m_name, m_phone, m_item, m_reference, m_address, m_note});
    setTabOrder(m_name, m_phone->lineEdit());
    setTabOrder(m_phone->lineEdit(), m_item);
    setTabOrder(m_item, m_quantity);
    setTabOrder(m_quantity, m_reference);
    setTabOrder(m_reference, m_address);
    setTabOrder(m_address, m_scheduled);
    setTabOrder(m_scheduled, m_language);
    setTabOrder(m_language, m_create);
    setTabOrder(m_create, m_filter);
    setTabOrder(m_filter, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_newStatus);
    setTabOrder(m_newStatus, m_reattempt);
    setTabOrder(m_reattempt, m_note);
    setTabOrder(m_note, m_apply);
    setFocusProxy(m_name);

    connect(m_create, &QPushButton::clicked, this, &DeliveriesTab::save);
    connect(m_apply, &QPushButton::clicked, this, &DeliveriesTab::applyStatus);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DeliveriesTab::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesTab::showSelected);
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
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(m_proxy->mapToSource(rows.first()).row());
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

void DeliveriesTab::setFormEnabled(bool enabled)
{
    form::setEnabled(
        {m_name, m_phone, m_item, m_quantity, m_reference, m_address, m_scheduled, m_language, m_create},
        enabled);
}

void DeliveriesTab::save()
{
    if (m_saving)
        return;
    cancelRetry();
    if (!form::checkCustomer(m_name, m_phone, m_status))
        return;
    if (m_item->text().trimmed().isEmpty()) {
        m_status->showRefused(tr("enter the item."));
        m_item->setFocus();
        return;
    }
    DeliveryInput input;
    input.customerName = m_name->text();
    input.customerPhone = m_phone->text();
    input.itemName = m_item->text();
    input.quantity = m_quantity->value();
    input.reference = m_reference->text();
    input.address = m_address->text();
    input.scheduledDate = m_scheduled->date();
    input.language = m_language->language();
    input.createdBy = m_context.userLogin();
    input.actionKey = actionKey(QStringLiteral("save"));

    m_saving = true;
    setFormEnabled(false);
    m_status->showSaving();
    m_context.database.run(
        this, [input](Connection& c) { return DeskActions(c).createDelivery(input); },
        [this](const Result<Saved<Delivery>>& result) {
            m_saving = false;
            setFormEnabled(true);
            if (!result) {
                if (result.error().kind == Error::Kind::InvalidInput)
                    m_status->showRefused(result.error().message);
                else
                    m_status->showNotSaved(result.error());
                retryWhenDatabaseIsBack(result.error());
                return;
            }
            actionDone(QStringLiteral("save"));
            m_status->showSaved(tr("Delivery %1 saved.")
                                    .arg(result->record.reference.isEmpty()
                                             ? QString::number(result->record.id)
                                             : result->record.reference),
                                result->message);
            startNew();
            m_selectId = result->record.id;
            refresh();
            emit deliveryChanged(result->record.id);
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
    m_saving = true;
    m_apply->setEnabled(false);
    m_actionStatus->showSaving();
    m_context.database.run(
        this,
        [id, status, date, note, key](Connection& c) {
            return DeskActions(c).setDeliveryStatus(id, status, date, note, key);
        },
        [this, status, keyName](const Result<Saved<Delivery>>& result) {
            m_saving = false;
            if (!result) {
                form::showFailure(m_actionStatus, result.error());
                showSelected();
                return;
            }
            actionDone(keyName);
            m_actionStatus->showSaved(tr("%1 is now %2.").arg(result->record.reference, statusText(status)),
                                      result->message);
            m_note->clear();
            m_selectId = result->record.id;
            refresh();
            emit deliveryChanged(result->record.id);
        });
}

void DeliveriesTab::selectDelivery(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_model->recordAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row())->id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void DeliveriesTab::startNew()
{
    if (m_saving)
        return;
    for (QLineEdit* edit : {m_name, m_item, m_reference, m_address})
        edit->clear();
    m_phone->clear();
    m_quantity->setValue(1);
    m_scheduled->setDate(QDate::currentDate().addDays(1));
    m_language->resetToDefault();
    actionDone(QStringLiteral("save")); // a new form fill, a new key
    m_name->setFocus();
}

void DeliveriesTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DeliveriesTab::refresh()
{
    std::optional<Delivery::Status> status;
    Delivery::Status parsed;
    if (Delivery::statusFromName(m_filter->currentData().toString(), parsed))
        status = parsed;
    const int generation = ++m_listGeneration;
    const qint64 keep = m_selectId != 0 ? m_selectId : (selected() ? selected()->id : 0);
    m_context.database.run(
        this, [status](Connection& c) { return DeliveryRepository(c).list(status, 300); },
        [this, generation, keep](const Result<QList<Delivery>>& found) {
            if (generation != m_listGeneration || !found)
                return;
            m_model->setRecords(found.value());
            m_table->resizeColumnsToContents();
            m_selectId = 0;
            if (keep != 0)
                selectDelivery(keep);
            showSelected();
        });
}

} // namespace fd
