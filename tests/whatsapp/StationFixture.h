#pragma once

// A sender station as `frontdesk dispatch` runs it, in-process: a dispatcher over the WhatsApp Web sender and
// the test page, on SQLite or PostgreSQL and today's page or yesterday's (the canary's own number set, no
// gaps, no quiet hours). Shared by the tests of whole sending runs.
#include "automation/dispatch/Dispatcher.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/settings/SharedSettings.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "models/db/DatabaseWorker.h"
#include "util/TestDatabase.h"
#include "util/TestTimeouts.h"
#include "util/WaitUntil.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <tuple>

namespace fd::test {

inline const QString kOwn = QStringLiteral("+919876500010");
inline const QString kOwnDigits = QStringLiteral("919876500010");
inline const QString kCustomer = QStringLiteral("+919876543210");
inline const QString kCustomerDigits = QStringLiteral("919876543210");
inline const QString kStation = QStringLiteral("desk-1");

using StationParam = std::tuple<Dialect, PageVersion>;

class StationFixture : public ::testing::TestWithParam<StationParam>
{
protected:
    void SetUp() override
    {
        database = TestDatabase::create(std::get<0>(GetParam()));
        ASSERT_TRUE(database);
        connection = database->connectMigrated();
        ASSERT_TRUE(connection);
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.companyPhone = QStringLiteral("+91-44-2345-6789"); // a landline: not the canary's number
        settings.canaryPhone = kOwn;
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        settings.quietStart = QTime(0, 0); // no quiet hours: the test runs at any time of day
        settings.quietEnd = QTime(0, 0);
        saveSettings();

        server.config().page = std::get<1>(GetParam());
        server.scan();
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(dir.isValid());
        options.baseUrl = server.url();
        options.profileFolder = dir.filePath(QStringLiteral("profile"));
        options.diagnosticsFolder = dir.filePath(QStringLiteral("diagnostics"));
        options.pollMs = 40;
        options.reloadAfterErrorMs = 500;
        senderOptions.openTimeoutMs = scaledMs(2000);
        senderOptions.confirmTimeoutMs = scaledMs(2000);
        senderOptions.fallbackReadyMs = scaledMs(15000);
        senderOptions.tickPollMs = 50;
        senderOptions.historySettleMs = 100;
        session = std::make_unique<whatsapp::WhatsAppSession>(options);
        ASSERT_TRUE(session->start().ok());
        ASSERT_TRUE(waitUntil([&] { return session->state() == whatsapp::SessionState::Ready; }, 30000, 10))
            << session->stateText().toStdString();
        sender = std::make_unique<whatsapp::WhatsAppWebSender>(*session, senderOptions);
        worker = std::make_unique<DatabaseWorker>(database->specAs(TestDatabase::Login::Sender),
                                                  QStringLiteral("dispatch"));
    }

    void TearDown() override
    {
        sender.reset();
        session.reset();
        waitUntil([] { return false; }, 200, 10); // Chromium finishes writing the closed profile
    }

    void saveSettings() { ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok()); }

    qint64 queue(const QString& phone, const QString& text)
    {
        const int reference = ++m_reference;
        auto id = connection->scalar(
            QStringLiteral(
                "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                "message_content, status, reference_type, reference_id) VALUES ('ENQUIRY_CREATED', "
                "?, 'Customer', ?, 'PENDING', 'enquiry', ?) RETURNING id"),
            {phone, text, reference}, QStringLiteral("queue a message"));
        EXPECT_TRUE(id.ok()) << id.error().detail.toStdString();
        return id.ok() ? id.value().toLongLong() : 0;
    }

    QString value(const QString& sql, const QVariantList& values = {})
    {
        auto v = connection->scalar(sql, values, QStringLiteral("test"));
        EXPECT_TRUE(v.ok()) << v.error().detail.toStdString();
        return v.ok() ? v.value().toString() : QString();
    }

    // SENT, or already DELIVERED or READ (the page's ticks move on by themselves).
    bool wentOut(qint64 id)
    {
        const QString status =
            value(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"), {id});
        return QStringList{QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")}
            .contains(status);
    }

    // `dispatch --once` in-process: how it finished.
    Dispatcher::Finish runOnce(Dispatcher::Summary* summary = nullptr)
    {
        Dispatcher::Options o;
        o.station = kStation;
        o.once = true;
        o.notReadyTimeoutMs = 5000;
        Dispatcher dispatcher(*worker, *sender, o);
        std::optional<Dispatcher::Finish> how;
        QObject::connect(&dispatcher, &Dispatcher::finished,
                         [&](Dispatcher::Finish f, const QString&) { how = f; });
        dispatcher.start();
        EXPECT_TRUE(waitUntil([&] { return how.has_value(); }, scaledMs(90000), 10)) << "no finish";
        if (summary)
            *summary = dispatcher.summary();
        return how.value_or(Dispatcher::Finish::Failure);
    }

    std::optional<StationPause> activePause()
    {
        auto pause = StationPauses(*connection).active(kStation);
        EXPECT_TRUE(pause.ok());
        return pause.ok() ? pause.value() : std::nullopt;
    }

    void resume()
    {
        auto resumed = StationPauses(*connection)
                           .resume(kStation, QStringLiteral("admin"), true, QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(resumed.ok()) << resumed.error().detail.toStdString();
        ASSERT_EQ(resumed.value(), 1);
    }

    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<Connection> connection;
    SharedSettings settings;
    FakeWhatsAppServer server;
    QTemporaryDir dir;
    whatsapp::SessionOptions options;
    whatsapp::SenderOptions senderOptions;
    std::unique_ptr<whatsapp::WhatsAppSession> session;
    std::unique_ptr<whatsapp::WhatsAppWebSender> sender;
    std::unique_ptr<DatabaseWorker> worker;

private:
    int m_reference = 0;
};

// "sqlite_today", "postgresql_yesterday", ...
inline std::string stationParamName(const ::testing::TestParamInfo<StationParam>& info)
{
    return std::string(std::get<0>(info.param) == Dialect::Sqlite ? "sqlite_" : "postgresql_") +
           pageVersionName(std::get<1>(info.param)).toStdString();
}

#define FD_INSTANTIATE_FOR_STATIONS(Suite)                                                                   \
    INSTANTIATE_TEST_SUITE_P(                                                                                \
        PagesAndDatabases, Suite,                                                                            \
        ::testing::Combine(                                                                                  \
            ::testing::Values(::fd::Dialect::Sqlite, ::fd::Dialect::Postgres),                               \
            ::testing::Values(::fd::test::PageVersion::Today, ::fd::test::PageVersion::Yesterday)),          \
        ::fd::test::stationParamName)

} // namespace fd::test
