#pragma once

#include "core/Result.h"
#include "db/Connection.h"

#include <QDateTime>
#include <QList>

namespace fd {

// The customers who asked for no WhatsApp messages, for the settings screen. (Opting one in or out is
// CustomerRepository::setOptedOut; this adds the list and a whole import in one transaction.)
struct OptedOutCustomer
{
    QString phone; // E.164
    QString name;
    QDateTime since;
};

struct OptOutRequest
{
    QString phone; // E.164
    QString name;  // for a customer not known yet
};

Result<QList<OptedOutCustomer>> listOptedOutCustomers(Connection& connection);
// All or nothing; returns how many were opted out.
Result<int> optOutCustomers(Connection& connection, const QList<OptOutRequest>& requests);

} // namespace fd
