#pragma once

#include "models/core/Result.h"
#include "models/db/ConnectionSpec.h"

namespace fd {

// Which database this run uses, and why: --database, then FRONTDESK_DATABASE_URL, then the desk's
// settings, then the SQLite file in the user's application-data folder.
struct DatabaseChoice
{
    ConnectionSpec spec;
    QString source; // "--database", "FRONTDESK_DATABASE_URL", "desk settings", "default"

    static Result<DatabaseChoice> resolve(const QString& commandLineUrl);
};

} // namespace fd
