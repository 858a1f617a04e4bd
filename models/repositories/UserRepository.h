#pragma once

#include "core/Result.h"
#include "db/Connection.h"
#include "records/AppUser.h"

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

    // Hashes the password (SQLite) or creates the role with it (PostgreSQL; needs CREATEROLE).
    Result<AppUser> create(const NewUser& user);
    Result<QList<AppUser>> list();
    Result<std::optional<AppUser>> findByLogin(const QString& login);
    Result<int> countActiveAdmins();
    Result<void> recordLogin(qint64 id, const QDateTime& at);

    // SQLite only: the stored argon2id hash of an active user, empty when there is none.
    Result<QString> passwordHash(const QString& login);

    // Logins are role names on PostgreSQL, so they are kept simple on both: a-z, 0-9, '.', '_', '-'.
    static Result<QString> normalizeLogin(const QString& typed);

    static const char* const kAdminRole;     // "frontdesk_admin"
    static const char* const kReceptionRole; // "frontdesk_reception"

private:
    Result<void> createRole(const QString& login, const QString& password, AppUser::Role role);

    Connection& m_connection;
};

} // namespace fd
