#include "ui/settings/OptOutPanel.h"

#include "automation/phone/PhonePolicy.h"
#include "models/db/DatabaseWorker.h"
#include "ui/settings/OptOutImport.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

OptOutPanel::OptOutPanel(DatabaseWorker& database, QStringList allowedRegions, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_regions(std::move(allowedRegions))
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("optOutTable"));
    m_table->setAccessibleName(tr("Opted-out customers"));
    m_table->setHorizontalHeaderLabels({tr("Phone"), tr("Name"), tr("Since")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("optOutPhone"));
    m_phone->setAccessibleName(tr("Phone to opt out"));
    m_phone->setPlaceholderText(tr("Phone"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("optOutName"));
    m_name->setAccessibleName(tr("Name (optional)"));
    m_name->setPlaceholderText(tr("Name (optional)"));
    m_add = new QPushButton(tr("Opt out"), this);
    m_add->setObjectName(QStringLiteral("optOutAdd"));
    m_remove = new QPushButton(tr("Send messages again"), this);
    m_remove->setObjectName(QStringLiteral("optOutRemove"));
    m_remove->setToolTip(tr("The selected customers get WhatsApp messages again."));
    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("optOutImport"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("optOutStatus"));
    m_status->setWordWrap(true);

    auto* add = new QHBoxLayout;
    add->addWidget(m_phone, 1);
    add->addWidget(m_name, 1);
    add->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("These customers get no WhatsApp messages; their records are still saved."), this));
    layout->addLayout(add);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &OptOutPanel::addTyped);
    connect(m_phone, &QLineEdit::returnPressed, this, &OptOutPanel::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &OptOutPanel::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &OptOutPanel::askImport);
    reload();
}

QStringList OptOutPanel::phones() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << m_table->item(row, 0)->text();
    return out;
}

QString OptOutPanel::statusText() const
{
    return m_status->text();
}

void OptOutPanel::reload()
{
    m_database.run(
        this, [](Connection& c) { return listOptedOutCustomers(c); },
        [this](const Result<QList<OptedOutCustomer>>& list) {
            if (!list) {
                setStatus(list.error().message, true);
                return;
            }
            m_table->setRowCount(int(list->size()));
            for (int row = 0; row < list->size(); ++row) {
                const OptedOutCustomer& c = list->at(row);
                m_table->setItem(row, 0, new QTableWidgetItem(c.phone));
                m_table->setItem(row, 1, new QTableWidgetItem(c.name));
                m_table->setItem(row, 2,
                                 new QTableWidgetItem(
                                     c.since.isValid()
                                         ? c.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : QString()));
            }
            m_table->resizeColumnsToContents();
            emit changed();
        });
}

void OptOutPanel::addTyped()
{
    const PhoneCheck check = PhonePolicy(m_regions).check(m_phone->text());
    if (check.e164.isEmpty()) {
        setStatus(check.reason.isEmpty() ? tr("\"%1\" is not a phone number.").arg(m_phone->text())
                                         : check.reason,
                  true);
        m_phone->setFocus();
        return;
    }
    apply({OptOutRequest{check.e164, m_name->text().trimmed()}},
          tr("%1 gets no more WhatsApp messages.").arg(check.e164));
    m_phone->clear();
    m_name->clear();
}

void OptOutPanel::removeSelected()
{
    QStringList selected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        selected << m_table->item(index.row(), 0)->text();
    if (selected.isEmpty()) {
        setStatus(tr("Select the customers who may get messages again."), true);
        return;
    }
    m_database.run(
        this, [selected](Connection& c) -> Result<int> { return AdminActions(c).optIn(selected); },
        [this](const Result<int>& done) {
            if (!done) {
                setStatus(done.error().message, true);
                return;
            }
            setStatus(tr("%n customer(s) will get WhatsApp messages again.", nullptr, done.value()), false);
            reload();
        });
}

void OptOutPanel::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import opted-out customers"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void OptOutPanel::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const OptOutImport import = OptOutImport::fromCsv(file.readAll(), PhonePolicy(m_regions));
    QString text = tr("Imported %n customer(s).", nullptr, int(import.requests.size()));
    if (!import.problems.isEmpty())
        text += QLatin1Char(' ') + tr("Not imported:") + QLatin1Char(' ') +
                import.problems.join(QLatin1Char(' '));
    if (import.requests.isEmpty()) {
        setStatus(import.problems.isEmpty() ? tr("The file has no phone numbers.") : text, true);
        return;
    }
    apply(import.requests, text);
}

void OptOutPanel::apply(const QList<OptOutRequest>& requests, const QString& doneText)
{
    m_database.run(
        this, [requests](Connection& c) { return AdminActions(c).optOut(requests); },
        [this, doneText](const Result<int>& done) {
            if (!done) {
                setStatus(done.error().message, true);
                return;
            }
            setStatus(doneText, false);
            reload();
        });
}

void OptOutPanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

} // namespace fd
