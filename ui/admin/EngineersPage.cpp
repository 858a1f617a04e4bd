#include "ui/admin/EngineersPage.h"

#include "automation/phone/PhonePolicy.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/TextFields.h"
#include "ui/common/DeskContext.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/SaveStatus.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace fd {

EngineersPage::EngineersPage(DeskContext& context, QWidget* parent)
    : DeskPage(context, parent)
{
    setObjectName(QStringLiteral("engineersPage"));

    auto* form = new QGroupBox(tr("Add an engineer"), this);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("engineerName"));
    m_name->setAccessibleName(tr("Engineer's name"));
    m_phone = new QLineEdit(form);
    m_phone->setObjectName(QStringLiteral("engineerPhone"));
    m_phone->setAccessibleName(tr("Engineer's mobile (staff, never messaged)"));
    m_add = new QPushButton(tr("&Add engineer"), form);
    m_add->setObjectName(QStringLiteral("engineerAdd"));
    m_status = new SaveStatus(form);
    m_status->setObjectName(QStringLiteral("engineerStatus"));
    auto* fields = new QFormLayout(form);
    auto* nameLabel = new QLabel(tr("&Name:"), form);
    nameLabel->setBuddy(m_name);
    auto* phoneLabel = new QLabel(tr("&Mobile:"), form);
    phoneLabel->setBuddy(m_phone);
    fields->addRow(nameLabel, m_name);
    fields->addRow(phoneLabel, m_phone);
    fields->addRow(m_add);
    fields->addRow(m_status);
    fields->addRow(
        new QLabel(tr("Engineers' phones are staff phones: WhatsApp messages never go to them."), form));

    auto* listBox = new QGroupBox(tr("Engineers"), this);
    m_model = new RecordTableModel<Engineer>({{tr("Name"), [](const Engineer& e) { return e.name; }},
                                              {tr("Mobile"), [](const Engineer& e) { return e.phone; }}},
                                             this);
    m_table = new QTableView(listBox);
    form::setUpList(m_table, m_model, QStringLiteral("engineerList"), tr("Engineers"));
    auto* listLayout = new QHBoxLayout(listBox);
    listLayout->addWidget(m_table);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(form, 2);
    layout->addWidget(listBox, 3);
    form::keepOneLine(m_name, limits::kName);
    form::keepOneLine(m_phone, limits::kTypedPhone);
    setFocusProxy(m_name);

    connect(m_add, &QPushButton::clicked, this, &EngineersPage::save);
    form::enterPresses({m_name, m_phone}, m_add);
    refresh();
}

void EngineersPage::save()
{
    if (m_saving)
        return;
    const QString name = m_name->text().trimmed();
    const QString typed = m_phone->text().trimmed();
    if (name.isEmpty()) {
        m_status->showNotSaved(Error::make(Error::Kind::InvalidInput, tr("Enter the engineer's name.")));
        m_name->setFocus();
        return;
    }
    // Stored in E.164 like every phone, so the staff check recognises it however it is typed later.
    QString phone;
    if (!typed.isEmpty()) {
        const PhoneCheck check = PhonePolicy(m_context.previews.allowedRegions()).check(typed);
        if (check.verdict == PhoneCheck::Verdict::Invalid) {
            m_status->showNotSaved(Error::make(Error::Kind::InvalidInput, check.reason));
            m_phone->setFocus();
            return;
        }
        phone = check.e164;
    }
    m_saving = true;
    m_add->setEnabled(false);
    m_status->showSaving();
    m_context.database.run(
        this, [name, phone](Connection& c) { return EngineerRepository(c).add(name, phone); },
        [this, name](const Result<qint64>& added) {
            m_saving = false;
            m_add->setEnabled(true);
            if (!added) {
                m_status->showNotSaved(added.error());
                return;
            }
            m_status->showInfo(tr("%1 can now be assigned to service requests.").arg(name));
            m_name->clear();
            m_phone->clear();
            m_name->setFocus();
            refresh();
            emit engineerAdded(name);
        });
}

void EngineersPage::startNew()
{
    m_name->clear();
    m_phone->clear();
    m_status->clear();
    m_name->setFocus();
}

void EngineersPage::focusSearch()
{
    m_table->setFocus();
}

void EngineersPage::refresh()
{
    m_context.database.run(
        this, [](Connection& c) { return EngineerRepository(c).listActive(); },
        [this](const Result<QList<Engineer>>& engineers) {
            if (engineers) {
                m_model->setRecords(engineers.value());
                m_table->resizeColumnsToContents();
            }
        });
}

} // namespace fd
