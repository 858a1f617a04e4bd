#include "ui/common/DeskPage.h"

#include "automation/events/DeskActions.h"
#include "models/db/DatabaseWorker.h"
#include "ui/common/DeskContext.h"

#include <QLineEdit>
#include <QPlainTextEdit>

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

bool DeskPage::hasUnsavedInput() const
{
    for (QWidget* field : m_unsavedFields) {
        if (auto* text = qobject_cast<QPlainTextEdit*>(field);
            text && !text->toPlainText().trimmed().isEmpty())
            return true;
        QList<QLineEdit*> lines = field->findChildren<QLineEdit*>();
        if (auto* line = qobject_cast<QLineEdit*>(field))
            lines.prepend(line);
        for (QLineEdit* line : lines) {
            if (!line->text().trimmed().isEmpty())
                return true;
        }
    }
    return false;
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
