#include "ui/admin/EngineersPage.h"

#include "automation/phone/PhonePolicy.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/TextFields.h"
#include "ui/common/DeskContext.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/SaveStatus.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

EngineersPage::EngineersPage(DeskContext& context, QWidget* parent)
    : AdminListPage(context, QStringLiteral("engineer"), tr("Add an engineer"), parent)
{
    setObjectName(QStringLiteral("engineersPage"));

    m_name = new QLineEdit(formBox());
    m_name->setObjectName(QStringLiteral("engineerName"));
    m_name->setAccessibleName(tr("Engineer's name"));
    m_phone = new QLineEdit(formBox());
    m_phone->setObjectName(QStringLiteral("engineerPhone"));
    m_phone->setAccessibleName(tr("Engineer's mobile (staff, never messaged)"));
    addField(tr("&Name:"), m_name);
    addMobileField(m_phone);
    addAddButton(tr("&Add engineer"));
    addNote(tr("Engineers' phones are staff phones: WhatsApp messages never go to them."));

    m_model = new RecordTableModel<Engineer>(
        {nameColumn<Engineer>(),
         {tr("Mobile"), [](const Engineer& e) { return e.phone; }},
         {tr("Status"), [](const Engineer& e) { return e.active ? tr("Active") : tr("Retired"); }}},
        this);
    QGroupBox* listBox = addList(tr("Engineers"), m_model, tr("Engineers"));
    m_newName = new QLineEdit(listBox);
    m_newName->setObjectName(QStringLiteral("engineerNewName"));
    m_newName->setAccessibleName(tr("The selected engineer's name"));
    auto* newNameLabel = new QLabel(tr("Nam&e:"), listBox);
    newNameLabel->setBuddy(m_newName);
    m_rename = new QPushButton(tr("&Rename"), listBox);
    m_rename->setObjectName(QStringLiteral("engineerRename"));
    m_retire = new QPushButton(tr("Re&tire"), listBox);
    m_retire->setObjectName(QStringLiteral("engineerRetire"));
    m_changeStatus = new SaveStatus(listBox);
    m_changeStatus->setObjectName(QStringLiteral("engineerChangeStatus"));
    auto* changeRow = new QHBoxLayout;
    changeRow->addWidget(newNameLabel);
    changeRow->addWidget(m_newName, 1);
    changeRow->addWidget(m_rename);
    changeRow->addWidget(m_retire);
    // The table takes the height the rename row and the notes leave.
    listLayout()->setStretchFactor(list(), 1);
    listLayout()->addLayout(changeRow);
    listLayout()->addWidget(m_changeStatus);
    auto* retiredNote = new QLabel(tr("A retired engineer is no longer offered for new assignments; their "
                                      "service requests keep their name."),
                                   listBox);
    retiredNote->setWordWrap(true);
    listLayout()->addWidget(retiredNote);

    finishFrame();
    form::keepOneLine(m_name, limits::kName);
    form::keepOneLine(m_phone, limits::kTypedPhone);
    form::keepOneLine(m_newName, limits::kName);
    connect(m_rename, &QPushButton::clicked, this, &EngineersPage::rename);
    connect(m_retire, &QPushButton::clicked, this, &EngineersPage::toggleRetired);
    form::enterPresses({m_newName}, m_rename);
    refresh();
}

const Engineer* EngineersPage::selected() const
{
    return m_model->recordAt(currentRow());
}

void EngineersPage::showSelected()
{
    const Engineer* engineer = selected();
    m_newName->setText(engineer ? engineer->name : QString());
    m_retire->setText(engineer && !engineer->active ? tr("&Bring back") : tr("Re&tire"));
    form::setEnabled({m_newName, m_rename, m_retire}, engineer != nullptr && !m_saving);
}

void EngineersPage::rename()
{
    const Engineer* engineer = selected();
    if (!engineer || m_saving)
        return;
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        m_changeStatus->showNotSaved(
            Error::make(Error::Kind::InvalidInput, tr("Enter the engineer's name.")));
        m_newName->setFocus();
        return;
    }
    const qint64 id = engineer->id;
    change([id, name](Connection& c) { return EngineerRepository(c).rename(id, name); },
           tr("Renamed to %1. Requests assigned before keep the name they were assigned with.").arg(name));
}

void EngineersPage::toggleRetired()
{
    const Engineer* engineer = selected();
    if (!engineer || m_saving)
        return;
    const qint64 id = engineer->id;
    const bool active = !engineer->active;
    change([id, active](Connection& c) { return EngineerRepository(c).setActive(id, active); },
           active ? tr("%1 can be assigned to service requests again.").arg(engineer->name)
                  : tr("%1 is retired: no longer offered for new assignments.").arg(engineer->name));
}

void EngineersPage::change(std::function<Result<void>(Connection&)> job, const QString& done)
{
    const qint64 id = selected() ? selected()->id : 0;
    m_saving = true;
    form::setEnabled({m_newName, m_rename, m_retire}, false);
    m_changeStatus->showSaving();
    m_context.database.run(this, std::move(job), [this, id, done](const Result<void>& changed) {
        m_saving = false;
        if (!changed) {
            form::showFailure(m_changeStatus, changed.error());
            showSelected();
            return;
        }
        m_changeStatus->showInfo(done);
        reload(id);
    });
}

void EngineersPage::save()
{
    if (m_saving)
        return;
    const QString name = m_name->text().trimmed();
    const QString typed = m_phone->text().trimmed();
    if (name.isEmpty()) {
        saveStatus()->showNotSaved(Error::make(Error::Kind::InvalidInput, tr("Enter the engineer's name.")));
        m_name->setFocus();
        return;
    }
    // Stored in E.164 like every phone, so the staff check recognises it however it is typed later.
    QString phone;
    if (!typed.isEmpty()) {
        const PhoneCheck check = PhonePolicy(m_context.previews.allowedRegions()).check(typed);
        if (check.verdict == PhoneCheck::Verdict::Invalid) {
            saveStatus()->showNotSaved(Error::make(Error::Kind::InvalidInput, check.reason));
            m_phone->setFocus();
            return;
        }
        phone = check.e164;
    }
    runAdd<qint64>([name, phone](Connection& c) { return EngineerRepository(c).add(name, phone); },
                   [this, name](const qint64&) {
                       saveStatus()->showInfo(tr("%1 can now be assigned to service requests.").arg(name));
                       clearFields();
                       m_name->setFocus();
                       emit engineerAdded(name);
                   });
}

void EngineersPage::clearFields()
{
    m_name->clear();
    m_phone->clear();
}

void EngineersPage::refresh()
{
    reload(selected() ? selected()->id : 0);
}

void EngineersPage::reload(qint64 keepSelected)
{
    m_context.database.run(
        this, [](Connection& c) { return EngineerRepository(c).listAll(); },
        [this, keepSelected](const Result<QList<Engineer>>& engineers) {
            if (!engineers)
                return;
            showRecords(m_model, engineers.value(),
                        [keepSelected](const Engineer& e) { return e.id == keepSelected; });
        });
}

} // namespace fd
