#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QStringList>

namespace fd {

// The tables and columns FrontDesk relies on, the seed's among them. `frontdesk check` compares a database
// against this list and names what is missing.
struct SchemaContract
{
    struct Table
    {
        QString name;
        QStringList columns;
    };
    static const QList<Table>& tables();

    // "table x", "column x.y" for each required object that the database lacks.
    static Result<QStringList> missingObjects(Connection& connection);
};

} // namespace fd
