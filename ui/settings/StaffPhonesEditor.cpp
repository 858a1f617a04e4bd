#include "ui/settings/StaffPhonesEditor.h"

#include "automation/phone/PhonePolicy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

StaffPhonesEditor::StaffPhonesEditor(QWidget* parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("staffPhones"));
    m_list->setAccessibleName(tr("Staff phones"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("staffPhoneInput"));
    m_phone->setAccessibleName(tr("Staff phone to add"));
    m_phone->setPlaceholderText(tr("Phone"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("staffPhoneAdd"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("staffPhoneRemove"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("staffPhoneProblem"));
    m_problem->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_phone, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Staff phones never get a message. Users' and engineers' own phones are "
                                    "recognised without being listed here."),
                                 this));
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    m_problem->setVisible(false);

    connect(add, &QPushButton::clicked, this, &StaffPhonesEditor::addTyped);
    connect(m_phone, &QLineEdit::returnPressed, this, &StaffPhonesEditor::addTyped);
    connect(remove, &QPushButton::clicked, this, &StaffPhonesEditor::removeSelected);
}

void StaffPhonesEditor::setPhones(const QStringList& phones)
{
    m_list->clear();
    m_list->addItems(phones);
}

QStringList StaffPhonesEditor::phones() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        out << m_list->item(row)->text();
    return out;
}

bool StaffPhonesEditor::addTyped()
{
    const QString typed = m_phone->text().trimmed();
    const QString e164 = PhonePolicy(m_regions).normalize(typed);
    if (e164.isEmpty()) {
        m_problem->setText(tr("\"%1\" is not a phone number.").arg(typed));
        m_problem->setVisible(true);
        m_phone->setFocus();
        return false;
    }
    m_problem->setVisible(false);
    if (!phones().contains(e164))
        m_list->addItem(e164);
    m_phone->clear();
    return true;
}

void StaffPhonesEditor::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
}

} // namespace fd
