// Issue 20, point 8: messages that wait say why and when they go, on each waiting row of the message log
// (quiet hours, the daily cap, a row's own schedule or backoff), on SQLite and PostgreSQL, at fixed local
// times.
#include "GuiFixture.h"
#include "automation/outbox/SendingOutlook.h"
#include "mock/FakeClock.h"
#include "models/db/SqlValues.h"
#include "models/logmodel/MessageLogModel.h"
#include "ui/log/MessageLogTab.h"

namespace fd::test {
namespace {

class WaitingTest : public DeskTest
{
protected:
    qint64 queue(const QString& status, const QDateTime& scheduledUtc = {},
                 const QDateTime& nextAttemptUtc = {}, const QDateTime& sentUtc = {})
    {
        auto inserted = connection->exec(
            QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                           "message_content, status, scheduled_at, next_attempt_at, sent_at, event_fact) "
                           "VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("ENQUIRY_CREATED"), QStringLiteral("+919876543210"), QStringLiteral("Customer"),
             QStringLiteral("Hello"), status, sql::fromDateTime(scheduledUtc),
             sql::fromDateTime(nextAttemptUtc), sql::fromDateTime(sentUtc),
             // rows without a record differ in their fact (the log's key holds for them too, 0019)
             QStringLiteral("row %1").arg(++m_rows)},
            QStringLiteral("queue"));
        EXPECT_TRUE(inserted.ok()) << inserted.error().detail.toStdString();
        auto id = connection->scalar(QStringLiteral("SELECT MAX(id) FROM whatsapp_message_logs"), {},
                                     QStringLiteral("id"));
        return id.ok() ? id.value().toLongLong() : 0;
    }

    void setSending(int dailyCap, int hourlyCap = 80, int batchSize = 25)
    {
        auto settings = SharedSettings::load(*connection);
        ASSERT_TRUE(settings.ok());
        SharedSettings s = settings.value();
        s.quietStart = QTime(21, 0);
        s.quietEnd = QTime(9, 0);
        s.dailyCap = dailyCap;
        s.hourlyCap = hourlyCap;
        s.batchSize = batchSize;
        s.batchPauseSeconds = 180;
        ASSERT_TRUE(s.save(*connection, QStringLiteral("test")).ok());
    }

    // The Status column of the row `id`, once the log shows it with its note.
    static QString statusOf(MessageLogTab& log, qint64 id)
    {
        QString text;
        waitUntil([&] {
            const int row = log.model()->rowOfId(id);
            if (row < 0)
                return false;
            text = log.model()->index(row, MessageLogModel::Status).data().toString();
            return text.contains(QLatin1Char(':'));
        });
        return text;
    }

    static QDateTime local(const QDate& day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute)).toUTC();
    }

    int m_rows = 0;
};

TEST_P(WaitingTest, InQuietHoursEachWaitingRowSaysSoAndWhenItGoes)
{
    setSending(200);
    const QDate today = QDate::currentDate();
    FakeClock clock(local(today, 22, 30));
    const qint64 due = queue(QStringLiteral("PENDING"));
    const qint64 scheduled = queue(QStringLiteral("PENDING"), local(today.addDays(1), 11, 15));
    const qint64 retry = queue(QStringLiteral("RETRYING"), {}, local(today.addDays(1), 9, 40));
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MessageLogTab log(context.database, false, clock);
    log.show();

    EXPECT_EQ(statusOf(log, due).toStdString(),
              std::string("Pending: quiet hours until 09:00 · the next goes at tomorrow 09:00"));
    EXPECT_EQ(statusOf(log, scheduled).toStdString(), std::string("Pending: scheduled for tomorrow 11:15"));
    EXPECT_EQ(statusOf(log, retry).toStdString(),
              std::string("Retrying: to be tried again at tomorrow 09:40"));

    // Out of quiet hours a due row goes with the next send.
    clock.set(local(today, 12, 0));
    log.refreshPauses();
    ASSERT_TRUE(waitUntil([&] { return !statusOf(log, due).contains(QStringLiteral("quiet")); }));
    EXPECT_EQ(statusOf(log, due).toStdString(), std::string("Pending: due: goes with the next send"));
}

TEST_P(WaitingTest, OverTheDailyCapTheRowsWaitForTomorrowAfterQuietHours)
{
    setSending(1);
    const QDate today = QDate::currentDate();
    FakeClock clock(local(today, 12, 0));
    queue(QStringLiteral("SENT"), {}, {}, local(today, 10, 0));
    const qint64 due = queue(QStringLiteral("PENDING"));
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MessageLogTab log(context.database, false, clock);
    log.show();
    EXPECT_EQ(statusOf(log, due),
              QStringLiteral(
                  "Pending: the daily limit of 1 messages is reached · the next goes at tomorrow 09:00"));

    // The same from the outlook the status bar reads.
    auto outlook = SendingOutlook::read(*connection, clock);
    ASSERT_TRUE(outlook.ok());
    EXPECT_EQ(outlook->describe(outlook->now()).toStdString(),
              std::string("the daily limit of 1 messages is reached · the next goes at tomorrow 09:00"));
}

// The account's pace (issue 16): over the hourly cap the rows wait until the oldest send of the hour is an
// hour old; after a batch sent in a row, for its pause. Both say so, with the time.
TEST_P(WaitingTest, OverTheHourlyCapOrAfterABatchTheRowsSayWhenTheNextGoes)
{
    setSending(200, 2, 0);
    const QDate today = QDate::currentDate();
    FakeClock clock(local(today, 14, 0));
    queue(QStringLiteral("SENT"), {}, {}, local(today, 13, 5));
    queue(QStringLiteral("DELIVERED"), {}, {}, local(today, 13, 40));
    const qint64 due = queue(QStringLiteral("PENDING"));
    DeskContext& context = signedInAs(addUser(AppUser::Role::Reception));
    MessageLogTab log(context.database, false, clock);
    log.show();
    EXPECT_EQ(statusOf(log, due).toStdString(),
              std::string("Pending: the hourly limit of 2 messages is reached · the next goes at 14:05"));

    // No hourly cap, a batch of two with a 3-minute pause: the second send was 20 minutes ago, so the pause
    // is over; two more a minute ago and now make a batch, whose pause ends at 14:03.
    setSending(200, 0, 2);
    queue(QStringLiteral("SENT"), {}, {}, local(today, 13, 59));
    queue(QStringLiteral("SENT"), {}, {}, local(today, 14, 0));
    auto outlook = SendingOutlook::read(*connection, clock);
    ASSERT_TRUE(outlook.ok());
    EXPECT_EQ(outlook->describe(outlook->now()).toStdString(),
              std::string("a pause after 2 messages in a row · the next goes at 14:03"));
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(WaitingTest);

} // namespace
} // namespace fd::test
