#include "records/ServiceRequest.h"

namespace fd {

QString ServiceRequest::statusName(Status status)
{
    switch (status) {
    case Status::Open: return QStringLiteral("OPEN");
    case Status::Assigned: return QStringLiteral("ASSIGNED");
    case Status::Completed: return QStringLiteral("COMPLETED");
    case Status::Cancelled: return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("OPEN");
}

bool ServiceRequest::statusFromName(const QString& name, Status& status)
{
    for (Status s : {Status::Open, Status::Assigned, Status::Completed, Status::Cancelled}) {
        if (statusName(s) == name) {
            status = s;
            return true;
        }
    }
    return false;
}

} // namespace fd
