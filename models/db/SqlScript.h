#pragma once

#include <QStringList>

namespace fd {

// Splits an SQL script into statements at top-level semicolons. Understands -- and /* */ comments,
// '...' strings, "..." identifiers, PostgreSQL $tag$ bodies, and SQLite CREATE TRIGGER ... END blocks.
// QtSql executes one statement per call, so migrations go through this.
QStringList splitSqlScript(const QString& script);

} // namespace fd
