// `frontdesk dispatch` as a real process, against the test page and messages queued in a real SQLite and
// PostgreSQL database: each message reaches the page exactly once, invalid numbers end FAILED, and a
// logged-out WhatsApp leaves everything PENDING with exit code 2.
#include "settings/SharedSettings.h"
#include "util/FrontdeskProcess.h"
#include "util/TestDatabase.h"
#include "whatsapp/FakeWhatsAppServer.h"
#include "whatsapp/HostileTexts.h"
#include "whatsapp/WhatsAppSession.h"

#include <QCoreApplication>

#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

class DispatchCommandTest : public DialectTest
{
protected:
    void SetUp() override
    {
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        settings.quietStart = QTime(0, 0); // no quiet hours: the test runs at any time of day
        settings.quietEnd = QTime(0, 0);
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(home.isValid());
    }

    // A row as the customer's older system writes it: the seed's columns only, PENDING.
    qint64 queue(const QString& phone, const QString& text)
    {
        const int reference = ++m_reference;
        auto inserted = connection->exec(
            QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                           "message_content, status, reference_type, reference_id) VALUES (?, ?, ?, ?, 'PENDING', "
                           "'enquiry', ?)"),
            {QStringLiteral("ENQUIRY_CREATED"), phone, QStringLiteral("Customer"), text, reference},
            QStringLiteral("queue a message"));
        EXPECT_TRUE(inserted.ok()) << inserted.error().detail.toStdString();
        auto id = connection->scalar(
            QStringLiteral("SELECT id FROM whatsapp_message_logs WHERE reference_type = 'enquiry' AND reference_id = ?"),
            {reference}, QStringLiteral("find the message"));
        return id.ok() ? id.value().toLongLong() : 0;
    }

    QString status(qint64 id)
    {
        auto v = connection->scalar(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"), {id},
                                    QStringLiteral("status"));
        return v.ok() ? v.value().toString() : QString();
    }

    ProcessRun dispatch(const QStringList& extra)
    {
        return runFrontdesk(QStringList{QStringLiteral("dispatch"), QStringLiteral("--database"),
                                        databaseArgument(database->spec()),
                                        QStringLiteral("--whatsapp-url"), server.url().toString()}
                                + extra,
                            home);
    }

    std::unique_ptr<Connection> connection;
    FakeWhatsAppServer server;
    QTemporaryDir home;
    int m_reference = 0;
};

} // namespace

TEST_P(DispatchCommandTest, OnceSendsEveryQueuedMessageExactlyOnce)
{
    server.scan();
    server.config().invalidNumbers.insert(QStringLiteral("919812300000"));
    const QStringList texts = hostileTexts();
    QList<qint64> ids;
    for (int i = 0; i < texts.size(); ++i)
        ids << queue(QStringLiteral("+9198765%1").arg(10000 + i % 7), texts[i]);
    const qint64 invalid = queue(QStringLiteral("+919812300000"), QStringLiteral("Hello from the desk"));

    const ProcessRun run = dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("sent %1, failed 1, skipped 0, left 0").arg(texts.size())))
        << run.out.toStdString();

    // The page's own record: each text once, to its customer.
    const QList<FakeWhatsAppServer::Sent> sent = server.sent();
    ASSERT_EQ(sent.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        int copies = 0;
        for (const auto& s : sent)
            if (s.text == texts[i] && s.phone == QStringLiteral("9198765%1").arg(10000 + i % 7))
                ++copies;
        EXPECT_EQ(copies, 1) << "text " << i << ": " << texts[i].toStdString();
        // Later ticks may already have moved it on.
        EXPECT_TRUE(QStringList({QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")})
                        .contains(status(ids[i])))
            << i << ": " << status(ids[i]).toStdString();
    }
    EXPECT_EQ(status(invalid), QStringLiteral("FAILED"));
    auto reason = connection->scalar(QStringLiteral("SELECT error_message FROM whatsapp_message_logs WHERE id = ?"),
                                     {invalid}, QStringLiteral("reason"));
    ASSERT_TRUE(reason.ok());
    EXPECT_TRUE(reason.value().toString().contains(QStringLiteral("not a WhatsApp number")));
    EXPECT_EQ(server.pageLoads(), 1) << "one page load for the whole run";

    // A second run finds nothing to do and sends nothing again.
    const ProcessRun again = dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(server.sent().size(), texts.size());
}

TEST_P(DispatchCommandTest, NotLoggedInExitsWithTwoAndLeavesMessagesPending)
{
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Waits for the scan"));
    const ProcessRun run = dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0,10"),
                              QStringLiteral("--ready-timeout"), QStringLiteral("3")});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("PENDING"));
    EXPECT_TRUE(server.sent().isEmpty());
    EXPECT_TRUE(run.out.contains(QStringLiteral("left 1"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("QR"))) << run.err.toStdString();
    // The login code, drawn in the terminal and saved as an image.
    EXPECT_TRUE(run.out.contains(QChar(0x2588))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("whatsapp-login-qr.png"))) << run.out.toStdString();
}

TEST_P(DispatchCommandTest, BadArgumentsAreRefusedWithTheReason)
{
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Stays queued"));
    ProcessRun run = dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("20,5")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--pace-ms"))) << run.err.toStdString();
    run = dispatch({QStringLiteral("--once"), QStringLiteral("--whatsapp-url"), QStringLiteral("ftp://x")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--whatsapp-url"))) << run.err.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("PENDING"));
}

TEST_P(DispatchCommandTest, ASecondProcessIsToldWhichOneDrivesTheProfile)
{
    server.scan();
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Not from two places at once"));
    // This test process drives the profile the command would use (its app data folder under HOME).
    whatsapp::SessionOptions options;
    options.baseUrl = server.url();
    options.profileFolder = home.filePath(QStringLiteral("data/FrontDesk/FrontDesk/whatsapp-profile"));
    whatsapp::WhatsAppSession holder(options);
    ASSERT_TRUE(holder.start().ok());

    const ProcessRun run = dispatch({QStringLiteral("--once")});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << run.err.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("PENDING"));
}

// A sender station logged in as a reception person: on PostgreSQL that role has no write rights on the log
// and sends everything through the functions granted to it (migration 0010).
TEST_P(DispatchCommandTest, AReceptionLoginSendsThroughItsFunctions)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "database roles exist on PostgreSQL only";
    server.scan();
    server.config().invalidNumbers.insert(QStringLiteral("919812300000"));
    const qint64 good = queue(QStringLiteral("+919876510000"), QStringLiteral("Sent by the reception desk"));
    const qint64 invalid = queue(QStringLiteral("+919812300000"), QStringLiteral("Not a WhatsApp number"));

    // Role names cannot be bound: this one is made here from hex digits. Server-wide, so dropped again.
    const QString role = QStringLiteral("reception_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString password = QStringLiteral("desk-pw-2");
    ASSERT_TRUE(connection->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_reception")
                                     .arg(role, password), QStringLiteral("create role")).ok());
    ConnectionSpec spec = database->spec();
    spec.user = role;
    spec.password = password;
    const ProcessRun run = runFrontdesk({QStringLiteral("dispatch"), QStringLiteral("--database"), databaseArgument(spec),
                                         QStringLiteral("--whatsapp-url"), server.url().toString(),
                                         QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")},
                                        home);
    (void)connection->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), QStringLiteral("drop role"));

    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("sent 1, failed 1, skipped 0, left 0"))) << run.out.toStdString();
    ASSERT_EQ(server.sent().size(), 1);
    EXPECT_EQ(server.sent().constFirst().text, QStringLiteral("Sent by the reception desk"));
    EXPECT_TRUE(QStringList({QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")})
                    .contains(status(good)))
        << status(good).toStdString();
    EXPECT_EQ(status(invalid), QStringLiteral("FAILED"));
    // Both attempts were opened and closed by the reception login's station.
    auto open = connection->scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts "
                                                  "WHERE message_id IN (?, ?) AND finished_at IS NULL"),
                                   {good, invalid}, QStringLiteral("attempts"));
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(open.value().toInt(), 0);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DispatchCommandTest);

TEST(WhatsAppCheckCommand, ReportsTheLandmarksAndWhetherWhatsAppIsReady)
{
    FakeWhatsAppServer server;
    ASSERT_TRUE(server.listen());
    QTemporaryDir home;
    const QStringList args = {QStringLiteral("check"), QStringLiteral("--whatsapp"), QStringLiteral("--whatsapp-url"),
                              server.url().toString()};
    ProcessRun run = runFrontdesk(args, home);
    EXPECT_EQ(run.exitCode, 2) << "logged out: " << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("qr"))) << run.out.toStdString();

    server.scan();
    run = runFrontdesk(args, home);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("chatList: \"#pane-side\""))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Missing: none"))) << run.out.toStdString();
}
