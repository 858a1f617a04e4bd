#pragma once

#include "models/records/Delivery.h"
#include "models/records/ServiceRequest.h"

#include <QString>

namespace fd {

// What a receptionist reads for a record's status, in the desk's language. The database keeps its codes
// (Delivery::statusName, "REATTEMPT"); lists, filters and messages on screen show these words instead.
QString statusText(Delivery::Status status);
QString statusText(ServiceRequest::Status status);

} // namespace fd
