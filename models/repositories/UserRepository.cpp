#include "models/repositories/UserRepository.h"

#include "models/auth/PasswordHash.h"
#include "models/auth/ScramSecret.h"
#include "models/repositories/RememberedKeys.h"
#include "models/repositories/Row.h"

#include <QRegularExpression>

namespace fd {

const char* const UserRepository::kAdminRole = "frontdesk_admin";
const char* const UserRepository::kReceptionRole = "frontdesk_reception";
const char* const UserRepository::kSenderRole = "frontdesk_sender";

namespace {

const QString kColumns = QStringLiteral("id, name, login, phone, role, active, last_login_at");

// The columns of a users row, and on PostgreSQL whether its login may send (a row whose role is missing may
// not). `users` is named in full: the query reads FROM users.
QString columns(Dialect dialect)
{
    if (dialect != Dialect::Postgres)
        return kColumns + QStringLiteral(", 0 AS sends");
    return kColumns + QStringLiteral(", EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = users.login AND "
                                     "pg_has_role(r.oid, 'frontdesk_sender', 'MEMBER')) AS sends");
}

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
    u.sends = row.flag("sends");
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

Result<void> UserRepository::callRoleFunction(const QString& call, const QVariantList& values,
                                              const QString& what)
{
    auto done = m_connection.exec(QStringLiteral("SELECT ") + call, values, what);
    if (!done)
        return done.error();
    return {};
}

QString UserRepository::passwordForServer(const QString& password)
{
    // What goes after PASSWORD: the SCRAM secret when it can be computed here (the password itself then never
    // reaches the server's statement log), else the password for the server to hash. Servers before
    // PostgreSQL 10 know no SCRAM and would keep the secret as the password.
    auto version = m_connection.scalar(QStringLiteral("SELECT current_setting('server_version_num')::int"),
                                       {}, QObject::tr("ask the server's version"));
    const QString secret =
        version && version.value().toInt() >= 100000 ? ScramSecret::forPassword(password) : QString();
    return secret.isEmpty() ? password : secret;
}

Result<void> UserRepository::createRole(const QString& login, const QString& password, AppUser::Role role,
                                        bool sends)
{
    // Through migration 0020's function: admins hold no CREATEROLE. It also sets a desk login's session
    // limits.
    return callRoleFunction(QStringLiteral("frontdesk_create_login(?::text, ?::text, ?::text, ?::boolean)"),
                            {login, passwordForServer(password),
                             QString::fromLatin1(role == AppUser::Role::Admin ? kAdminRole : kReceptionRole),
                             sends},
                            QObject::tr("create the database login \"%1\"").arg(login));
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
    return inTransaction(m_connection, what, [&]() -> Result<AppUser> {
        if (m_connection.dialect() == Dialect::Postgres) {
            if (auto role = createRole(login.value(), user.password, user.role, user.sends); !role)
                return role.error();
        }
        auto id = m_connection.scalar(
            QStringLiteral("INSERT INTO users (name, login, phone, password_hash, role, active) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {user.name.trimmed(), login.value(), sql::nullable(user.phone.trimmed()), hash,
             AppUser::roleName(user.role), true},
            what);
        m_connection.forget(remembered::kStaffPhones); // staff phones are never messaged
        if (!id)
            return id.error();
        AppUser created;
        created.id = id.value().toLongLong();
        created.name = user.name.trimmed();
        created.login = login.value();
        created.phone = user.phone.trimmed();
        created.role = user.role;
        created.sends =
            m_connection.dialect() == Dialect::Postgres && (user.sends || user.role == AppUser::Role::Admin);
        return created;
    });
}

Result<QList<AppUser>> UserRepository::list()
{
    auto query = m_connection.exec(
        QStringLiteral("SELECT %1 FROM users ORDER BY lower(name), id").arg(columns(m_connection.dialect())),
        QObject::tr("read the users"));
    if (!query)
        return query.error();
    return readAll<AppUser>(query.value(), read);
}

Result<std::optional<AppUser>> UserRepository::findByLogin(const QString& login)
{
    auto query = m_connection.exec(QStringLiteral("SELECT %1 FROM users WHERE lower(login) = lower(?)")
                                       .arg(columns(m_connection.dialect())),
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
    auto hash =
        m_connection.scalar(QStringLiteral("SELECT password_hash FROM users WHERE lower(login) = lower(?)"),
                            {login.trimmed()}, QObject::tr("read the user"));
    if (!hash)
        return hash.error();
    return hash.value().toString();
}

Result<AppUser> UserRepository::existing(const QString& login)
{
    auto found = findByLogin(login);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Kind::NotFound,
                           QObject::tr("There is no user \"%1\".").arg(login.trimmed()));
    return **found;
}

Result<void> UserRepository::checkAdminStays(const AppUser& user, const QString& actor, AdminChange change)
{
    // Whole sentences per change, so that each language can word them its own way.
    if (user.login.compare(actor.trimmed(), Qt::CaseInsensitive) == 0)
        return Error::make(
            Error::Kind::PermissionDenied,
            change == AdminChange::Disable
                ? QObject::tr("You cannot disable yourself: another administrator has to do it.")
                : QObject::tr("You cannot take away your own administrator role: another "
                              "administrator has to do it."));
    if (user.role != AppUser::Role::Admin || !user.active)
        return {};
    // On PostgreSQL the administrators' rows stay locked until the change commits, so that two admins who
    // disable each other at the same moment cannot both succeed.
    const bool postgres = m_connection.dialect() == Dialect::Postgres;
    auto admins = m_connection.exec(QStringLiteral("SELECT id FROM users WHERE role = ? AND active = ?%1")
                                        .arg(postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                                    {AppUser::roleName(AppUser::Role::Admin), true},
                                    QObject::tr("count the administrators"));
    if (!admins)
        return admins.error();
    int count = 0;
    while (admins.value().next())
        ++count;
    if (count <= 1)
        return Error::make(Error::Kind::PermissionDenied,
                           QObject::tr("\"%1\" is the last active administrator: make someone else an "
                                       "administrator first.")
                               .arg(user.login));
    return {};
}

Result<AppUser> UserRepository::setActive(const QString& login, bool active, const QString& actor)
{
    const QString what = active ? QObject::tr("enable the user \"%1\"").arg(login.trimmed())
                                : QObject::tr("disable the user \"%1\"").arg(login.trimmed());
    return inTransaction(m_connection, what, [&]() -> Result<AppUser> {
        auto user = existing(login);
        if (!user)
            return user.error();
        if (user->active == active)
            return user.value();
        if (!active) {
            if (auto stays = checkAdminStays(user.value(), actor, AdminChange::Disable); !stays)
                return stays.error();
        }
        // On PostgreSQL the server itself then refuses (or again accepts) the person's login.
        if (m_connection.dialect() == Dialect::Postgres) {
            if (auto altered =
                    callRoleFunction(QStringLiteral("frontdesk_set_login_enabled(?::text, ?::boolean)"),
                                     {user->login, active}, what);
                !altered)
                return altered.error();
        }
        auto updated = m_connection.exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"),
                                         {active, user->id}, what);
        if (!updated)
            return updated.error();
        AppUser changed = user.value();
        changed.active = active;
        return changed;
    });
}

Result<AppUser> UserRepository::changeRole(const QString& login, AppUser::Role role, const QString& actor)
{
    const QString what = QObject::tr("change the role of \"%1\"").arg(login.trimmed());
    return inTransaction(m_connection, what, [&]() -> Result<AppUser> {
        auto user = existing(login);
        if (!user)
            return user.error();
        if (user->role == role)
            return user.value();
        if (user->role == AppUser::Role::Admin) {
            if (auto stays = checkAdminStays(user.value(), actor, AdminChange::Demote); !stays)
                return stays.error();
        }
        if (m_connection.dialect() == Dialect::Postgres) {
            const bool admin = role == AppUser::Role::Admin;
            const QString group = QString::fromLatin1(admin ? kAdminRole : kReceptionRole);
            const QString previous = QString::fromLatin1(admin ? kReceptionRole : kAdminRole);
            for (const auto& [call, dbRole] :
                 {std::pair{QStringLiteral("frontdesk_grant_desk_role(?::text, ?::text)"), group},
                  std::pair{QStringLiteral("frontdesk_revoke_desk_role(?::text, ?::text)"), previous}}) {
                if (auto done = callRoleFunction(call, {user->login, dbRole}, what); !done)
                    return done.error();
            }
        }
        auto updated = m_connection.exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                                         {AppUser::roleName(role), user->id}, what);
        if (!updated)
            return updated.error();
        AppUser changed = user.value();
        changed.role = role;
        return changed;
    });
}

Result<AppUser> UserRepository::setSends(const QString& login, bool sends)
{
    if (m_connection.dialect() != Dialect::Postgres)
        return invalid(QObject::tr("On a one-desk database the desk itself sends: there is no sender role."));
    const QString what = sends ? QObject::tr("let \"%1\" send messages").arg(login.trimmed())
                               : QObject::tr("stop \"%1\" sending messages").arg(login.trimmed());
    auto user = existing(login);
    if (!user)
        return user.error();
    if (user->role == AppUser::Role::Admin)
        return Error::make(Error::Kind::PermissionDenied,
                           QObject::tr("Administrators may always send messages."));
    if (user->sends == sends)
        return user.value();
    auto changed = callRoleFunction(sends ? QStringLiteral("frontdesk_grant_desk_role(?::text, ?::text)")
                                          : QStringLiteral("frontdesk_revoke_desk_role(?::text, ?::text)"),
                                    {user->login, QString::fromLatin1(kSenderRole)}, what);
    if (!changed)
        return changed.error();
    AppUser updated = user.value();
    updated.sends = sends;
    return updated;
}

Result<void> UserRepository::resetPassword(const QString& login, const QString& password)
{
    if (auto strong = PasswordHash::checkStrength(password); !strong)
        return strong.error();
    const QString what = QObject::tr("set a new password for \"%1\"").arg(login.trimmed());
    auto user = existing(login);
    if (!user)
        return user.error();
    if (m_connection.dialect() == Dialect::Postgres)
        return callRoleFunction(QStringLiteral("frontdesk_set_login_password(?::text, ?::text)"),
                                {user->login, passwordForServer(password)}, what);
    auto hashed = PasswordHash::hash(password);
    if (!hashed)
        return hashed.error();
    auto updated = m_connection.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                     {hashed.value(), user->id}, what);
    if (!updated)
        return updated.error();
    return {};
}

} // namespace fd
