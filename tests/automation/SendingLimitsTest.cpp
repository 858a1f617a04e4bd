// The account's pace (automation/dispatch/SendingLimits): the daily cap, the hourly cap and the pause after a
// batch, each holding the next message until the right moment with its reason; 0 turns the last two off.
#include "automation/dispatch/SendingLimits.h"

#include <gtest/gtest.h>

namespace fd {
namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(6, 30), Qt::UTC); // 12:00 in India

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

} // namespace
} // namespace fd
