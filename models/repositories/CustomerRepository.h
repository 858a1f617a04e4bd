#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

namespace fd {

struct CustomerRef
{
    qint64 id = 0;
    bool optedOut = false;
};

// Customers, keyed by their E.164 phone.
class CustomerRepository
{
public:
    explicit CustomerRepository(Connection& connection)
        : m_connection(connection)
    {}

    // Creates the customer or refreshes name and language; returns its id and opt-out state.
    Result<CustomerRef> upsert(const QString& name, const QString& phone, const QString& language);
    // Opted out of WhatsApp messages (or back in).
    Result<void> setOptedOut(const QString& phone, bool optedOut, const QString& nameIfNew);
    Result<bool> isOptedOut(const QString& phone);

private:
    Connection& m_connection;
};

} // namespace fd
