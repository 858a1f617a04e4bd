#include "models/repositories/EngineerRepository.h"

#include "models/repositories/RememberedKeys.h"
#include "models/repositories/Row.h"

namespace fd {

Result<QList<Engineer>> EngineerRepository::listActive()
{
    auto query = m_connection.exec(
        QStringLiteral(
            "SELECT id, name, phone, active FROM engineers WHERE active = ? ORDER BY lower(name), id"),
        {true}, QObject::tr("read the engineers"));
    if (!query)
        return query.error();
    return readAll<Engineer>(query.value(), [](const Row& row) {
        return Engineer{row.id("id"), row.text("name"), row.text("phone"), row.flag("active")};
    });
}

Result<qint64> EngineerRepository::add(const QString& name, const QString& phone)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QObject::tr("Enter the engineer's name."));
    auto id = m_connection.scalar(
        QStringLiteral("INSERT INTO engineers (name, phone, active) VALUES (?, ?, ?) RETURNING id"),
        {name.trimmed(), sql::nullable(phone.trimmed()), true}, QObject::tr("save the engineer"));
    m_connection.forget(remembered::kStaffPhones); // staff phones are never messaged
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

} // namespace fd
