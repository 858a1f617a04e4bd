#pragma once

#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/settings/SharedSettings.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QList>
#include <QStringList>

namespace fd {

struct OptOutRequest
{
    QString phone; // E.164
    QString name;  // for a customer not known yet
};

// What an admin changes on the settings screens, each write all or nothing, as DeskActions is for the
// desk: the screens gather and show, these write. Run on the database worker's thread.
class AdminActions
{
public:
    explicit AdminActions(Connection& connection);

    // Every shared setting or none: a half-saved pacing would be worse than the old one.
    Result<void> saveSettings(const SharedSettings& settings, const QString& by);
    // How messages are sent, with the Cloud API's settings when it is the choice.
    Result<void> saveTransport(const QString& transport, const CloudApiSettings& cloud, const QString& by);
    // Returns how many customers were opted out (an import) or in again.
    Result<int> optOut(const QList<OptOutRequest>& requests);
    Result<int> optIn(const QStringList& phones);

private:
    Connection& m_connection;
};

} // namespace fd
