#include "logmodel/OptedOutCustomers.h"

#include "repositories/CustomerRepository.h"
#include "repositories/Row.h"

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

Result<int> optOutCustomers(Connection& connection, const QList<OptOutRequest>& requests)
{
    const QString what = QObject::tr("opt the customers out");
    Transaction transaction(connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun.error();
    CustomerRepository customers(connection);
    for (const OptOutRequest& request : requests) {
        if (auto done = customers.setOptedOut(request.phone, true, request.name); !done)
            return done.error();
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed.error();
    return int(requests.size());
}

} // namespace fd
