// The account's pace (automation/dispatch/SendingLimits): the daily cap, the hourly cap and the pause after a
// batch, each holding the next message until the right moment with its reason; 0 turns the last two off.
#include "automation/dispatch/SendingLimits.h"

#include "models/core/QtCompat.h"

#include <gtest/gtest.h>

namespace fd {
namespace {

const QDateTime kNow = fd::utcDateTime(QDate(2026, 12, 4), QTime(6, 30)); // 12:00 in India

SharedSettings pace(int hourlyCap, int batchSize, int batchPauseSeconds, int dailyCap = 200)
{
    SharedSettings settings;
    settings.dailyCap = dailyCap;
    settings.hourlyCap = hourlyCap;
    settings.batchSize = batchSize;
    settings.batchPauseSeconds = batchPauseSeconds;
    return settings;
}

// `count` sends, newest first, the newest `ageSecs` ago and each `gapSecs` before the next.
QList<QDateTime> sends(int count, int gapSecs, int ageSecs = 0)
{
    QList<QDateTime> out;
    for (int i = 0; i < count; ++i)
        out << kNow.addSecs(-ageSecs - qint64(i) * gapSecs);
    return out;
}

TEST(SendingLimitsTest, NothingHoldsAMessageUnderEveryLimit)
{
    const SendingLimits limits(pace(80, 25, 180), 10, sends(10, 20), kNow);
    QString reason;
    EXPECT_EQ(limits.allowedFrom(kNow, reason), kNow);
    EXPECT_TRUE(reason.isEmpty()) << reason.toStdString();
}

TEST(SendingLimitsTest, TheHourlyCapHoldsUntilTheOldestSendOfTheHourIsAnHourOld)
{
    // 5 sends a minute apart (pauses of 5 minutes are not due: batches of 100), cap 5.
    const SendingLimits limits(pace(5, 100, 300), 5, sends(5, 60), kNow);
    QString reason;
    EXPECT_EQ(limits.allowedFrom(kNow, reason), kNow.addSecs(-4 * 60 + 3600));
    EXPECT_EQ(reason, QStringLiteral("the hourly limit of 5 messages is reached"));
    // Once that send is an hour old, the next may go.
    QString later;
    EXPECT_EQ(limits.allowedFrom(kNow.addSecs(3600), later), kNow.addSecs(3600));
    EXPECT_TRUE(later.isEmpty());
}

TEST(SendingLimitsTest, ABatchSentInARowIsFollowedByItsPause)
{
    const SendingLimits full(pace(0, 3, 180), 3, sends(3, 20, 30), kNow);
    QString reason;
    EXPECT_EQ(full.allowedFrom(kNow, reason), kNow.addSecs(-30 + 180));
    EXPECT_EQ(reason, QStringLiteral("a pause after 3 messages in a row"));

    // The pause came already (the newest send is older than it): a new batch may start.
    const SendingLimits rested(pace(0, 3, 180), 3, sends(3, 20, 200), kNow);
    QString none;
    EXPECT_EQ(rested.allowedFrom(kNow, none), kNow);

    // A pause inside the last three sends: the batch is not full yet.
    QList<QDateTime> broken = sends(2, 20);
    broken << kNow.addSecs(-20 - 600);
    const SendingLimits notFull(pace(0, 3, 180), 3, broken, kNow);
    EXPECT_EQ(notFull.allowedFrom(kNow, none), kNow);
}

TEST(SendingLimitsTest, TheDailyCapHoldsUntilLocalMidnightOnlyForToday)
{
    const SendingLimits limits(pace(0, 0, 0, 2), 2, sends(2, 60), kNow);
    QString reason;
    const QDateTime next = limits.allowedFrom(kNow, reason);
    EXPECT_EQ(next.toLocalTime().time(), QTime(0, 0));
    EXPECT_EQ(next.toLocalTime().date(), kNow.toLocalTime().date().addDays(1));
    EXPECT_EQ(reason, QStringLiteral("the daily limit of 2 messages is reached"));
    QString tomorrow;
    EXPECT_EQ(limits.allowedFrom(kNow.addDays(1), tomorrow), kNow.addDays(1));
}

TEST(SendingLimitsTest, ZeroTurnsTheHourlyCapAndTheBatchPauseOff)
{
    const SendingLimits limits(pace(0, 0, 180), 150, sends(150, 1), kNow);
    QString reason;
    EXPECT_EQ(limits.allowedFrom(kNow, reason), kNow);
    EXPECT_TRUE(reason.isEmpty());
}

TEST(SendingLimitsTest, TheLatestHoldWinsAndTheFirstReasonIsKept)
{
    // Both the hourly cap (until the 3rd latest send is an hour old) and a batch pause hold.
    const SendingLimits limits(pace(3, 3, 120), 3, sends(3, 10), kNow);
    QString reason = QStringLiteral("quiet hours until 09:00");
    EXPECT_EQ(limits.allowedFrom(kNow, reason), kNow.addSecs(-20 + 3600));
    EXPECT_EQ(reason, QStringLiteral("quiet hours until 09:00"));
}

TEST(SendingLimitsTest, ANewNumberStartsAtFiftyADayAndTwentyAnHourAndGrowsToTheFullCaps)
{
    SharedSettings settings = pace(80, 0, 0, 200);
    settings.warmUpDays = 10;
    const QDate today = kNow.toLocalTime().date();

    const SendingLimits first(settings, 20, sends(20, 60), kNow, today);
    EXPECT_EQ(first.warmUpDay(), 1);
    EXPECT_EQ(first.dailyCap(), 50);
    EXPECT_EQ(first.hourlyCap(), 20);
    QString reason;
    EXPECT_EQ(first.allowedFrom(kNow, reason), kNow.addSecs(-19 * 60 + 3600));
    EXPECT_EQ(reason, QStringLiteral(
                          "the warm-up limit of 20 messages an hour is reached (a new number, day 1 of 10)"));

    const SendingLimits fifth(settings, 116, sends(10, 60), kNow, today.addDays(-4));
    EXPECT_EQ(fifth.warmUpDay(), 5);
    EXPECT_EQ(fifth.dailyCap(), 50 + 150 * 4 / 9);
    EXPECT_EQ(fifth.hourlyCap(), 20 + 60 * 4 / 9);
    QString daily;
    fifth.allowedFrom(kNow, daily);
    EXPECT_EQ(daily, QStringLiteral(
                         "the warm-up limit of 116 messages today is reached (a new number, day 5 of 10)"));

    const SendingLimits last(settings, 0, {}, kNow, today.addDays(-9));
    EXPECT_EQ(last.dailyCap(), 200);
    EXPECT_EQ(last.hourlyCap(), 80);
    const SendingLimits warm(settings, 0, {}, kNow, today.addDays(-10));
    EXPECT_EQ(warm.warmUpDay(), 0);
    EXPECT_EQ(warm.dailyCap(), 200);
}

TEST(SendingLimitsTest, CapsBelowTheFirstDaysAndATurnedOffWarmUpOrHourlyCapStayAsSet)
{
    SharedSettings low = pace(10, 0, 0, 30);
    const QDate today = kNow.toLocalTime().date();
    const SendingLimits small(low, 0, {}, kNow, today);
    EXPECT_EQ(small.dailyCap(), 30);
    EXPECT_EQ(small.hourlyCap(), 10);

    SharedSettings off = pace(0, 0, 0, 200);
    const SendingLimits noHourly(off, 0, {}, kNow, today);
    EXPECT_EQ(noHourly.hourlyCap(), 0) << "0 keeps the hourly cap off";
    EXPECT_EQ(noHourly.dailyCap(), 50);

    off.warmUpDays = 0;
    const SendingLimits noWarmUp(off, 0, {}, kNow, today);
    EXPECT_EQ(noWarmUp.warmUpDay(), 0);
    EXPECT_EQ(noWarmUp.dailyCap(), 200);
}

} // namespace
} // namespace fd
