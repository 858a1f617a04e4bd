// Never the same message twice (issue 15): a send that was pressed without a confirmation is never sent again
// by itself, "can't tell" never leads to a send, and a station that cannot see its own messages pauses
// itself until an administrator resumes it.
#include "EngineFixture.h"
#include "automation/dispatch/MessageQueue.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/events/MessageRetry.h"
#include "models/db/SqlValues.h"
#include "models/records/LogReasons.h"
#include "models/repositories/CustomerRepository.h"
#include "models/repositories/MessageLogRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

const QString kMaybeSent = QStringLiteral("may have been sent: check the chat before retrying");

} // namespace

class NeverTwiceTest : public EngineTest
{
protected:
    qint64 newMessage(int n) { return messageFor(enquiry(QStringLiteral("98765432%1").arg(10 + n))); }

    MessageLogEntry row(qint64 id) { return MessageLogRepository(*connection).get(id).value(); }

    std::optional<StationPause> pauseOf(const QString& station)
    {
        auto pause = StationPauses(*connection).active(station);
        EXPECT_TRUE(pause.ok()) << pause.error().detail.toStdString();
        return pause.ok() ? pause.value() : std::nullopt;
    }

    QString lastAttempt(qint64 id, const char* column)
    {
        auto v = connection->scalar(
            QStringLiteral(
                "SELECT %1 FROM whatsapp_message_attempts WHERE message_id = ? ORDER BY id DESC LIMIT 1")
                .arg(QLatin1String(column)),
            {id}, QStringLiteral("attempt"));
        return v.ok() ? v.value().toString() : QString();
    }

    // A lapsed claim on the oldest due message (the station died mid-send): of the station under test when
    // `label` is its own ("desk-1", made as its login), else of another station.
    void claimAndDie(const QString& label, const QString& transport = QStringLiteral("scripted"))
    {
        const SharedSettings settings = SharedSettings::load(*connection).value();
        Connection& by = label == QLatin1String("desk-1") ? station() : *connection;
        auto claimed = MessageQueue(by, clock, label, transport).claimNext(settings);
        ASSERT_TRUE(claimed.ok() && claimed->has_value());
    }
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(NeverTwiceTest);

TEST_P(NeverTwiceTest, AnUnconfirmedSendIsFailedMayHaveBeenSentAndNeverSentAgain)
{
    const qint64 id = newMessage(0);
    const qint64 next = newMessage(1);
    ScriptedSender sender;
    sender.script({SendResult::unconfirmed(QStringLiteral("no outgoing message with our text appeared"))});
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(summary.failed, 1);
    EXPECT_EQ(summary.sent, 1);
    const MessageLogEntry failed = row(id);
    EXPECT_EQ(failed.status, QStringLiteral("FAILED"));
    EXPECT_EQ(failed.errorMessage, kMaybeSent) << "the log keeps its own reason, word for word";
    EXPECT_EQ(failed.errorMessage, LogReasons::maybeSent().logged);
    EXPECT_FALSE(failed.nextAttemptAt.isValid());
    EXPECT_EQ(lastAttempt(id, "outcome"), QStringLiteral("UNCONFIRMED"));
    EXPECT_EQ(lastAttempt(id, "error_message"), QStringLiteral("no outgoing message with our text appeared"))
        << "the transport's words go to the attempt";
    EXPECT_EQ(statusOf(next), QStringLiteral("SENT")) << "one unconfirmed send does not stop the station";

    for (int day = 0; day < 3; ++day) {
        clock.advanceSecs(24 * 3600);
        dispatchOnce(sender);
    }
    EXPECT_EQ(sender.sendsOf(id), 1) << "never resent by itself";
    EXPECT_EQ(statusOf(id), QStringLiteral("FAILED"));
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));
}

TEST_P(NeverTwiceTest, TwoUnconfirmedSendsInARowPauseTheStation)
{
    const qint64 first = newMessage(0);
    const qint64 second = newMessage(1);
    const qint64 third = newMessage(2);
    ScriptedSender sender;
    sender.script({SendResult::unconfirmed(QStringLiteral("no tick within 30 s")),
                   SendResult::unconfirmed(QStringLiteral("our row was not recognised"))});
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Paused);
    EXPECT_EQ(sender.attempts(), 2);
    EXPECT_EQ(statusOf(first), QStringLiteral("FAILED"));
    EXPECT_EQ(statusOf(second), QStringLiteral("FAILED"));
    EXPECT_EQ(statusOf(third), QStringLiteral("PENDING")) << "nothing after the pause";
    EXPECT_EQ(summary.left, 1);
    const auto pause = pauseOf(QStringLiteral("desk-1"));
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, StationPauses::notConfirmed().logged) << "a transport without a page";
    EXPECT_TRUE(pause->missing.contains(QStringLiteral("our row was not recognised")))
        << pause->missing.toStdString();
    EXPECT_EQ(pause->transport, QStringLiteral("scripted"));
    EXPECT_EQ(pause->pausedAt, clock.nowUtc());

    // A restart changes nothing: the pause is in the database.
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Paused);
    EXPECT_EQ(sender.attempts(), 2);
    EXPECT_EQ(statusOf(third), QStringLiteral("PENDING"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM station_pauses")), 1);
}

TEST_P(NeverTwiceTest, AConfirmedSendBreaksTheRow)
{
    for (int i = 0; i < 4; ++i)
        newMessage(i);
    ScriptedSender sender;
    const auto doubt = SendResult::unconfirmed(QStringLiteral("no tick"));
    sender.script(
        {doubt, SendResult::sent(), doubt, SendResult::permanent(QStringLiteral("not on WhatsApp"))});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    EXPECT_EQ(sender.attempts(), 4);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));
}

// The count of unconfirmed sends survives a restart: one before it and one after are two in a row.
TEST_P(NeverTwiceTest, TheRowCountsAcrossARestart)
{
    const qint64 first = newMessage(0);
    ScriptedSender sender;
    sender.script({SendResult::unconfirmed(QStringLiteral("no tick"))});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    ASSERT_EQ(statusOf(first), QStringLiteral("FAILED"));
    const qint64 second = newMessage(1);
    newMessage(2);
    sender.script({SendResult::unconfirmed(QStringLiteral("no tick again"))});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    EXPECT_EQ(statusOf(second), QStringLiteral("FAILED"));
    EXPECT_EQ(sender.attempts(), 2);
    EXPECT_TRUE(pauseOf(QStringLiteral("desk-1")));
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-2"))) << "per station";
}

// An unconfirmed send that our own stop or a render process that ended cut short says nothing about the page:
// it is FAILED "may have been sent" like any other, its attempt ends INTERRUPTED, and it neither counts
// toward "two in a row" nor breaks the row, in one run and across a restart.
TEST_P(NeverTwiceTest, AnInterruptedSendDoesNotCountTowardThePause)
{
    for (int i = 0; i < 4; ++i)
        newMessage(i);
    SendResult stopped = SendResult::unconfirmed(QStringLiteral(
        "may have been sent: send was pressed, then the station stopped before the page confirmed it"));
    stopped.interrupted = true;
    SendResult crashed = SendResult::unconfirmed(QStringLiteral(
        "may have been sent: send was pressed, then the WhatsApp page's render process was ended"));
    crashed.interrupted = true;
    const auto doubt = SendResult::unconfirmed(QStringLiteral("no tick"));
    ScriptedSender sender;
    sender.script({doubt, stopped, crashed, SendResult::sent()});
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(sender.attempts(), 4);
    EXPECT_EQ(summary.failed, 3);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1"))) << "one unconfirmed send and two interrupted ones";
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts WHERE outcome = 'INTERRUPTED'")),
        2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'FAILED' "
                                   "AND error_message = ?"),
                    {LogReasons::maybeSent().logged}),
              3)
        << "interrupted or not, a person decides";

    // Across a restart: unconfirmed, interrupted (restart), unconfirmed: two in a row, the interrupted one
    // between them neither counts nor breaks the row.
    newMessage(4);
    sender.script({doubt});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    newMessage(5);
    sender.script({stopped});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));
    newMessage(6);
    newMessage(7);
    sender.script({doubt});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    EXPECT_TRUE(pauseOf(QStringLiteral("desk-1")));
}

TEST_P(NeverTwiceTest, PageChangedPausesWithinThatMessage)
{
    const qint64 first = newMessage(0);
    const qint64 second = newMessage(1);
    ScriptedSender sender;
    sender.setDelayMs(50);
    sender.changePageDuringSend(1, QStringLiteral("outgoing rows (data-id true_) in the open chat"));
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Paused);
    EXPECT_EQ(statusOf(first), QStringLiteral("SENT")) << "the message in flight is recorded as it ended";
    EXPECT_EQ(statusOf(second), QStringLiteral("PENDING"));
    EXPECT_EQ(sender.attempts(), 1);
    const auto pause = pauseOf(QStringLiteral("desk-1"));
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, QStringLiteral("WhatsApp Web has changed: sending paused"));
    EXPECT_EQ(pause->missing, QStringLiteral("outgoing rows (data-id true_) in the open chat"));
}

TEST_P(NeverTwiceTest, APausedStationClaimsNothingAndOthersGoOn)
{
    const qint64 id = newMessage(0);
    StationPause pause;
    pause.station = QStringLiteral("desk-1");
    pause.reason = StationPauses::pageChanged().logged;
    pause.missing = QStringLiteral("compose box");
    pause.pausedAt = clock.nowUtc();
    ASSERT_TRUE(StationPauses(*connection).pause(pause).ok());
    ASSERT_TRUE(StationPauses(*connection).pause(pause).ok()) << "pausing twice keeps one pause";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM station_pauses")), 1);

    // Even a claim that does not look first gets nothing (the claim itself refuses).
    const SharedSettings settings = SharedSettings::load(*connection).value();
    auto claimed = MessageQueue(*connection, clock, QStringLiteral("desk-1"), QStringLiteral("scripted"))
                       .claimNext(settings);
    ASSERT_TRUE(claimed.ok()) << claimed.error().detail.toStdString();
    EXPECT_FALSE(claimed->has_value());

    ScriptedSender sender;
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    EXPECT_EQ(sender.attempts(), 0);
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts")), 0);

    EXPECT_EQ(dispatchOnce(sender, nullptr, QStringLiteral("desk-2")), Dispatcher::Finish::Done);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
}

TEST_P(NeverTwiceTest, ResumingIsForAdministratorsAndSendingGoesOn)
{
    const qint64 id = newMessage(0);
    ScriptedSender sender;
    sender.changePageDuringSend(1, QStringLiteral("compose box"));
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    const qint64 next = newMessage(1);

    auto refused = StationPauses(*connection)
                       .resume(QStringLiteral("desk-1"), QStringLiteral("reception"), false, clock.nowUtc());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::PermissionDenied);
    EXPECT_TRUE(pauseOf(QStringLiteral("desk-1")));

    clock.advanceSecs(600);
    auto resumed = StationPauses(*connection)
                       .resume(QStringLiteral("desk-1"), QStringLiteral("admin"), true, clock.nowUtc());
    ASSERT_TRUE(resumed.ok()) << resumed.error().detail.toStdString();
    EXPECT_EQ(resumed.value(), 1);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(statusOf(next), QStringLiteral("SENT"));
    // The log keeps the pause with who lifted it and when.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM station_pauses WHERE resumed_at = ?"),
                    {sql::fromDateTime(clock.nowUtc())}),
              1);
}

// The desk's own station runs on while paused and goes on by itself once an admin resumed (on any desk).
TEST_P(NeverTwiceTest, ARunningStationWaitsWhilePausedAndGoesOnWhenResumed)
{
    const qint64 first = newMessage(0);
    const qint64 second = newMessage(1);
    ScriptedSender sender;
    sender.changePageDuringSend(1, QStringLiteral("message list"));
    DatabaseWorker worker(database->specAs(TestDatabase::Login::Sender), QStringLiteral("station"));
    Dispatcher::Options options;
    options.station = QStringLiteral("desk-1");
    options.idlePollMs = 50;
    options.pausePollMs = 50;
    Dispatcher dispatcher(worker, sender, options, clock);
    QSignalSpy paused(&dispatcher, &Dispatcher::paused);
    QSignalSpy resumed(&dispatcher, &Dispatcher::resumed);
    dispatcher.start();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_EQ(paused.first().first().value<StationPause>().missing, QStringLiteral("message list"));
    EXPECT_TRUE(dispatcher.pause().has_value());
    QTest::qWait(300); // several polls: still paused, nothing claimed
    EXPECT_EQ(statusOf(second), QStringLiteral("PENDING"));
    EXPECT_EQ(sender.attempts(), 1);
    EXPECT_TRUE(dispatcher.isRunning());

    ASSERT_TRUE(StationPauses(*connection)
                    .resume(QStringLiteral("desk-1"), QStringLiteral("admin"), true, clock.nowUtc())
                    .ok());
    dispatcher.wake();
    ASSERT_TRUE(resumed.wait(10000));
    QSignalSpy handled(&dispatcher, &Dispatcher::messageHandled);
    ASSERT_TRUE(handled.wait(10000));
    EXPECT_EQ(statusOf(first), QStringLiteral("SENT"));
    EXPECT_EQ(statusOf(second), QStringLiteral("SENT"));
    EXPECT_FALSE(dispatcher.pause().has_value());
    QSignalSpy finished(&dispatcher, &Dispatcher::finished);
    dispatcher.stop();
    EXPECT_TRUE(finished.count() > 0 || finished.wait(10000)) << "stops after the job in flight";
}

TEST_P(NeverTwiceTest, OwnLapsedClaimThatCannotBeCheckedIsFailedMayHaveBeenSent)
{
    const qint64 id = newMessage(0);
    claimAndDie(QStringLiteral("desk-1"));
    clock.advanceSecs(SharedSettings::load(*connection)->leaseSeconds + 1);
    ScriptedSender sender;
    sender.setCanCheck(false);
    dispatchOnce(sender);
    EXPECT_EQ(sender.attempts(), 0);
    EXPECT_EQ(sender.checks(), 1);
    EXPECT_EQ(row(id).status, QStringLiteral("FAILED"));
    EXPECT_EQ(row(id).errorMessage, kMaybeSent);
    EXPECT_TRUE(lastAttempt(id, "error_message").contains(QStringLiteral("stopped while sending")));
    EXPECT_EQ(lastAttempt(id, "outcome"), QStringLiteral("FAILED")) << "this try pressed nothing";
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1"))) << "a doubt from before is not this page's fault";
}

TEST_P(NeverTwiceTest, TakeOverLooksInTheChatAndNeverSendsUnchecked)
{
    const qint64 sentByDeadStation = newMessage(0);
    const qint64 notSent = newMessage(1);
    const qint64 unknown = newMessage(2);
    const SharedSettings settings = SharedSettings::load(*connection).value();
    ScriptedSender sender;
    for (int i = 0; i < 3; ++i)
        claimAndDie(QStringLiteral("desk-dead"));
    const auto entry = row(sentByDeadStation);
    sender.preload({entry.id, entry.customerPhone, entry.messageContent});
    clock.advanceSecs(settings.leaseSeconds + settings.takeoverGraceSeconds + 60);

    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary, QStringLiteral("desk-2"));
    EXPECT_EQ(statusOf(sentByDeadStation), QStringLiteral("SENT")) << "found in the chat";
    EXPECT_EQ(statusOf(notSent), QStringLiteral("SENT"));
    EXPECT_EQ(statusOf(unknown), QStringLiteral("SENT"));
    EXPECT_EQ(sender.sendsOf(sentByDeadStation), 0);
    EXPECT_EQ(sender.checks(), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_attempts WHERE note LIKE ?"),
                    {QStringLiteral("%taking it over from another station%")}),
              3);
}

TEST_P(NeverTwiceTest, TakeOverThatCannotCheckIsFailedMayHaveBeenSent)
{
    const qint64 id = newMessage(0);
    const SharedSettings settings = SharedSettings::load(*connection).value();
    claimAndDie(QStringLiteral("desk-dead"));
    clock.advanceSecs(settings.leaseSeconds + settings.takeoverGraceSeconds + 60);
    ScriptedSender sender;
    sender.setCanCheck(false);
    dispatchOnce(sender, nullptr, QStringLiteral("desk-2"));
    EXPECT_EQ(sender.attempts(), 0);
    EXPECT_EQ(row(id).status, QStringLiteral("FAILED"));
    EXPECT_EQ(row(id).errorMessage, kMaybeSent);
    EXPECT_TRUE(lastAttempt(id, "error_message").contains(QStringLiteral("desk-dead")));
}

// A look in this transport's chat says nothing about a try that went through another one.
TEST_P(NeverTwiceTest, ALapsedTryThroughAnotherTransportIsNotCheckedHere)
{
    const qint64 id = newMessage(0);
    claimAndDie(QStringLiteral("desk-1"), QStringLiteral("cloud-api"));
    clock.advanceSecs(SharedSettings::load(*connection)->leaseSeconds + 1);
    ScriptedSender sender; // can check, and its chat does not have it
    dispatchOnce(sender);
    EXPECT_EQ(sender.attempts(), 0);
    EXPECT_EQ(sender.checks(), 0);
    EXPECT_EQ(row(id).errorMessage, kMaybeSent);
}

TEST_P(NeverTwiceTest, ARetryAfterATryThatNeverLeftIsSentEvenWhenTheChatCannotBeChecked)
{
    const qint64 id = newMessage(0);
    ScriptedSender sender;
    sender.script({SendResult::transient(QStringLiteral("the chat did not open"))});
    dispatchOnce(sender);
    ASSERT_EQ(statusOf(id), QStringLiteral("RETRYING"));
    sender.setCanCheck(false);
    clock.advanceSecs(3600);
    dispatchOnce(sender);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(sender.sendsOf(id), 2);
    EXPECT_EQ(sender.checks(), 1);
}

// Before migration 0013 a "transient" failure may have pressed send: such a try proves nothing.
TEST_P(NeverTwiceTest, ARetryAfterAnOlderTransientFailureIsNotSentUnchecked)
{
    const qint64 id = newMessage(0);
    ScriptedSender sender;
    sender.script({SendResult::transient(QStringLiteral("no outgoing message with our text appeared"))});
    dispatchOnce(sender);
    ASSERT_EQ(statusOf(id), QStringLiteral("RETRYING"));
    // As if that attempt had been recorded by a FrontDesk before 0013.
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral(
                       "UPDATE settings SET value = ? WHERE key = 'sending.never_left_proven_after_attempt'"),
                   {QString::number(1000000)}, QStringLiteral("marker"))
            .ok());
    sender.setCanCheck(false);
    clock.advanceSecs(3600);
    dispatchOnce(sender);
    EXPECT_EQ(sender.sendsOf(id), 1);
    EXPECT_EQ(row(id).status, QStringLiteral("FAILED"));
    EXPECT_EQ(row(id).errorMessage, kMaybeSent);
}

TEST_P(NeverTwiceTest, AnAdministratorsRetryOfAMayHaveBeenSentMessage)
{
    const qint64 id = newMessage(0);
    ScriptedSender sender;
    sender.script({SendResult::unconfirmed(QStringLiteral("no tick within 30 s"))});
    dispatchOnce(sender);
    ASSERT_EQ(row(id).errorMessage, kMaybeSent);

    // It had gone out after all: the retry finds it in the chat and only records it.
    ASSERT_EQ(retryMessages(*connection, {id}, true, clock)->retried, 1);
    const auto entry = row(id);
    sender.preload({entry.id, entry.customerPhone, entry.messageContent});
    dispatchOnce(sender);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(sender.sendsOf(id), 1);
    EXPECT_EQ(lastAttempt(id, "note"), QStringLiteral("an earlier try had reached the chat; not sent again"));
}

TEST_P(NeverTwiceTest, AnAdministratorsRetryIsSentWhenTheChatCannotBeChecked)
{
    const qint64 id = newMessage(0);
    ScriptedSender sender;
    sender.script({SendResult::unconfirmed(QStringLiteral("no tick within 30 s"))});
    dispatchOnce(sender);
    ASSERT_EQ(retryMessages(*connection, {id}, true, clock)->retried, 1);
    sender.setCanCheck(false);
    dispatchOnce(sender);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT")) << "the administrator decided";
    EXPECT_EQ(sender.sendsOf(id), 2);
}

// Admin retry covers what can get stuck (issue 17), never twice: a claim that may still be live is left
// alone, a claim whose lease is beyond the longest one (1 hour) goes back and its sender looks in the chat.
TEST_P(NeverTwiceTest, AnAdministratorsRetryLeavesALiveClaimAloneAndTakesBackAStuckOne)
{
    const qint64 id = newMessage(0);
    claimAndDie(QStringLiteral("desk-a"));
    ASSERT_EQ(row(id).status, QStringLiteral("SENDING"));
    auto live = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(live.ok()) << live.error().detail.toStdString();
    EXPECT_EQ(live->stillSending, 1);
    EXPECT_EQ(live->retried, 0);
    EXPECT_EQ(row(id).status, QStringLiteral("SENDING"));

    // A lease nobody can have been given (a forged or pre-0016 claim) is stuck.
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET lease_until = ? WHERE id = ?"),
                           {sql::fromDateTime(clock.nowUtc().addDays(30)), id}, QStringLiteral("forge"))
                    .ok());
    auto stuck = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(stuck.ok()) << stuck.error().detail.toStdString();
    EXPECT_EQ(stuck->retried, 1);
    EXPECT_EQ(row(id).status, QStringLiteral("RETRYING"));

    // It may have gone out before the claim was stuck: the chat shows it, and it is only recorded.
    ScriptedSender sender;
    const auto entry = row(id);
    sender.preload({entry.id, entry.customerPhone, entry.messageContent});
    dispatchOnce(sender);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(sender.sendsOf(id), 0);
}

TEST_P(NeverTwiceTest, AnAdministratorsRetryOfALapsedClaimAndOfAFarBackoff)
{
    const qint64 lapsed = newMessage(1);
    claimAndDie(QStringLiteral("desk-a"));
    clock.advanceSecs(600); // the 5-minute lease is over
    const qint64 waiting = newMessage(2);
    const qint64 soon = newMessage(3);
    for (const auto& [id, days] : {std::pair{waiting, 30}, std::pair{soon, 0}})
        ASSERT_TRUE(connection
                        ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'RETRYING', "
                                              "next_attempt_at = ? WHERE id = ?"),
                               {sql::fromDateTime(clock.nowUtc().addDays(days).addSecs(600)), id},
                               QStringLiteral("backoff"))
                        .ok());
    auto report = retryMessages(*connection, {lapsed, waiting, soon}, true, clock);
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    EXPECT_EQ(report->retried, 2);
    EXPECT_EQ(report->notFailed, 1); // ten minutes of backoff is no reason to step in
    EXPECT_EQ(row(lapsed).status, QStringLiteral("RETRYING"));
    EXPECT_FALSE(row(waiting).nextAttemptAt.isValid());
    EXPECT_TRUE(row(soon).nextAttemptAt.isValid());
}

// A SKIPPED message goes again only when its customer may be messaged now: an opted-out one is refused with
// the reason until an administrator un-opts them out.
TEST_P(NeverTwiceTest, AnAdministratorsRetryOfASkippedMessageWaitsForConsent)
{
    const qint64 id = newMessage(4);
    const QString phone = row(id).customerPhone;
    ASSERT_TRUE(CustomerRepository(*connection).setOptedOut(phone, true, QStringLiteral("Asha")).ok());
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'SKIPPED', error_message = "
                                  "'customer opted out' WHERE id = ?"),
                   {id}, QStringLiteral("skip"))
            .ok());
    auto refused = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(refused.ok()) << refused.error().detail.toStdString();
    EXPECT_EQ(refused->retried, 0);
    ASSERT_EQ(refused->refused.size(), 1);
    EXPECT_TRUE(refused->refused.first().skipped);
    EXPECT_TRUE(refused->refused.first().reason.contains(QStringLiteral("opted out")))
        << refused->refused.first().reason.toStdString();
    EXPECT_EQ(row(id).status, QStringLiteral("SKIPPED"));

    ASSERT_TRUE(CustomerRepository(*connection).setOptedOut(phone, false, QStringLiteral("Asha")).ok());
    auto retried = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(retried.ok()) << retried.error().detail.toStdString();
    EXPECT_EQ(retried->retried, 1);
    ScriptedSender sender;
    dispatchOnce(sender);
    EXPECT_EQ(statusOf(id), QStringLiteral("SENT"));
    EXPECT_EQ(sender.sendsOf(id), 1);
}
