#include "models/records/Delivery.h"

#include "models/records/StatusNames.h"

namespace fd {
namespace {

constexpr StatusName<Delivery::Status> kNames[] = {{Delivery::Status::Pending, "PENDING"},
                                                   {Delivery::Status::Delivered, "DELIVERED"},
                                                   {Delivery::Status::Failed, "FAILED"},
                                                   {Delivery::Status::Reattempt, "REATTEMPT"}};

} // namespace

QString Delivery::statusName(Status status)
{
    return statusNameIn(kNames, status);
}

bool Delivery::statusFromName(const QString& name, Status& status)
{
    return statusFromNameIn(kNames, name, status);
}

} // namespace fd
