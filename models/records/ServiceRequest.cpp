#include "models/records/ServiceRequest.h"

#include "models/records/StatusNames.h"

namespace fd {
namespace {

constexpr StatusName<ServiceRequest::Status> kNames[] = {{ServiceRequest::Status::Open, "OPEN"},
                                                         {ServiceRequest::Status::Assigned, "ASSIGNED"},
                                                         {ServiceRequest::Status::Completed, "COMPLETED"},
                                                         {ServiceRequest::Status::Cancelled, "CANCELLED"}};

} // namespace

QString ServiceRequest::statusName(Status status)
{
    return statusNameIn(kNames, status);
}

bool ServiceRequest::statusFromName(const QString& name, Status& status)
{
    return statusFromNameIn(kNames, name, status);
}

} // namespace fd
