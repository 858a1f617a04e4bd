// PostgreSQL stopped and started again (a real server of the test's own, stopped as an administrator
// would: `pg_ctl stop -m fast` cuts every connection): the desk's form keeps what was typed, says the
// database cannot be reached, and saves by itself once the server is back; a sender station running
// meanwhile waits and then carries on by itself. Nothing is lost and nothing is doubled.
#include "FaultsFixture.h"
#include "PrivateServer.h"
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "gui/GuiFixture.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/MigrationRunner.h"
#include "ui/common/PreviewTemplates.h"
#include "ui/enquiries/EnquiriesTab.h"
#include "ui/main/MainWindow.h"
#include "util/TestCompany.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <iostream>

namespace fd::test {
namespace {

class PostgresOutageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString whyNot;
        server = PrivateServer::start(&whyNot);
        ASSERT_TRUE(server) << whyNot.toStdString();
        spec = server->createDatabase(&whyNot);
        ASSERT_TRUE(whyNot.isEmpty()) << whyNot.toStdString();
        auto opened = Connection::open(spec, QStringLiteral("outage-test"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        connection = std::move(opened).value();
        ASSERT_TRUE(MigrationRunner(*connection).migrate().ok());
        SharedSettings settings = testCompany();
        settings.canaryEnabled = false; // the canary has tests of its own (CanaryTest)
        settings.minGapMs = 0;
        settings.maxGapMs = 0;
        settings.quietStart = QTime(0, 0);
        settings.quietEnd = QTime(0, 0);
        settings.leaseSeconds = 10;
        settings.hourlyCap = 0;  // forty messages in seconds: no hourly cap, no batch pauses
        settings.warmUpDays = 0; // a number that is warm already
        settings.batchSize = 0;
        settings.retryBaseSeconds = 1;
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
    }

    void halt()
    {
        connection.reset(); // the test's own connection would die with the server anyway
        QString whyNot;
        ASSERT_TRUE(server->halt(&whyNot)) << whyNot.toStdString();
    }

    void resume()
    {
        QString whyNot;
        ASSERT_TRUE(server->resume(&whyNot)) << whyNot.toStdString();
        auto opened = Connection::open(spec, QStringLiteral("outage-test"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        connection = std::move(opened).value();
    }

    int count(const QString& sql, const QVariantList& values = {})
    {
        auto value = connection->scalar(sql, values, QStringLiteral("count"));
        EXPECT_TRUE(value.ok()) << value.error().message.toStdString();
        return value.ok() ? value.value().toInt() : -1;
    }

    std::unique_ptr<PrivateServer> server;
    ConnectionSpec spec;
    std::unique_ptr<Connection> connection;
};

void fillIn(EnquiriesTab* tab, const QString& name, const QString& phone, const QString& notes)
{
    type(tab, "enquiryName", name);
    type(tab, "enquiryPhoneEdit", phone);
    type(tab, "enquirySubject", QStringLiteral("Scanner"));
    child<QPlainTextEdit>(tab, "enquiryNotes")->setPlainText(notes);
}

TEST_F(PostgresOutageTest, TheFormKeepsItsEntrySaysSoAndSavesByItselfWhenTheServerIsBack)
{
    AppUser reception;
    reception.login = spec.user;
    reception.name = QStringLiteral("Priya Desk");
    reception.role = AppUser::Role::Reception;
    ConnectionSpec desk = spec;
    desk.connectTimeoutSeconds = 3;
    DatabaseWorker worker(desk, QStringLiteral("desk"));
    DeskContext context{worker, SignedInUser{reception, Dialect::Postgres}, PreviewTemplates()};
    MainWindow window(context);
    window.show();
    auto* tab = child<EnquiriesTab>(&window, "enquiriesTab");
    auto* status = child<QLabel>(tab, "enquiryStatus");
    auto* databaseStatus = child<QLabel>(&window, "databaseStatus");

    // The server stops while the receptionist is typing; Save finds it gone.
    halt();
    fillIn(tab, QStringLiteral("Lakshmi"), QStringLiteral("98765 33333"),
           QStringLiteral("Wants a demo on Monday"));
    click(tab, "enquirySave");
    ASSERT_TRUE(
        waitUntil([&] { return status->text().contains(QStringLiteral("cannot be reached")); }, 60000))
        << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("kept"))) << status->text().toStdString();
    EXPECT_TRUE(
        waitUntil([&] { return databaseStatus->text().contains(QStringLiteral("not reachable")); }, 60000))
        << databaseStatus->text().toStdString();
    EXPECT_EQ(child<QLineEdit>(tab, "enquiryName")->text(), QStringLiteral("Lakshmi"));
    EXPECT_EQ(child<QPlainTextEdit>(tab, "enquiryNotes")->toPlainText(),
              QStringLiteral("Wants a demo on Monday"));

    // Back again: nobody presses anything, the window notices and the entry is saved once.
    resume();
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("queued")); }, 90000))
        << status->text().toStdString();
    EXPECT_FALSE(databaseStatus->text().contains(QStringLiteral("not reachable")))
        << databaseStatus->text().toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Lakshmi' AND notes = ?"),
              {QStringLiteral("Wants a demo on Monday")}),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE status = 'PENDING'")),
              1);

    // The server stops just as the next entry is being saved: it is saved once, before or after.
    click(tab, "enquiryNew");
    fillIn(tab, QStringLiteral("Meena"), QStringLiteral("98765 44444"), QStringLiteral("Toner"));
    click(tab, "enquirySave");
    halt();
    waitUntil([] { return false; }, 2000);
    resume();
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("queued")); }, 90000))
        << status->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Meena'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE NOT whatsapp_enquiry_sent")), 0);
}

TEST_F(PostgresOutageTest, TheSenderStationWaitsForTheServerAndCarriesOnByItself)
{
    constexpr int kMessages = 40;
    DeskActions desk(*connection);
    for (int i = 0; i < kMessages; ++i) {
        EnquiryInput input;
        input.customerName = QStringLiteral("Customer %1").arg(i + 1);
        input.customerPhone = QStringLiteral("+91 98765 %1").arg(60000 + i % 8);
        input.subject = QStringLiteral("Printer %1").arg(i + 1);
        ASSERT_TRUE(desk.createEnquiry(input).ok());
    }
    FakeWhatsAppServer page;
    ASSERT_TRUE(page.listen());
    page.config().loadMs = 0;
    page.config().syncMs = 0;
    page.scan();
    QTemporaryDir home;
    QProcess station;
    station.setProcessEnvironment(privateEnvironment(home));
    dieWithTest(station);
    station.setProcessChannelMode(QProcess::MergedChannels);
    station.start(QStringLiteral(FRONTDESK_BINARY),
                  {QStringLiteral("dispatch"), QStringLiteral("--database"), databaseArgument(spec),
                   QStringLiteral("--whatsapp-url"), page.url().toString(), QStringLiteral("--pace-ms"),
                   QStringLiteral("150")});
    const auto stopStation = qScopeGuard([&] {
        station.terminate();
        if (!station.waitForFinished(30000))
            station.kill();
    });
    ASSERT_TRUE(waitUntil([&] { return page.sent().size() >= 5; }, 180000))
        << station.readAll().toStdString();

    halt();
    const int sentBeforeOutage = int(page.sent().size());
    waitUntil([] { return false; }, 4000); // the station finds the server gone, mid-run
    EXPECT_EQ(station.state(), QProcess::Running)
        << "the station gave up: " << station.readAll().toStdString();
    EXPECT_LE(page.sent().size(), sentBeforeOutage + 1)
        << "at most the message in flight goes out unrecorded";
    resume();

    const bool done = waitUntil(
        [&] {
            return count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE status IN ('SENT', "
                                        "'DELIVERED', 'READ')")) == kMessages;
        },
        240000);
    EXPECT_TRUE(done) << station.readAll().toStdString();
    EXPECT_EQ(station.state(), QProcess::Running);

    QHash<QString, int> copies;
    for (const FakeWhatsAppServer::Sent& s : page.sent())
        ++copies[s.text];
    EXPECT_EQ(page.sent().size(), kMessages);
    auto texts = connection->exec(QStringLiteral("SELECT message_content FROM whatsapp_message_logs"), {},
                                  QStringLiteral("texts"));
    ASSERT_TRUE(texts.ok());
    while (texts.value().next())
        EXPECT_EQ(copies.value(texts.value().value(0).toString()), 1)
            << texts.value().value(0).toString().toStdString();
}

} // namespace
} // namespace fd::test
