#include "models/repositories/CustomerRepository.h"

#include "models/db/SqlValues.h"

namespace fd {

Result<CustomerRef> CustomerRepository::upsert(const QString& name, const QString& phone,
                                               const QString& language)
{
    const QVariant now = sql::fromDateTime(QDateTime::currentDateTimeUtc());
    auto query = m_connection.exec(
        QStringLiteral("INSERT INTO customers (name, phone, preferred_language, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (phone) DO UPDATE SET name = excluded.name, "
                       "preferred_language = excluded.preferred_language, updated_at = excluded.updated_at "
                       "RETURNING id, opted_out"),
        {sql::text(name), sql::text(phone), sql::text(language.isEmpty() ? QStringLiteral("en") : language),
         now, now},
        QObject::tr("save the customer"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::make(Error::Kind::Internal, QObject::tr("Could not save the customer."));
    return CustomerRef{query.value().value(0).toLongLong(), query.value().value(1).toBool()};
}

Result<void> CustomerRepository::setOptedOut(const QString& phone, bool optedOut, const QString& nameIfNew)
{
    const QVariant now = sql::fromDateTime(QDateTime::currentDateTimeUtc());
    auto done = m_connection.exec(
        QStringLiteral(
            "INSERT INTO customers (name, phone, opted_out, opted_out_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (phone) DO UPDATE SET opted_out = excluded.opted_out, "
            "opted_out_at = excluded.opted_out_at, updated_at = excluded.updated_at"),
        {sql::text(nameIfNew), sql::text(phone), optedOut, optedOut ? now : sql::fromDateTime({}), now, now},
        QObject::tr("change the customer's WhatsApp consent"));
    if (!done)
        return done.error();
    return {};
}

Result<bool> CustomerRepository::isOptedOut(const QString& phone)
{
    auto value = m_connection.scalar(QStringLiteral("SELECT opted_out FROM customers WHERE phone = ?"),
                                     {phone}, QObject::tr("read the customer's WhatsApp consent"));
    if (!value)
        return value.error();
    return value.value().toBool();
}

} // namespace fd
