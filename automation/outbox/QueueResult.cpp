#include "automation/outbox/QueueResult.h"

#include <QObject>

namespace fd {

QString QueueResult::describe() const
{
    switch (outcome) {
    case Outcome::Queued:
        return QObject::tr("WhatsApp message queued.");
    case Outcome::Skipped:
        return QObject::tr("WhatsApp message not sent: %1.").arg(reason);
    case Outcome::StaffNumber:
        return QObject::tr("WhatsApp message not sent: staff number.");
    case Outcome::AlreadySent:
        return QObject::tr("Saved. The customer already had this WhatsApp message, so none was sent again.");
    case Outcome::TemplateError:
        return QObject::tr("WhatsApp message could not be prepared: %1.").arg(reason);
    }
    return {};
}

} // namespace fd
