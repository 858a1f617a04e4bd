#include "models/logmodel/OptedOutCustomers.h"

#include "models/repositories/CustomerRepository.h"
#include "models/repositories/Row.h"

namespace fd {

Result<QList<OptedOutCustomer>> listOptedOutCustomers(Connection& connection)
{
    auto query =
        connection.exec(QStringLiteral("SELECT phone, name, opted_out_at FROM customers WHERE opted_out = ? "
                                       "ORDER BY lower(name), phone"),
                        {true}, QObject::tr("read the opted-out customers"));
    if (!query)
        return query.error();
    return readAll<OptedOutCustomer>(query.value(), [](const Row& row) {
        return OptedOutCustomer{row.text("phone"), row.text("name"), row.time("opted_out_at")};
    });
}

} // namespace fd
