// On a shared PostgreSQL the database itself enforces the roles of DECISIONS.md: a reception person's own
// role can do the counter's work (queue messages, send them from a station) but cannot retry, rewrite the
// log, change settings or users — not through FrontDesk and not with a plain SQL client (psql).
#include "dispatch/MessageQueue.h"
#include "events/DeskActions.h"
#include "mock/FakeClock.h"
#include "repositories/MessageLogRepository.h"
#include "settings/SharedSettings.h"
#include "util/TestDatabase.h"

#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

struct PsqlResult
{
    int exitCode = -1;
    QString output;
};

} // namespace

class ReceptionRole : public ::testing::Test
{
protected:
    void SetUp() override
    {
        database = TestDatabase::create(Dialect::Postgres);
        ASSERT_TRUE(database);
        owner = database->connectMigrated();
        ASSERT_TRUE(owner);
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.companyPhone = QStringLiteral("+91-44-2345-6789");
        ASSERT_TRUE(settings.save(*owner, QStringLiteral("owner")).ok());

        // Login roles are server-wide: unique names, dropped again in TearDown.
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        reception = QStringLiteral("reception_%1").arg(suffix);
        admin = QStringLiteral("admin_%1").arg(suffix);
        // Role names cannot be bound; these are made here from hex digits. Passwords are bound as text.
        ASSERT_TRUE(owner->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_reception")
                                    .arg(reception, password), QStringLiteral("create role")).ok());
        ASSERT_TRUE(owner->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_admin")
                                    .arg(admin, password), QStringLiteral("create role")).ok());

        failedId = queueAs(*owner, QStringLiteral("9876543210"));
        ASSERT_TRUE(owner->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'FAILED', "
                                               "error_message = 'not a WhatsApp number' WHERE id = ?"),
                                {failedId}, QStringLiteral("fail")).ok());
    }

    void TearDown() override
    {
        receptionConnection.reset();
        owner.reset();
        database.reset();
        auto server = Connection::open(postgresAdminSpec(), QStringLiteral("roles"));
        if (server) {
            for (const QString& role : {reception, admin})
                (void)server.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), QStringLiteral("drop role"));
        }
    }

    ConnectionSpec specFor(const QString& role) const
    {
        ConnectionSpec spec = database->spec();
        spec.user = role;
        spec.password = password;
        return spec;
    }

    qint64 queueAs(Connection& connection, const QString& phone)
    {
        EnquiryInput input;
        input.customerName = QStringLiteral("Asha");
        input.customerPhone = phone;
        input.subject = QStringLiteral("Printer");
        auto saved = DeskActions(connection, clock).createEnquiry(input);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString() << " " << saved.error().detail.toStdString();
        return saved.ok() && saved->message ? saved->message->messageId : 0;
    }

    PsqlResult psqlAs(const QString& role, const QString& sql)
    {
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        EXPECT_FALSE(psql.isEmpty()) << "psql (package postgresql-client) is needed";
        const ConnectionSpec spec = specFor(role);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(psql, {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("-h"), spec.host, QStringLiteral("-p"), QString::number(spec.port),
                             QStringLiteral("-U"), role, QStringLiteral("-d"), spec.database, QStringLiteral("-c"), sql});
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    QString statusOf(qint64 id)
    {
        return owner->scalar(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"), {id},
                             QStringLiteral("status"))
            .value()
            .toString();
    }

    FakeClock clock{utcAtLocal(12, 0)}; // outside quiet hours
    const QString password = QStringLiteral("desk-pw-1");
    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<Connection> owner;
    std::unique_ptr<Connection> receptionConnection;
    QString reception;
    QString admin;
    qint64 failedId = 0;
};

TEST_F(ReceptionRole, DoesTheCountersWorkThroughFrontDesk)
{
    auto opened = Connection::open(specFor(reception), QStringLiteral("reception"));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    receptionConnection = std::move(opened.value());

    const qint64 id = queueAs(*receptionConnection, QStringLiteral("98765 11111"));
    ASSERT_GT(id, 0);
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));

    // A sender station logged in as reception claims and records the message.
    SharedSettings settings = SharedSettings::load(*receptionConnection).value();
    MessageQueue queue(*receptionConnection, clock, QStringLiteral("desk-2"), QStringLiteral("whatsapp-web"));
    auto claimed = queue.claimNext(settings);
    ASSERT_TRUE(claimed.ok()) << claimed.error().message.toStdString() << " " << claimed.error().detail.toStdString();
    ASSERT_TRUE(claimed->has_value());
    EXPECT_EQ((*claimed)->entry.id, id);
    auto sent = queue.markSent(**claimed, QStringLiteral("ext-1"));
    EXPECT_TRUE(sent.ok()) << sent.error().message.toStdString() << " " << sent.error().detail.toStdString();
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_TRUE(queue.acknowledge(id, QStringLiteral("READ"), clock.nowUtc()).ok());
    EXPECT_EQ(statusOf(id), QStringLiteral("READ"));
}

TEST_F(ReceptionRole, CannotRetryEvenWhenTheAppIsFooled)
{
    auto opened = Connection::open(specFor(reception), QStringLiteral("reception"));
    ASSERT_TRUE(opened.ok());
    receptionConnection = std::move(opened.value());
    // `isAdmin` is what a tampered desk would claim; the server still says no.
    auto retried = retryMessages(*receptionConnection, {failedId}, true, clock);
    ASSERT_FALSE(retried.ok());
    EXPECT_EQ(retried.error().kind, Error::Kind::PermissionDenied) << retried.error().detail.toStdString();
    EXPECT_EQ(statusOf(failedId), QStringLiteral("FAILED"));

    auto opener = Connection::open(specFor(admin), QStringLiteral("admin"));
    ASSERT_TRUE(opener.ok());
    auto byAdmin = retryMessages(*opener.value(), {failedId}, true, clock);
    ASSERT_TRUE(byAdmin.ok()) << byAdmin.error().detail.toStdString();
    EXPECT_EQ(byAdmin.value(), 1);
    EXPECT_EQ(statusOf(failedId), QStringLiteral("RETRYING"));
}

TEST_F(ReceptionRole, PlainSqlClientIsRefusedEverythingAdminOnly)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 22222"));
    ASSERT_TRUE(owner->exec(QStringLiteral("INSERT INTO whatsapp_message_attempts (message_id, station, transport, "
                                           "started_at, finished_at, outcome, error_message) "
                                           "VALUES (?, 'desk-1', 'whatsapp-web', ?, ?, 'FAILED', 'not a WhatsApp number')"),
                            {failedId, clock.nowUtc(), clock.nowUtc()}, QStringLiteral("attempt")).ok());
    const QString id = QString::number(failedId);
    const QStringList refused = {
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'PENDING', retry_count = 0 WHERE id = %1").arg(id),
        QStringLiteral("UPDATE whatsapp_message_logs SET message_content = 'Pay now at evil.example' WHERE id = %1").arg(pending),
        QStringLiteral("UPDATE whatsapp_message_logs SET customer_phone = '+919999999999' WHERE id = %1").arg(pending),
        QStringLiteral("DELETE FROM whatsapp_message_logs WHERE id = %1").arg(id),
        QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, status) "
                       "VALUES ('ENQUIRY_CREATED', '+919876500000', 'forged', 'SENT')"),
        QStringLiteral("UPDATE whatsapp_message_attempts SET outcome = 'SENT'"),
        QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'company.name'"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('sending.daily_cap', '100000')"),
        QStringLiteral("INSERT INTO users (name, login, role) VALUES ('Mallory', 'mallory', 'admin')"),
        QStringLiteral("UPDATE users SET role = 'admin'"),
        QStringLiteral("DELETE FROM enquiries"),
        QStringLiteral("GRANT frontdesk_admin TO %1").arg(reception),
    };
    for (const QString& sql : refused) {
        const PsqlResult result = psqlAs(reception, sql);
        EXPECT_NE(result.exitCode, 0) << "reception was allowed: " << sql.toStdString();
        EXPECT_TRUE(result.output.contains(QStringLiteral("ERROR"))) << result.output.toStdString();
    }
    EXPECT_EQ(statusOf(failedId), QStringLiteral("FAILED"));
    EXPECT_EQ(owner->scalar(QStringLiteral("SELECT message_content FROM whatsapp_message_logs WHERE id = ?"), {pending},
                            QStringLiteral("content")).value().toString().contains(QStringLiteral("evil")), false);
    EXPECT_EQ(owner->scalar(QStringLiteral("SELECT count(*) FROM users"), {}, QStringLiteral("users")).value().toInt(), 0);

    // What reception may do, with the same client: read the log, queue a message, record a sending state.
    EXPECT_EQ(psqlAs(reception, QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")).exitCode, 0);
    EXPECT_EQ(psqlAs(reception, QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SENDING', claimed_by = 'desk-9' "
                                               "WHERE id = %1").arg(pending)).exitCode, 0);
    // And the admin may retry: the rule is about the role, not about the statement.
    const PsqlResult byAdmin = psqlAs(admin, QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING' WHERE id = %1").arg(id));
    EXPECT_EQ(byAdmin.exitCode, 0) << byAdmin.output.toStdString();
    EXPECT_EQ(statusOf(failedId), QStringLiteral("RETRYING"));
}
