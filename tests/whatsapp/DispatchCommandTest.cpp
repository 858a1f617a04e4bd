// `frontdesk dispatch` as a real process, against the test page (today's and yesterday's) and messages
// queued in a real SQLite and PostgreSQL database, on a desk whose system language is Hindi: each message
// reaches the page exactly once, invalid numbers end FAILED, a send pressed without a confirmation is not
// pressed again, and a logged-out WhatsApp leaves everything PENDING with exit code 2.
// Stopping and render-process deaths are bounded and follow the never-twice rule.
#include "automation/settings/SharedSettings.h"
#include "automation/whatsapp/ClientHints.h"
#include "automation/whatsapp/WaJsScripts.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "util/FrontdeskProcess.h"
#include "util/TestDatabase.h"
#include "util/WaitUntil.h"
#include "whatsapp/FakeWhatsAppServer.h"
#include "whatsapp/HostileTexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

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
        settings.canaryEnabled = false; // the canary has tests of its own (CanaryTest)
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        settings.quietStart = QTime(0, 0); // no quiet hours: the test runs at any time of day
        settings.quietEnd = QTime(0, 0);
        settings.hourlyCap = 0;  // runs of dozens in seconds, twice a test: no hourly cap, no batch pauses
        settings.warmUpDays = 0; // a number that is warm already
        settings.batchSize = 0;
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        newPage(PageVersion::Today);
    }

    // A row as the customer's older system writes it: the seed's columns only, PENDING.
    qint64 queue(const QString& phone, const QString& text)
    {
        const int reference = ++m_reference;
        auto inserted = connection->exec(
            QStringLiteral(
                "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                "message_content, status, reference_type, reference_id) VALUES (?, ?, ?, ?, 'PENDING', "
                "'enquiry', ?)"),
            {QStringLiteral("ENQUIRY_CREATED"), phone, QStringLiteral("Customer"), text, reference},
            QStringLiteral("queue a message"));
        EXPECT_TRUE(inserted.ok()) << inserted.error().detail.toStdString();
        auto id = connection->scalar(
            QStringLiteral(
                "SELECT id FROM whatsapp_message_logs WHERE reference_type = 'enquiry' AND reference_id = ?"),
            {reference}, QStringLiteral("find the message"));
        return id.ok() ? id.value().toLongLong() : 0;
    }

    QString status(qint64 id)
    {
        auto v = connection->scalar(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"),
                                    {id}, QStringLiteral("status"));
        return v.ok() ? v.value().toString() : QString();
    }

    // `frontdesk dispatch` as the station's own login (a sender's), or as `who` (an administrator resumes).
    ProcessRun dispatch(const QStringList& extra, TestDatabase::Login who = TestDatabase::Login::Sender)
    {
        return runFrontdesk(QStringList{QStringLiteral("dispatch"), QStringLiteral("--database"),
                                        databaseArgument(database->specAs(who)),
                                        QStringLiteral("--whatsapp-url"), server->url().toString()} +
                                extra,
                            *home, hindiDesk());
    }

    // The frontdesk process runs as on a desk whose system language is Hindi.
    static QProcessEnvironment hindiDesk()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LANG"), QStringLiteral("hi_IN.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("hi"));
        return env;
    }

    // A new WhatsApp (the page of `version`, nobody logged in) and a new machine for the station.
    void newPage(PageVersion version)
    {
        server = std::make_unique<FakeWhatsAppServer>();
        server->config().page = version;
        ASSERT_TRUE(server->listen());
        home = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(home->isValid());
    }

    QString errorMessage(qint64 id)
    {
        auto v =
            connection->scalar(QStringLiteral("SELECT error_message FROM whatsapp_message_logs WHERE id = ?"),
                               {id}, QStringLiteral("reason"));
        return v.ok() ? v.value().toString() : QString();
    }

    // A station that runs until stopped (or --once), started without waiting; it dies with the test. With
    // `ownGroup` it leads a process group of its own, as a service or a terminal's foreground job does.
    void startStation(const QStringList& extra, bool ownGroup = false)
    {
        QProcessEnvironment env = privateEnvironment(*home);
        env.insert(hindiDesk());
        station.setProcessEnvironment(env);
        station.setChildProcessModifier([ownGroup] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (ownGroup)
                ::setpgid(0, 0);
        });
        station.start(QStringLiteral(FRONTDESK_BINARY),
                      QStringList{QStringLiteral("dispatch"), QStringLiteral("--database"),
                                  databaseArgument(database->specAs(TestDatabase::Login::Sender)),
                                  QStringLiteral("--whatsapp-url"), server->url().toString(),
                                  QStringLiteral("--pace-ms"), QStringLiteral("0")} +
                          extra);
        ASSERT_TRUE(station.waitForStarted(30000));
    }

    bool stationEnded(int timeoutMs)
    {
        return waitUntil([&] { return station.state() == QProcess::NotRunning; }, timeoutMs);
    }

    QString stationOutput()
    {
        return QString::fromUtf8(station.readAllStandardOutput() + station.readAllStandardError());
    }

    // The station's QtWebEngine render processes: forked by the renderers' zygote the station started (the
    // other one, --no-zygote-sandbox, forks utility processes), they keep the zygote's command line, so they
    // are found as its children.
    QList<qint64> rendererPids() const
    {
        const auto parentOf = [](qint64 pid) -> qint64 {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                return 0;
            const QByteArray line = stat.readAll();
            return line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
        };
        const auto isZygote = [](qint64 pid) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly))
                return false;
            const QByteArray args = cmdline.readAll();
            return args.contains("--type=zygote") && !args.contains("--no-zygote-sandbox");
        };
        QList<qint64> renderers;
        for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            const qint64 parent = isPid ? parentOf(pid) : 0;
            if (parent > 0 && isZygote(parent) && parentOf(parent) == station.processId())
                renderers << pid;
        }
        return renderers;
    }

    static bool waitUntil(const std::function<bool()>& done, int timeoutMs)
    {
        return test::waitUntil(done, timeoutMs, 20);
    }

    void TearDown() override
    {
        if (station.state() != QProcess::NotRunning) {
            station.kill();
            station.waitForFinished(10000);
        }
        DialectTest::TearDown();
    }

    std::unique_ptr<Connection> connection;
    std::unique_ptr<FakeWhatsAppServer> server;
    std::unique_ptr<QTemporaryDir> home;
    QProcess station;
    int m_reference = 0;
};

const QStringList kSent = {QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")};

} // namespace

TEST_P(DispatchCommandTest, OnceSendsEveryQueuedMessageExactlyOnce)
{
    for (const PageVersion version : {PageVersion::Today, PageVersion::Yesterday}) {
        SCOPED_TRACE(pageVersionName(version).toStdString());
        newPage(version);
        server->scan();
        server->config().invalidNumbers.insert(QStringLiteral("919812300000"));
        const QStringList texts = hostileTexts();
        QList<qint64> ids;
        for (int i = 0; i < texts.size(); ++i)
            ids << queue(QStringLiteral("+9198765%1").arg(10000 + i % 7), texts[i]);
        const qint64 invalid = queue(QStringLiteral("+919812300000"), QStringLiteral("Hello from the desk"));

        const ProcessRun run =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(
            run.out.contains(QStringLiteral("sent %1, failed 1, skipped 0, left 0").arg(texts.size())))
            << run.out.toStdString();

        // The page's own record: each text once, to its customer.
        const QList<FakeWhatsAppServer::Sent> sent = server->sent();
        ASSERT_EQ(sent.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            int copies = 0;
            for (const auto& s : sent)
                if (s.text == texts[i] && s.phone == QStringLiteral("9198765%1").arg(10000 + i % 7))
                    ++copies;
            EXPECT_EQ(copies, 1) << "text " << i << ": " << texts[i].toStdString();
            // Later ticks may already have moved it on.
            EXPECT_TRUE(
                QStringList({QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")})
                    .contains(status(ids[i])))
                << i << ": " << status(ids[i]).toStdString();
        }
        EXPECT_EQ(status(invalid), QStringLiteral("FAILED"));
        auto reason =
            connection->scalar(QStringLiteral("SELECT error_message FROM whatsapp_message_logs WHERE id = ?"),
                               {invalid}, QStringLiteral("reason"));
        ASSERT_TRUE(reason.ok());
        EXPECT_TRUE(reason.value().toString().contains(QStringLiteral("not a WhatsApp number")))
            << reason.value().toString().toStdString();
        EXPECT_EQ(server->pageLoads(), 1) << "one page load for the whole run";
        for (const QString& language : server->pageAcceptLanguages())
            EXPECT_TRUE(language.startsWith(QStringLiteral("en-IN")))
                << "asked for in English: " << language.toStdString();

        // A second run finds nothing to do and sends nothing again.
        const ProcessRun again =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
        EXPECT_EQ(server->sent().size(), texts.size());
    }
}

TEST_P(DispatchCommandTest, NotLoggedInExitsWithTwoAndLeavesMessagesPending)
{
    for (const PageVersion version : {PageVersion::Today, PageVersion::Yesterday}) {
        SCOPED_TRACE(pageVersionName(version).toStdString());
        newPage(version);
        const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Waits for the scan"));
        const ProcessRun run =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0,10"),
                      QStringLiteral("--ready-timeout"), QStringLiteral("3")});
        EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
        EXPECT_EQ(status(id), QStringLiteral("PENDING"));
        EXPECT_TRUE(server->sent().isEmpty());
        EXPECT_TRUE(run.out.contains(QStringLiteral("left 1"))) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("QR"))) << run.err.toStdString();
        // The login code, drawn in the terminal and saved as an image.
        EXPECT_TRUE(run.out.contains(QChar(0x2588))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("whatsapp-login-qr.png"))) << run.out.toStdString();
        // Nothing of the first run is left for the next one.
        auto cleared = connection->exec(
            QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SKIPPED' WHERE id = ?"), {id},
            QStringLiteral("set aside"));
        ASSERT_TRUE(cleared.ok());
    }
}

// A send that was pressed and never confirmed (the message stays at the clock) may have reached the
// customer: it ends FAILED with its own reason, and neither this run nor the next presses it again.
TEST_P(DispatchCommandTest, PressedWithoutConfirmationIsNotSentAgain)
{
    for (const PageVersion version : {PageVersion::Today, PageVersion::Yesterday}) {
        SCOPED_TRACE(pageVersionName(version).toStdString());
        newPage(version);
        server->scan();
        server->config().noTickNumbers.insert(QStringLiteral("919876520000"));
        const QString text =
            QStringLiteral("Stuck at the clock on the %1 page").arg(pageVersionName(version));
        const qint64 stuck = queue(QStringLiteral("+919876520000"), text);
        const qint64 fine = queue(QStringLiteral("+919876520001"), QStringLiteral("This one goes"));
        ProcessRun run =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_EQ(status(stuck), QStringLiteral("FAILED"));
        auto reason =
            connection->scalar(QStringLiteral("SELECT error_message FROM whatsapp_message_logs WHERE id = ?"),
                               {stuck}, QStringLiteral("reason"));
        ASSERT_TRUE(reason.ok());
        EXPECT_TRUE(reason.value().toString().contains(QStringLiteral("may have been sent")))
            << reason.value().toString().toStdString();
        EXPECT_EQ(server->sentTo(QStringLiteral("919876520000")).size(), 1);

        run = dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        EXPECT_EQ(server->sentTo(QStringLiteral("919876520000")).size(), 1) << "never pressed again";
        EXPECT_EQ(status(stuck), QStringLiteral("FAILED"));
        EXPECT_NE(status(fine), QStringLiteral("PENDING"));
    }
}

TEST_P(DispatchCommandTest, BadArgumentsAreRefusedWithTheReason)
{
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Stays queued"));
    ProcessRun run =
        dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("20,5")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--pace-ms"))) << run.err.toStdString();
    run = dispatch({QStringLiteral("--once"), QStringLiteral("--whatsapp-url"), QStringLiteral("ftp://x")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--whatsapp-url"))) << run.err.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("PENDING"));
}

TEST_P(DispatchCommandTest, ASecondProcessIsToldWhichOneDrivesTheProfile)
{
    server->scan();
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Not from two places at once"));
    // This test process drives the profile the command would use (its app data folder under HOME).
    whatsapp::SessionOptions options;
    options.baseUrl = server->url();
    options.profileFolder = home->filePath(QStringLiteral("data/FrontDesk/FrontDesk/whatsapp-profile"));
    whatsapp::WhatsAppSession holder(options);
    ASSERT_TRUE(holder.start().ok());

    const ProcessRun run = dispatch({QStringLiteral("--once")});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << run.err.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("PENDING"));
}

// A sender station logged in as a reception person: on PostgreSQL that role has no write rights on the log
// and sends everything through the functions granted to the sender role (migrations 0010, 0016). Without
// that role `dispatch` says so at once and sends nothing.
TEST_P(DispatchCommandTest, AReceptionLoginSendsThroughItsFunctionsOnceItIsASender)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "database roles exist on PostgreSQL only";
    server->scan();
    server->config().invalidNumbers.insert(QStringLiteral("919812300000"));
    const qint64 good = queue(QStringLiteral("+919876510000"), QStringLiteral("Sent by the reception desk"));
    const qint64 invalid = queue(QStringLiteral("+919812300000"), QStringLiteral("Not a WhatsApp number"));

    // Role names cannot be bound: this one is made here from hex digits. Server-wide, so dropped again.
    const QString role =
        QStringLiteral("reception_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString password = QStringLiteral("desk-pw-2");
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frontdesk_reception")
                               .arg(role, password),
                           QStringLiteral("create role"))
                    .ok());
    ConnectionSpec spec = database->spec();
    spec.user = role;
    spec.password = password;
    const QStringList arguments{QStringLiteral("dispatch"),  QStringLiteral("--database"),
                                databaseArgument(spec),      QStringLiteral("--whatsapp-url"),
                                server->url().toString(),    QStringLiteral("--once"),
                                QStringLiteral("--pace-ms"), QStringLiteral("0")};
    const ProcessRun refused = runFrontdesk(arguments, *home, hindiDesk());
    EXPECT_EQ(refused.exitCode, 1) << refused.out.toStdString() << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(
        QStringLiteral("This login may not send messages: ask IT or an admin to grant it the sender role")))
        << refused.err.toStdString();
    EXPECT_TRUE(server->sent().isEmpty());
    EXPECT_EQ(status(good), QStringLiteral("PENDING"));

    ASSERT_TRUE(
        connection->exec(QStringLiteral("GRANT frontdesk_sender TO %1").arg(role), QStringLiteral("grant"))
            .ok());
    const ProcessRun run = runFrontdesk(arguments, *home, hindiDesk());
    (void)connection->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), QStringLiteral("drop role"));

    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("sent 1, failed 1, skipped 0, left 0")))
        << run.out.toStdString();
    ASSERT_EQ(server->sent().size(), 1);
    EXPECT_EQ(server->sent().constFirst().text, QStringLiteral("Sent by the reception desk"));
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

// A page that hangs right after the message left: SIGTERM still ends the station within 30 s, the message
// recorded "may have been sent" (never resent), the next one untouched.
TEST_P(DispatchCommandTest, SigtermEndsTheStationInBoundedTimeWhenThePageHangsAfterThePress)
{
    server->scan();
    server->config().hangOn = QStringLiteral("send");
    const qint64 first = queue(QStringLiteral("+919876510000"), QStringLiteral("Left, then the page hung"));
    const qint64 second = queue(QStringLiteral("+919876510001"), QStringLiteral("Waits for the next run"));
    startStation({});
    ASSERT_TRUE(waitUntil([&] { return server->sent().size() == 1; }, 180000))
        << stationOutput().toStdString();
    QElapsedTimer sinceStop;
    sinceStop.start();
    ::kill(pid_t(station.processId()), SIGTERM);
    ASSERT_TRUE(stationEnded(60000)) << "still running a minute after SIGTERM";
    const qint64 stopMs = sinceStop.elapsed();
    std::cout << "SIGTERM to exit with the page hung after the press: " << stopMs << " ms" << std::endl;
    RecordProperty("stop_ms", int(stopMs));
    const QString output = stationOutput();
    EXPECT_LT(stopMs, 31000) << output.toStdString();
    EXPECT_EQ(station.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(station.exitCode(), 0) << output.toStdString();
    EXPECT_EQ(status(first), QStringLiteral("FAILED"));
    EXPECT_TRUE(errorMessage(first).contains(QStringLiteral("may have been sent")))
        << errorMessage(first).toStdString();
    EXPECT_EQ(status(second), QStringLiteral("PENDING"));
    EXPECT_EQ(server->sent().size(), 1);
}

// A page that hangs before anything was typed: SIGTERM ends the station within 30 s and the message goes
// back untouched.
TEST_P(DispatchCommandTest, SigtermReleasesAMessageThatWasNotPressedWhenThePageHangs)
{
    server->scan();
    server->config().hangOn = QStringLiteral("open");
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Never pressed"));
    startStation({});
    ASSERT_TRUE(waitUntil([&] { return status(id) == QLatin1String("SENDING"); }, 180000))
        << stationOutput().toStdString();
    waitUntil([] { return false; }, 1000); // the page is inside its busy loop by now
    QElapsedTimer sinceStop;
    sinceStop.start();
    ::kill(pid_t(station.processId()), SIGTERM);
    ASSERT_TRUE(stationEnded(60000)) << "still running a minute after SIGTERM";
    const qint64 stopMs = sinceStop.elapsed();
    std::cout << "SIGTERM to exit with the page hung before the press: " << stopMs << " ms" << std::endl;
    const QString output = stationOutput();
    EXPECT_LT(stopMs, 31000) << output.toStdString();
    EXPECT_EQ(station.exitCode(), 0) << output.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("PENDING")) << errorMessage(id).toStdString();
    EXPECT_TRUE(server->sent().isEmpty());
}

// As reported: SIGTERM to the whole process group (systemd's stop, `timeout`, Ctrl+C) reaches QtWebEngine's
// zygote and render processes at the same moment, while a message waits for its tick. The station still ends
// within 30 s and records the message "may have been sent".
TEST_P(DispatchCommandTest, SigtermToTheWholeProcessGroupEndsTheStationInBoundedTime)
{
    server->scan();
    server->config().noTickNumbers.insert(QStringLiteral("919876510000"));
    const qint64 id =
        queue(QStringLiteral("+919876510000"), QStringLiteral("Left, then everything was stopped"));
    startStation({}, true);
    ASSERT_TRUE(waitUntil([&] { return server->sent().size() == 1; }, 180000))
        << stationOutput().toStdString();
    QElapsedTimer sinceStop;
    sinceStop.start();
    ASSERT_EQ(::kill(-pid_t(station.processId()), SIGTERM), 0);
    ASSERT_TRUE(stationEnded(60000)) << "still running a minute after SIGTERM";
    const qint64 stopMs = sinceStop.elapsed();
    std::cout << "SIGTERM to the process group to exit: " << stopMs << " ms" << std::endl;
    const QString output = stationOutput();
    EXPECT_LT(stopMs, 31000) << output.toStdString();
    EXPECT_EQ(station.exitCode(), 0) << output.toStdString();
    EXPECT_EQ(status(id), QStringLiteral("FAILED"));
    EXPECT_TRUE(errorMessage(id).contains(QStringLiteral("may have been sent")))
        << errorMessage(id).toStdString();
    EXPECT_EQ(server->sent().size(), 1);
}

TEST_P(DispatchCommandTest, ASecondSignalEndsTheStationAtOnce)
{
    server->scan();
    server->config().hangOn = QStringLiteral("send");
    const qint64 id = queue(QStringLiteral("+919876510000"), QStringLiteral("Left, then the page hung"));
    startStation({});
    ASSERT_TRUE(waitUntil([&] { return server->sent().size() == 1; }, 180000))
        << stationOutput().toStdString();
    ::kill(pid_t(station.processId()), SIGINT);
    waitUntil([] { return false; }, 500);
    ASSERT_EQ(station.state(), QProcess::Running) << "the first signal gives the message in flight its time";
    QElapsedTimer sinceSecond;
    sinceSecond.start();
    ::kill(pid_t(station.processId()), SIGINT);
    ASSERT_TRUE(stationEnded(10000));
    EXPECT_LT(sinceSecond.elapsed(), 5000);
    EXPECT_EQ(station.exitCode(), 128 + SIGINT) << stationOutput().toStdString();
    // Nothing was recorded: the claim stays, and the station's next start checks the chat before anything.
    EXPECT_EQ(status(id), QStringLiteral("SENDING"));
    EXPECT_EQ(server->sent().size(), 1);
}

// The render process killed while the message waits for its tick: the station notices at once, records the
// message "may have been sent" (it left), loads the page again and sends the next one.
TEST_P(DispatchCommandTest, RenderProcessKilledDuringASendIsRecordedAndTheNextMessageGoes)
{
    server->scan();
    server->config().noTickNumbers.insert(QStringLiteral("919876510000"));
    const qint64 stuck = queue(QStringLiteral("+919876510000"), QStringLiteral("Left, then the page died"));
    const qint64 next =
        queue(QStringLiteral("+919876510001"), QStringLiteral("Goes after the page came back"));
    startStation({QStringLiteral("--once")});
    ASSERT_TRUE(waitUntil([&] { return server->sent().size() == 1; }, 180000))
        << stationOutput().toStdString();
    const QList<qint64> renderers = rendererPids();
    ASSERT_FALSE(renderers.isEmpty()) << "no render process under the station";
    for (const qint64 renderer : renderers)
        ASSERT_EQ(::kill(pid_t(renderer), SIGKILL), 0);
    ASSERT_TRUE(stationEnded(120000)) << "the station did not finish after its page died";
    const QString output = stationOutput();
    EXPECT_EQ(station.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("sent 1, failed 1, skipped 0, left 0")))
        << output.toStdString();
    EXPECT_EQ(status(stuck), QStringLiteral("FAILED"));
    EXPECT_TRUE(errorMessage(stuck).contains(QStringLiteral("may have been sent")))
        << errorMessage(stuck).toStdString();
    EXPECT_TRUE(kSent.contains(status(next))) << status(next).toStdString();
    EXPECT_EQ(server->sentTo(QStringLiteral("919876510000")).size(), 1) << "never sent twice";
    EXPECT_EQ(server->sentTo(QStringLiteral("919876510001")).size(), 1);
    EXPECT_EQ(server->pageLoads(), 2) << "the page was loaded again once";
}

// WhatsApp Web changes in the middle of a `frontdesk dispatch` run (the test page stops showing which rows
// are ours, or stops showing ticks): no message reaches the page twice, the station pauses after at most two
// unconfirmed sends and exits 4 with the reason, and the log holds the reasons. The next run exits 4 at once
// without touching the page; after an administrator's --resume (and a page that works again) the rest goes,
// each message once, and the ones that may have been sent stay with a person.
TEST_P(DispatchCommandTest, LandmarksRemovedMidRunPauseTheStationAndNothingIsSentTwice)
{
    const QList<std::pair<PageVersion, PageBreak>> cases = {{PageVersion::Today, PageBreak::OwnRowIds},
                                                            {PageVersion::Yesterday, PageBreak::Ticks}};
    for (const auto& [version, breaks] : cases) {
        SCOPED_TRACE(pageVersionName(version).toStdString());
        newPage(version);
        server->scan();
        server->config().breakAfterSends = 3;
        server->config().breaks = breaks;
        const int count = 10;
        QList<qint64> ids;
        QStringList texts;
        for (int i = 0; i < count; ++i) {
            texts << QStringLiteral("Message %1 on the %2 page").arg(i).arg(pageVersionName(version));
            ids << queue(QStringLiteral("+9198766%1").arg(10000 + i), texts.last());
        }
        auto copiesOf = [&](int i) {
            int copies = 0;
            for (const auto& s : server->sent())
                copies += s.text == texts[i] ? 1 : 0;
            return copies;
        };
        auto countWhere = [&](const QString& where) {
            auto v = connection->scalar(
                QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE %1").arg(where), {},
                QStringLiteral("count"));
            return v.ok() ? v.value().toInt() : -1;
        };
        const QString maybeSent =
            QStringLiteral("status = 'FAILED' AND error_message = 'may have been sent: check the "
                           "chat before retrying'");

        const ProcessRun run =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        EXPECT_EQ(run.exitCode, 4) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("sending paused"))) << run.err.toStdString();
        for (int i = 0; i < count; ++i)
            EXPECT_LE(copiesOf(i), 1) << "message " << i << " reached the page twice";
        const int pressedAfterTheChange = int(server->sent().size()) - 3;
        EXPECT_GE(pressedAfterTheChange, 0);
        EXPECT_LE(pressedAfterTheChange, 2) << "at most two unconfirmed sends before the pause";
        EXPECT_EQ(countWhere(maybeSent), pressedAfterTheChange);
        EXPECT_EQ(countWhere(QStringLiteral("status = 'PENDING'")), count - int(server->sent().size()));
        // The log holds the reasons: the pause with what was missing, each doubtful send with the page's
        // words.
        auto pause =
            connection->scalar(QStringLiteral("SELECT reason || ' | ' || missing FROM station_pauses "
                                              "WHERE resumed_at IS NULL"),
                               {}, QStringLiteral("pause"));
        ASSERT_TRUE(pause.ok());
        EXPECT_TRUE(pause.value().toString().startsWith(
            QStringLiteral("WhatsApp Web has changed: sending paused | ")))
            << pause.value().toString().toStdString();
        EXPECT_GT(pause.value().toString().size(), 45) << "what was missing is recorded";
        auto details =
            connection->scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts WHERE "
                                              "message_id >= ? AND outcome = 'UNCONFIRMED' AND "
                                              "error_message <> ''"),
                               {ids.first()}, QStringLiteral("attempts"));
        ASSERT_TRUE(details.ok());
        EXPECT_EQ(details.value().toInt(), pressedAfterTheChange);

        // Paused: the next run touches nothing.
        const int pressed = int(server->sent().size());
        const ProcessRun again =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        EXPECT_EQ(again.exitCode, 4) << again.out.toStdString() << again.err.toStdString();
        EXPECT_EQ(server->sent().size(), pressed);

        // The selector pack is updated (here: the page works again) and an administrator resumes.
        server->config().breakAfterSends = -1;
        const ProcessRun resumed = dispatch({QStringLiteral("--resume")}, TestDatabase::Login::Admin);
        EXPECT_EQ(resumed.exitCode, 0) << resumed.out.toStdString() << resumed.err.toStdString();
        const ProcessRun rest =
            dispatch({QStringLiteral("--once"), QStringLiteral("--pace-ms"), QStringLiteral("0")});
        EXPECT_EQ(rest.exitCode, 0) << rest.out.toStdString() << rest.err.toStdString();
        for (int i = 0; i < count; ++i)
            EXPECT_EQ(copiesOf(i), 1) << "message " << i;
        EXPECT_EQ(countWhere(maybeSent), pressedAfterTheChange) << "those stay with a person";
        EXPECT_EQ(countWhere(QStringLiteral("status = 'PENDING'")), 0);

        // Nothing of this round is left for the next one.
        ASSERT_TRUE(connection
                        ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SKIPPED'"),
                               QStringLiteral("set aside"))
                        .ok());
    }
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(DispatchCommandTest);

TEST(WhatsAppCheckCommand, ReportsTheLandmarksAndWhetherWhatsAppIsReady)
{
    for (const PageVersion version : {PageVersion::Today, PageVersion::Yesterday}) {
        SCOPED_TRACE(pageVersionName(version).toStdString());
        FakeWhatsAppServer server;
        server.config().page = version;
        ASSERT_TRUE(server.listen());
        QTemporaryDir home;
        const QStringList args = {QStringLiteral("check"), QStringLiteral("--whatsapp"),
                                  QStringLiteral("--whatsapp-url"), server.url().toString()};
        ProcessRun run = runFrontdesk(args, home);
        EXPECT_EQ(run.exitCode, 2) << "logged out: " << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("qr"))) << run.out.toStdString();

        server.scan();
        run = runFrontdesk(args, home);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("Selector pack: built-in, version 2")))
            << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("chatList: \"#pane-side\""))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("Missing: none"))) << run.out.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("INVALID"))) << run.out.toStdString();
        // The browser in use, and the page sees the same version in its user agent and its client hints.
        EXPECT_TRUE(
            run.out.contains(QStringLiteral("Browser: Chromium %1 (QtWebEngine %2), user agent Chrome %3")
                                 .arg(whatsapp::chromiumVersion(), whatsapp::webEngineVersion())
                                 .arg(whatsapp::chromiumMajor())))
            << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("The page sees: user agent Chrome %1, client hints ")
                                         .arg(whatsapp::chromiumMajor())))
            << run.out.toStdString();
        const QString seen =
            run.out.mid(run.out.indexOf(QStringLiteral("The page sees:"))).section(u'\n', 0, 0);
        // Qt 6.4 gives the page no client hints at all; Qt 6.8 the engine's own version.
        EXPECT_TRUE(seen.contains(whatsapp::pageGetsClientHints()
                                      ? QStringLiteral("Chromium %1").arg(whatsapp::chromiumMajor())
                                      : QStringLiteral("client hints none")))
            << seen.toStdString();
        // Both engines: `auto` found that WA-JS does not work on this page and took the DOM driver.
        EXPECT_TRUE(run.out.contains(QStringLiteral("Engine: DOM driver"))) << run.out.toStdString();
        EXPECT_TRUE(
            run.out.contains(QStringLiteral("WA-JS: %1, not ready").arg(whatsapp::bundledWaJsVersion())))
            << run.out.toStdString();

        run = runFrontdesk(args + QStringList{QStringLiteral("--engine"), QStringLiteral("dom")}, home);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("WA-JS: not used"))) << run.out.toStdString();
        run = runFrontdesk(args + QStringList{QStringLiteral("--engine"), QStringLiteral("selenium")}, home);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.err.contains(QStringLiteral("--engine takes auto, wa-js or dom, not \"selenium\"")))
            << run.err.toStdString();
    }
}
