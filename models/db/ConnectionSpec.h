#pragma once

#include "models/core/Result.h"

#include <QString>

namespace fd {

enum class Dialect { Sqlite, Postgres };

// Where the data lives, parsed from a URL:
//   sqlite:PATH                     a file (created when missing); sqlite::memory: for a scratch database
//   postgresql://user@host:port/dbname?sslmode=require&connect_timeout=5
// The password may be given in the URL (command line only) or through PGPASSWORD; it is never written back
// by toUrl() unless asked, so a stored URL carries no secret.
struct ConnectionSpec
{
    Dialect dialect = Dialect::Sqlite;

    QString sqlitePath; // absolute path, or ":memory:"

    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString sslMode;               // empty: libpq's default
    int connectTimeoutSeconds = 5; // an unreachable server fails fast instead of hanging the desk
    QString applicationName = QStringLiteral("frontdesk");

    static Result<ConnectionSpec> parse(const QString& url);
    static ConnectionSpec sqliteFile(const QString& path);

    QString toUrl() const;       // without the password
    QString displayName() const; // for the status bar: "SQLite /path" or "PostgreSQL db on host:5432"
    bool isInMemory() const { return dialect == Dialect::Sqlite && sqlitePath == QLatin1String(":memory:"); }
};

QString dialectName(Dialect dialect);

} // namespace fd
