#pragma once

#include "app/DatabaseChoice.h"

#include <QTextStream>
#include <optional>

namespace fd {

// `frontdesk migrate [--to VERSION]`: brings the schema up to date (or up to VERSION) and prints the version.
int runMigrate(const DatabaseChoice& choice, QTextStream& out, QTextStream& err,
               std::optional<int> targetVersion = std::nullopt);
// The value of --to: a schema version number, or a clear error.
Result<std::optional<int>> parseTargetVersion(const QString& text);

// `frontdesk check`: is the database reachable, which schema version, what is missing.
int runCheck(const DatabaseChoice& choice, QTextStream& out, QTextStream& err);

} // namespace fd
