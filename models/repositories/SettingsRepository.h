#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <optional>

namespace fd {

// Shared settings: one text value per key, the same for every desk on the database.
class SettingsRepository
{
public:
    explicit SettingsRepository(Connection& connection)
        : m_connection(connection)
    {}

    Result<std::optional<QString>> value(const QString& key);
    Result<void> setValue(const QString& key, const QString& value, const QString& updatedBy);
    Result<void> remove(const QString& key);

private:
    Connection& m_connection;
};

} // namespace fd
