#include "ui/common/RecordDialog.h"

#include "models/db/DatabaseWorker.h"
#include "models/db/SqlValues.h"
#include "ui/common/DeskContext.h"
#include "ui/common/DeskPage.h"
#include "ui/common/DisplayTime.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/LanguageBox.h"
#include "ui/common/SaveStatus.h"
#include "ui/common/StatusTexts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {
namespace {

// Columns that are the database's own bookkeeping, not something a person wrote or reads.
bool hidden(const QString& column)
{
    return column == QLatin1String("id") ||
           (column.endsWith(QLatin1String("_id")) && column != QLatin1String("ticket_id")) ||
           column.startsWith(QLatin1String("whatsapp_")) || column == QLatin1String("updated_at");
}

QString fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("customer_name"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Customer name")},
        {QStringLiteral("customer_phone"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Phone")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Product or subject")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Notes")},
        {QStringLiteral("service_type"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Service type")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Description")},
        {QStringLiteral("item_name"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Item")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Quantity")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Reference")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Address")},
        {QStringLiteral("ticket_id"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Ticket")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Status")},
        {QStringLiteral("delivery_status"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Status")},
        {QStringLiteral("status_note"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Status note")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Message language")},
        {QStringLiteral("scheduled_date"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Scheduled")},
        {QStringLiteral("reattempt_date"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Re-attempt date")},
        {QStringLiteral("completed_date"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Completed on")},
        {QStringLiteral("assigned_engineer_name"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Engineer")},
        {QStringLiteral("assigned_at"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Assigned at")},
        {QStringLiteral("status_changed_at"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Status changed at")},
        {QStringLiteral("created_by"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Entered by")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("fd::RecordDialog", "Entered at")},
    };
    const auto it = labels.constFind(column);
    return it == labels.cend() ? column : RecordDialog::tr(it.value());
}

QString shownValue(const QString& column, const QVariant& value)
{
    if (value.isNull())
        return QString();
    if (column.endsWith(QLatin1String("_at")))
        return displayDateTime(sql::toDateTime(value));
    if (column.endsWith(QLatin1String("_date")))
        return displayDate(sql::toDate(value));
    // Codes the database keeps, in the words the lists use.
    const QString text = value.toString();
    if (column == QLatin1String("language"))
        return LanguageBox::nameOf(text);
    if (column == QLatin1String("delivery_status")) {
        Delivery::Status status;
        if (Delivery::statusFromName(text, status))
            return statusText(status);
    }
    if (column == QLatin1String("status")) {
        ServiceRequest::Status status;
        if (ServiceRequest::statusFromName(text, status))
            return statusText(status);
        if (text == QLatin1String("NEW")) // an enquiry's only status
            return RecordDialog::tr("New");
    }
    return text;
}

} // namespace

RecordDialog::RecordDialog(DeskContext& context, OpenedRecord record, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_record(std::move(record))
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(m_record.title);
    setAttribute(Qt::WA_DeleteOnClose);

    auto* fieldsBox = new QWidget(this);
    m_form = new QFormLayout(fieldsBox);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fieldsBox);

    auto* historyTitle = new QLabel(tr("Corrections"), this);
    m_history = new QTableWidget(0, 4, this);
    m_history->setObjectName(QStringLiteral("recordHistory"));
    m_history->setAccessibleName(tr("Corrections of this record"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Before → after")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);

    m_status = new SaveStatus(this);
    m_status->setObjectName(QStringLiteral("recordStatus"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save corrections"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("recordSave"));
    m_save->setEnabled(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("recordClose"));
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::saveCorrections);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addWidget(
        new QLabel(tr("A correction changes only this record: no message is sent for it."), this));
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 620);
    load();
}

void RecordDialog::connectOpen(DeskPage* page, DeskContext& context, QTableView* table,
                               QAbstractButton* button, std::function<OpenedRecord()> selected)
{
    auto open = [page, &context, selected] {
        const OpenedRecord record = selected();
        if (record.id == 0)
            return;
        auto* dialog = new RecordDialog(context, record, page);
        dialog->setWindowModality(Qt::WindowModal);
        QObject::connect(dialog, &RecordDialog::corrected, page, &DeskPage::refresh);
        dialog->open();
    };
    QObject::connect(button, &QAbstractButton::clicked, page, open);
    QObject::connect(table, &QAbstractItemView::activated, page, open);
}

void RecordDialog::load()
{
    const OpenedRecord record = m_record;
    m_context.database.run(
        this,
        [record](Connection& c) -> Result<Loaded> {
            CorrectionRepository corrections(c);
            auto fields = corrections.fields(record.type, record.id);
            if (!fields)
                return fields.error();
            auto history = corrections.history(record.type, record.id);
            if (!history)
                return history.error();
            return Loaded{fields.value(), history.value()};
        },
        [this](const Result<Loaded>& loaded) {
            if (!loaded) {
                m_status->showNotSaved(loaded.error());
                return;
            }
            display(loaded.value());
        });
}

void RecordDialog::display(const Loaded& loaded)
{
    for (const auto& [column, value] : loaded.fields) {
        if (hidden(column))
            continue;
        const std::optional<CorrectableField> field =
            CorrectionRepository::correctableField(m_record.type, column);
        if (!field) {
            if (!m_built) {
                auto* shown = new QLabel(shownValue(column, value));
                shown->setObjectName(QStringLiteral("recordField_") + column);
                shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
                shown->setWordWrap(true);
                m_form->addRow(fieldLabel(column) + QLatin1Char(':'), shown);
            }
            continue;
        }
        const QString text = value.toString();
        m_stored.insert(column, text);
        if (!m_built) {
            QWidget* editor = nullptr;
            if (field->oneLine) {
                auto* line = new QLineEdit;
                form::keepOneLine(line, field->maxLength);
                m_lines.insert(column, line);
                editor = line;
            } else {
                auto* box = new QPlainTextEdit;
                box->setTabChangesFocus(true);
                box->setMaximumHeight(box->fontMetrics().height() * 6);
                m_texts.insert(column, box);
                editor = box;
            }
            editor->setObjectName(QStringLiteral("recordEdit_") + column);
            editor->setAccessibleName(fieldLabel(column));
            auto* label = new QLabel(fieldLabel(column) + QLatin1Char(':'));
            label->setBuddy(editor);
            m_form->addRow(label, editor);
        }
        if (QLineEdit* line = m_lines.value(column))
            line->setText(text);
        if (QPlainTextEdit* box = m_texts.value(column))
            box->setPlainText(text);
    }
    if (!m_built) {
        form::enterPresses(QList<QWidget*>(m_lines.cbegin(), m_lines.cend()), m_save);
        if (!m_lines.isEmpty())
            m_lines.value(QStringLiteral("customer_name"))->setFocus();
    }
    m_built = true;

    m_history->setRowCount(int(loaded.history.size()));
    for (int row = 0; row < loaded.history.size(); ++row) {
        const RecordCorrection& c = loaded.history.at(row);
        const QStringList cells{displayDateTime(c.correctedAt), c.correctedBy, fieldLabel(c.field),
                                tr("%1 → %2").arg(c.oldValue, c.newValue)};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_history->resizeColumnsToContents();
    m_save->setEnabled(!m_saving);
}

void RecordDialog::saveCorrections()
{
    if (m_saving || !m_built)
        return;
    QList<QPair<QString, QString>> changes;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (it.value()->text().trimmed() != m_stored.value(it.key()))
            changes << qMakePair(it.key(), it.value()->text());
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (it.value()->toPlainText() != m_stored.value(it.key()))
            changes << qMakePair(it.key(), it.value()->toPlainText());
    }
    if (changes.isEmpty()) {
        m_status->showInfo(tr("Nothing to correct: every field says what the record holds."));
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_status->showSaving();
    const OpenedRecord record = m_record;
    const QString by = m_context.userLogin();
    m_context.database.run(
        this,
        [record, changes, by](Connection& c) {
            return CorrectionRepository(c).correct(record.type, record.id, changes, by);
        },
        [this](const Result<int>& done) {
            m_saving = false;
            m_save->setEnabled(true);
            if (!done) {
                form::showFailure(m_status, done.error());
                return;
            }
            m_status->showInfo(tr("Corrected — no message is sent for a correction."));
            emit corrected();
            load();
        });
}

} // namespace fd
