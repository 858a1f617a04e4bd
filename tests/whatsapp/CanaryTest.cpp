// The canary (issue 15, section 5), on today's page and yesterday's, on SQLite and PostgreSQL: before the
// first customer message of a sending run a station sends a short message to the business's own number and
// sends nothing to customers unless it went the whole way (chat opened, text typed, sent, our row recognised,
// its tick seen). Each step failing on the test page pauses the station with that step as the reason; the
// canary's rows are logged as such and never counted as customer messages (log figures, daily cap).
#include "automation/dispatch/MessageQueue.h"
#include "automation/dispatch/Pacing.h"
#include "automation/dispatch/SendingLimits.h"
#include "models/logmodel/MessageLogFilter.h"
#include "models/logmodel/MessageLogQueries.h"
#include "whatsapp/StationFixture.h"

using namespace fd;
using namespace fd::test;

namespace {

class CanaryTest : public StationFixture
{
};

TEST_P(CanaryTest, GoesFirstToTheOwnNumberAndIsNotCountedAsACustomerMessage)
{
    const qint64 first = queue(kCustomer, QStringLiteral("Your enquiry is registered"));
    const qint64 second = queue(QStringLiteral("+919876543211"), QStringLiteral("Your printer is ready"));
    Dispatcher::Summary summary;
    ASSERT_EQ(runOnce(&summary), Dispatcher::Finish::Done);
    EXPECT_EQ(summary.sent, 2) << "the canary is not a customer's message";
    const QList<FakeWhatsAppServer::Sent> sent = server.sent();
    ASSERT_EQ(sent.size(), 3);
    EXPECT_EQ(sent.at(0).phone, kOwnDigits) << "the canary before the first customer message";
    EXPECT_EQ(sent.at(1).phone, kCustomerDigits);
    EXPECT_EQ(sent.at(2).phone, QStringLiteral("919876543211"));
    for (const qint64 id : {first, second})
        EXPECT_TRUE(wentOut(id)) << id;

    // Logged as such: its own event and reference type, sent to the own number, with its text.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE event_type = 'CANARY' "
                                   "AND reference_type = 'canary' AND customer_phone = ? "
                                   "AND status IN ('SENT', 'DELIVERED', 'READ') AND message_content = ?"),
                    {kOwn, sent.at(0).text}),
              QStringLiteral("1"));
    // Never counted: the log's figures, the status bar's, the daily cap.
    auto figures = MessageLogQueries(*connection).summary(MessageLogFilter());
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->sent, 2);
    EXPECT_EQ(figures->total, 2);
    auto today = SendingLimits::read(*connection, SharedSettings::load(*connection).value(),
                                     QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->sentToday(), 2);

    // A run with nothing to send sends no canary; the next run with a message checks again first.
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Done);
    EXPECT_EQ(server.sent().size(), 3);
    queue(kCustomer, QStringLiteral("Engineer Ravi will visit today"));
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Done);
    EXPECT_EQ(server.sentTo(kOwnDigits).size(), 2);
    EXPECT_EQ(server.sentTo(kCustomerDigits).size(), 2);

    // Off (an upgraded database, until an admin turns it on): customers only.
    settings.canaryEnabled = false;
    saveSettings();
    queue(kCustomer, QStringLiteral("Your invoice is ready"));
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Done);
    EXPECT_EQ(server.sentTo(kOwnDigits).size(), 2);
    EXPECT_EQ(server.sentTo(kCustomerDigits).size(), 3);
    EXPECT_FALSE(activePause());
}

// Every step of the path failing on the page, one after the other: the station pauses with that step, the
// customer's message stays PENDING and never reaches the page, and an admin's resume lets the next run check
// again.
TEST_P(CanaryTest, EachFailingStepPausesTheStationWithThatStep)
{
    const qint64 waiting = queue(kCustomer, QStringLiteral("Your enquiry is registered"));
    const QList<std::pair<QString, QString>> steps = {
        {QStringLiteral("open"), QStringLiteral("the chat did not open")},
        {QStringLiteral("type"), QStringLiteral("the text did not reach the compose box")},
        {QStringLiteral("send"), QStringLiteral("it was not sent")},
        {QStringLiteral("recognise"), QStringLiteral("our own row was not recognised")},
        {QStringLiteral("tick"), QStringLiteral("its tick was not seen")},
    };
    int n = 0;
    for (const auto& [step, words] : steps) {
        SCOPED_TRACE(step.toStdString());
        // Each step in a chat of its own (the page keeps a chat it has opened as it was).
        const QString digits = QStringLiteral("9198765000%1").arg(20 + n++);
        settings.canaryPhone = QLatin1Char('+') + digits;
        saveSettings();
        server.config().failStep.insert(digits, step);
        Dispatcher::Summary summary;
        ASSERT_EQ(runOnce(&summary), Dispatcher::Finish::Paused);
        EXPECT_EQ(summary.sent, 0);
        EXPECT_TRUE(server.sentTo(kCustomerDigits).isEmpty())
            << "no customer message before the check passed";
        EXPECT_EQ(value(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"), {waiting}),
                  QStringLiteral("PENDING"));
        const auto pause = activePause();
        ASSERT_TRUE(pause);
        EXPECT_EQ(pause->reason, StationPauses::canaryFailed().logged);
        EXPECT_TRUE(pause->missing.contains(words)) << pause->missing.toStdString();
        EXPECT_EQ(value(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE event_type = 'CANARY' "
                                       "AND customer_phone = ?"),
                        {settings.canaryPhone}),
                  QStringLiteral("FAILED"));
        EXPECT_LE(server.sentTo(digits).size(), 1) << "the canary goes once";
        resume();
    }
    auto figures = MessageLogQueries(*connection).summary(MessageLogFilter());
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->failed, 0) << "failed canaries are not failed customer messages";
    EXPECT_EQ(figures->pending, 1);

    // The page works again: the check passes and the customer gets the message, once.
    settings.canaryPhone = kOwn;
    saveSettings();
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Done);
    EXPECT_EQ(server.sentTo(kOwnDigits).size(), 1);
    EXPECT_EQ(server.sentTo(kCustomerDigits).size(), 1);
    EXPECT_TRUE(wentOut(waiting));
}

TEST_P(CanaryTest, WithoutTheOwnNumberNothingIsSent)
{
    settings.canaryPhone.clear(); // and the company phone is a landline
    saveSettings();
    queue(kCustomer, QStringLiteral("Your enquiry is registered"));
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Paused);
    EXPECT_TRUE(server.sent().isEmpty());
    const auto pause = activePause();
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, StationPauses::canaryFailed().logged);
    EXPECT_TRUE(pause->missing.contains(QStringLiteral("own WhatsApp number is not set")))
        << pause->missing.toStdString();

    // The company phone is a mobile: it is the business's WhatsApp number unless another one is set.
    resume();
    settings.companyPhone = kOwn;
    saveSettings();
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Done);
    EXPECT_EQ(server.sentTo(kOwnDigits).size(), 1);
    EXPECT_EQ(server.sentTo(kCustomerDigits).size(), 1);
}

// Section 4 with the database: a station that runs on and has nothing due revisits the closed chats of its
// last day's sent-not-read messages, and the log records DELIVERED and READ (its figures count them as sent).
TEST_P(CanaryTest, AStationWithNothingDueRecordsTheTicksOfClosedChats)
{
    settings.canaryEnabled = false;
    saveSettings();
    server.config().deliveredMs = 50;
    server.config().readMs = scaledMs(1500); // read after its chat was closed
    senderOptions.tickWatchMinutes = 0;      // only revisiting may tell
    // The page reads its delays when it loads: load it again.
    const int loads = server.pageLoads();
    session->reload();
    ASSERT_TRUE(waitUntil(
        [&] { return server.pageLoads() > loads && session->state() == whatsapp::SessionState::Ready; },
        30000, 10));
    sender = std::make_unique<whatsapp::WhatsAppWebSender>(*session, senderOptions);
    QList<QPair<qint64, QString>> acks; // the sender's later ticks: only revisiting produces them here
    QObject::connect(sender.get(), &Sender::acknowledged,
                     [&](qint64 id, const QString& status, const QDateTime&) {
                         acks.append({id, status});
                     });
    const qint64 first = queue(kCustomer, QStringLiteral("Your printer is ready"));
    const qint64 second = queue(QStringLiteral("+919876543211"), QStringLiteral("Your invoice is ready"));
    Dispatcher::Options o;
    o.station = kStation;
    o.idlePollMs = 100;
    o.revisitEveryMs = 500;
    Dispatcher dispatcher(*worker, *sender, o);
    dispatcher.start();
    ASSERT_TRUE(waitUntil([&] { return wentOut(first) && wentOut(second); }, scaledMs(30000), 10));
    EXPECT_TRUE(waitUntil(
        [&] {
            return value(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"), {first}) ==
                   QLatin1String("READ");
        },
        scaledMs(30000), 50))
        << "the first chat was closed when its message was read";
    EXPECT_TRUE(acks.contains(qMakePair(first, QStringLiteral("READ"))));
    EXPECT_FALSE(
        value(QStringLiteral("SELECT read_at FROM whatsapp_message_logs WHERE id = ?"), {first}).isEmpty());
    auto figures = MessageLogQueries(*connection).summary(MessageLogFilter());
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->sent, 2);
    std::optional<Dispatcher::Finish> how;
    QObject::connect(&dispatcher, &Dispatcher::finished,
                     [&](Dispatcher::Finish f, const QString&) { how = f; });
    dispatcher.stop();
    ASSERT_TRUE(waitUntil([&] { return how.has_value(); }, scaledMs(30000), 10));
    EXPECT_EQ(server.sent().size(), 2) << "revisiting sends nothing";
}

} // namespace

FD_INSTANTIATE_FOR_STATIONS(CanaryTest);
