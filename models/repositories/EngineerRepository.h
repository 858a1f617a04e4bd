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

    Result<QList<Engineer>> listActive();
    Result<qint64> add(const QString& name, const QString& phone);

private:
    Connection& m_connection;
};

} // namespace fd
