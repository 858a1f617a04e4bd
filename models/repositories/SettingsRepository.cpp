#include "models/repositories/SettingsRepository.h"

#include "models/db/SqlValues.h"
#include "models/repositories/RememberedKeys.h"

namespace fd {

Result<std::optional<QString>> SettingsRepository::value(const QString& key)
{
    auto query = m_connection.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                                   QObject::tr("read the setting %1").arg(key));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<QString>();
    return std::optional<QString>(query.value().value(0).toString());
}

Result<void> SettingsRepository::setValue(const QString& key, const QString& value, const QString& updatedBy)
{
    // INSERT ... ON CONFLICT works on both PostgreSQL and SQLite (3.24+).
    auto done = m_connection.exec(
        QStringLiteral(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by"),
        {key, sql::text(value), sql::fromDateTime(QDateTime::currentDateTimeUtc()), sql::nullable(updatedBy)},
        QObject::tr("save the setting %1").arg(key));
    m_connection.forget(remembered::kSettings);
    if (!done)
        return done.error();
    return {};
}

Result<void> SettingsRepository::remove(const QString& key)
{
    auto done = m_connection.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                                  QObject::tr("remove the setting %1").arg(key));
    m_connection.forget(remembered::kSettings);
    if (!done)
        return done.error();
    return {};
}

} // namespace fd
