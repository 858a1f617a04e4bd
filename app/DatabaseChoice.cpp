#include "app/DatabaseChoice.h"

#include "models/config/DeskConfig.h"

namespace fd {

Result<DatabaseChoice> DatabaseChoice::resolve(const QString& commandLineUrl)
{
    QString url;
    QString source;
    if (!commandLineUrl.isEmpty()) {
        url = commandLineUrl;
        source = QStringLiteral("--database");
    } else if (const QString env = qEnvironmentVariable("FRONTDESK_DATABASE_URL"); !env.isEmpty()) {
        url = env;
        source = QStringLiteral("FRONTDESK_DATABASE_URL");
    } else if (const QString stored = DeskConfig().get(DeskConfig::Key::DatabaseUrl).toString();
               !stored.isEmpty()) {
        url = stored;
        source = QObject::tr("desk settings");
    } else {
        url = QStringLiteral("sqlite:") + DeskConfig::defaultSqlitePath();
        source = QObject::tr("default");
    }
    auto spec = ConnectionSpec::parse(url);
    if (!spec) {
        Error error = spec.error();
        error.message = QObject::tr("%1 (from %2)").arg(error.message, source);
        return error;
    }
    return DatabaseChoice{spec.value(), source};
}

} // namespace fd
