#include "models/db/SqlError.h"

#include <QObject>

namespace fd {
namespace {

bool has(const QString& text, const char* needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

Error classifyPostgres(const QSqlError& error, const QString& what, const QString& detail)
{
    using K = Error::Kind;
    const QString code = error.nativeErrorCode(); // SQLSTATE when the server answered
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    // A disabled FrontDesk user's role is NOLOGIN: the server says so only after the right password.
    if (has(text, "is not permitted to log in"))
        return Error::make(K::PermissionDenied,
                           QObject::tr("This user is disabled. Ask an administrator to enable it again."),
                           detail);
    if (code == QLatin1String("28P01") || code == QLatin1String("28000") ||
        has(text, "password authentication failed") || has(text, "no password supplied") ||
        has(text, "authentication failed"))
        return Error::make(K::Authentication,
                           QObject::tr("The PostgreSQL server refused the user name or password."), detail);
    if (code == QLatin1String("3D000") || (has(text, "database \"") && has(text, "does not exist")))
        return Error::make(K::NotFound, QObject::tr("The PostgreSQL database does not exist on that server."),
                           detail);
    if (code == QLatin1String("42501"))
        return Error::make(K::PermissionDenied, QObject::tr("Your database role may not %1.").arg(what),
                           detail);
    if (code == QLatin1String("23505"))
        return Error::make(K::Conflict, QObject::tr("Could not %1: the record already exists.").arg(what),
                           detail);
    if (code == QLatin1String("25006"))
        return Error::make(K::ReadOnly, QObject::tr("Could not %1: the database is read-only.").arg(what),
                           detail);
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P03") || has(text, "could not connect") || has(text, "connection refused") ||
        has(text, "timeout expired") || has(text, "server closed the connection") ||
        has(text, "no connection to the server") || has(text, "could not translate host name") ||
        has(text, "terminating connection") || has(text, "connection to server") ||
        has(text, "Unable to connect"))
        return Error::make(
            K::Unavailable,
            QObject::tr("The PostgreSQL server cannot be reached, so FrontDesk could not %1.").arg(what),
            detail);
    return Error::make(K::Internal, QObject::tr("Could not %1: %2").arg(what, error.databaseText().trimmed()),
                       detail);
}

} // namespace

// Both say what to do: nothing was written, so the same action works once the disk allows it.
Error sqliteReadOnlyError(const QString& what, const QString& detail)
{
    return Error::make(
        Error::Kind::ReadOnly,
        QObject::tr("Could not %1: the database file cannot be written (the file, its folder or its "
                    "disk is read-only). Nothing was changed. Make it writable again (or ask whoever "
                    "looks after this computer), then try again.")
            .arg(what),
        detail);
}

Error sqliteDiskFullError(const QString& what, const QString& detail)
{
    return Error::make(
        Error::Kind::ReadOnly, // a full disk refuses writes too
        QObject::tr("Could not %1: the disk that holds the database is full. Nothing was changed. "
                    "Free some space on it (delete or move files that are no longer needed), then "
                    "try again.")
            .arg(what),
        detail);
}

namespace {

Error classifySqlite(const QSqlError& error, const QString& what, const QString& detail)
{
    using K = Error::Kind;
    // nativeErrorCode is SQLite's (extended) result code; the primary code is its low byte.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    switch (primary) {
    case 8: // SQLITE_READONLY
        return sqliteReadOnlyError(what, detail);
    case 26: // SQLITE_NOTADB
    case 11: // SQLITE_CORRUPT
        return Error::make(
            K::Corrupt,
            QObject::tr("Could not %1: the file is not a FrontDesk database or it is damaged.").arg(what),
            detail);
    case 14: // SQLITE_CANTOPEN
        return Error::make(K::Unavailable,
                           QObject::tr("Could not %1: the database file cannot be opened.").arg(what),
                           detail);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::make(K::Unavailable,
                           QObject::tr("Could not %1: the database is busy in another program.").arg(what),
                           detail);
    case 13: // SQLITE_FULL
        return sqliteDiskFullError(what, detail);
    case 19: // SQLITE_CONSTRAINT
        if (has(text, "UNIQUE"))
            return Error::make(K::Conflict, QObject::tr("Could not %1: the record already exists.").arg(what),
                               detail);
        break;
    default:
        break;
    }
    if (has(text, "readonly database"))
        return sqliteReadOnlyError(what, detail);
    if (has(text, "disk is full"))
        return sqliteDiskFullError(what, detail);
    if (has(text, "not a database"))
        return Error::make(K::Corrupt, QObject::tr("Could not %1: the file is not a database.").arg(what),
                           detail);
    return Error::make(K::Internal, QObject::tr("Could not %1: %2").arg(what, error.databaseText().trimmed()),
                       detail);
}

} // namespace

Error classifySqlError(const QSqlError& error, Dialect dialect, const QString& what)
{
    const QString detail =
        QStringLiteral("[%1] %2 / %3")
            .arg(error.nativeErrorCode(), error.databaseText().trimmed(), error.driverText().trimmed());
    return dialect == Dialect::Postgres ? classifyPostgres(error, what, detail)
                                        : classifySqlite(error, what, detail);
}

} // namespace fd
