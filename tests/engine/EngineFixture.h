#pragma once

#include "automation/dispatch/Dispatcher.h"
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "mock/FakeClock.h"
#include "mock/ScriptedSender.h"
#include "models/db/DatabaseWorker.h"
#include "models/repositories/MessageLogRepository.h"
#include "util/TestCompany.h"
#include "util/TestDatabase.h"

#include <QEventLoop>
#include <QTimer>

namespace fd::test {

// A migrated database with company settings, a fake clock at local noon and helpers to run a dispatcher.
class EngineTest : public DialectTest
{
protected:
    void SetUp() override
    {
        DialectTest::SetUp();
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        // The server's clock follows the test's (it decides the times of sending on PostgreSQL).
        clock.follow([this](const QDateTime& utc) { database->pinServerClock(utc); });
        SharedSettings settings = testCompany();
        settings.trackingLinkPattern = QStringLiteral("https://yamini.example.in/track?t={ticket_id}");
        settings.feedbackLinkPattern = QStringLiteral("https://yamini.example.in/feedback/{ticket_id}");
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        // The desk's actions run as a reception desk's own login on PostgreSQL, as at the counter.
        if (GetParam() == Dialect::Postgres) {
            deskConnection = database->connectAsReception();
            ASSERT_TRUE(deskConnection);
            auto station =
                Connection::open(database->specAs(TestDatabase::Login::Sender), QStringLiteral("station"));
            ASSERT_TRUE(station.ok()) << station.error().detail.toStdString();
            stationConnection = std::move(station).value();
        }
    }

    // The sender station under test, as its own login: the one dispatchOnce() runs as. On PostgreSQL the
    // server knows a station by its login (`session_user`), so a claim made here is the station's own (say,
    // before it crashed), while one made on the owner's `connection` is another station's.
    Connection& station() { return stationConnection ? *stationConnection : *connection; }

    DeskActions desk() { return DeskActions(deskConnection ? *deskConnection : *connection, clock); }

    qint64 enquiry(const QString& phone, const QString& name = QStringLiteral("Asha"))
    {
        EnquiryInput input;
        input.customerName = name;
        input.customerPhone = phone;
        input.subject = QStringLiteral("Laser printer");
        auto saved = desk().createEnquiry(input);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString() << saved.error().detail.toStdString();
        return saved.ok() ? saved->record.id : 0;
    }

    // The id of the enquiry's ENQUIRY_CREATED message.
    qint64 messageFor(qint64 enquiryId)
    {
        auto found = MessageLogRepository(*connection)
                         .find(QStringLiteral("enquiry"), enquiryId, QStringLiteral("ENQUIRY_CREATED"));
        EXPECT_TRUE(found.ok() && found->has_value()) << "no message for enquiry " << enquiryId;
        return found.ok() && found->has_value() ? found.value()->id : 0;
    }

    int count(const QString& sql, const QVariantList& values = {})
    {
        auto v = connection->scalar(sql, values, QStringLiteral("count"));
        EXPECT_TRUE(v.ok()) << v.error().detail.toStdString();
        return v.ok() ? v.value().toInt() : -1;
    }

    QString statusOf(qint64 messageId)
    {
        auto v = connection->scalar(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"),
                                    {messageId}, QStringLiteral("status"));
        return v.ok() ? v.value().toString() : QString();
    }

    // Runs `dispatch --once` in-process and returns how it finished.
    Dispatcher::Finish dispatchOnce(Sender& sender, Dispatcher::Summary* summary = nullptr,
                                    const QString& station = QStringLiteral("desk-1"),
                                    int notReadyTimeoutMs = 500)
    {
        DatabaseWorker worker(database->specAs(TestDatabase::Login::Sender), QStringLiteral("dispatch"));
        Dispatcher::Options options;
        options.station = station;
        options.once = true;
        options.notReadyTimeoutMs = notReadyTimeoutMs;
        Dispatcher dispatcher(worker, sender, options, clock);
        std::optional<Dispatcher::Finish> how;
        QEventLoop loop;
        QObject::connect(&dispatcher, &Dispatcher::finished, &loop,
                         [&](Dispatcher::Finish f, const QString&) {
                             how = f;
                             loop.quit();
                         });
        QTimer::singleShot(0, &dispatcher, &Dispatcher::start);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        EXPECT_TRUE(how.has_value()) << "the dispatcher did not finish";
        if (summary)
            *summary = dispatcher.summary();
        return how.value_or(Dispatcher::Finish::Failure);
    }

    FakeClock clock{utcAtLocal(12, 0)};
    std::unique_ptr<Connection> connection;
    std::unique_ptr<Connection> deskConnection;    // PostgreSQL: a reception login's
    std::unique_ptr<Connection> stationConnection; // PostgreSQL: a sender login's (see station())
};

} // namespace fd::test
