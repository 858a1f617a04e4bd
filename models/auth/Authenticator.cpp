#include "models/auth/Authenticator.h"

#include "models/auth/PasswordHash.h"
#include "models/repositories/UserRepository.h"

namespace fd {
namespace {

Error wrongPassword()
{
    return Error::make(Error::Kind::Authentication, QObject::tr("Wrong user name or password."));
}

Error disabled(const QString& login)
{
    return Error::make(Error::Kind::PermissionDenied,
                       QObject::tr("The user \"%1\" is disabled. Ask an administrator to enable it again.")
                           .arg(login.trimmed()));
}

} // namespace

Authenticator::Authenticator(Connection& connection, const Clock& clock)
    : m_connection(connection)
    , m_clock(clock)
{}

Result<SignedInUser> Authenticator::signIn(const QString& login, const QString& password)
{
    if (m_connection.dialect() == Dialect::Postgres)
        return signInPostgres();
    return signInSqlite(login, password);
}

Result<SignedInUser> Authenticator::signInSqlite(const QString& login, const QString& password)
{
    UserRepository users(m_connection);
    auto hash = users.passwordHash(login);
    if (!hash)
        return hash.error();
    if (!PasswordHash::verify(hash.value(), password))
        return wrongPassword();
    auto user = users.findByLogin(login);
    if (!user)
        return user.error();
    if (!user->has_value())
        return wrongPassword();
    if (!(*user)->active) // said only to whoever knows the password
        return disabled(login);
    (void)users.recordLogin((*user)->id,
                            m_clock.nowUtc()); // a failed note of the time must not block the login
    return SignedInUser{**user, Dialect::Sqlite};
}

Result<SignedInUser> Authenticator::signInPostgres()
{
    const QString what = QObject::tr("read your FrontDesk role");
    auto roles = m_connection.exec(
        QStringLiteral(
            "SELECT current_user, "
            "(SELECT COUNT(*) FROM pg_roles WHERE rolname IN (?, ?)) AS roles_exist, "
            "pg_has_role(current_user, (SELECT oid FROM pg_roles WHERE rolname = ?), 'MEMBER') AS admin, "
            "pg_has_role(current_user, (SELECT oid FROM pg_roles WHERE rolname = ?), 'MEMBER') AS reception"),
        {QString::fromLatin1(UserRepository::kAdminRole), QString::fromLatin1(UserRepository::kReceptionRole),
         QString::fromLatin1(UserRepository::kAdminRole),
         QString::fromLatin1(UserRepository::kReceptionRole)},
        what);
    if (!roles)
        return roles.error();
    QSqlQuery& row = roles.value();
    if (!row.next())
        return Error::make(Error::Kind::Internal, what);
    const QString login = row.value(0).toString();
    if (row.value(1).toInt() != 2)
        return Error::make(Error::Kind::SchemaTooNew,
                           QObject::tr("This database is not set up for FrontDesk logins yet (the roles "
                                       "frontdesk_admin and frontdesk_reception are missing): ask your "
                                       "administrator to run \"frontdesk migrate\"."));
    SignedInUser signedIn;
    signedIn.dialect = Dialect::Postgres;
    signedIn.user.login = login;
    signedIn.user.name = login;
    if (row.value(2).toBool())
        signedIn.user.role = AppUser::Role::Admin;
    else if (row.value(3).toBool())
        signedIn.user.role = AppUser::Role::Reception;
    else
        return Error::make(Error::Kind::PermissionDenied,
                           QObject::tr("The database login \"%1\" is not a FrontDesk user (it is in neither "
                                       "frontdesk_admin nor frontdesk_reception).")
                               .arg(login));

    UserRepository users(m_connection);
    auto known = users.findByLogin(login);
    if (known && known->has_value()) {
        const AppUser::Role role = signedIn.user.role; // the server's word decides the role
        signedIn.user = **known;
        signedIn.user.role = role;
        if (!signedIn.user.active)
            return disabled(login);
        (void)users.recordLogin(signedIn.user.id, m_clock.nowUtc());
    }
    return signedIn;
}

} // namespace fd
