#include "ui/common/DeskPage.h"

#include "automation/events/DeskActions.h"
#include "models/db/DatabaseWorker.h"
#include "ui/common/DeskContext.h"

namespace fd {

DeskPage::DeskPage(DeskContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    connect(&m_context.database, &DatabaseWorker::availabilityChanged, this,
            [this](bool available, const QString&) {
                if (!available)
                    return;
                refresh();
                if (m_retryPending) {
                    m_retryPending = false;
                    save();
                }
            });
}

void DeskPage::retryWhenDatabaseIsBack(const Error& error)
{
    m_retryPending = error.kind == Error::Kind::Unavailable;
}

QString DeskPage::actionKey(const QString& action)
{
    QString& key = m_actionKeys[action];
    if (key.isEmpty())
        key = DeskActions::newActionKey();
    return key;
}

} // namespace fd
