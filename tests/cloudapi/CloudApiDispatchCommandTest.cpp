// `frontdesk dispatch` as a real process on the Cloud API transport: the headless station reads the
// transport and the Cloud API settings from the database, takes the access token from an owner-only file
// or the keychain, and sends the queue to the Graph-like server. Without a usable token nothing is sent,
// the messages wait, and the exit code is 2 with the reason.
#include "FakeGraphServer.h"
#include "automation/cloudapi/CloudApiSettings.h"
#include "automation/events/DeskActions.h"
#include "automation/secrets/CredentialService.h"
#include "automation/settings/SharedSettings.h"
#include "models/repositories/MessageLogRepository.h"
#include "util/FrontdeskProcess.h"
#include "util/TestCompany.h"
#include "util/TestDatabase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

const QString kToken = QStringLiteral("test-token");

class CloudApiDispatchCommand : public DialectTest
{
protected:
    void SetUp() override
    {
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        ASSERT_TRUE(home.isValid());
        ASSERT_GT(server.port(), 0);
        SharedSettings shared = testCompany();
        shared.minGapMs = 0;
        shared.maxGapMs = 0;
        shared.quietStart = QTime(0, 0); // no quiet hours: the test runs at any time of day
        shared.quietEnd = QTime(0, 0);
        shared.transport = QStringLiteral("cloud-api");
        ASSERT_TRUE(shared.save(*connection, QStringLiteral("test")).ok());
        cloud.baseUrl = QUrl(server.baseUrl());
        cloud.phoneNumberId = QStringLiteral("1065");
        cloud.timeoutMs = 5000;
        ASSERT_TRUE(cloud.save(*connection, QStringLiteral("test")).ok());
    }

    // A real business event with the real clock, so its message is due now.
    qint64 enquiry(const QString& name, const QString& phone)
    {
        EnquiryInput input;
        input.customerName = name;
        input.customerPhone = phone;
        input.subject = QStringLiteral("Laser printer");
        auto saved = DeskActions(*connection).createEnquiry(input);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        return saved.ok() && saved->message ? saved->message->messageId : 0;
    }

    MessageLogEntry entry(qint64 id) { return MessageLogRepository(*connection).get(id).value(); }

    QString tokenFile(const QString& text, QFileDevice::Permissions permissions)
    {
        const QString path = home.filePath(QStringLiteral("cloud-api-token"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        EXPECT_TRUE(file.setPermissions(permissions));
        return path;
    }

    // `frontdesk dispatch` as the station's own login (a sender's), or as `who`.
    ProcessRun dispatch(const QStringList& extra, const QProcessEnvironment& environment = {},
                        TestDatabase::Login who = TestDatabase::Login::Sender)
    {
        return runFrontdesk(QStringList{QStringLiteral("dispatch"), QStringLiteral("--database"),
                                        databaseArgument(database->specAs(who))} +
                                extra,
                            home, environment);
    }

    // `dispatch --resume`: an administrator lets the station send again (a sender may not).
    ProcessRun resume() { return dispatch({QStringLiteral("--resume")}, {}, TestDatabase::Login::Admin); }

    // No Secret Service for the child: the keychain cannot answer.
    static QProcessEnvironment withoutKeychain()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/frontdesk-no-bus"));
        return env;
    }

    static const QFileDevice::Permissions kOwnerOnly;

    std::unique_ptr<Connection> connection;
    FakeGraphServer server{kToken.toUtf8()};
    CloudApiSettings cloud;
    QTemporaryDir home;
};

const QFileDevice::Permissions CloudApiDispatchCommand::kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TEST_P(CloudApiDispatchCommand, SendsTheQueueThroughTheCloudApiWithTheTokenFromAFile)
{
    const qint64 asha = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const qint64 ravi = enquiry(QStringLiteral("Ravi"), QStringLiteral("+91 91234 56789"));
    ASSERT_GT(asha, 0);
    ASSERT_GT(ravi, 0);

    const ProcessRun run = dispatch({QStringLiteral("--once"), QStringLiteral("--token-file"),
                                     tokenFile(kToken + QLatin1Char('\n'), kOwnerOnly)},
                                    withoutKeychain());
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Cloud API"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("sent 2, failed 0"))) << run.out.toStdString();

    // The server's own record: one template message per customer, with the bearer token.
    ASSERT_EQ(server.requests().size(), 2);
    QStringList recipients;
    for (const auto& request : server.requests()) {
        EXPECT_EQ(request.headers.value("authorization"), QByteArray("Bearer ") + kToken.toUtf8());
        EXPECT_EQ(request.json.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
        recipients << request.json.value(QStringLiteral("to")).toString();
    }
    recipients.sort();
    EXPECT_EQ(recipients, QStringList({QStringLiteral("919123456789"), QStringLiteral("919876543210")}));
    for (const qint64 id : {asha, ravi}) {
        const MessageLogEntry sent = entry(id);
        EXPECT_EQ(sent.status, QStringLiteral("SENT"));
        EXPECT_EQ(sent.transport, QStringLiteral("cloud-api"));
        EXPECT_TRUE(sent.externalId.startsWith(QStringLiteral("wamid."))) << sent.externalId.toStdString();
    }

    // Nothing is due any more: a second run sends nothing again.
    const ProcessRun again =
        dispatch({QStringLiteral("--once"), QStringLiteral("--token-file"), tokenFile(kToken, kOwnerOnly)},
                 withoutKeychain());
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_P(CloudApiDispatchCommand, TheTransportOptionOverridesTheSharedChoiceForOneRun)
{
    SharedSettings shared = SharedSettings::load(*connection).value();
    shared.transport = QStringLiteral("whatsapp-web");
    ASSERT_TRUE(shared.save(*connection, QStringLiteral("test")).ok());
    const qint64 id = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));

    const ProcessRun run =
        dispatch({QStringLiteral("--once"), QStringLiteral("--transport"), QStringLiteral("cloud-api"),
                  QStringLiteral("--token-file"), tokenFile(kToken, kOwnerOnly)},
                 withoutKeychain());
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(entry(id).transport, QStringLiteral("cloud-api"));

    const ProcessRun bad =
        dispatch({QStringLiteral("--once"), QStringLiteral("--transport"), QStringLiteral("sms")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--transport"))) << bad.err.toStdString();
}

TEST_P(CloudApiDispatchCommand, ATokenFileOthersCanReadIsRefusedAndNothingIsSent)
{
    const qint64 id = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const ProcessRun run =
        dispatch({QStringLiteral("--once"), QStringLiteral("--token-file"),
                  tokenFile(kToken, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther)},
                 withoutKeychain());
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("chmod 600"))) << run.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_EQ(entry(id).status, QStringLiteral("PENDING"));
}

TEST_P(CloudApiDispatchCommand, WithoutAKeychainOrTokenFileTheMessagesWaitWithTheReason)
{
    const qint64 id = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const ProcessRun run = dispatch({QStringLiteral("--once")}, withoutKeychain());
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--token-file"))) << run.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_EQ(entry(id).status, QStringLiteral("PENDING"));
}

TEST_P(CloudApiDispatchCommand, ARejectedTokenLeavesTheQueuePending)
{
    const qint64 id = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const ProcessRun run =
        dispatch({QStringLiteral("--once"), QStringLiteral("--ready-timeout"), QStringLiteral("1"),
                  QStringLiteral("--token-file"), tokenFile(QStringLiteral("expired"), kOwnerOnly)},
                 withoutKeychain());
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(server.requests().size(), 1) << "one try, then it waits for a new token";
    EXPECT_EQ(entry(id).status, QStringLiteral("PENDING"));
}

TEST_P(CloudApiDispatchCommand, WithoutAPhoneNumberIdTheStationSaysWhatToSet)
{
    cloud.phoneNumberId.clear();
    ASSERT_TRUE(cloud.save(*connection, QStringLiteral("test")).ok());
    const qint64 id = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const ProcessRun run =
        dispatch({QStringLiteral("--once"), QStringLiteral("--token-file"), tokenFile(kToken, kOwnerOnly)});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("phone-number id"))) << run.err.toStdString();
    EXPECT_EQ(entry(id).status, QStringLiteral("PENDING"));
}

// Two answers lost in a row (the Graph-like server got each request and reset the connection): the station
// pauses and exits 4; every later run exits 4 at once without a request, until an administrator resumes it.
// Across all the runs each message reaches the server once.
TEST_P(CloudApiDispatchCommand, TwoLostAnswersPauseTheStationWithExitCodeFourUntilResumed)
{
    const qint64 first = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const qint64 second = enquiry(QStringLiteral("Ravi"), QStringLiteral("+91 91234 56789"));
    const qint64 third = enquiry(QStringLiteral("Meena"), QStringLiteral("98765 11111"));
    server.script({FakeGraphServer::closed(), FakeGraphServer::closed()});
    const QStringList once = {QStringLiteral("--once"), QStringLiteral("--token-file"),
                              tokenFile(kToken, kOwnerOnly)};

    const ProcessRun paused = dispatch(once, withoutKeychain());
    EXPECT_EQ(paused.exitCode, 4) << paused.out.toStdString() << paused.err.toStdString();
    EXPECT_TRUE(paused.err.contains(QStringLiteral("sending paused on station"))) << paused.err.toStdString();
    EXPECT_TRUE(paused.err.contains(QStringLiteral("--resume"))) << paused.err.toStdString();
    EXPECT_EQ(server.requests().size(), 2);
    for (const qint64 id : {first, second}) {
        EXPECT_EQ(entry(id).status, QStringLiteral("FAILED"));
        EXPECT_EQ(entry(id).errorMessage,
                  QStringLiteral("may have been sent: check the chat before retrying"));
    }
    EXPECT_EQ(entry(third).status, QStringLiteral("PENDING"));

    const ProcessRun startsPaused = dispatch(once, withoutKeychain());
    EXPECT_EQ(startsPaused.exitCode, 4) << startsPaused.out.toStdString() << startsPaused.err.toStdString();
    EXPECT_EQ(server.requests().size(), 2) << "a paused station sends nothing";

    const ProcessRun resumed = resume();
    EXPECT_EQ(resumed.exitCode, 0) << resumed.out.toStdString() << resumed.err.toStdString();
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("Sending resumed on station")))
        << resumed.out.toStdString();
    EXPECT_EQ(server.requests().size(), 2) << "--resume only lifts the pause";

    const ProcessRun after = dispatch(once, withoutKeychain());
    EXPECT_EQ(after.exitCode, 0) << after.out.toStdString() << after.err.toStdString();
    EXPECT_EQ(server.requests().size(), 3) << "the waiting message goes; the two in doubt stay with a person";
    EXPECT_EQ(entry(third).status, QStringLiteral("SENT"));
    EXPECT_EQ(entry(first).status, QStringLiteral("FAILED"));

    const ProcessRun notPaused = resume();
    EXPECT_EQ(notPaused.exitCode, 0);
    EXPECT_TRUE(notPaused.out.contains(QStringLiteral("was not paused"))) << notPaused.out.toStdString();
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(CloudApiDispatchCommand);

// With a real Secret Service (run inside dbus-run-session with gnome-keyring, see CMakeLists.txt): the
// admin's stored token is what the headless station uses.
class CloudApiDispatchKeychain : public CloudApiDispatchCommand
{
};

TEST_P(CloudApiDispatchKeychain, UsesTheTokenTheAdminStoredInTheKeychain)
{
    // Stored as the desk would: under FrontDesk's own name, not this test program's.
    const QString testName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("FrontDesk"));
    CredentialService credentials;
    QEventLoop loop;
    Result<void> stored = Error::make(Error::Kind::Internal, QStringLiteral("no answer"));
    credentials.store(cloud.tokenKey(), kToken, [&](Result<void> r) {
        stored = r;
        loop.quit();
    });
    loop.exec();
    QCoreApplication::setApplicationName(testName);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();

    const qint64 id = enquiry(QStringLiteral("Asha"), QStringLiteral("98765 43210"));
    const ProcessRun run = dispatch({QStringLiteral("--once")});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().headers.value("authorization"),
              QByteArray("Bearer ") + kToken.toUtf8());
    EXPECT_EQ(entry(id).status, QStringLiteral("SENT"));
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(CloudApiDispatchKeychain);
