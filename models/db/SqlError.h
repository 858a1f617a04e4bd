#pragma once

#include "models/core/Result.h"
#include "models/db/ConnectionSpec.h"

#include <QSqlError>

namespace fd {

// Turns a driver error into an Error whose kind and sentence a user can act on.
// `what` says what was being done, e.g. "save the enquiry".
Error classifySqlError(const QSqlError& error, Dialect dialect, const QString& what);

// An SQLite file (or its folder, or its disk) that refuses writes, and a full disk: what happened and what to
// do.
Error sqliteReadOnlyError(const QString& what, const QString& detail = {});
Error sqliteDiskFullError(const QString& what, const QString& detail = {});

} // namespace fd
