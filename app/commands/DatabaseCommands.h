#pragma once

#include "DatabaseChoice.h"

#include <QTextStream>

namespace fd {

// `frontdesk migrate`: brings the schema up to date and prints the version.
int runMigrate(const DatabaseChoice& choice, QTextStream& out, QTextStream& err);

// `frontdesk check`: is the database reachable, which schema version, what is missing.
int runCheck(const DatabaseChoice& choice, QTextStream& out, QTextStream& err);

} // namespace fd
