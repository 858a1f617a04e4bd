#pragma once

#include "automation/cloudapi/CloudApiSettings.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

namespace fd {

// Which transport a sender station uses, read from the shared settings in one database call: the desk's
// own station and the headless `frontdesk dispatch` decide the same way.
struct TransportChoice
{
    QString transport;      // "whatsapp-web" or "cloud-api" (SharedSettings::transports())
    CloudApiSettings cloud; // loaded only for "cloud-api"

    bool isCloudApi() const { return transport == QLatin1String("cloud-api"); }

    // `overrideTransport` (e.g. from the command line) wins over the shared setting when not empty.
    static Result<TransportChoice> load(Connection& connection, const QString& overrideTransport = {});
};

} // namespace fd
