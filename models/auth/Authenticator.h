#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/AppUser.h"

namespace fd {

// Who is at the desk, once the password was accepted.
struct SignedInUser
{
    AppUser user;
    Dialect dialect = Dialect::Sqlite;
};

// Checks a login inside a database worker job.
// SQLite: the argon2id hash in `users` (an unknown user and a wrong password get the same answer).
// PostgreSQL: the connection itself was opened with the person's own role and password, so the server has
// already authenticated them; here only the role's membership in frontdesk_admin / frontdesk_reception is
// read, and that decides what the window offers (and what the database allows).
class Authenticator
{
public:
    explicit Authenticator(Connection& connection, const Clock& clock = Clock::system());

    Result<SignedInUser> signIn(const QString& login, const QString& password);

private:
    Result<SignedInUser> signInSqlite(const QString& login, const QString& password);
    Result<SignedInUser> signInPostgres();

    Connection& m_connection;
    const Clock& m_clock;
};

} // namespace fd
