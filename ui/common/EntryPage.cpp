#include "ui/common/EntryPage.h"

#include "models/records/TextFields.h"
#include "ui/common/MessagePreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

EntryPage::EntryPage(DeskContext& context, const QString& prefix, const QString& formTitle, QWidget* parent)
    : DeskPage(context, parent)
    , m_prefix(prefix)
{
    m_form = new QGroupBox(formTitle, this);
    m_form->setObjectName(prefix + QStringLiteral("Form"));
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(prefix + QStringLiteral("Name"));
    m_name->setAccessibleName(tr("Customer name"));
    m_phone = new PhoneField(m_form);
    m_phone->setObjectName(prefix + QStringLiteral("Phone"));
    m_phone->lineEdit()->setObjectName(prefix + QStringLiteral("PhoneEdit"));
    m_phone->lineEdit()->setAccessibleName(tr("Customer phone"));
    m_phone->useDesk(context);
    m_fields = new QFormLayout;
    m_fields->addRow(tr("Customer &name:"), m_name);
    m_fields->addRow(tr("&Phone:"), m_phone);
    m_formWidgets = {m_name, m_phone};
}

void EntryPage::addField(const QString& label, QWidget* field)
{
    m_fields->addRow(label, field);
    m_formWidgets << field;
    m_ownFields << field;
}

QPushButton* EntryPage::addSaveButton(const QString& text, const QString& objectName, const QString& toolTip)
{
    m_language = new LanguageBox(m_form);
    m_language->setObjectName(m_prefix + QStringLiteral("Language"));
    m_save = new QPushButton(text, m_form);
    m_save->setObjectName(objectName);
    m_save->setToolTip(toolTip);
    m_status = new SaveStatus(m_form);
    m_status->setObjectName(m_prefix + QStringLiteral("Status"));
    m_formWidgets << m_language << m_save;

    m_fields->addRow(tr("&Language:"), m_language);
    form::setBuddies(m_fields);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_save);
    m_buttons->addStretch();
    m_formLayout = new QVBoxLayout(m_form);
    m_formLayout->addLayout(m_fields);
    m_formLayout->addLayout(m_buttons);
    m_formLayout->addWidget(m_status);
    return m_save;
}

void EntryPage::addFormButton(QPushButton* button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    m_formWidgets << button;
    m_formButtons << button;
}

void EntryPage::addPreviewBelowForm()
{
    auto* previewBox = new QGroupBox(tr("WhatsApp message that will go"), this);
    m_preview = new MessagePreview(previewBox);
    m_preview->setObjectName(m_prefix + QStringLiteral("Preview"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    m_left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(previewBox, 1);
}

void EntryPage::showFormPreview(EventType event, const QHash<QString, QString>& values)
{
    if (const QString none = m_phone->noMessageReason(); !none.isEmpty()) {
        m_preview->showNoMessage(tr("No WhatsApp message will go: %1.").arg(none));
        return;
    }
    m_preview->showPreview(m_context.previews.render(event, m_language->language(), m_name->text(), values));
}

QGroupBox* EntryPage::addList(const QString& title, QAbstractItemModel* model, Search search,
                              const QString& searchHint, const QString& searchName)
{
    m_listBox = new QGroupBox(title, this);
    m_search = new QLineEdit(m_listBox);
    m_search->setObjectName(m_prefix + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(m_listBox);
    if (search == Search::Database) {
        m_search->setPlaceholderText(searchHint);
        m_search->setAccessibleName(searchName);
        form::setUpList(m_table, model, m_prefix + QStringLiteral("List"), title);
        auto* searchDelay = new QTimer(this);
        searchDelay->setSingleShot(true);
        searchDelay->setInterval(250);
        connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
        connect(searchDelay, &QTimer::timeout, this, &EntryPage::refresh);
    } else {
        m_search->setPlaceholderText(tr("Search by name, phone, reference… (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search the list"));
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(model);
        m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_proxy->setFilterKeyColumn(-1);
        connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
        form::setUpList(m_table, m_proxy, m_prefix + QStringLiteral("List"), title);
    }
    return m_listBox;
}

QComboBox* EntryPage::addStatusFilter(const QString& label, const QString& accessibleName)
{
    m_filter = new QComboBox(m_listBox);
    m_filter->setObjectName(m_prefix + QStringLiteral("Filter"));
    m_filter->setAccessibleName(accessibleName);
    m_filter->addItem(tr("All"), QString());
    auto* filterLabel = new QLabel(label, m_listBox);
    filterLabel->setBuddy(m_filter);
    m_searchRow = new QHBoxLayout;
    m_searchRow->addWidget(filterLabel);
    m_searchRow->addWidget(m_filter);
    return m_filter;
}

QString EntryPage::filterValue() const
{
    return m_filter ? m_filter->currentData().toString() : QString();
}

int EntryPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy ? m_proxy->mapToSource(rows.first()).row() : rows.first().row();
}

void EntryPage::selectRow(const std::function<bool(int modelRow)>& matches)
{
    QAbstractItemModel* shown = m_table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (matches(m_proxy ? m_proxy->mapToSource(index).row() : row)) {
            m_table->selectRow(row);
            return;
        }
    }
}

void EntryPage::finishFrame(const QString& openToolTip, std::function<OpenedRecord()> opened,
                            QWidget* selectedPanel)
{
    auto* open = new QPushButton(tr("Open / correct…"), m_listBox);
    open->setObjectName(m_prefix + QStringLiteral("Open"));
    open->setToolTip(openToolTip);
    RecordDialog::connectOpen(this, m_context, m_table, open, std::move(opened));
    auto* listLayout = new QVBoxLayout(m_listBox);
    if (m_searchRow) {
        m_searchRow->addWidget(m_search, 1);
        m_searchRow->addWidget(open);
        listLayout->addLayout(m_searchRow);
        listLayout->addWidget(m_table, 1);
    } else {
        listLayout->addWidget(m_search);
        listLayout->addWidget(m_table, 1);
        listLayout->addWidget(open, 0, Qt::AlignLeft);
    }
    if (selectedPanel)
        listLayout->addWidget(selectedPanel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    if (m_left) {
        splitter->addWidget(m_left);
    } else {
        m_formLayout->addStretch();
        splitter->addWidget(m_form);
    }
    splitter->addWidget(m_listBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    form::keepOneLine(m_name, limits::kName);
    // Enter in a one-line field saves, as a receptionist expects; a text box keeps Enter for its lines.
    QList<QWidget*> enterSaves{m_name, m_phone->lineEdit()};
    QList<QWidget*> unsaved{m_name, m_phone};
    for (QWidget* field : std::as_const(m_ownFields)) {
        const bool textBox = qobject_cast<QPlainTextEdit*>(field) != nullptr;
        if (!textBox)
            enterSaves << field;
        if (textBox || qobject_cast<QLineEdit*>(field))
            unsaved << field;
    }
    enterSaves << m_language;
    form::enterPresses(enterSaves, m_save);
    addUnsavedFields(unsaved);

    QList<QWidget*> order{m_name, m_phone->lineEdit()};
    order << m_ownFields << m_language << m_save;
    for (QPushButton* button : std::as_const(m_formButtons))
        order << button;
    if (m_filter)
        order << m_filter;
    order << m_search << m_table;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setFocusProxy(m_name);

    connect(m_save, &QPushButton::clicked, this, &EntryPage::save);
    if (m_filter)
        connect(m_filter, &QComboBox::currentIndexChanged, this, &EntryPage::refresh);
    if (selectedPanel) {
        // The selection may be filtered out.
        connect(m_search, &QLineEdit::textChanged, this, &EntryPage::showSelected);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &EntryPage::showSelected);
    }
    if (m_preview) {
        connect(m_name, &QLineEdit::textChanged, this, &EntryPage::updatePreview);
        connect(m_phone, &PhoneField::changed, this, &EntryPage::updatePreview);
        connect(m_language, &QComboBox::currentIndexChanged, this, &EntryPage::updatePreview);
    }
}

void EntryPage::setFormEnabled(bool enabled)
{
    form::setEnabled(m_formWidgets, enabled);
}

bool EntryPage::startSave()
{
    if (m_saving)
        return false;
    cancelRetry();
    return form::checkCustomer(m_name, m_phone, m_status);
}

void EntryPage::clearForm()
{
    m_name->clear();
    m_phone->clear();
    clearFields();
    m_language->resetToDefault();       // the next customer is someone else
    actionDone(QStringLiteral("save")); // a new form fill, a new key
    m_name->setFocus();
}

void EntryPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace fd
