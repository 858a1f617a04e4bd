#include "automation/events/AdminActions.h"

#include "models/repositories/CustomerRepository.h"
#include "models/repositories/SettingsRepository.h"

namespace fd {

AdminActions::AdminActions(Connection& connection)
    : m_connection(connection)
{}

Result<void> AdminActions::saveSettings(const SharedSettings& settings, const QString& by)
{
    return inTransaction(m_connection, QObject::tr("save the settings"),
                         [&] { return settings.save(m_connection, by); });
}

Result<void> AdminActions::saveTransport(const QString& transport, const CloudApiSettings& cloud,
                                         const QString& by)
{
    return inTransaction(m_connection, QObject::tr("save how messages are sent"), [&]() -> Result<void> {
        if (auto done = SettingsRepository(m_connection)
                            .setValue(QLatin1String(SharedSettings::kTransport), transport, by);
            !done)
            return done;
        if (transport == QLatin1String("cloud-api"))
            return cloud.save(m_connection, by);
        return {};
    });
}

Result<int> AdminActions::optOut(const QList<OptOutRequest>& requests)
{
    return inTransaction(m_connection, QObject::tr("opt the customers out"), [&]() -> Result<int> {
        CustomerRepository customers(m_connection);
        for (const OptOutRequest& request : requests) {
            if (auto done = customers.setOptedOut(request.phone, true, request.name); !done)
                return done.error();
        }
        return int(requests.size());
    });
}

Result<int> AdminActions::optIn(const QStringList& phones)
{
    return inTransaction(m_connection, QObject::tr("opt the customers in"), [&]() -> Result<int> {
        CustomerRepository customers(m_connection);
        for (const QString& phone : phones) {
            if (auto done = customers.setOptedOut(phone, false, {}); !done)
                return done.error();
        }
        return int(phones.size());
    });
}

} // namespace fd
