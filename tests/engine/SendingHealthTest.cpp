// The figures of the WhatsApp tab's "Sending health" (issue 16), read the way the dispatcher counts, on
// SQLite and PostgreSQL, with the injected clock.
#include "automation/dispatch/SendingHealth.h"

#include "EngineFixture.h"
#include "automation/dispatch/StationPauses.h"
#include "models/repositories/SettingsRepository.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

class SendingHealthTest : public EngineTest
{
protected:
    SendingHealth health()
    {
        auto read = SendingHealth::read(*connection, QStringLiteral("desk-1"), clock.nowUtc());
        EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : read.error().detail.toStdString());
        return read.ok() ? read.value() : SendingHealth();
    }
    QDate today() const { return clock.nowUtc().toLocalTime().date(); }
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(SendingHealthTest);

TEST_P(SendingHealthTest, ANumberThatNeverSentIsOnItsFirstWarmUpDayWithNothingToShow)
{
    const SendingHealth h = health();
    EXPECT_EQ(h.sentToday, 0);
    EXPECT_EQ(h.sentLastHour, 0);
    EXPECT_EQ(h.warmUpDay, 1);
    EXPECT_EQ(h.warmUpDays, 10);
    EXPECT_EQ(h.hourlyCap, 20);
    EXPECT_EQ(h.dailyCap, 50);
    EXPECT_FALSE(h.inUseSince.isValid()) << "nothing sent yet";
    EXPECT_FALSE(h.lastPause);
    EXPECT_TRUE(h.failures.isEmpty());
}

TEST_P(SendingHealthTest, CountsTheHourAndTheDayAndListsTheLatestFailuresAndPause)
{
    for (int i = 0; i < 4; ++i)
        enquiry(QStringLiteral("98765432%1").arg(10 + i));
    ScriptedSender sender;
    sender.script({SendResult::sent(), SendResult::notOnWhatsApp(QStringLiteral("not a WhatsApp number")),
                   SendResult::sent(), SendResult::sent()});
    dispatchOnce(sender);

    SendingHealth h = health();
    EXPECT_EQ(h.sentToday, 3);
    EXPECT_EQ(h.sentLastHour, 3);
    EXPECT_EQ(h.inUseSince, today());
    EXPECT_FALSE(h.inUseSinceSetByAdmin);
    ASSERT_EQ(h.failures.size(), 1);
    EXPECT_EQ(h.failures.first().reason, QStringLiteral("not a WhatsApp number"));
    EXPECT_EQ(h.failures.first().eventType, QStringLiteral("ENQUIRY_CREATED"));
    EXPECT_FALSE(h.failures.first().phone.isEmpty());

    // A pause, then lifted: the latest is shown with who lifted it.
    StationPause pause;
    pause.station = QStringLiteral("desk-1");
    pause.reason = StationPauses::pageChanged().logged;
    pause.missing = QStringLiteral("sendButton");
    pause.pausedAt = clock.nowUtc();
    pause.pausedBy = QStringLiteral("desk-1");
    auto paused = StationPauses(station()).pause(pause); // the station pauses itself
    ASSERT_TRUE(paused.ok()) << paused.error().detail.toStdString();
    EXPECT_TRUE(health().lastPause->isActive());
    ASSERT_TRUE(
        StationPauses(*connection)
            .resume(QStringLiteral("desk-1"), QStringLiteral("admin"), true, clock.nowUtc().addSecs(60))
            .ok());
    h = health();
    ASSERT_TRUE(h.lastPause);
    EXPECT_FALSE(h.lastPause->isActive());
    EXPECT_EQ(h.lastPause->missing, QStringLiteral("sendButton"));

    // Two hours on: the hour is empty, the day is not.
    clock.advanceSecs(2 * 3600);
    h = health();
    EXPECT_EQ(h.sentLastHour, 0);
    EXPECT_EQ(h.sentToday, 3);
}

TEST_P(SendingHealthTest, ANumberLinkedWeeksAgoIsWarmAndShowsTheAdministratorsDate)
{
    const QDate linked = today().addDays(-21);
    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kWarmUpSince), linked.toString(Qt::ISODate), {})
                    .ok());
    const SendingHealth h = health();
    EXPECT_EQ(h.warmUpDay, 0);
    EXPECT_EQ(h.inUseSince, linked);
    EXPECT_TRUE(h.inUseSinceSetByAdmin);
    EXPECT_EQ(h.hourlyCap, SharedSettings().hourlyCap);
    EXPECT_EQ(h.dailyCap, SharedSettings().dailyCap);
}

TEST_P(SendingHealthTest, OnTheThirdDayOfTheWarmUpTheCapsHaveGrown)
{
    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kWarmUpSince),
                              today().addDays(-2).toString(Qt::ISODate), {})
                    .ok());
    const SendingHealth h = health();
    EXPECT_EQ(h.warmUpDay, 3);
    EXPECT_GT(h.hourlyCap, 20);
    EXPECT_LT(h.hourlyCap, SharedSettings().hourlyCap);
    EXPECT_GT(h.dailyCap, 50);
    EXPECT_LT(h.dailyCap, SharedSettings().dailyCap);
}
