#include "repositories/UserRepository.h"

#include "auth/PasswordHash.h"
#include "repositories/Row.h"

#include <QRegularExpression>

namespace fd {

const char* const UserRepository::kAdminRole = "frontdesk_admin";
const char* const UserRepository::kReceptionRole = "frontdesk_reception";

namespace {

const QString kColumns = QStringLiteral("id, name, login, phone, role, active, last_login_at");

AppUser read(const Row& row)
{
    AppUser u;
    u.id = row.id("id");
    u.name = row.text("name");
    u.login = row.text("login");
    u.phone = row.text("phone");
    AppUser::roleFromName(row.text("role"), u.role);
    u.active = row.flag("active");
    u.lastLoginAt = row.time("last_login_at");
    return u;
}

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

} // namespace

Result<QString> UserRepository::normalizeLogin(const QString& typed)
{
    const QString login = typed.trimmed().toLower();
    if (login.isEmpty())
        return invalid(QObject::tr("Enter a user name."));
    static const QRegularExpression allowed(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!allowed.match(login).hasMatch())
        return invalid(
            QObject::tr("A user name starts with a letter and has only letters a–z, digits, '.', '_' "
                        "or '-' (at most 63)."));
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("frontdesk_")))
        return invalid(QObject::tr("User names starting with \"pg_\" or \"frontdesk_\" are reserved."));
    return login;
}

Result<void> UserRepository::createRole(const QString& login, const QString& password, AppUser::Role role)
{
    // Role names and passwords cannot be bound in CREATE ROLE: the server quotes them with format(%I, %L)
    // from bound values, and the resulting statement is run as it is.
    // Admins get CREATEROLE so that they can add the desk's other users.
    const QString what = QObject::tr("create the database login \"%1\"").arg(login);
    auto statement = m_connection.scalar(
        QStringLiteral("SELECT format('CREATE ROLE %I LOGIN %s PASSWORD %L IN ROLE %I', ?::text, ?::text, "
                       "?::text, ?::text)"),
        {login, role == AppUser::Role::Admin ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE"),
         password, QString::fromLatin1(role == AppUser::Role::Admin ? kAdminRole : kReceptionRole)},
        what);
    if (!statement)
        return statement.error();
    auto created = m_connection.exec(statement.value().toString(), what);
    if (!created)
        return created.error();
    return {};
}

Result<AppUser> UserRepository::create(const NewUser& user)
{
    auto login = normalizeLogin(user.login);
    if (!login)
        return login.error();
    if (user.name.trimmed().isEmpty())
        return invalid(QObject::tr("Enter the person's name."));
    if (auto strong = PasswordHash::checkStrength(user.password); !strong)
        return strong.error();
    auto existing = findByLogin(login.value());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::make(Error::Kind::Conflict,
                           QObject::tr("The user name \"%1\" is taken.").arg(login.value()));

    QVariant hash; // NULL on PostgreSQL: the server keeps the password
    if (m_connection.dialect() == Dialect::Sqlite) {
        auto hashed = PasswordHash::hash(user.password);
        if (!hashed)
            return hashed.error();
        hash = hashed.value();
    }

    const QString what = QObject::tr("save the user \"%1\"").arg(login.value());
    Transaction transaction(m_connection);
    if (auto begun = transaction.begin(what); !begun)
        return begun.error();
    if (m_connection.dialect() == Dialect::Postgres) {
        if (auto role = createRole(login.value(), user.password, user.role); !role)
            return role.error();
    }
    auto id = m_connection.scalar(
        QStringLiteral(
            "INSERT INTO users (name, login, phone, password_hash, role, active) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {user.name.trimmed(), login.value(), sql::nullable(user.phone.trimmed()), hash,
         AppUser::roleName(user.role), true},
        what);
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(what); !committed)
        return committed.error();
    AppUser created;
    created.id = id.value().toLongLong();
    created.name = user.name.trimmed();
    created.login = login.value();
    created.phone = user.phone.trimmed();
    created.role = user.role;
    return created;
}

Result<QList<AppUser>> UserRepository::list()
{
    auto query =
        m_connection.exec(QStringLiteral("SELECT %1 FROM users ORDER BY lower(name), id").arg(kColumns),
                          QObject::tr("read the users"));
    if (!query)
        return query.error();
    return readAll<AppUser>(query.value(), read);
}

Result<std::optional<AppUser>> UserRepository::findByLogin(const QString& login)
{
    auto query =
        m_connection.exec(QStringLiteral("SELECT %1 FROM users WHERE lower(login) = lower(?)").arg(kColumns),
                          {login.trimmed()}, QObject::tr("read the user"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<AppUser>();
    return std::optional<AppUser>(read(Row(query.value())));
}

Result<int> UserRepository::countActiveAdmins()
{
    auto count =
        m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = ?"),
                            {AppUser::roleName(AppUser::Role::Admin), true}, QObject::tr("count the users"));
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<void> UserRepository::recordLogin(qint64 id, const QDateTime& at)
{
    auto updated = m_connection.exec(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"),
                                     {sql::fromDateTime(at), id}, QObject::tr("record the login"));
    if (!updated)
        return updated.error();
    return {};
}

Result<QString> UserRepository::passwordHash(const QString& login)
{
    auto hash = m_connection.scalar(
        QStringLiteral("SELECT password_hash FROM users WHERE lower(login) = lower(?) AND active = ?"),
        {login.trimmed(), true}, QObject::tr("read the user"));
    if (!hash)
        return hash.error();
    return hash.value().toString();
}

} // namespace fd
