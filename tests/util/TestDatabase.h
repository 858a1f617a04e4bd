#pragma once

#include "models/db/Connection.h"
#include "models/db/ConnectionSpec.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace fd {

// gtest prints the dialect of a data test by name ("sqlite", "postgresql") instead of its bytes.
inline void PrintTo(Dialect dialect, std::ostream* out)
{
    *out << dialectName(dialect).toStdString();
}

} // namespace fd

namespace fd::test {

// A fresh, empty database for one test: an SQLite file in a temporary folder, or a new database on the
// test PostgreSQL server (FRONTDESK_TEST_PG_URL, else the server ctest's fixture started, else one this
// process starts itself). Dropped when the object goes away.
class TestDatabase
{
public:
    static std::unique_ptr<TestDatabase> create(Dialect dialect);
    ~TestDatabase();

    const ConnectionSpec& spec() const { return m_spec; }
    // A new connection on the calling thread.
    std::unique_ptr<Connection> connect(const QString& purpose = QStringLiteral("test")) const;
    // A new connection with the schema migrated.
    std::unique_ptr<Connection> connectMigrated() const;
    // Who a test stands for on PostgreSQL, as the Users page makes them: a receptionist, a receptionist whose
    // login may run a sender station, an administrator (who also may send).
    enum class Login { Reception, Sender, Admin };
    // PostgreSQL: this database as that login (made on first use, dropped with the database), for tests that
    // stand for a desk, a sender station or an admin's screens. Migrate first. On SQLite, which has no
    // logins, spec().
    ConnectionSpec specAs(Login login) const;
    // A new connection as a reception desk's own login (specAs(Login::Reception)).
    std::unique_ptr<Connection> connectAsReception() const;
    // PostgreSQL: the server's clock of FrontDesk's functions (frontdesk_utc_now, migration 0016) stands at
    // `utc` in this database, for every session, until pinned again; an invalid time lets it run again. A
    // database setting only a superuser (or the database's owner) can make. Nothing on SQLite.
    void pinServerClock(const QDateTime& utc) const;

private:
    TestDatabase() = default;
    ConnectionSpec m_spec;
    QTemporaryDir m_dir;
    QString m_pgDatabase;
};

// The test server's administrator (superuser) connection description; its database is `postgres`.
ConnectionSpec postgresAdminSpec();

// Whether the server is PostgreSQL 16 or later (a failed read is a test failure).
bool atLeastPostgres16(Connection& connection);
// Roles belong to the whole server: FrontDesk's may be there already (another test's database made them).
// `role` and `options` are the test's own words, pasted into the statement.
::testing::AssertionResult makeRoleIfMissing(Connection& superuser, const QString& role,
                                             const QString& options = QStringLiteral("NOLOGIN"));
// What IT does on PostgreSQL 16 and later for a login it made by hand with CREATE ROLE (README, "Who may do
// what"; migration 0022): lets frontdesk_login_keeper administer it, so that the Users page can change it.
// Nothing on 15 and earlier, where CREATEROLE suffices. `superuser` is a connection as the test server's
// administrator; the login's name is made by the test.
::testing::AssertionResult handToFrontDesk(Connection& superuser, const QString& login);
// On PostgreSQL 16 and later, what a superuser does for a second IT login on a server where FrontDesk's roles
// exist already (made by another login): `login` holds each of them that exists WITH ADMIN OPTION (without
// INHERIT or SET; each made first when missing), so its migrations may grant them. Nothing on 15 and earlier.
::testing::AssertionResult letManageFrontDeskRoles(Connection& superuser, const QString& login);
// SQL counting the roles that may use or become frontdesk_login_keeper (none should): on PostgreSQL 16 a
// membership may carry only the ADMIN OPTION (the role's creator's, letManageFrontDeskRoles'), which is not
// counted.
inline QString keeperUsersSql()
{
    return QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                          "WHERE r.rolname = 'frontdesk_login_keeper' "
                          "AND (COALESCE((to_jsonb(m) ->> 'inherit_option')::boolean, true) "
                          "OR COALESCE((to_jsonb(m) ->> 'set_option')::boolean, true))");
}

// Both dialects, for INSTANTIATE_TEST_SUITE_P.
inline auto allDialects()
{
    return ::testing::Values(Dialect::Sqlite, Dialect::Postgres);
}
std::string dialectTestName(const ::testing::TestParamInfo<Dialect>& info);

// Every data test derives from this and runs once per dialect.
class DialectTest : public ::testing::TestWithParam<Dialect>
{
protected:
    void SetUp() override
    {
        database = TestDatabase::create(GetParam());
        ASSERT_TRUE(database);
    }
    std::unique_ptr<TestDatabase> database;
};

} // namespace fd::test

#define FD_INSTANTIATE_FOR_ALL_DIALECTS(Suite)                                                               \
    INSTANTIATE_TEST_SUITE_P(Db, Suite, ::fd::test::allDialects(), ::fd::test::dialectTestName)
