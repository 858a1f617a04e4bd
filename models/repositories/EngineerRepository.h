#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QList>

namespace fd {

struct Engineer
{
    qint64 id = 0;
    QString name;
    QString phone; // a staff phone: never messaged
    bool active = true;
};

// Field engineers (table `engineers`): service requests are assigned to them.
class EngineerRepository
{
public:
    explicit EngineerRepository(Connection& connection)
        : m_connection(connection)
    {}

    // The engineers a request can be assigned to now.
    Result<QList<Engineer>> listActive();
    // Everyone, retired ones too (the admin's list): active first, then by name.
    Result<QList<Engineer>> listAll();
    Result<qint64> add(const QString& name, const QString& phone);
    // A new name for new assignments. Requests assigned before keep the name they were assigned (and their
    // customer was told) with.
    Result<void> rename(qint64 id, const QString& name);
    // A retired engineer is no longer offered for assignments; requests assigned to them keep their name,
    // and their phone stays a staff phone. `active` true brings them back.
    Result<void> setActive(qint64 id, bool active);

private:
    Connection& m_connection;
};

} // namespace fd
