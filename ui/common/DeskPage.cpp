#include "ui/common/DeskPage.h"

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

} // namespace fd
