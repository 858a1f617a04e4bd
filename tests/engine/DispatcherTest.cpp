#include "EngineFixture.h"
#include "automation/dispatch/MessageQueue.h"
#include "models/db/SqlValues.h"
#include "models/repositories/MessageLogRepository.h"
#include "models/repositories/SettingsRepository.h"

#include <QSet>
#include <QTest>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

class DispatcherTest : public EngineTest
{
protected:
    void setSetting(const char* key, const QString& value)
    {
        ASSERT_TRUE(SettingsRepository(*connection).setValue(QLatin1String(key), value, {}).ok());
    }
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(DispatcherTest);

TEST_P(DispatcherTest, TransientFailuresBackOffThenFail)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ScriptedSender sender;
    const auto timeout = SendResult::transient(QStringLiteral("no tick within 30 s"));
    sender.script({timeout, timeout, timeout, timeout});

    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    auto row = MessageLogRepository(*connection).get(id).value();
    EXPECT_EQ(row.status, QStringLiteral("RETRYING"));
    EXPECT_EQ(row.errorMessage, QStringLiteral("no tick within 30 s"));
    EXPECT_EQ(row.nextAttemptAt, clock.nowUtc().addSecs(60)) << "first backoff: the base delay";
    EXPECT_EQ(summary.left, 1) << "waiting for its backoff counts as left";

    dispatchOnce(sender); // not due yet: nothing happens
    EXPECT_EQ(sender.attempts(), 1);
    for (int expectedDelay : {120, 240}) {
        clock.advanceSecs(3600);
        dispatchOnce(sender);
        row = MessageLogRepository(*connection).get(id).value();
        EXPECT_EQ(row.status, QStringLiteral("RETRYING"));
        EXPECT_EQ(row.nextAttemptAt, clock.nowUtc().addSecs(expectedDelay));
    }
    clock.advanceSecs(3600);
    dispatchOnce(sender, &summary);
    row = MessageLogRepository(*connection).get(id).value();
    EXPECT_EQ(row.status, QStringLiteral("FAILED"));
    EXPECT_TRUE(row.errorMessage.contains(QStringLiteral("gave up after 3 automatic retries")));
    EXPECT_EQ(row.retryCount, 3);
    EXPECT_EQ(summary.failed, 1);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts WHERE message_id = ?"), {id}),
        4);
}

// A try that failed after the click may still reach the customer (WhatsApp sends a message left at the
// clock tick once it reconnects): the retry looks in the chat before sending again.
TEST_P(DispatcherTest, ARetryLooksInTheChatFirstAndNeverSendsTwice)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ScriptedSender sender;
    sender.script({SendResult::transient(QStringLiteral("the message stayed at the clock tick"))});
    dispatchOnce(sender);
    ASSERT_EQ(statusOf(id), QStringLiteral("RETRYING"));
    EXPECT_EQ(sender.checks(), 0) << "a first try needs no look";
    const auto row = MessageLogRepository(*connection).get(id).value();
    sender.preload({id, row.customerPhone, row.messageContent}); // it went out after all

    clock.advanceSecs(3600);
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(summary.sent, 1);
    EXPECT_EQ(sender.attempts(), 1) << "not sent a second time";
    EXPECT_EQ(sender.checks(), 1);
    EXPECT_EQ(
        count(QStringLiteral(
                  "SELECT count(*) FROM whatsapp_message_attempts WHERE message_id = ? AND note LIKE ?"),
              {id, QStringLiteral("an earlier try had reached the chat%")}),
        1);
}

TEST_P(DispatcherTest, PermanentFailureIsFailedAtOnceAndTheQueueGoesOn)
{
    const qint64 first = messageFor(enquiry(QStringLiteral("9876543210")));
    const qint64 second = messageFor(enquiry(QStringLiteral("9876543211"), QStringLiteral("Bala")));
    ScriptedSender sender;
    sender.script({SendResult::permanent(QStringLiteral("not a WhatsApp number"))});
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(statusOf(first), QStringLiteral("FAILED"));
    EXPECT_EQ(statusOf(second), QStringLiteral("SENT"));
    EXPECT_EQ(summary.failed, 1);
    EXPECT_EQ(summary.sent, 1);
}

TEST_P(DispatcherTest, QuietHoursHoldMessagesUntilMorning)
{
    clock.set(utcAtLocal(22, 30));
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ScriptedSender sender;
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(summary.left, 1);
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));
    clock.set(utcAtLocal(9, 0));
    dispatchOnce(sender, &summary);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
}

TEST_P(DispatcherTest, DailyCapStopsSendingForTheDay)
{
    setSetting(SharedSettings::kDailyCap, QStringLiteral("2"));
    for (int i = 0; i < 3; ++i)
        enquiry(QStringLiteral("98765432%1").arg(10 + i));
    ScriptedSender sender;
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 2);
    EXPECT_EQ(summary.left, 1);
    clock.advanceSecs(24 * 3600);
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 1);
}

TEST_P(DispatcherTest, ANewNumberWarmsUpWithFewerMessagesAnHourAndAWarmOneGoesAtFullPace)
{
    setSetting(SharedSettings::kBatchSize, QStringLiteral("0"));
    for (int i = 0; i < 25; ++i)
        enquiry(QStringLiteral("987654%1").arg(3000 + i));
    ScriptedSender sender;
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 20) << "day 1 of a number that never sent: 20 an hour";
    EXPECT_EQ(summary.left, 5);
    // The administrator says the number was linked three weeks ago: it is warm.
    setSetting(SharedSettings::kWarmUpSince,
               clock.nowUtc().toLocalTime().date().addDays(-21).toString(Qt::ISODate));
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 5);
    EXPECT_EQ(summary.left, 0);
}

TEST_P(DispatcherTest, ScheduledMessagesWaitForTheirTime)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET scheduled_at = ? WHERE id = ?"),
                           {sql::fromDateTime(clock.nowUtc().addSecs(1800)), id}, QStringLiteral("schedule"))
                    .ok());
    ScriptedSender sender;
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.left, 1);
    clock.advanceSecs(1801);
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 1);
}

TEST_P(DispatcherTest, SenderNotReadyLeavesEverythingPending)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ScriptedSender sender;
    sender.setReady(false);
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary, QStringLiteral("desk-1"), 300),
              Dispatcher::Finish::SenderNotReady);
    EXPECT_EQ(summary.left, 1);
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));
    EXPECT_EQ(sender.attempts(), 0);
}

TEST_P(DispatcherTest, SenderLoggedOutMidSendReleasesTheMessage)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ScriptedSender sender;
    sender.script({SendResult::notReady(QStringLiteral("QR code shown"))});
    dispatchOnce(sender);
    auto row = MessageLogRepository(*connection).get(id).value();
    EXPECT_EQ(row.status, QStringLiteral("SENT")) << "released, then sent on the next claim";
    EXPECT_EQ(row.retryCount, 0) << "a release is not a retry";
    EXPECT_EQ(sender.checks(), 0) << "nothing reached the page, so there is nothing to look for";
}

TEST_P(DispatcherTest, RowInsertedByAnotherProgramIsSentAsStored)
{
    const QString text = QStringLiteral("Hello from the old system ✅ *bold* `code` </script>");
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                  "customer_name, message_content, status, reference_type, reference_id) "
                                  "VALUES ('ENQUIRY_CREATED', '+919876500000', 'Old', ?, 'PENDING', "
                                  "'enquiry', 9999)"),
                   {text}, QStringLiteral("insert"))
            .ok());
    ScriptedSender sender;
    dispatchOnce(sender);
    ASSERT_EQ(sender.delivered().size(), 1);
    EXPECT_EQ(sender.delivered().first().text, text);
}

TEST_P(DispatcherTest, RowsFromOtherProgramsStillObeyThePolicy)
{
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("INSERT INTO users (name, login, phone, role) VALUES ('Admin', 'admin', "
                                  "'9876511111', 'admin')"),
                   QStringLiteral("user"))
            .ok());
    // Two rows of one event without a record differ in their fact (the log's key holds for them too, 0019).
    for (const char* phone : {"+919876511111", "+918022223333"})
        ASSERT_TRUE(connection
                        ->exec(QStringLiteral(
                                   "INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                   "message_content, status, event_fact) VALUES ('ENQUIRY_CREATED', ?, 'x', "
                                   "'PENDING', ?)"),
                               {QLatin1String(phone), QLatin1String(phone)}, QStringLiteral("insert"))
                        .ok());
    ScriptedSender sender;
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.skipped, 2);
    EXPECT_TRUE(sender.delivered().isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'SKIPPED' AND "
                                   "error_message = 'staff number'")),
              1);
}

// A station claimed a message and died before recording the outcome.
TEST_P(DispatcherTest, CrashBetweenClaimAndConfirmationNeitherLosesNorDoubles)
{
    const qint64 sentBeforeCrash = messageFor(enquiry(QStringLiteral("9876543210")));
    const qint64 notSentBeforeCrash =
        messageFor(enquiry(QStringLiteral("9876543211"), QStringLiteral("Bala")));
    const SharedSettings settings = SharedSettings::load(*connection).value();
    ScriptedSender sender;
    {
        MessageQueue queue(station(), clock, QStringLiteral("desk-1"), sender.transport());
        auto first = queue.claimNext(settings);
        auto second = queue.claimNext(settings);
        ASSERT_TRUE(first.ok() && first->has_value() && second.ok() && second->has_value());
        const auto& entry = (*first)->entry;
        sender.preload({entry.id, entry.customerPhone, entry.messageContent}); // it reached the phone
    }
    clock.advanceSecs(settings.leaseSeconds + 1);
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 2);
    EXPECT_EQ(sender.attempts(), 1) << "only the message missing from the chat is sent again";
    EXPECT_EQ(sender.checks(), 2);
    EXPECT_EQ(sender.delivered().size(), 2);
    EXPECT_EQ(statusOf(sentBeforeCrash), QStringLiteral("SENT"));
    EXPECT_EQ(statusOf(notSentBeforeCrash), QStringLiteral("SENT"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts WHERE note LIKE ?"),
                    {QStringLiteral("found in the chat%")}),
              1);
}

// The station died on the first try, and again while checking the chat after its restart: the next check
// still looks back to the first try, when the message may have gone out.
TEST_P(DispatcherTest, ACrashDuringRecoveryStillChecksBackToTheFirstTry)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    const SharedSettings settings = SharedSettings::load(*connection).value();
    ScriptedSender sender;
    const QDateTime firstTry = clock.nowUtc();
    {
        MessageQueue queue(station(), clock, QStringLiteral("desk-1"), sender.transport());
        auto first = queue.claimNext(settings);
        ASSERT_TRUE(first.ok() && first->has_value());
        sender.preload({id, (*first)->entry.customerPhone, (*first)->entry.messageContent}); // it went out
        clock.advanceSecs(settings.leaseSeconds + 1);
        auto again = queue.claimNext(settings); // the restarted station, before it could look: dies again
        ASSERT_TRUE(again.ok() && again->has_value());
        EXPECT_EQ((*again)->kind, ClaimedMessage::Kind::OwnLapsed);
    }
    clock.advanceSecs(settings.leaseSeconds + 600);
    dispatchOnce(sender);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(sender.attempts(), 0) << "found in the chat, not sent again";
    EXPECT_EQ(sender.lastCheckSince(), firstTry);
}

TEST_P(DispatcherTest, AnotherStationTakesOverOnlyAfterTheGracePeriod)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    const SharedSettings settings = SharedSettings::load(*connection).value();
    ASSERT_TRUE(MessageQueue(*connection, clock, QStringLiteral("desk-dead"), QStringLiteral("scripted"))
                    .claimNext(settings)
                    .ok());
    ScriptedSender sender;
    clock.advanceSecs(settings.leaseSeconds + 60);
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary, QStringLiteral("desk-2"));
    EXPECT_EQ(statusOf(id), QStringLiteral("SENDING")) << "within the grace period it stays with its station";
    EXPECT_EQ(summary.left, 1);
    clock.advanceSecs(settings.takeoverGraceSeconds);
    dispatchOnce(sender, &summary, QStringLiteral("desk-2"));
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(sender.checks(), 1) << "it looks in the chat before sending";
    EXPECT_EQ(
        count(QStringLiteral(
                  "SELECT count(*) FROM whatsapp_message_attempts WHERE message_id = ? AND note LIKE ?"),
              {id, QStringLiteral("not found in the chat after taking it over%")}),
        1);
}

TEST_P(DispatcherTest, UnverifiableRecoveryFailsVisiblyInsteadOfDoubling)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    const SharedSettings settings = SharedSettings::load(*connection).value();
    ASSERT_TRUE(MessageQueue(station(), clock, QStringLiteral("desk-1"), QStringLiteral("scripted"))
                    .claimNext(settings)
                    .ok());
    clock.advanceSecs(settings.leaseSeconds + 1);
    ScriptedSender sender;
    sender.setCanCheck(false);
    dispatchOnce(sender);
    EXPECT_EQ(sender.attempts(), 0);
    EXPECT_EQ(statusOf(id), QStringLiteral("FAILED"));
    EXPECT_EQ(MessageLogRepository(*connection).get(id)->errorMessage,
              QStringLiteral("may have been sent: check the chat before retrying"));
}

// Two sender stations on one PostgreSQL: every message handled exactly once.
TEST(DispatcherOnPostgres, TwoStationsShareFiveHundredMessages)
{
    auto database = TestDatabase::create(Dialect::Postgres);
    ASSERT_TRUE(database);
    auto c = database->connectMigrated();
    ASSERT_TRUE(c);
    SharedSettings settings;
    settings.minGapMs = settings.maxGapMs = 0;
    settings.dailyCap = 10000;
    settings.hourlyCap = 0;  // a run of hundreds in seconds: no hourly cap, no batch pauses
    settings.warmUpDays = 0; // a number that is warm already
    settings.batchSize = 0;
    ASSERT_TRUE(settings.save(*c, {}).ok());
    ASSERT_TRUE(c->exec(QStringLiteral(
                            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, message_content, "
                            "status, reference_type, reference_id) SELECT 'ENQUIRY_CREATED', "
                            "'+9198' || lpad(g::text, 8, '0'), 'message ' || g, 'PENDING', 'enquiry', g "
                            "FROM generate_series(1, 500) AS g"),
                        QStringLiteral("fill"))
                    .ok());
    FakeClock clock(utcAtLocal(12, 0));
    ScriptedSender senderA;
    ScriptedSender senderB;
    // Two desks, two logins (the server tells stations apart by login).
    DatabaseWorker workerA(database->specAs(TestDatabase::Login::Sender), QStringLiteral("a"));
    DatabaseWorker workerB(database->specAs(TestDatabase::Login::Admin), QStringLiteral("b"));
    Dispatcher::Options options;
    options.once = true;
    options.station = QStringLiteral("station-a");
    Dispatcher a(workerA, senderA, options, clock);
    options.station = QStringLiteral("station-b");
    Dispatcher b(workerB, senderB, options, clock);
    int finished = 0;
    QEventLoop loop;
    for (Dispatcher* d : {&a, &b})
        QObject::connect(d, &Dispatcher::finished, &loop, [&] {
            if (++finished == 2)
                loop.quit();
        });
    a.start();
    b.start();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(finished, 2);

    QList<qint64> ids;
    for (const auto& d : senderA.delivered() + senderB.delivered())
        ids << d.id;
    EXPECT_EQ(ids.size(), 500);
    EXPECT_EQ(QSet<qint64>(ids.begin(), ids.end()).size(), 500) << "no message sent twice";
    EXPECT_GT(senderA.delivered().size(), 0);
    EXPECT_GT(senderB.delivered().size(), 0);
    auto sent = c->scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'SENT'"),
                          {}, QStringLiteral("count"));
    EXPECT_EQ(sent.value().toInt(), 500);
}

// The pace is one gap from the start of one send to the start of the next, not a gap after each send: a page
// that takes as long as the gap to send does not halve the pace. Only bounds with wide margins are checked
// here; how exact the pace is belongs to whatsapp-bench.
TEST_P(DispatcherTest, TheGapRunsFromOneSendToTheNextAndIsNeverShorter)
{
    SharedSettings settings = SharedSettings::load(*connection).value();
    settings.minGapMs = settings.maxGapMs = 2000;
    ASSERT_TRUE(settings.save(*connection, QStringLiteral("admin")).ok());
    for (int i = 0; i < 3; ++i)
        enquiry(QStringLiteral("98765432%1").arg(20 + i));
    ScriptedSender sender;
    sender.setDelayMs(2000); // each send takes as long as the gap
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 3);
    const QList<qint64> starts = sender.sendStartsMs();
    ASSERT_EQ(starts.size(), 3);
    for (int i = 1; i < starts.size(); ++i) {
        const qint64 interval = starts.at(i) - starts.at(i - 1);
        EXPECT_GE(interval, 1990) << "never faster than the pace";
        EXPECT_LT(interval, 3600) << "a gap after each 2 s send would make it 4 s";
    }
}

// Issue 20, point 9: quiet hours changed while a running station waits for them to end take effect at once
// when the desk says the settings changed (and from the next look otherwise), without a restart.
TEST_P(DispatcherTest, QuietHoursChangedWhileWaitingTakeEffectWithoutARestart)
{
    clock.set(utcAtLocal(22, 30));
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    ScriptedSender sender;
    DatabaseWorker worker(database->specAs(TestDatabase::Login::Sender), QStringLiteral("dispatch"));
    Dispatcher::Options options;
    options.station = QStringLiteral("desk-1");
    Dispatcher dispatcher(worker, sender, options, clock);
    QStringList states;
    QObject::connect(&dispatcher, &Dispatcher::stateChanged, [&](const QString& text) { states << text; });
    dispatcher.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return states.join(QLatin1Char('|')).contains(QStringLiteral("Quiet hours")); }, 20000))
        << states.join(QLatin1Char('|')).toStdString();
    QTest::qWait(300);
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));

    SharedSettings settings = SharedSettings::load(*connection).value();
    settings.quietStart = settings.quietEnd = QTime(0, 0); // no quiet hours any more
    ASSERT_TRUE(settings.save(*connection, QStringLiteral("admin")).ok());
    dispatcher.settingsChanged();
    EXPECT_TRUE(QTest::qWaitFor([&] { return statusOf(id) == QLatin1String("SENT"); }, 20000))
        << statusOf(id).toStdString();
    bool finished = false;
    QObject::connect(&dispatcher, &Dispatcher::finished, [&] { finished = true; });
    dispatcher.stop();
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished; }, 20000));
}
