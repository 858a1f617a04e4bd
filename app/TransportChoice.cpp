#include "app/TransportChoice.h"

#include "automation/settings/SharedSettings.h"

#include <QObject>

namespace fd {

Result<TransportChoice> TransportChoice::load(Connection& connection, const QString& overrideTransport)
{
    TransportChoice choice;
    if (overrideTransport.isEmpty()) {
        auto shared = SharedSettings::load(connection);
        if (!shared)
            return shared.error();
        choice.transport = shared->transport;
    } else {
        choice.transport = overrideTransport;
    }
    if (!SharedSettings::transports().contains(choice.transport))
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("unknown transport \"%1\" (choose one of: %2)")
                .arg(choice.transport, SharedSettings::transports().join(QStringLiteral(", "))));
    if (choice.isCloudApi()) {
        auto cloud = CloudApiSettings::load(connection);
        if (!cloud)
            return cloud.error();
        choice.cloud = cloud.value();
    }
    return choice;
}

} // namespace fd
