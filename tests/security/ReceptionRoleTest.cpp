// On a shared PostgreSQL the database itself enforces the roles of DECISIONS.md: a reception person's own
// role can do the counter's work (queue messages) and, with the sender role, send them from a station, but
// cannot retry, rewrite the log, change settings or users — not through FrontDesk and not with a plain SQL
// client (psql). Sending without the sender role is refused (migration 0016; SenderRoleTest has the rest).
#include "automation/dispatch/MessageQueue.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/events/DeskActions.h"
#include "automation/events/MessageRetry.h"
#include "automation/settings/SharedSettings.h"
#include "mock/FakeClock.h"
#include "models/db/SqlValues.h"
#include "models/repositories/MessageLogRepository.h"
#include "util/TestCompany.h"
#include "util/TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
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
        SharedSettings settings = testCompany();
        ASSERT_TRUE(settings.save(*owner, QStringLiteral("owner")).ok());

        // Login roles are server-wide: unique names, dropped again in TearDown.
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        reception = QStringLiteral("reception_%1").arg(suffix);
        admin = QStringLiteral("admin_%1").arg(suffix);
        station = QStringLiteral("station_%1").arg(suffix);
        dispatcher = QStringLiteral("dispatcher_%1").arg(suffix);
        // Role names cannot be bound; these are made here from hex digits. Passwords are bound as text.
        ASSERT_TRUE(
            owner
                ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_reception")
                           .arg(reception, password),
                       QStringLiteral("create role"))
                .ok());
        ASSERT_TRUE(owner
                        ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_admin")
                                   .arg(admin, password),
                               QStringLiteral("create role"))
                        .ok());
        // Made by hand as IT would, and handed to FrontDesk as IT does on PostgreSQL 16 (the Users page
        // changes the reception login below).
        ASSERT_TRUE(handToFrontDesk(*owner, reception));
        // A receptionist's desk that sends: reception and the sender role.
        ASSERT_TRUE(owner
                        ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' "
                                              "IN ROLE frontdesk_reception, frontdesk_sender")
                                   .arg(station, password),
                               QStringLiteral("create role"))
                        .ok());
        // A headless station's login (`frontdesk dispatch`): the sender role only.
        ASSERT_TRUE(owner
                        ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_sender")
                                   .arg(dispatcher, password),
                               QStringLiteral("create role"))
                        .ok());
        // The server decides the times of sending: its clock follows the test's.
        clock.follow([this](const QDateTime& utc) { database->pinServerClock(utc); });

        failedId = queueAs(*owner, QStringLiteral("9876543210"));
        ASSERT_TRUE(owner
                        ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'FAILED', "
                                              "error_message = 'not a WhatsApp number' WHERE id = ?"),
                               {failedId}, QStringLiteral("fail"))
                        .ok());
    }

    void TearDown() override
    {
        receptionConnection.reset();
        owner.reset();
        database.reset();
        auto server = Connection::open(postgresAdminSpec(), QStringLiteral("roles"));
        if (server) {
            for (const QString& role : {reception, admin, station, dispatcher})
                (void)server.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                           QStringLiteral("drop role"));
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
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString() << " "
                                << saved.error().detail.toStdString();
        return saved.ok() && saved->message ? saved->message->messageId : 0;
    }

    PsqlResult psqlAs(const QString& role, const QString& sql, const QStringList& options = {})
    {
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        EXPECT_FALSE(psql.isEmpty()) << "psql (package postgresql-client) is needed";
        const ConnectionSpec spec = specFor(role);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(psql,
                      QStringList{QStringLiteral("-X"), QStringLiteral("-v"),
                                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-v"),
                                  QStringLiteral("VERBOSITY=verbose"), QStringLiteral("-h"), spec.host,
                                  QStringLiteral("-p"), QString::number(spec.port), QStringLiteral("-U"),
                                  role, QStringLiteral("-d"), spec.database, QStringLiteral("-c"), sql} +
                          options);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    // The test clock's time, `seconds` on, as an SQL timestamp literal (psql cannot bind).
    QString timeLiteral(int seconds) const
    {
        return QStringLiteral("'%1'::timestamp")
            .arg(sql::fromDateTime(clock.nowUtc().addSecs(seconds)).toString());
    }

    // The statement fails for `role` with the SQLSTATE `code` (psql prints it with VERBOSITY=verbose).
    void expectRefused(const QString& role, const QString& sql, const QString& code)
    {
        const PsqlResult result = psqlAs(role, sql);
        EXPECT_NE(result.exitCode, 0) << role.toStdString() << " was allowed: " << sql.toStdString();
        EXPECT_TRUE(result.output.contains(QStringLiteral("ERROR:  %1:").arg(code)))
            << sql.toStdString() << "\n"
            << result.output.toStdString();
    }

    // `role` claims the oldest due message as `label` by hand; its attempt's id (empty when none).
    QString claimAs(const QString& role, const QString& label)
    {
        return psqlValue(role, QStringLiteral("SELECT claim_attempt_id FROM frontdesk_claim_message('%1', "
                                              "'whatsapp-web', 0)")
                                   .arg(label));
    }

    void setSetting(const QString& key, const QString& value)
    {
        ASSERT_TRUE(
            owner
                ->exec(QStringLiteral("INSERT INTO settings (key, value, updated_by) VALUES (?, ?, 'test') "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value}, QStringLiteral("setting"))
                .ok());
    }

    QString valueOf(const QString& sql, const QVariantList& values = {})
    {
        auto value = owner->scalar(sql, values, QStringLiteral("read"));
        EXPECT_TRUE(value.ok()) << value.error().detail.toStdString();
        return value.ok() ? value.value().toString() : QString();
    }

    // psql's unaligned, tuples-only answer to one query.
    QString psqlValue(const QString& role, const QString& sql)
    {
        return psqlAs(role, sql, {QStringLiteral("-A"), QStringLiteral("-t")}).output.trimmed();
    }

    QString statusOf(qint64 id)
    {
        return owner
            ->scalar(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"), {id},
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
    QString station;    // reception and frontdesk_sender
    QString dispatcher; // frontdesk_sender only
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

    // Without the sender role reception may not send: the desk says so before it starts, and the server
    // refuses the claim itself.
    SharedSettings settings = SharedSettings::load(*receptionConnection).value();
    EXPECT_EQ(MessageQueue::loginMaySend(*receptionConnection).value(), false);
    MessageQueue refused(*receptionConnection, clock, QStringLiteral("desk-2"),
                         QStringLiteral("whatsapp-web"));
    auto notAllowed = refused.claimNext(settings);
    ASSERT_FALSE(notAllowed.ok());
    EXPECT_EQ(notAllowed.error().kind, Error::Kind::PermissionDenied)
        << notAllowed.error().detail.toStdString();
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));

    // A sender station (a reception login with the sender role) claims and records the message.
    auto stationOpened = Connection::open(specFor(station), QStringLiteral("station"));
    ASSERT_TRUE(stationOpened.ok()) << stationOpened.error().message.toStdString();
    Connection& sending = *stationOpened.value();
    EXPECT_EQ(MessageQueue::loginMaySend(sending).value(), true);
    MessageQueue queue(sending, clock, QStringLiteral("desk-2"), QStringLiteral("whatsapp-web"));
    auto claimed = queue.claimNext(settings);
    ASSERT_TRUE(claimed.ok()) << claimed.error().message.toStdString() << " "
                              << claimed.error().detail.toStdString();
    ASSERT_TRUE(claimed->has_value());
    EXPECT_EQ((*claimed)->entry.id, id);
    auto sent = queue.markSent(**claimed, QStringLiteral("ext-1"));
    EXPECT_TRUE(sent.ok()) << sent.error().message.toStdString() << " " << sent.error().detail.toStdString();
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_TRUE(queue.acknowledge(id, QStringLiteral("READ"), clock.nowUtc()).ok());
    EXPECT_EQ(statusOf(id), QStringLiteral("READ"));

    // The other ways a claim ends, all through the functions granted to reception.
    const qint64 second = queueAs(*receptionConnection, QStringLiteral("98765 33333"));
    auto again = queue.claimNext(settings);
    ASSERT_TRUE(again.ok() && again->has_value()) << (again.ok() ? "" : again.error().detail.toStdString());
    EXPECT_EQ((*again)->entry.id, second);
    EXPECT_TRUE(queue.release(**again).ok());
    EXPECT_EQ(statusOf(second), QStringLiteral("PENDING"));
    again = queue.claimNext(settings);
    ASSERT_TRUE(again.ok() && again->has_value());
    settings.maxAutoRetries = 1;
    auto failed = queue.markFailed(**again, QStringLiteral("page did not answer"), false, settings);
    ASSERT_TRUE(failed.ok()) << failed.error().detail.toStdString();
    EXPECT_EQ(failed.value(), QStringLiteral("RETRYING"));
    clock.advanceSecs(3600);
    again = queue.claimNext(settings);
    ASSERT_TRUE(again.ok() && again->has_value());
    EXPECT_EQ((*again)->entry.id, second);
    EXPECT_TRUE(queue.markSkipped(**again, QStringLiteral("opted out")).ok());
    EXPECT_EQ(statusOf(second), QStringLiteral("SKIPPED"));
    // A station that lost its claim is told so, and changes nothing.
    EXPECT_EQ(queue.markSent(**again, QStringLiteral("ext-2")).error().kind, Error::Kind::Conflict);
    EXPECT_EQ(statusOf(second), QStringLiteral("SKIPPED"));
    EXPECT_EQ(owner
                  ->scalar(QStringLiteral(
                               "SELECT string_agg(outcome, ',' ORDER BY id) FROM whatsapp_message_attempts "
                               "WHERE message_id = ?"),
                           {second}, QStringLiteral("attempts"))
                  .value()
                  .toString(),
              QStringLiteral("RELEASED,RETRYING,SKIPPED"));
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
    EXPECT_EQ(byAdmin->retried, 1);
    EXPECT_EQ(statusOf(failedId), QStringLiteral("RETRYING"));
}

TEST_F(ReceptionRole, PlainSqlClientIsRefusedEverythingAdminOnly)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 22222"));
    ASSERT_TRUE(
        owner
            ->exec(QStringLiteral(
                       "INSERT INTO whatsapp_message_attempts (message_id, station, transport, "
                       "started_at, finished_at, outcome, error_message) "
                       "VALUES (?, 'desk-1', 'whatsapp-web', ?, ?, 'FAILED', 'not a WhatsApp number')"),
                   {failedId, clock.nowUtc(), clock.nowUtc()}, QStringLiteral("attempt"))
            .ok());
    const QString id = QString::number(failedId);
    const QStringList refused = {
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'PENDING', retry_count = 0 WHERE id = %1")
            .arg(id),
        QStringLiteral(
            "UPDATE whatsapp_message_logs SET message_content = 'Pay now at evil.example' WHERE id = %1")
            .arg(pending),
        QStringLiteral("UPDATE whatsapp_message_logs SET customer_phone = '+919999999999' WHERE id = %1")
            .arg(pending),
        QStringLiteral("DELETE FROM whatsapp_message_logs WHERE id = %1").arg(id),
        QStringLiteral(
            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, status) "
            "VALUES ('ENQUIRY_CREATED', '+919876500000', 'forged', 'SENT')"),
        QStringLiteral(
            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, status) "
            "VALUES ('ENQUIRY_CREATED', '+919876500000', 'queued by hand', 'PENDING')"),
        // A claim by hand: reception's writes go through the functions only.
        QStringLiteral(
            "UPDATE whatsapp_message_logs SET status = 'SENDING', claimed_by = 'desk-9' WHERE id = %1")
            .arg(pending),
        QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE id = %1 FOR UPDATE").arg(pending),
        QStringLiteral("UPDATE whatsapp_message_attempts SET outcome = 'SENT'"),
        QStringLiteral("INSERT INTO whatsapp_message_attempts (message_id, station, started_at) "
                       "VALUES (%1, 'desk-9', now())")
            .arg(pending),
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
    EXPECT_EQ(owner
                  ->scalar(QStringLiteral("SELECT message_content FROM whatsapp_message_logs WHERE id = ?"),
                           {pending}, QStringLiteral("content"))
                  .value()
                  .toString()
                  .contains(QStringLiteral("evil")),
              false);
    EXPECT_EQ(owner->scalar(QStringLiteral("SELECT count(*) FROM users"), {}, QStringLiteral("users"))
                  .value()
                  .toInt(),
              0);

    EXPECT_EQ(statusOf(pending), QStringLiteral("PENDING"));

    // What reception may do, with the same client: read the log. Claiming through the function is the
    // sender role's (42501 without it); a reception login that has it claims.
    EXPECT_EQ(psqlAs(reception, QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")).exitCode, 0);
    const QString claimSql =
        QStringLiteral("SELECT claim_attempt_id FROM frontdesk_claim_message('desk-9', 'whatsapp-web', 0)");
    const PsqlResult notASender = psqlAs(reception, claimSql);
    EXPECT_NE(notASender.exitCode, 0);
    EXPECT_TRUE(notASender.output.contains(QStringLiteral("42501"))) << notASender.output.toStdString();
    EXPECT_EQ(statusOf(pending), QStringLiteral("PENDING"));
    const PsqlResult claim = psqlAs(station, claimSql);
    EXPECT_EQ(claim.exitCode, 0) << claim.output.toStdString();
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENDING"));
    // And the admin may retry: the rule is about the role, not about the statement.
    const PsqlResult byAdmin = psqlAs(
        admin, QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING' WHERE id = %1").arg(id));
    EXPECT_EQ(byAdmin.exitCode, 0) << byAdmin.output.toStdString();
    EXPECT_EQ(statusOf(failedId), QStringLiteral("RETRYING"));
}

TEST_F(ReceptionRole, FunctionsDoTheirOneStepAndNoMore)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 44444"));
    ASSERT_GT(pending, 0);
    const QString text =
        owner
            ->scalar(QStringLiteral("SELECT message_content FROM whatsapp_message_logs WHERE id = ?"),
                     {pending}, QStringLiteral("content"))
            .value()
            .toString();
    const QString now = timeLiteral(0);
    const QString id = QString::number(pending);
    const QString failed = QString::number(failedId);

    // Refused outright: a new row logged as sent, a tick that is not one, and the attempt-closing helper
    // that only the other functions call.
    const QStringList refused = {
        QStringLiteral(
            "SELECT frontdesk_queue_message('ENQUIRY_CREATED', '+919876500000', 'Asha', 'forged', 'SENT', "
            "'enquiry', 424242, NULL, %1, 'en', NULL, NULL, %1, NULL)")
            .arg(now),
        QStringLiteral(
            "SELECT frontdesk_queue_message('ENQUIRY_CREATED', '+919876500000', 'Asha', 'forged', 'READ', "
            "'enquiry', 424243, NULL, %1, 'en', NULL, NULL, %1, NULL)")
            .arg(now),
        QStringLiteral("SELECT frontdesk_message_tick('SENT', %1)").arg(failed),
        QStringLiteral("SELECT frontdesk_finish_attempt(1, %2, 'desk-9', %1, 'SENT', NULL, NULL)")
            .arg(now, id),
    };
    for (const QString& sql : refused) {
        const PsqlResult result = psqlAs(station, sql);
        EXPECT_NE(result.exitCode, 0) << "reception was allowed: " << sql.toStdString();
        EXPECT_TRUE(result.output.contains(QStringLiteral("ERROR"))) << result.output.toStdString();
    }
    EXPECT_EQ(owner
                  ->scalar(QStringLiteral(
                               "SELECT count(*) FROM whatsapp_message_logs WHERE reference_id >= 424242"),
                           {}, QStringLiteral("forged"))
                  .value()
                  .toInt(),
              0);

    // Changing nothing: a message nobody claimed cannot be marked sent, a FAILED one cannot be released,
    // claimed, ticked or re-queued back into the queue, and queueing an event again does not rewrite its
    // text.
    const QStringList noEffect = {
        QStringLiteral("SELECT frontdesk_message_sent(%1, 'desk-9', 0, 'whatsapp-web', 'x', NULL, NULL)")
            .arg(id),
        QStringLiteral("SELECT frontdesk_message_sent(%1, 'desk-9', 0, 'whatsapp-web', 'x', NULL, NULL)")
            .arg(failed),
        QStringLiteral(
            "SELECT frontdesk_message_retrying(%1, 'desk-9', 0, 'again', 'whatsapp-web', NULL, NULL, NULL)")
            .arg(failed),
        QStringLiteral("SELECT frontdesk_message_released(%1, 'desk-9', 0, NULL, NULL)").arg(failed),
        QStringLiteral("SELECT frontdesk_message_tick('READ', %1)").arg(failed),
        QStringLiteral("SELECT frontdesk_note_attempt(1, 'desk-9', 'rewritten')"),
    };
    for (const QString& sql : noEffect)
        EXPECT_EQ(psqlValue(station, sql), QStringLiteral("f")) << sql.toStdString();
    // Up to the FAILED message's id only, so the pending one is not the answer.
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT count(*) FROM frontdesk_claim_message('desk-9', "
                                                "'whatsapp-web', %1)")
                                     .arg(failed)),
              QStringLiteral("0"));
    auto reference = owner->exec(QStringLiteral("SELECT reference_type, reference_id, event_type "
                                                "FROM whatsapp_message_logs WHERE id = ?"),
                                 {pending}, QStringLiteral("reference"));
    ASSERT_TRUE(reference.ok());
    QSqlQuery& row = reference.value();
    ASSERT_TRUE(row.next());
    // A second message for the same event is no message (the log's key), even from an administrator;
    // reception may not queue at all since 0019 (its desk actions queue their own messages).
    const QString again =
        QStringLiteral("SELECT frontdesk_queue_message('%2', '+919876500000', 'Asha', "
                       "'Pay now at evil.example', 'PENDING', '%3', %4, NULL, %1, 'en', "
                       "NULL, NULL, %1, NULL) IS NULL")
            .arg(now, row.value(2).toString(), row.value(0).toString(), row.value(1).toString());
    EXPECT_EQ(psqlValue(admin, again), QStringLiteral("t"));
    EXPECT_TRUE(psqlValue(reception, again)
                    .startsWith(QStringLiteral("ERROR:  42501: permission denied for function")));
    EXPECT_EQ(statusOf(failedId), QStringLiteral("FAILED"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("PENDING"));
    EXPECT_EQ(owner
                  ->scalar(QStringLiteral("SELECT message_content FROM whatsapp_message_logs WHERE id = ?"),
                           {pending}, QStringLiteral("content"))
                  .value()
                  .toString(),
              text);

    // A claim stands for its station only: another station of the same login cannot finish it, nor note its
    // attempt (another login cannot either: SenderRoleTest).
    const QString attempt = psqlValue(
        station,
        QStringLiteral("SELECT claim_attempt_id FROM frontdesk_claim_message('desk-9', 'whatsapp-web', 0)"));
    ASSERT_FALSE(attempt.isEmpty());
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENDING"));
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT frontdesk_message_sent(%1, 'desk-8', %2, "
                                                "'whatsapp-web', 'x', NULL, NULL)")
                                     .arg(id, attempt)),
              QStringLiteral("f"));
    EXPECT_EQ(
        psqlValue(station,
                  QStringLiteral("SELECT frontdesk_note_attempt(%1, 'desk-8', 'mine now')").arg(attempt)),
        QStringLiteral("f"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENDING"));
    // Its own station finishes it, once.
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT frontdesk_message_sent(%1, 'desk-9', %2, "
                                                "'whatsapp-web', 'x', NULL, NULL)")
                                     .arg(id, attempt)),
              QStringLiteral("t"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENT"));
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT frontdesk_message_failed(%1, 'desk-9', %2, 'oops', "
                                                "'whatsapp-web', NULL, NULL, NULL)")
                                     .arg(id, attempt)),
              QStringLiteral("f"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENT"));

    // The functions are for FrontDesk's roles only.
    EXPECT_EQ(
        owner
            ->scalar(QStringLiteral("SELECT count(*) FROM pg_proc p WHERE p.proname LIKE 'frontdesk\\_%' "
                                    "AND p.prosecdef AND has_function_privilege('public', p.oid, 'EXECUTE')"),
                     {}, QStringLiteral("public execute"))
            .value()
            .toInt(),
        0);
}

// A station run by reception records its own pause and a "may have been sent"; only an administrator lifts
// the pause, and a paused station claims nothing even through the function by hand.
TEST_F(ReceptionRole, PausesSendingButOnlyAnAdministratorResumes)
{
    auto opened = Connection::open(specFor(reception), QStringLiteral("reception"));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    receptionConnection = std::move(opened.value());
    const qint64 pending = queueAs(*receptionConnection, QStringLiteral("98765 55555"));
    ASSERT_GT(pending, 0);

    // An unconfirmed send, recorded through its function by a desk with the sender role.
    auto stationOpened = Connection::open(specFor(station), QStringLiteral("station"));
    ASSERT_TRUE(stationOpened.ok()) << stationOpened.error().message.toStdString();
    Connection& sending = *stationOpened.value();
    SharedSettings settings = SharedSettings::load(sending).value();
    MessageQueue queue(sending, clock, QStringLiteral("desk-2"), QStringLiteral("whatsapp-web"));
    auto claimed = queue.claimNext(settings);
    ASSERT_TRUE(claimed.ok() && claimed->has_value())
        << (claimed.ok() ? "" : claimed.error().detail.toStdString());
    auto doubt = queue.markMaybeSent(**claimed, QStringLiteral("no tick within 30 s"), true);
    ASSERT_TRUE(doubt.ok()) << doubt.error().detail.toStdString();
    EXPECT_EQ(statusOf(pending), QStringLiteral("FAILED"));
    EXPECT_EQ(
        owner
            ->scalar(QStringLiteral("SELECT outcome || '|' || error_message FROM whatsapp_message_attempts "
                                    "WHERE message_id = ?"),
                     {pending}, QStringLiteral("attempt"))
            .value()
            .toString(),
        QStringLiteral("UNCONFIRMED|no tick within 30 s"));

    StationPause pause;
    pause.station = QStringLiteral("desk-2");
    pause.transport = QStringLiteral("whatsapp-web");
    pause.reason = StationPauses::pageChanged().logged;
    pause.missing = QStringLiteral("compose box");
    pause.pausedAt = clock.nowUtc();
    pause.pausedBy = QStringLiteral("claimed by the desk");
    auto paused = StationPauses(sending).pause(pause);
    ASSERT_TRUE(paused.ok()) << paused.error().detail.toStdString();
    EXPECT_EQ(paused->pausedBy, station) << "the server records who, not the desk";

    const qint64 next = queueAs(*receptionConnection, QStringLiteral("98765 66666"));
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT count(*) FROM frontdesk_claim_message('desk-2', "
                                                "'whatsapp-web', 0)")),
              QStringLiteral("0"))
        << "a paused station claims nothing";
    EXPECT_EQ(statusOf(next), QStringLiteral("PENDING"));

    // Reception cannot lift it: not through FrontDesk even when the desk claims to be an admin, not by hand.
    auto byReception =
        StationPauses(*receptionConnection).resume(QStringLiteral("desk-2"), reception, true, clock.nowUtc());
    ASSERT_FALSE(byReception.ok());
    EXPECT_EQ(byReception.error().kind, Error::Kind::PermissionDenied)
        << byReception.error().detail.toStdString();
    for (const QString& sql :
         {QStringLiteral("UPDATE station_pauses SET resumed_at = now()"),
          QStringLiteral("DELETE FROM station_pauses"),
          QStringLiteral("INSERT INTO station_pauses (station, reason, paused_at, resumed_at) "
                         "VALUES ('desk-3', 'x', now(), now())")}) {
        const PsqlResult result = psqlAs(reception, sql);
        EXPECT_NE(result.exitCode, 0) << "reception was allowed: " << sql.toStdString();
    }
    EXPECT_TRUE(StationPauses(*owner).active(QStringLiteral("desk-2"))->has_value());

    auto adminConnection = Connection::open(specFor(admin), QStringLiteral("admin"));
    ASSERT_TRUE(adminConnection.ok());
    auto byAdmin =
        StationPauses(*adminConnection.value())
            .resume(QStringLiteral("desk-2"), QStringLiteral("someone else"), true, clock.nowUtc());
    ASSERT_TRUE(byAdmin.ok()) << byAdmin.error().detail.toStdString();
    EXPECT_EQ(byAdmin.value(), 1);
    EXPECT_EQ(owner
                  ->scalar(QStringLiteral("SELECT resumed_by FROM station_pauses WHERE station = 'desk-2'"),
                           {}, QStringLiteral("who"))
                  .value()
                  .toString(),
              admin);
    auto again = queue.claimNext(settings);
    ASSERT_TRUE(again.ok() && again->has_value());
    EXPECT_EQ((*again)->entry.id, next);
}

// Sending is the sender role's (migration 0016): a reception login without it is refused every sending
// function with 42501, each call one that a sender could make at that moment.
TEST_F(ReceptionRole, SendingIsForTheSenderRoleOnly)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 77777"));
    ASSERT_GT(pending, 0);
    const QString id = QString::number(pending);
    expectRefused(reception,
                  QStringLiteral("SELECT * FROM frontdesk_claim_message('desk-r', 'whatsapp-web', 0)"),
                  QStringLiteral("42501"));
    expectRefused(
        reception,
        QStringLiteral("SELECT frontdesk_pause_station('desk-r', 'whatsapp-web', 'stop', NULL, NULL)"),
        QStringLiteral("42501"));
    expectRefused(reception,
                  QStringLiteral("SELECT * FROM frontdesk_start_canary('desk-r', 'whatsapp-web', "
                                 "'+91-44-2345-6789', 'check')"),
                  QStringLiteral("42501"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("PENDING"));

    // On a claim that stands, every outcome is refused to reception too.
    const QString attempt = claimAs(station, QStringLiteral("desk-r"));
    ASSERT_FALSE(attempt.isEmpty());
    for (const QString& call :
         {QStringLiteral("frontdesk_message_sent(%1, 'desk-r', %2, 'whatsapp-web', 'x', NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_failed(%1, 'desk-r', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_unconfirmed(%1, 'desk-r', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_interrupted(%1, 'desk-r', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_retrying(%1, 'desk-r', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral("frontdesk_message_skipped(%1, 'desk-r', %2, 'no', NULL, NULL)"),
          QStringLiteral("frontdesk_message_released(%1, 'desk-r', %2, NULL, NULL)"),
          QStringLiteral("frontdesk_note_attempt(%2, 'desk-r', 'mine')"),
          QStringLiteral("frontdesk_message_tick('READ', %1)")})
        expectRefused(reception, QStringLiteral("SELECT ") + call.arg(id, attempt), QStringLiteral("42501"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENDING"));

    // No function a sender may call takes a time, a lease or a grace from the caller.
    EXPECT_EQ(
        valueOf(QStringLiteral(
            "SELECT COALESCE(string_agg(p.oid::regprocedure::text, ', '), '') FROM pg_proc p "
            "WHERE p.proname LIKE 'frontdesk\\_%' AND has_function_privilege('frontdesk_sender', p.oid, "
            "'EXECUTE') AND pg_get_function_identity_arguments(p.oid) LIKE '%timestamp%'")),
        QString());
}

// A sender finishes only its own claims: another login cannot end, release or note one, even with the same
// station name, and takes a lapsed claim over only after the grace period.
TEST_F(ReceptionRole, ASenderCannotTouchAnotherSendersClaim)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 88888"));
    ASSERT_GT(pending, 0);
    const QString id = QString::number(pending);
    const QString attempt = claimAs(station, QStringLiteral("desk-9"));
    ASSERT_FALSE(attempt.isEmpty());
    for (const QString& call :
         {QStringLiteral("frontdesk_message_sent(%1, 'desk-9', %2, 'whatsapp-web', 'x', NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_failed(%1, 'desk-9', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_unconfirmed(%1, 'desk-9', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_interrupted(%1, 'desk-9', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral(
              "frontdesk_message_retrying(%1, 'desk-9', %2, 'no', 'whatsapp-web', NULL, NULL, NULL)"),
          QStringLiteral("frontdesk_message_skipped(%1, 'desk-9', %2, 'no', NULL, NULL)"),
          QStringLiteral("frontdesk_message_released(%1, 'desk-9', %2, NULL, NULL)"),
          QStringLiteral("frontdesk_note_attempt(%2, 'desk-9', 'mine now')")})
        EXPECT_EQ(psqlValue(dispatcher, QStringLiteral("SELECT ") + call.arg(id, attempt)),
                  QStringLiteral("f"))
            << call.toStdString();
    EXPECT_EQ(valueOf(QStringLiteral("SELECT status || ' ' || claimed_by || ' ' || claimed_login "
                                     "FROM whatsapp_message_logs WHERE id = ?"),
                      {pending}),
              QStringLiteral("SENDING desk-9 %1").arg(station));
    EXPECT_EQ(
        valueOf(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts WHERE finished_at IS NOT NULL "
                               "OR note IS NOT NULL")),
        QStringLiteral("0"));

    // The lease lapsed: its own login and station may take it back at once, another login only after the
    // grace period (the settings' one, at least 5 minutes), whatever station name it gives.
    const int lease = SharedSettings::load(*owner)->leaseSeconds;
    clock.advanceSecs(lease + 1);
    EXPECT_EQ(claimAs(dispatcher, QStringLiteral("desk-9")), QString());
    setSetting(QStringLiteral("sending.takeover_grace_seconds"), QStringLiteral("0"));
    clock.advanceSecs(299);
    EXPECT_EQ(claimAs(dispatcher, QStringLiteral("desk-9")), QString()) << "the grace is at least 5 minutes";
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENDING"));
    clock.advanceSecs(2);
    const QString takenOver = claimAs(dispatcher, QStringLiteral("desk-7"));
    ASSERT_FALSE(takenOver.isEmpty());
    EXPECT_EQ(valueOf(QStringLiteral("SELECT claimed_by || ' ' || claimed_login FROM whatsapp_message_logs "
                                     "WHERE id = ?"),
                      {pending}),
              QStringLiteral("desk-7 %1").arg(dispatcher));
    // The first station lost it: it cannot finish it any more.
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT frontdesk_message_sent(%1, 'desk-9', %2, "
                                                "'whatsapp-web', 'x', NULL, NULL)")
                                     .arg(id, attempt)),
              QStringLiteral("f"));
    EXPECT_EQ(psqlValue(dispatcher, QStringLiteral("SELECT frontdesk_message_sent(%1, 'desk-7', %2, "
                                                   "'whatsapp-web', 'x', NULL, NULL)")
                                        .arg(id, takenOver)),
              QStringLiteral("t"));
    // Ticks only on what the login sent.
    EXPECT_EQ(psqlValue(station, QStringLiteral("SELECT frontdesk_message_tick('READ', %1)").arg(id)),
              QStringLiteral("f"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENT"));
    EXPECT_EQ(psqlValue(dispatcher, QStringLiteral("SELECT frontdesk_message_tick('READ', %1)").arg(id)),
              QStringLiteral("t"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("READ"));
}

// Every time is the server's and every lease and backoff is bounded, whatever the settings say.
TEST_F(ReceptionRole, TheServerDecidesTimesAndBoundsThem)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 99999"));
    ASSERT_GT(pending, 0);
    const QString id = QString::number(pending);
    setSetting(QStringLiteral("sending.lease_seconds"), QStringLiteral("999999999"));
    setSetting(QStringLiteral("sending.retry_base_seconds"), QStringLiteral("999999999"));
    const QString attempt = claimAs(dispatcher, QStringLiteral("desk-5"));
    ASSERT_FALSE(attempt.isEmpty());
    const QString at = sql::fromDateTime(clock.nowUtc()).toString();
    EXPECT_EQ(valueOf(QStringLiteral("SELECT to_char(claimed_at, 'YYYY-MM-DD HH24:MI:SS.MS') || ' ' || "
                                     "EXTRACT(EPOCH FROM lease_until - claimed_at)::int "
                                     "FROM whatsapp_message_logs WHERE id = ?"),
                      {pending}),
              at + QStringLiteral(" 3600"))
        << "the server's time, and a lease of at most an hour";
    EXPECT_EQ(
        psqlValue(dispatcher, QStringLiteral("SELECT frontdesk_message_retrying(%1, 'desk-5', %2, 'later', "
                                             "'whatsapp-web', NULL, NULL, NULL)")
                                  .arg(id, attempt)),
        QStringLiteral("t"));
    EXPECT_EQ(valueOf(QStringLiteral("SELECT EXTRACT(EPOCH FROM next_attempt_at - updated_at)::int "
                                     "FROM whatsapp_message_logs WHERE id = ?"),
                      {pending}),
              QStringLiteral("3600"));

    // Automatic retries used up: the server refuses another (22023), the message stays where it was.
    setSetting(QStringLiteral("sending.max_auto_retries"), QStringLiteral("1"));
    clock.advanceSecs(3601);
    const QString again = claimAs(dispatcher, QStringLiteral("desk-5"));
    ASSERT_FALSE(again.isEmpty());
    expectRefused(
        dispatcher,
        QStringLiteral("SELECT frontdesk_message_retrying(%1, 'desk-5', %2, 'later', 'whatsapp-web', NULL, "
                       "NULL, NULL)")
            .arg(id, again),
        QStringLiteral("22023"));
    EXPECT_EQ(statusOf(pending), QStringLiteral("SENDING"));
}

// A sender sends; it cannot queue, change what a message says, the settings, the flags or the opt-outs, and
// its check before sending goes only to the business's own number.
TEST_F(ReceptionRole, ASenderCannotQueueNorChangeSettings)
{
    const qint64 pending = queueAs(*owner, QStringLiteral("98765 12121"));
    ASSERT_GT(pending, 0);
    const QString now = timeLiteral(0);
    const QStringList refused = {
        QStringLiteral("SELECT frontdesk_queue_message('ENQUIRY_CREATED', '+919876500000', 'Asha', 'any "
                       "text', 'PENDING', "
                       "'enquiry', 424244, NULL, %1, 'en', NULL, NULL, %1, NULL)")
            .arg(now),
        QStringLiteral(
            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, status) "
            "VALUES ('ENQUIRY_CREATED', '+919876500000', 'any text', 'PENDING')"),
        QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SENT' WHERE id = %1").arg(pending),
        QStringLiteral("UPDATE settings SET value = '100000' WHERE key = 'company.name'"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('sending.daily_cap', '100000')"),
        QStringLiteral("UPDATE customers SET opted_out = false"),
        QStringLiteral("UPDATE enquiries SET whatsapp_enquiry_sent = false"),
        QStringLiteral("UPDATE station_pauses SET resumed_at = now()"),
    };
    for (const QString& sql : refused)
        expectRefused(dispatcher, sql, QStringLiteral("42501"));
    expectRefused(
        dispatcher,
        QStringLiteral("SELECT * FROM frontdesk_start_canary('desk-5', 'whatsapp-web', '+919876512121', "
                       "'Pay now at evil.example')"),
        QStringLiteral("42501"));
    EXPECT_EQ(
        valueOf(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE event_type = 'CANARY'")),
        QStringLiteral("0"));
    // To the company's own number it starts, claimed by this login.
    EXPECT_EQ(psqlValue(dispatcher,
                        QStringLiteral("SELECT (claim_before).claimed_login FROM frontdesk_start_canary("
                                       "'desk-5', 'whatsapp-web', '+914423456789', 'check')")),
              dispatcher);
    EXPECT_EQ(statusOf(pending), QStringLiteral("PENDING"));
    auto opened = Connection::open(specFor(dispatcher), QStringLiteral("dispatcher"));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(MessageQueue::loginMaySend(*opened.value()).value(), true);
}

// A station that claims inside a transaction it never ends, and a reception desk sitting in one, hold back no
// other station: the claim passes over locked rows (SKIP LOCKED) and waits for nobody.
TEST_F(ReceptionRole, AHeldTransactionDoesNotStopASender)
{
    const qint64 first = queueAs(*owner, QStringLiteral("98765 31313"));
    const qint64 second = queueAs(*owner, QStringLiteral("98765 32323"));
    ASSERT_GT(first, 0);
    ASSERT_GT(second, 0);

    auto holderOpened = Connection::open(specFor(station), QStringLiteral("holder"));
    ASSERT_TRUE(holderOpened.ok());
    Connection& holder = *holderOpened.value();
    Transaction held(holder);
    ASSERT_TRUE(held.begin(QStringLiteral("hold")).ok());
    auto claimed = holder.exec(
        QStringLiteral("SELECT (claim_before).id FROM frontdesk_claim_message('desk-h', 'whatsapp-web', 0)"),
        QStringLiteral("claim and sit"));
    ASSERT_TRUE(claimed.ok() && claimed.value().next());
    EXPECT_EQ(claimed.value().value(0).toLongLong(), first);
    claimed.value().finish();

    // Reception sits in a transaction that read the log; it may not lock a row of it (42501: no UPDATE
    // right).
    auto receptionOpened = Connection::open(specFor(reception), QStringLiteral("reception"));
    ASSERT_TRUE(receptionOpened.ok());
    Transaction sitting(*receptionOpened.value());
    ASSERT_TRUE(sitting.begin(QStringLiteral("sit")).ok());
    EXPECT_TRUE(
        receptionOpened.value()
            ->exec(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs"), QStringLiteral("read"))
            .ok());
    expectRefused(reception, QStringLiteral("SELECT id FROM whatsapp_message_logs FOR SHARE"),
                  QStringLiteral("42501"));

    auto opened = Connection::open(specFor(dispatcher), QStringLiteral("dispatcher"));
    ASSERT_TRUE(opened.ok());
    const SharedSettings settings = SharedSettings::load(*opened.value()).value();
    MessageQueue queue(*opened.value(), clock, QStringLiteral("desk-d"), QStringLiteral("whatsapp-web"));
    QElapsedTimer waited;
    waited.start();
    auto next = queue.claimNext(settings);
    ASSERT_TRUE(next.ok()) << next.error().detail.toStdString();
    ASSERT_TRUE(next->has_value());
    EXPECT_EQ((*next)->entry.id, second) << "the held message is passed over, not waited for";
    EXPECT_TRUE(queue.markSent(**next, QStringLiteral("ext-held")).ok());
    EXPECT_LT(waited.elapsed(), 5000);
    EXPECT_EQ(statusOf(second), QStringLiteral("SENT"));
    // The held claim never committed: for everyone else the first message still waits.
    EXPECT_EQ(statusOf(first), QStringLiteral("PENDING"));
}

// Migration 0020: administrators manage people only through frontdesk_login_keeper's functions, which touch
// FrontDesk's own logins and its three roles only. Each refusal is checked against the same call that
// succeeds for a FrontDesk login or role, so that it is the rule that refuses, not something else.
TEST_F(ReceptionRole, AnAdministratorManagesOnlyFrontDesksLoginsAndRoles)
{
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString it = QStringLiteral("it_%1").arg(suffix);           // IT's: CREATEROLE, in frontdesk_admin
    const QString itOwner = QStringLiteral("itowner_%1").arg(suffix); // owns the database, in frontdesk_admin
    const QString rootish = QStringLiteral("rootish_%1").arg(suffix); // a superuser in frontdesk_admin
    const QString extra = QStringLiteral("extra_%1").arg(suffix);     // reception and another role too
    struct Drop
    {
        QString database;
        QStringList roles;
        ~Drop()
        {
            auto server = Connection::open(postgresAdminSpec(), QStringLiteral("roles"));
            if (server)
                (void)server.value()->exec(
                    QStringLiteral("ALTER DATABASE %1 OWNER TO CURRENT_USER").arg(database),
                    QStringLiteral("owner back"));
            for (const QString& role : roles)
                if (server)
                    (void)server.value()->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                               QStringLiteral("drop role"));
        }
    } drop{database->spec().database,
           {it, itOwner, rootish, extra, QStringLiteral("made_%1").arg(suffix),
            QStringLiteral("made2_%1").arg(suffix)}};
    for (const QString& sql :
         {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE IN ROLE frontdesk_admin").arg(it),
          QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frontdesk_admin").arg(itOwner),
          QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database->spec().database, itOwner),
          QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER IN ROLE frontdesk_admin").arg(rootish),
          QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frontdesk_reception, pg_read_all_stats").arg(extra)})
        ASSERT_TRUE(owner->exec(sql, QStringLiteral("setup")).ok()) << sql.toStdString();

    // The admin login holds no CREATEROLE: plain role statements are refused by the server.
    EXPECT_EQ(valueOf(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = ?"), {admin}),
              QStringLiteral("false"));
    expectRefused(admin, QStringLiteral("GRANT pg_execute_server_program TO %1").arg(admin),
                  QStringLiteral("42501"));
    expectRefused(admin, QStringLiteral("CREATE ROLE made_%1 SUPERUSER LOGIN").arg(suffix),
                  QStringLiteral("42501"));
    expectRefused(admin, QStringLiteral("CREATE ROLE made_%1 CREATEROLE LOGIN").arg(suffix),
                  QStringLiteral("42501"));
    expectRefused(admin, QStringLiteral("ALTER ROLE %1 PASSWORD 'taken-over-1'").arg(it),
                  QStringLiteral("42501"));

    // Through the functions: only FrontDesk's three roles. The same call with frontdesk_sender succeeds.
    const auto grant = [](const QString& login, const QString& role) {
        return QStringLiteral("SELECT frontdesk_grant_desk_role('%1', '%2')").arg(login, role);
    };
    for (const char* other : {"pg_execute_server_program", "pg_read_server_files", "pg_write_server_files",
                              "pg_database_owner", "frontdesk_login_keeper"})
        expectRefused(admin, grant(admin, QLatin1String(other)), QStringLiteral("42501"));
    const QString schemaOwner =
        valueOf(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'"));
    expectRefused(admin, grant(admin, schemaOwner), QStringLiteral("42501"));
    expectRefused(admin, grant(admin, itOwner), QStringLiteral("42501"));
    EXPECT_EQ(psqlAs(admin, grant(reception, QStringLiteral("frontdesk_sender"))).exitCode, 0);
    EXPECT_EQ(
        valueOf(QStringLiteral("SELECT pg_has_role(?::name, 'frontdesk_sender', 'MEMBER')"), {reception}),
        QStringLiteral("true"));

    // Only FrontDesk's logins: not IT's (CREATEROLE, or the database's owner), not a superuser, not a login
    // that holds another role. The same call on a reception login succeeds.
    const auto setPassword = [](const QString& login) {
        return QStringLiteral("SELECT frontdesk_set_login_password('%1', 'taken-over-1')").arg(login);
    };
    for (const QString& target : {it, itOwner, rootish, extra, postgresAdminSpec().user})
        expectRefused(admin, setPassword(target), QStringLiteral("42501"));
    for (const QString& target : {it, itOwner, rootish, extra}) {
        expectRefused(admin, QStringLiteral("SELECT frontdesk_set_login_enabled('%1', false)").arg(target),
                      QStringLiteral("42501"));
        expectRefused(admin, grant(target, QStringLiteral("frontdesk_sender")), QStringLiteral("42501"));
        expectRefused(
            admin, QStringLiteral("SELECT frontdesk_revoke_desk_role('%1', 'frontdesk_admin')").arg(target),
            QStringLiteral("42501"));
    }
    EXPECT_EQ(psqlAs(admin, setPassword(reception)).exitCode, 0);
    EXPECT_EQ(psqlAs(admin, QStringLiteral("SELECT frontdesk_set_login_enabled('%1', false)").arg(reception))
                  .exitCode,
              0);
    EXPECT_EQ(valueOf(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {reception}),
              QStringLiteral("false"));

    // A new login is plain: a name that smuggles attributes is refused, a password that tries is quoted.
    expectRefused(admin,
                  QStringLiteral("SELECT frontdesk_create_login('made_%1 SUPERUSER', 'pw-12345', "
                                 "'frontdesk_reception', false)")
                      .arg(suffix),
                  QStringLiteral("22023"));
    expectRefused(admin,
                  QStringLiteral("SELECT frontdesk_create_login('made_%1', 'pw-12345', "
                                 "'pg_execute_server_program', false)")
                      .arg(suffix),
                  QStringLiteral("22023"));
    EXPECT_EQ(psqlAs(admin, QStringLiteral("SELECT frontdesk_create_login('made_%1', 'pw'' SUPERUSER "
                                           "CREATEROLE --', 'frontdesk_reception', false)")
                                .arg(suffix))
                  .exitCode,
              0);
    EXPECT_EQ(valueOf(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls "
                                     "FROM pg_roles WHERE rolname = ?"),
                      {QStringLiteral("made_%1").arg(suffix)}),
              QStringLiteral("false"));
    // A desk login gets 0016's session limits.
    EXPECT_EQ(valueOf(QStringLiteral("SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting s "
                                     "JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = ?"),
                      {QStringLiteral("made_%1").arg(suffix)}),
              QStringLiteral("idle_in_transaction_session_timeout=60s,lock_timeout=30s"));
    // The last desk role is never revoked: the login would stop being FrontDesk's.
    expectRefused(
        admin,
        QStringLiteral("SELECT frontdesk_revoke_desk_role('made_%1', 'frontdesk_reception')").arg(suffix),
        QStringLiteral("22023"));

    // Reception and the sender role may call none of them (the reception login is disabled by now: a
    // reception desk that sends); nobody is a member of the keeper, which owns them.
    for (const QString& desk : {station, dispatcher})
        expectRefused(desk,
                      QStringLiteral("SELECT frontdesk_create_login('made2_%1', 'pw-12345', "
                                     "'frontdesk_admin', false)")
                          .arg(suffix),
                      QStringLiteral("42501"));
    EXPECT_EQ(valueOf(keeperUsersSql()), QStringLiteral("0"));
    EXPECT_EQ(
        valueOf(QStringLiteral("SELECT string_agg(DISTINCT proowner::regrole::text, ',') FROM pg_proc "
                               "WHERE proname IN ('frontdesk_create_login', 'frontdesk_set_login_password', "
                               "'frontdesk_set_login_enabled', 'frontdesk_grant_desk_role', "
                               "'frontdesk_revoke_desk_role', 'frontdesk_managed_login')")),
        QStringLiteral("frontdesk_login_keeper"));
}

// A sender pauses only its own station (migration 0020): not one whose name another login claimed, ran
// attempts or paused under. The same call by the login whose station it is succeeds.
TEST_F(ReceptionRole, ASenderPausesOnlyItsOwnStation)
{
    ASSERT_GT(queueAs(*owner, QStringLiteral("98765 44444")), 0);
    ASSERT_FALSE(claimAs(station, QStringLiteral("desk-s")).isEmpty());
    const auto pause = [](const char* label) {
        return QStringLiteral(
                   "SELECT frontdesk_pause_station('%1', 'whatsapp-web', 'page changed', NULL, NULL)")
            .arg(QLatin1String(label));
    };
    const auto pausesOf = [this](const char* label) {
        return valueOf(
            QStringLiteral("SELECT COUNT(*) FROM station_pauses WHERE station = ? AND resumed_at IS NULL"),
            {QString::fromLatin1(label)});
    };
    expectRefused(dispatcher, pause("desk-s"), QStringLiteral("42501"));
    EXPECT_EQ(pausesOf("desk-s"), QStringLiteral("0"));
    EXPECT_EQ(psqlAs(station, pause("desk-s")).exitCode, 0);
    EXPECT_EQ(valueOf(QStringLiteral("SELECT paused_by FROM station_pauses WHERE station = 'desk-s'")),
              station);

    // A name nobody used yet is the caller's; once paused under it, it is no one else's.
    EXPECT_EQ(psqlAs(dispatcher, pause("desk-d")).exitCode, 0);
    EXPECT_EQ(psqlAs(dispatcher, pause("desk-d")).exitCode, 0); // the pause in force, again
    EXPECT_EQ(pausesOf("desk-d"), QStringLiteral("1"));
    expectRefused(station, pause("desk-d"), QStringLiteral("42501"));
}
