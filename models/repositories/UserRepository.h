#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/AppUser.h"

#include <QList>
#include <optional>

namespace fd {

// The `users` table on both dialects, and on PostgreSQL the database roles behind the logins:
// a PostgreSQL user is a LOGIN role that is a member of frontdesk_admin or frontdesk_reception
// (migration 0004), and the users row only names it (password_hash stays NULL).
class UserRepository
{
public:
    explicit UserRepository(Connection& connection)
        : m_connection(connection)
    {}

    // Hashes the password (SQLite) or creates the role with it (PostgreSQL: through migration 0020's
    // functions, which only administrators may call; no CREATEROLE).
    Result<AppUser> create(const NewUser& user);
    Result<QList<AppUser>> list();
    Result<std::optional<AppUser>> findByLogin(const QString& login);
    Result<int> countActiveAdmins();
    Result<void> recordLogin(qint64 id, const QDateTime& at);

    // An admin's changes to someone who exists. `actor` is the signed-in admin's login: nobody disables or
    // demotes themselves, and the last active administrator can be neither disabled nor demoted.
    // On PostgreSQL the role follows (LOGIN / NOLOGIN, its password, its group), through the functions of
    // migration 0020, which manage only FrontDesk's own logins.
    Result<AppUser> setActive(const QString& login, bool active, const QString& actor);
    Result<AppUser> changeRole(const QString& login, AppUser::Role role, const QString& actor);
    // PostgreSQL only: whether a reception login may run a sender station (frontdesk_sender). Administrators
    // always may (frontdesk_admin is a member); SQLite has one desk, which sends.
    Result<AppUser> setSends(const QString& login, bool sends);
    // Same rules as a new password (PasswordHash::checkStrength).
    Result<void> resetPassword(const QString& login, const QString& password);

    // SQLite only: the stored argon2id hash (also of a disabled user, so that "disabled" is told only to
    // whoever knows the password), empty when there is none.
    Result<QString> passwordHash(const QString& login);

    // Logins are role names on PostgreSQL, so they are kept simple on both: a-z, 0-9, '.', '_', '-'.
    static Result<QString> normalizeLogin(const QString& typed);

    static const char* const kAdminRole;     // "frontdesk_admin"
    static const char* const kReceptionRole; // "frontdesk_reception"
    static const char* const kSenderRole;    // "frontdesk_sender"

private:
    Result<void> createRole(const QString& login, const QString& password, AppUser::Role role, bool sends);
    QString passwordForServer(const QString& password);
    // Calls one of migration 0020's role functions (`call`: its name with typed placeholders) with `values`.
    Result<void> callRoleFunction(const QString& call, const QVariantList& values, const QString& what);
    Result<AppUser> existing(const QString& login);
    // Refuses a change that would leave no active administrator, or that `actor` makes to themselves.
    enum class AdminChange { Disable, Demote };
    Result<void> checkAdminStays(const AppUser& user, const QString& actor, AdminChange change);

    Connection& m_connection;
};

} // namespace fd
