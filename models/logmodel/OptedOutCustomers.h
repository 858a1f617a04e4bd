#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QDateTime>
#include <QList>

namespace fd {

// The customers who asked for no WhatsApp messages, for the settings screen. (Opting in or out is
// CustomerRepository::setOptedOut, and AdminActions for the settings screen.)
struct OptedOutCustomer
{
    QString phone; // E.164
    QString name;
    QDateTime since;
};

Result<QList<OptedOutCustomer>> listOptedOutCustomers(Connection& connection);

} // namespace fd
