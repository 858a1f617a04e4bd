#include "models/db/ConnectionSpec.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace fd {
namespace {

const QString kUsage = QStringLiteral("use sqlite:PATH or postgresql://user@host:port/database");

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

Result<ConnectionSpec> parseSqlite(const QString& url)
{
    QString path = url.mid(int(qstrlen("sqlite:")));
    if (path.startsWith(QLatin1String("//"))) { // sqlite:///abs/path, the URL form
        const QUrl parsed(url);
        if (!parsed.isValid() || !parsed.host().isEmpty())
            return invalid(QObject::tr("The SQLite URL \"%1\" is not valid: %2.").arg(url, kUsage));
        path = parsed.path();
    }
    if (path.isEmpty())
        return invalid(QObject::tr("The SQLite URL \"%1\" names no file: %2.").arg(url, kUsage));
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    // cleanPath: "//x" is "/x" on disk, and printed as "sqlite://x" it would read back as a URL with a host.
    spec.sqlitePath =
        path == QLatin1String(":memory:") ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (spec.sqlitePath != spec.sqlitePath.trimmed()) // a stray space or tab, never meant as part of a name
        return invalid(QObject::tr("The SQLite file name \"%1\" begins or ends with a space or tab.")
                           .arg(spec.sqlitePath));
    return spec;
}

// PostgreSQL cuts names at 63 bytes (and would then connect to another database); text that was not valid
// UTF-8 or holds control characters is a typing or copying accident, never a real name.
QString postgresNameProblem(const QString& name, const QString& label)
{
    if (name.toUtf8().size() > 63)
        return QObject::tr("The %1 name \"%2\" is longer than PostgreSQL's limit of 63 bytes.")
            .arg(label, name);
    bool clean = name.isValidUtf16();
    for (const QChar c : name)
        clean = clean && c != QChar::ReplacementCharacter && c.category() != QChar::Other_Control;
    if (!clean)
        return QObject::tr("The %1 name in the PostgreSQL URL holds characters that are not text.")
            .arg(label);
    return {};
}

Result<ConnectionSpec> parsePostgres(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid(QObject::tr("The PostgreSQL URL \"%1\" is not valid (%2): %3.")
                           .arg(url, parsed.errorString(), kUsage));
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    if (!parsed.host().isEmpty())
        spec.host = parsed.host();
    if (parsed.port() == 0)
        return invalid(QObject::tr("The PostgreSQL URL \"%1\" has port 0.").arg(url));
    spec.port = parsed.port(5432);
    spec.user = parsed.userName(QUrl::FullyDecoded);
    spec.password = parsed.password(QUrl::FullyDecoded);
    if (spec.password.isEmpty())
        spec.password = qEnvironmentVariable("PGPASSWORD");
    spec.database = parsed.path(QUrl::FullyDecoded);
    if (spec.database.startsWith(QLatin1Char('/')))
        spec.database.remove(0, 1);
    if (spec.database.isEmpty() || spec.database.contains(QLatin1Char('/')))
        return invalid(QObject::tr("The PostgreSQL URL \"%1\" must name one database after the host: %2.")
                           .arg(url, kUsage));
    if (spec.user.isEmpty())
        return invalid(QObject::tr("The PostgreSQL URL \"%1\" names no user: %2.").arg(url, kUsage));
    for (const auto& [name, label] :
         {std::pair{spec.database, QObject::tr("database")}, std::pair{spec.user, QObject::tr("user")}}) {
        if (auto problem = postgresNameProblem(name, label); !problem.isEmpty())
            return invalid(problem);
    }

    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                              QStringLiteral("prefer"),    QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return invalid(QObject::tr("sslmode \"%1\" is not one of %2.")
                                   .arg(value, modes.join(QLatin1String(", "))));
            spec.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return invalid(
                    QObject::tr("connect_timeout \"%1\" must be a number of seconds from 1 to 600.")
                        .arg(value));
            spec.connectTimeoutSeconds = seconds;
        } else if (key == QLatin1String("application_name")) {
            spec.applicationName = value;
        } else {
            return invalid(QObject::tr("The PostgreSQL URL option \"%1\" is not known (known: sslmode, "
                                       "connect_timeout, application_name).")
                               .arg(key));
        }
    }
    return spec;
}

} // namespace

Result<ConnectionSpec> ConnectionSpec::parse(const QString& rawUrl)
{
    const QString url = rawUrl.trimmed();
    if (url.isEmpty())
        return invalid(QObject::tr("No database URL was given: %1.").arg(kUsage));
    if (url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return parseSqlite(url);
    if (url.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        url.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return parsePostgres(url);
    const QString scheme = url.section(QLatin1Char(':'), 0, 0);
    return invalid(
        QObject::tr("The database URL \"%1\" has the unknown kind \"%2\": %3.").arg(url, scheme, kUsage));
}

ConnectionSpec ConnectionSpec::sqliteFile(const QString& path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.sqlitePath = path;
    return spec;
}

QString ConnectionSpec::toUrl() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (connectTimeoutSeconds != 5)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded); // a space or non-ASCII name must read back the same
}

QString ConnectionSpec::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return QObject::tr("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    return QObject::tr("PostgreSQL %1 on %2:%3").arg(database, host).arg(port);
}

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace fd
