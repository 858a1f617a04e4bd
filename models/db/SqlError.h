#pragma once

#include "core/Result.h"
#include "db/ConnectionSpec.h"

#include <QSqlError>

namespace fd {

// Turns a driver error into an Error whose kind and sentence a user can act on.
// `what` says what was being done, e.g. "save the enquiry".
Error classifySqlError(const QSqlError& error, Dialect dialect, const QString& what);

} // namespace fd
