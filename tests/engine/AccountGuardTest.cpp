// The account guard (issue 16): WhatsApp refusing messages in a row, or a list whose numbers are not on
// WhatsApp, pauses the station within one message, says why, and an administrator resumes it.
#include "automation/dispatch/AccountGuard.h"

#include "EngineFixture.h"
#include "automation/dispatch/StationPauses.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

SendResult absent()
{
    return SendResult::notOnWhatsApp(QStringLiteral("not a WhatsApp number (WhatsApp said: invalid)"));
}

SendResult refused()
{
    return SendResult::refused(QStringLiteral("WhatsApp could not send it"));
}

} // namespace

TEST(AccountGuard, ThreeRefusalsInARowAreASignAndASendBetweenThemBreaksTheRow)
{
    AccountGuard guard;
    EXPECT_FALSE(guard.record(refused()));
    EXPECT_FALSE(guard.record(refused()));
    EXPECT_FALSE(guard.record(SendResult::sent()));
    EXPECT_FALSE(guard.record(refused()));
    EXPECT_FALSE(guard.record(SendResult::transient(QStringLiteral("the chat did not open"))))
        << "a message that never left says nothing about the account, and does not break the row";
    EXPECT_FALSE(guard.record(refused()));
    const auto sign = guard.record(refused());
    ASSERT_TRUE(sign);
    EXPECT_EQ(sign->reason.logged, AccountGuard::refused().logged);
    EXPECT_EQ(sign->detail.logged,
              QStringLiteral("3 in a row were marked failed; the last: WhatsApp could not send it"));
}

TEST(AccountGuard, FourOfTheLatestTenNumbersNotOnWhatsAppAreABadList)
{
    AccountGuard guard;
    // Three absent numbers spread over more than ten are no sign ...
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(guard.record(absent()));
        for (int sent = 0; sent < 4; ++sent)
            EXPECT_FALSE(guard.record(SendResult::sent()));
    }
    EXPECT_FALSE(guard.record(absent())) << "the first of these three is no longer among the latest ten";
    // ... four among the latest ten are.
    EXPECT_FALSE(guard.record(absent()));
    const auto sign = guard.record(absent());
    ASSERT_TRUE(sign);
    EXPECT_EQ(sign->reason.logged, AccountGuard::badList().logged);
    EXPECT_TRUE(sign->detail.logged.startsWith(QStringLiteral("4 of the latest 10 numbers")))
        << sign->detail.logged.toStdString();

    guard.reset();
    EXPECT_FALSE(guard.record(absent())) << "after a resume the signs start afresh";
}

class AccountGuardTest : public EngineTest
{
protected:
    qint64 newMessage(int n) { return messageFor(enquiry(QStringLiteral("98765432%1").arg(10 + n))); }

    std::optional<StationPause> pauseOf(const QString& station)
    {
        auto pause = StationPauses(*connection).active(station);
        EXPECT_TRUE(pause.ok()) << pause.error().detail.toStdString();
        return pause.ok() ? pause.value() : std::nullopt;
    }
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(AccountGuardTest);

TEST_P(AccountGuardTest, WhatsAppRefusingThreeMessagesInARowPausesTheStationUntilAnAdminResumes)
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << newMessage(i);
    ScriptedSender sender;
    sender.script({refused(), refused(), refused()});
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Paused);
    EXPECT_EQ(sender.attempts(), 3) << "paused within one message of the sign";
    EXPECT_EQ(statusOf(ids.at(3)), QStringLiteral("PENDING"));
    const auto pause = pauseOf(QStringLiteral("desk-1"));
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, AccountGuard::refused().logged);
    EXPECT_TRUE(pause->missing.startsWith(QStringLiteral("3 in a row"))) << pause->missing.toStdString();

    auto resumed = StationPauses(*connection)
                       .resume(QStringLiteral("desk-1"), QStringLiteral("admin"), true, clock.nowUtc());
    ASSERT_TRUE(resumed.ok()) << resumed.error().detail.toStdString();
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(statusOf(ids.at(3)), QStringLiteral("SENT"));
    EXPECT_EQ(statusOf(ids.at(4)), QStringLiteral("SENT"));
}

TEST_P(AccountGuardTest, ABadListPausesTheStationAtItsFourthNumberNotOnWhatsApp)
{
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i)
        ids << newMessage(i);
    ScriptedSender sender;
    sender.script({absent(), SendResult::sent(), absent(), absent(), SendResult::sent(), absent()});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    EXPECT_EQ(sender.attempts(), 6);
    EXPECT_EQ(statusOf(ids.at(5)), QStringLiteral("FAILED"));
    EXPECT_EQ(statusOf(ids.at(6)), QStringLiteral("PENDING")) << "nothing more goes to the list";
    const auto pause = pauseOf(QStringLiteral("desk-1"));
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, AccountGuard::badList().logged);
    EXPECT_TRUE(pause->missing.startsWith(QStringLiteral("4 of the latest 6 numbers")))
        << pause->missing.toStdString();
}

TEST_P(AccountGuardTest, AFewScatteredFailuresDoNotStopTheStation)
{
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids << newMessage(i);
    ScriptedSender sender;
    sender.script({absent(), refused(), SendResult::sent(), refused(), refused(), SendResult::sent(),
                   absent(), SendResult::sent(), absent()});
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(sender.attempts(), 10);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));
}

// The signs outlive a restart of the station (the window closed, `dispatch` run again): they are read back
// from the station's attempts since its pause was last lifted.
TEST_P(AccountGuardTest, ARestartDoesNotForgetTheSignsButAResumeStartsThemAfresh)
{
    newMessage(0);
    newMessage(1);
    ScriptedSender sender;
    sender.script({refused(), refused()});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));

    // Started again: the third refusal in a row is the sign.
    const qint64 third = newMessage(2);
    const qint64 fourth = newMessage(3);
    sender.script({refused()});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    EXPECT_EQ(statusOf(third), QStringLiteral("FAILED"));
    EXPECT_EQ(statusOf(fourth), QStringLiteral("PENDING"));
    const auto pause = pauseOf(QStringLiteral("desk-1"));
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, AccountGuard::refused().logged);

    // Resumed by an admin, then started again: the refusals before the resume no longer count.
    clock.advanceSecs(60);
    ASSERT_TRUE(StationPauses(*connection)
                    .resume(QStringLiteral("desk-1"), QStringLiteral("admin"), true, clock.nowUtc())
                    .ok());
    clock.advanceSecs(60);
    newMessage(4);
    sender.script({refused(), refused()});
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
    EXPECT_FALSE(pauseOf(QStringLiteral("desk-1")));
}

TEST(AccountGuard, AnAttemptsNoteTellsItsKindOfRefusalBack)
{
    for (const SendResult& result : {SendResult::notOnWhatsApp(QStringLiteral("x")),
                                     SendResult::refused(QStringLiteral("y")), SendResult::permanent({})}) {
        const auto back =
            AccountGuard::resultOfAttempt(QStringLiteral("FAILED"), AccountGuard::attemptNote(result));
        ASSERT_TRUE(back);
        EXPECT_EQ(back->refusal, result.refusal);
    }
    EXPECT_EQ(AccountGuard::resultOfAttempt(QStringLiteral("SENT"), {})->kind, SendResult::Kind::Sent);
    EXPECT_FALSE(AccountGuard::resultOfAttempt(QStringLiteral("RETRYING"), {}));
    EXPECT_FALSE(AccountGuard::resultOfAttempt(QStringLiteral("RELEASED"), {}));
}
