#include "app/commands/DatabaseCommands.h"

#include "app/ExitCode.h"
#include "models/db/Connection.h"
#include "models/db/MigrationRunner.h"
#include "models/db/SchemaContract.h"

namespace fd {
namespace {

int exitCodeFor(const Error& error)
{
    return error.kind == Error::Kind::InvalidInput ? ExitFailure : ExitDatabaseError;
}

int fail(QTextStream& err, const Error& error)
{
    err << QObject::tr("error: %1").arg(error.message) << Qt::endl;
    if (!error.detail.isEmpty())
        err << QObject::tr("  (%1)").arg(error.detail) << Qt::endl;
    return exitCodeFor(error);
}

} // namespace

Result<std::optional<int>> parseTargetVersion(const QString& text)
{
    if (text.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int version = text.toInt(&ok);
    if (!ok || version < 0)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("--to wants a schema version number, not \"%1\".").arg(text));
    return std::optional<int>(version);
}

int runMigrate(const DatabaseChoice& choice, QTextStream& out, QTextStream& err,
               std::optional<int> targetVersion)
{
    out << QObject::tr("Database: %1").arg(choice.spec.displayName()) << Qt::endl;
    auto connection = Connection::open(choice.spec, QStringLiteral("migrate"));
    if (!connection)
        return fail(err, connection.error());
    MigrationRunner runner(*connection.value());
    auto report = runner.migrate(targetVersion);
    if (!report)
        return fail(err, report.error());
    if (!report->backupPath.isEmpty())
        out << QObject::tr("Copied the database to %1 before upgrading it.").arg(report->backupPath)
            << Qt::endl;
    if (report->changed())
        out << QObject::tr("Schema version: %1 (upgraded from %2)")
                   .arg(report->toVersion)
                   .arg(report->fromVersion)
            << Qt::endl;
    else
        out << QObject::tr("Schema version: %1 (already up to date)").arg(report->toVersion) << Qt::endl;
    const int latest = MigrationRunner::latestVersion(choice.spec.dialect);
    if (report->toVersion < latest)
        out << QObject::tr(
                   "This FrontDesk needs schema version %1: run \"frontdesk migrate\" without --to to "
                   "finish.")
                   .arg(latest)
            << Qt::endl;
    return ExitOk;
}

int runCheck(const DatabaseChoice& choice, QTextStream& out, QTextStream& err)
{
    out << QObject::tr("Database: %1 (from %2)").arg(choice.spec.displayName(), choice.source) << Qt::endl;
    auto connection = Connection::open(choice.spec, QStringLiteral("check"));
    if (!connection) {
        out << QObject::tr("Reachable: no") << Qt::endl;
        return fail(err, connection.error());
    }
    out << QObject::tr("Reachable: yes") << Qt::endl;

    MigrationRunner runner(*connection.value());
    const int latest = MigrationRunner::latestVersion(choice.spec.dialect);
    auto version = runner.currentVersion();
    if (!version)
        return fail(err, version.error());
    out << QObject::tr("Schema version: %1 (this FrontDesk: %2)").arg(version.value()).arg(latest)
        << Qt::endl;

    auto missing = SchemaContract::missingObjects(*connection.value());
    if (!missing)
        return fail(err, missing.error());
    if (missing->isEmpty())
        out << QObject::tr("Missing: nothing") << Qt::endl;
    else
        out << QObject::tr("Missing: %1").arg(missing->join(QLatin1String(", "))) << Qt::endl;

    if (version.value() > latest) {
        err << QObject::tr(
                   "error: the database was upgraded by a newer FrontDesk; install the newer FrontDesk.")
            << Qt::endl;
        return ExitDatabaseError;
    }
    if (version.value() < latest || !missing->isEmpty()) {
        // IT wants to know before trying whether this login may do the upgrade (PostgreSQL: only the tables'
        // owner may alter them).
        auto blocking = runner.tablesThisRoleCannotAlter();
        if (blocking && !blocking->isEmpty())
            out << QObject::tr(
                       "Upgrade: this login may not alter %1; run \"frontdesk migrate\" with the login "
                       "that owns them.")
                       .arg(blocking->join(QLatin1String(", ")))
                << Qt::endl;
        err << QObject::tr("The database needs an upgrade: run \"frontdesk migrate\".") << Qt::endl;
        return ExitFailure;
    }
    out << QObject::tr("Status: ready") << Qt::endl;
    return ExitOk;
}

} // namespace fd
