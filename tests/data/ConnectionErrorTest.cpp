#include "models/db/Connection.h"
#include "models/db/MigrationRunner.h"
#include "util/TestDatabase.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

int closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    server.close();
    return port;
}

Error openError(const ConnectionSpec& spec)
{
    auto connection = Connection::open(spec, QStringLiteral("error-test"));
    EXPECT_FALSE(connection.ok());
    return connection.ok() ? Error{} : connection.error();
}

} // namespace

TEST(ConnectionErrors, UnreachableServerIsUnavailable)
{
    ConnectionSpec spec = postgresAdminSpec();
    spec.port = closedPort();
    const Error error = openError(spec);
    EXPECT_EQ(error.kind, Error::Kind::Unavailable) << error.detail.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("cannot be reached")));
}

TEST(ConnectionErrors, WrongPasswordIsAuthentication)
{
    ConnectionSpec spec = postgresAdminSpec();
    spec.password = QStringLiteral("not-the-password");
    const Error error = openError(spec);
    EXPECT_EQ(error.kind, Error::Kind::Authentication) << error.detail.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("password")));
    EXPECT_FALSE(error.message.contains(QStringLiteral("not-the-password"))) << "never echo a password";
}

TEST(ConnectionErrors, UnknownDatabaseIsNotFound)
{
    ConnectionSpec spec = postgresAdminSpec();
    spec.database = QStringLiteral("no_such_database_here");
    const Error error = openError(spec);
    EXPECT_EQ(error.kind, Error::Kind::NotFound) << error.detail.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("does not exist")));
}

TEST(ConnectionErrors, CorruptSqliteFileIsRecognised)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    file.write(junk);
    file.close();
    const Error error = openError(ConnectionSpec::sqliteFile(path));
    EXPECT_EQ(error.kind, Error::Kind::Corrupt) << error.detail.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a FrontDesk database")));
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), junk) << "a file that is not ours is never changed";
}

TEST(ConnectionErrors, SqlitePathThatIsAFolder)
{
    QTemporaryDir dir;
    const Error error = openError(ConnectionSpec::sqliteFile(dir.path()));
    EXPECT_EQ(error.kind, Error::Kind::InvalidInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("folder")));
}

TEST(ConnectionErrors, SqliteFolderThatCannotBeCreated)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Error error =
        openError(ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("file/sub/db.sqlite"))));
    EXPECT_EQ(error.kind, Error::Kind::Unavailable);
    EXPECT_TRUE(error.message.contains(QStringLiteral("cannot be created")));
}
