#include "models/repositories/EngineerRepository.h"

#include "models/records/TextFields.h"
#include "models/repositories/RememberedKeys.h"
#include "models/repositories/Row.h"

namespace fd {

namespace {

Result<QList<Engineer>> readEngineers(Result<Statement> query)
{
    if (!query)
        return query.error();
    return readAll<Engineer>(query.value(), [](const Row& row) {
        return Engineer{row.id("id"), row.text("name"), row.text("phone"), row.flag("active")};
    });
}

Result<void> changedOne(const Result<Statement>& update)
{
    if (!update)
        return update.error();
    if (update.value().numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QObject::tr("This engineer is no longer in the list."));
    return {};
}

} // namespace

Result<QList<Engineer>> EngineerRepository::listActive()
{
    return readEngineers(m_connection.exec(
        QStringLiteral(
            "SELECT id, name, phone, active FROM engineers WHERE active = ? ORDER BY lower(name), id"),
        {true}, QObject::tr("read the engineers")));
}

Result<QList<Engineer>> EngineerRepository::listAll()
{
    return readEngineers(
        m_connection.exec(QStringLiteral("SELECT id, name, phone, active FROM engineers "
                                         "ORDER BY CASE WHEN active = ? THEN 0 ELSE 1 END, lower(name), id"),
                          {true}, QObject::tr("read the engineers")));
}

Result<void> EngineerRepository::rename(qint64 id, const QString& name)
{
    const QString kept = singleLine(name).trimmed();
    if (kept.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QObject::tr("Enter the engineer's name."));
    if (characterCount(kept) > limits::kName)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("A name has at most %1 characters.").arg(limits::kName));
    return changedOne(m_connection.exec(QStringLiteral("UPDATE engineers SET name = ? WHERE id = ?"),
                                        {kept, id}, QObject::tr("rename the engineer")));
}

Result<void> EngineerRepository::setActive(qint64 id, bool active)
{
    auto update = m_connection.exec(
        QStringLiteral("UPDATE engineers SET active = ? WHERE id = ?"), {active, id},
        active ? QObject::tr("bring the engineer back") : QObject::tr("retire the engineer"));
    m_connection.forget(remembered::kStaffPhones);
    return changedOne(update);
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
