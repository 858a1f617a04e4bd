#include "records/Delivery.h"

namespace fd {

QString Delivery::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return QStringLiteral("PENDING");
    case Status::Delivered: return QStringLiteral("DELIVERED");
    case Status::Failed: return QStringLiteral("FAILED");
    case Status::Reattempt: return QStringLiteral("REATTEMPT");
    }
    return QStringLiteral("PENDING");
}

bool Delivery::statusFromName(const QString& name, Status& status)
{
    for (Status s : {Status::Pending, Status::Delivered, Status::Failed, Status::Reattempt}) {
        if (statusName(s) == name) {
            status = s;
            return true;
        }
    }
    return false;
}

} // namespace fd
