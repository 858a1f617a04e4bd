// The WhatsApp tab on the test page: the session's state, "Use here" only when needed, the self-test
// button and the notice while a message is being sent.
#include "ui/whatsapp/WhatsAppTab.h"

#include "automation/dispatch/AccountGuard.h"
#include "automation/dispatch/StationPauses.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/SqlValues.h"
#include "ui/whatsapp/SendingHealthPanel.h"
#include "util/TestDatabase.h"
#include "whatsapp/WhatsAppFixture.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QWebEngineView>

using namespace fd;
using namespace fd::test;
using whatsapp::SessionState;

namespace {

// FRONTDESK_SCREENSHOT_DIR=/some/folder keeps a picture of the tab for people to look at.
void keepScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("FRONTDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_P(WhatsAppTest, TabShowsStateAndRunsTheSelfTest)
{
    auto session = readySession();
    WhatsAppTab tab(*session);
    tab.resize(1100, 760);
    tab.show();
    auto* state = tab.findChild<QLabel*>(QStringLiteral("whatsappState"));
    auto* useHere = tab.findChild<QPushButton*>(QStringLiteral("whatsappUseHere"));
    auto* check = tab.findChild<QPushButton*>(QStringLiteral("whatsappCheck"));
    auto* report = tab.findChild<QPlainTextEdit*>(QStringLiteral("whatsappSelfTestReport"));
    auto* notice = tab.findChild<QLabel*>(QStringLiteral("whatsappNotice"));
    ASSERT_TRUE(state && useHere && check && report && notice);
    EXPECT_EQ(tab.view()->page(), session->page());
    EXPECT_TRUE(state->text().contains(QStringLiteral("ready"))) << state->text().toStdString();
    EXPECT_TRUE(useHere->isHidden());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("leave the page alone")));

    check->click();
    ASSERT_TRUE(waitUntil([&] { return report->toPlainText().contains(QStringLiteral("#pane-side")); }))
        << report->toPlainText().toStdString();
    EXPECT_TRUE(report->isVisible());
    EXPECT_TRUE(report->toPlainText().contains(QStringLiteral("Selector pack: built-in")));

    // While a message goes out the notice asks for hands off.
    whatsapp::WhatsAppWebSender sender(*session, senderOptions);
    tab.setSender(&sender);
    bool sawBusyNotice = false;
    std::optional<SendResult> result;
    waitForEngine(sender);
    sender.send(message(1, QStringLiteral("+919876543210"), QStringLiteral("Hello from the tab test")),
                [&](SendResult r) { result = r; });
    sawBusyNotice = notice->text().contains(QStringLiteral("do not click"));
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }));
    EXPECT_TRUE(sawBusyNotice);
    EXPECT_EQ(result->kind, SendResult::Kind::Sent) << result->reason.toStdString();
    EXPECT_FALSE(notice->text().contains(QStringLiteral("do not click")));
    // The tab says which engine sends, and its check reports both.
    auto* engine = tab.findChild<QLabel*>(QStringLiteral("whatsappEngine"));
    ASSERT_NE(engine, nullptr);
    EXPECT_EQ(engine->text(), QStringLiteral("Engine: DOM driver"));
    check->click();
    ASSERT_TRUE(waitUntil([&] { return report->toPlainText().contains(QStringLiteral("WA-JS: ")); }))
        << report->toPlainText().toStdString();
    EXPECT_TRUE(report->toPlainText().contains(QStringLiteral("Engine: DOM driver")));
    waitUntil([] { return false; }, 300); // let the view paint the chat
    keepScreenshot(tab, QStringLiteral("whatsapp-tab-ready"));
}

TEST_P(WhatsAppTest, TabOffersUseHereWhenWhatsAppIsOpenElsewhere)
{
    auto first = readySession();
    whatsapp::SessionOptions otherBrowser = options;
    otherBrowser.profileFolder = dir.filePath(QStringLiteral("other-profile"));
    auto second = startSession(otherBrowser);
    WhatsAppTab tab(*second);
    tab.resize(1100, 760);
    tab.show();
    ASSERT_TRUE(waitForState(*second, SessionState::Conflict));
    auto* useHere = tab.findChild<QPushButton*>(QStringLiteral("whatsappUseHere"));
    ASSERT_TRUE(useHere);
    EXPECT_FALSE(useHere->isHidden());
    keepScreenshot(tab, QStringLiteral("whatsapp-tab-conflict"));
    useHere->click();
    ASSERT_TRUE(waitForState(*second, SessionState::Ready));
    EXPECT_TRUE(useHere->isHidden());
}

TEST_P(WhatsAppTest, TabShowsTheQrCodeState)
{
    auto session = startSession();
    WhatsAppTab tab(*session);
    tab.resize(1100, 760);
    tab.show();
    ASSERT_TRUE(waitForState(*session, SessionState::QrCode));
    auto* state = tab.findChild<QLabel*>(QStringLiteral("whatsappState"));
    ASSERT_TRUE(state);
    EXPECT_TRUE(state->text().contains(QStringLiteral("QR"))) << state->text().toStdString();
    waitUntil([] { return false; }, 300);
    keepScreenshot(tab, QStringLiteral("whatsapp-tab-qr"));
}

// This desk's station paused: the tab says "WhatsApp Web has changed: sending paused" with what is missing;
// an admin gets "Resume sending", reception only the notice.
TEST_P(WhatsAppTest, TabShowsThatSendingIsPausedAndOnlyAdminsMayResume)
{
    auto session = readySession();
    WhatsAppTab tab(*session);
    tab.resize(1100, 760);
    tab.show();
    auto* banner = tab.findChild<QWidget*>(QStringLiteral("whatsappPause"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isHidden());

    StationPause pause;
    pause.station = QStringLiteral("desk-1");
    pause.reason = StationPauses::pageChanged().logged;
    pause.missing = QStringLiteral("compose box (footer div[contenteditable=\"true\"])");
    pause.pausedAt = QDateTime::currentDateTimeUtc();
    tab.showPause(pause);
    EXPECT_TRUE(banner->isVisible());
    auto* text = banner->findChild<QLabel*>(QStringLiteral("pauseText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("WhatsApp Web has changed: sending paused")))
        << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("compose box")));
    EXPECT_TRUE(banner->findChildren<QPushButton*>(QStringLiteral("resumeSending")).isEmpty()) << "reception";
    EXPECT_NE(banner->findChild<QLabel*>(QStringLiteral("pauseWho")), nullptr);

    tab.setCanResume(true);
    EXPECT_EQ(banner->findChildren<QPushButton*>(QStringLiteral("resumeSending")).size(), 1);
    keepScreenshot(tab, QStringLiteral("whatsapp-paused"));

    tab.showPause(std::nullopt);
    EXPECT_TRUE(banner->isHidden());
}

// Administrators see the sending health beside the page: the engine, the figures against the caps of a new
// number, the last pause and the latest failures, read from the database.
TEST_P(WhatsAppTest, TabShowsTheSendingHealthToAdministrators)
{
    auto database = TestDatabase::create(Dialect::Sqlite);
    ASSERT_TRUE(database);
    auto connection = database->connectMigrated();
    ASSERT_TRUE(connection);
    const QString sentAt = sql::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-60)).toString();
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, "
                                          "message_content, status, sent_at) VALUES ('ENQUIRY_CREATED', "
                                          "'+919876543210', 'Hello', 'SENT', ?), ('SERVICE_CREATED', "
                                          "'+919876543211', 'Hello', 'FAILED', NULL)"),
                           {sentAt}, QStringLiteral("test"))
                    .ok());
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET error_message = 'not a WhatsApp "
                                          "number' WHERE status = 'FAILED'"),
                           {}, QStringLiteral("test"))
                    .ok());
    DatabaseWorker worker(database->spec(), QStringLiteral("health"));

    auto session = readySession();
    WhatsAppTab tab(*session);
    whatsapp::WhatsAppWebSender sender(*session, senderOptions);
    tab.setSender(&sender);
    tab.resize(1280, 760);
    tab.show();
    EXPECT_EQ(tab.findChild<QPushButton*>(QStringLiteral("whatsappHealthButton")), nullptr) << "reception";

    tab.addSendingHealth(worker, QStringLiteral("desk-1"));
    auto* button = tab.findChild<QPushButton*>(QStringLiteral("whatsappHealthButton"));
    auto* panel = tab.sendingHealth();
    ASSERT_TRUE(button && panel);
    EXPECT_TRUE(panel->isHidden());
    button->click();
    EXPECT_TRUE(panel->isVisible());
    auto* hour = panel->findChild<QLabel*>(QStringLiteral("healthHour"));
    auto* today = panel->findChild<QLabel*>(QStringLiteral("healthToday"));
    auto* warmUp = panel->findChild<QLabel*>(QStringLiteral("healthWarmUp"));
    auto* since = panel->findChild<QLabel*>(QStringLiteral("healthInUseSince"));
    auto* lastPause = panel->findChild<QLabel*>(QStringLiteral("healthLastPause"));
    auto* engine = panel->findChild<QLabel*>(QStringLiteral("healthEngine"));
    auto* failures = panel->findChild<QTreeWidget*>(QStringLiteral("healthFailures"));
    ASSERT_TRUE(hour && today && warmUp && since && lastPause && engine && failures);
    ASSERT_TRUE(waitUntil([&] { return !hour->text().isEmpty(); })) << "read off the GUI thread";
    EXPECT_EQ(hour->text(), QStringLiteral("1 of 20 messages")) << "a new number: 20 an hour";
    EXPECT_EQ(today->text(), QStringLiteral("1 of 50 messages"));
    EXPECT_TRUE(warmUp->text().startsWith(QStringLiteral("day 1 of 10"))) << warmUp->text().toStdString();
    EXPECT_TRUE(since->text().contains(QStringLiteral("the first message sent")))
        << since->text().toStdString();
    EXPECT_EQ(lastPause->text(), QStringLiteral("never"));
    ASSERT_EQ(failures->topLevelItemCount(), 1);
    EXPECT_EQ(failures->topLevelItem(0)->text(1), QStringLiteral("+919876543211"));
    EXPECT_EQ(failures->topLevelItem(0)->text(2), QStringLiteral("not a WhatsApp number"));
    EXPECT_TRUE(failures->topLevelItem(0)->toolTip(2).startsWith(QStringLiteral("Service request created")));
    waitForEngine(sender);
    EXPECT_EQ(engine->text(), QStringLiteral("DOM driver"));

    // A pause shows there too once recorded.
    StationPause pause;
    pause.station = QStringLiteral("desk-1");
    pause.reason = AccountGuard::badList().logged;
    pause.missing = QStringLiteral("4 of the latest 10 numbers");
    pause.pausedAt = QDateTime::currentDateTimeUtc();
    auto recorded = StationPauses(*connection).pause(pause);
    ASSERT_TRUE(recorded.ok());
    tab.showPause(recorded.value());
    ASSERT_TRUE(waitUntil([&] { return lastPause->text().contains(QStringLiteral("in force")); }))
        << lastPause->text().toStdString();
    EXPECT_TRUE(lastPause->text().contains(QStringLiteral("many numbers are not on WhatsApp")));
    waitUntil([] { return false; }, 300);
    keepScreenshot(tab, QStringLiteral("whatsapp-sending-health"));
}
