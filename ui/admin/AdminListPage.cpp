#include "ui/admin/AdminListPage.h"

#include "ui/common/FormHelpers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

AdminListPage::AdminListPage(DeskContext& context, const QString& prefix, const QString& formTitle,
                             QWidget* parent)
    : DeskPage(context, parent)
    , m_prefix(prefix)
{
    m_form = new QGroupBox(formTitle, this);
    m_fields = new QFormLayout(m_form);
}

void AdminListPage::addField(const QString& label, QWidget* field)
{
    QWidget* focus = field->focusProxy() ? field->focusProxy() : field;
    auto* buddyLabel = new QLabel(label, m_form);
    buddyLabel->setBuddy(focus);
    m_fields->addRow(buddyLabel, field);
    m_enterAdds << focus;
    if (!m_first)
        m_first = field;
}

void AdminListPage::addMobileField(QWidget* field)
{
    addField(tr("&Mobile:"), field);
}

void AdminListPage::addRow(QWidget* widget)
{
    m_fields->addRow(QString(), widget);
}

QPushButton* AdminListPage::addAddButton(const QString& text)
{
    m_add = new QPushButton(text, m_form);
    m_add->setObjectName(m_prefix + QStringLiteral("Add"));
    m_status = new SaveStatus(m_form);
    m_status->setObjectName(m_prefix + QStringLiteral("Status"));
    m_fields->addRow(m_add);
    m_fields->addRow(m_status);
    return m_add;
}

void AdminListPage::addNote(const QString& text)
{
    m_fields->addRow(new QLabel(text, m_form));
}

QGroupBox* AdminListPage::addList(const QString& title, QAbstractItemModel* model,
                                  const QString& accessibleName)
{
    m_listBox = new QGroupBox(title, this);
    m_table = new QTableView(m_listBox);
    form::setUpList(m_table, model, m_prefix + QStringLiteral("List"), accessibleName);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdminListPage::showSelected);
    m_listLayout = new QVBoxLayout(m_listBox);
    m_listLayout->addWidget(m_table);
    return m_listBox;
}

int AdminListPage::currentRow() const
{
    return m_table->currentIndex().row();
}

void AdminListPage::showList(const std::function<bool(int row)>& keep)
{
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        if (keep(row))
            m_table->selectRow(row);
    }
    showSelected();
}

void AdminListPage::finishFrame()
{
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_form, 2);
    layout->addWidget(m_listBox, 3);
    form::enterPresses(m_enterAdds, m_add);
    setFocusProxy(m_first);
    connect(m_add, &QPushButton::clicked, this, &AdminListPage::save);
    showSelected();
}

void AdminListPage::setAdding(bool adding)
{
    m_saving = adding;
    m_add->setEnabled(!adding);
}

void AdminListPage::startNew()
{
    clearFields();
    m_status->clear();
    m_first->setFocus();
}

void AdminListPage::focusSearch()
{
    m_table->setFocus();
}

} // namespace fd
