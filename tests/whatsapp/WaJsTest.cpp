// The second engine, WA-JS (issue 16), on today's page and yesterday's. What these tests prove, and what not:
// - the real WA-JS file FrontDesk ships loads in Qt 6.4's QtWebEngine without script errors, runs with
//   analytics, link previews and the device name off, asks no host but the page's own, and on a page that is
//   not WhatsApp never reports ready, so `auto` takes the DOM driver (and `wa-js` says why it cannot send);
// - FrontDesk's side of the WA-JS path (bridge, sender, ack mapping, never twice, the account alert) against
//   a stand-in WPP object that the test page defines ("StandIn" in the names). The stand-in is not WA-JS:
//   whether WA-JS itself works against today's WhatsApp cannot be shown here.
#include "automation/whatsapp/WaJsFile.h"
#include "automation/whatsapp/WaJsScripts.h"
#include "whatsapp/WhatsAppFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineUrlRequestInterceptor>

using namespace fd;
using namespace fd::test;
using whatsapp::Engine;
using whatsapp::WhatsAppWebSender;

namespace {

const QString kPhone = QStringLiteral("+919876543210");
const QString kDigits = QStringLiteral("919876543210");

// Every host the page asks for anything.
class HostRecorder : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo& info) override
    {
        QMutexLocker lock(&m_mutex);
        m_hosts.insert(info.requestUrl().scheme() + QStringLiteral("://") + info.requestUrl().host());
    }
    QSet<QString> hosts() const
    {
        QMutexLocker lock(&m_mutex);
        return m_hosts;
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_hosts;
};

// The page's script errors, as WhatsAppPage logs them (category frontdesk.whatsapp, debug level).
QStringList g_pageErrors;
QtMessageHandler g_previousHandler = nullptr;

void recordPageErrors(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("page error:")))
        g_pageErrors << message;
    g_previousHandler(type, context, message);
}

class WaJsTest : public WhatsAppTest
{
protected:
    void SetUp() override
    {
        WhatsAppTest::SetUp();
        g_pageErrors.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("frontdesk.whatsapp.debug=true"));
        g_previousHandler = qInstallMessageHandler(recordPageErrors);
    }
    void TearDown() override
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        WhatsAppTest::TearDown();
    }

    std::unique_ptr<whatsapp::WhatsAppSession> standInSession()
    {
        server.config().standInWpp = true;
        return readySession();
    }

    // The sender once `auto` has chosen (or `wa-js` knows whether it is ready).
    static void waitForChoice(WhatsAppWebSender& sender)
    {
        waitForEngine(sender);
        EXPECT_FALSE(sender.choosingEngine());
    }
};

} // namespace

TEST_P(WaJsTest, TheRealWaJsLoadsWithoutScriptErrorsAndOnAPageThatIsNotWhatsAppAutoTakesTheDomDriver)
{
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    waitForChoice(sender);
    ASSERT_NE(sender.waJs(), nullptr);
    EXPECT_EQ(sender.waJs()->inUse(), Engine::Dom);
    EXPECT_EQ(sender.engineText(), QStringLiteral("DOM driver"));
    EXPECT_EQ(sender.waJs()->waJsVersion(), whatsapp::bundledWaJsVersion())
        << "the shipped file is in the page";
    EXPECT_FALSE(sender.waJs()->isReady());
    EXPECT_TRUE(sender.isReady());
    EXPECT_TRUE(g_pageErrors.isEmpty()) << g_pageErrors.join(QLatin1Char('\n')).toStdString();
    // WA-JS took FrontDesk's configuration as it loaded (WPP.config is what it runs with): no analytics,
    // no link previews, no device name, no "powered by".
    const QVariant config = [&] {
        std::optional<QVariant> value;
        session->page()->runJavaScript(QStringLiteral("JSON.stringify(window.WPP && WPP.config)"),
                                       QWebEngineScript::MainWorld, [&](const QVariant& v) { value = v; });
        EXPECT_TRUE(waitUntil([&] { return value.has_value(); }));
        return value.value_or(QVariant());
    }();
    const QJsonObject seen = QJsonDocument::fromJson(config.toString().toUtf8()).object();
    EXPECT_EQ(seen.value(QStringLiteral("disableGoogleAnalytics")), QJsonValue(true));
    EXPECT_EQ(seen.value(QStringLiteral("linkPreviewApiServers")), QJsonValue(QJsonArray()));
    EXPECT_EQ(seen.value(QStringLiteral("deviceName")), QJsonValue(false));
    EXPECT_EQ(seen.value(QStringLiteral("poweredBy")), QJsonValue(QJsonValue::Null));

    // The DOM driver sends, once.
    const SendResult sent =
        sendAndWait(sender, message(1, kPhone, QStringLiteral("Hello through the DOM driver")));
    ASSERT_EQ(sent.kind, SendResult::Kind::Sent) << sent.reason.toStdString();
    EXPECT_EQ(server.sent().size(), 1);
}

// On this page WA-JS never finds WhatsApp's modules, so its analytics and link previews (which start only on
// WhatsApp itself) cannot be caught here: the test above shows that it runs with them off. This one shows
// that loading it, and sending with it in the page, asks no other host for anything.
TEST_P(WaJsTest, WhileTheRealWaJsRunsThePageAsksNoHostButItsOwn)
{
    HostRecorder hosts;
    server.scan();
    auto session = std::make_unique<whatsapp::WhatsAppSession>(options);
    // Before the first load: the recorder sees every request of the session's profile.
    ASSERT_TRUE(session->start().ok());
    session->page()->profile()->setUrlRequestInterceptor(&hosts);
    session->reload();
    ASSERT_TRUE(waitForState(*session, whatsapp::SessionState::Ready)) << session->stateText().toStdString();
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult sent =
        sendAndWait(sender, message(1, kPhone, QStringLiteral("Track it at https://example.com/track/1")));
    ASSERT_EQ(sent.kind, SendResult::Kind::Sent) << sent.reason.toStdString();
    waitUntil([] { return false; }, 1000); // anything WA-JS would send on its own has had time to go
    const QString own = QStringLiteral("http://") + server.url().host();
    for (const QString& host : hosts.hosts())
        EXPECT_EQ(host, own) << "a request to " << host.toStdString();
    EXPECT_FALSE(hosts.hosts().isEmpty());
    session->page()->profile()->setUrlRequestInterceptor(nullptr);
}

TEST_P(WaJsTest, ChosenByNameOnAPageWhereItCannotWorkWaJsSaysWhyAndNothingIsSent)
{
    options.engine = Engine::WaJs;
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    ASSERT_TRUE(waitUntil([&] { return sender.waJs()->waJsVersion() == whatsapp::bundledWaJsVersion(); }));
    EXPECT_FALSE(sender.isReady());
    EXPECT_TRUE(sender.notReadyReason().contains(QStringLiteral("WhatsApp's modules")))
        << sender.notReadyReason().toStdString();
    const SendResult result = sendAndWait(sender, message(1, kPhone, QStringLiteral("Hello")));
    EXPECT_EQ(result.kind, SendResult::Kind::NotReady);
    EXPECT_TRUE(server.sent().isEmpty());
}

TEST_P(WaJsTest, StandInSendsStoresTheIdAndRecordsDeliveredAndReadWithNoChatOpen)
{
    auto session = standInSession();
    WhatsAppWebSender sender(*session, senderOptions);
    waitForChoice(sender);
    EXPECT_EQ(sender.waJs()->inUse(), Engine::WaJs);
    EXPECT_EQ(sender.engineText(), QStringLiteral("WA-JS 0.0.0-stand-in"));
    EXPECT_TRUE(waitUntil([&] { return !sender.whatsAppVersion().isEmpty(); }));
    EXPECT_EQ(sender.whatsAppVersion(), QStringLiteral("2.3000.1099999999-test")) << "WhatsApp's build";
    QSignalSpy acks(&sender, &Sender::acknowledged);
    const QString text = QStringLiteral("Hi Asha 🙏\n*Ticket* SR-000001: https://example.com/t/1");
    const SendResult sent = sendAndWait(sender, message(7, kPhone, text));
    ASSERT_EQ(sent.kind, SendResult::Kind::Sent) << sent.reason.toStdString();
    ASSERT_EQ(server.sent().size(), 1);
    EXPECT_EQ(server.sent().first().text, text) << "the exact text";
    EXPECT_EQ(server.sent().first().id, sent.externalId) << "WhatsApp's own id is stored";
    ASSERT_TRUE(waitUntil([&] { return acks.size() >= 2; }));
    EXPECT_EQ(acks.at(0).at(0).toLongLong(), 7);
    EXPECT_EQ(acks.at(0).at(1).toString(), QStringLiteral("DELIVERED"));
    EXPECT_EQ(acks.at(1).at(1).toString(), QStringLiteral("READ"));
    const QVariant chatOpen = evaluate(*session->page(), QStringLiteral("!!document.querySelector('#main')"));
    EXPECT_FALSE(chatOpen.toBool()) << "WA-JS sends without opening the chat on the page";
    EXPECT_TRUE(g_pageErrors.isEmpty()) << g_pageErrors.join(QLatin1Char('\n')).toStdString();
}

TEST_P(WaJsTest, StandInANumberNotOnWhatsAppFailsWithoutAChatOrASend)
{
    server.config().invalidNumbers.insert(kDigits);
    auto session = standInSession();
    WhatsAppWebSender sender(*session, senderOptions);
    waitForChoice(sender);
    const SendResult result = sendAndWait(sender, message(1, kPhone, QStringLiteral("Hello")));
    EXPECT_EQ(result.kind, SendResult::Kind::PermanentFailure) << result.reason.toStdString();
    EXPECT_EQ(result.refusal, SendResult::Refusal::NotOnWhatsApp);
    EXPECT_TRUE(server.sent().isEmpty());
}

TEST_P(WaJsTest, StandInNeverTwiceAnUnconfirmedOrThrowingSendIsMayHaveBeenSentAndTheCrashCheckReadsTheChat)
{
    server.config().noTickNumbers.insert(kDigits);
    auto session = standInSession();
    WhatsAppWebSender sender(*session, senderOptions);
    waitForChoice(sender);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const OutgoingMessage held = message(1, kPhone, QStringLiteral("Stuck at the clock"));
    const SendResult unconfirmed = sendAndWait(sender, held);
    EXPECT_EQ(unconfirmed.kind, SendResult::Kind::Unconfirmed) << unconfirmed.reason.toStdString();
    EXPECT_EQ(server.sent().size(), 1);
    // The crash check reads WhatsApp's record of the chat: there, and a text never sent is not.
    EXPECT_EQ(checkAndWait(sender, held, before), std::optional<bool>(true));
    EXPECT_EQ(checkAndWait(sender, message(2, kPhone, QStringLiteral("Never sent")), before),
              std::optional<bool>(false));

    // sendTextMessage throws after it was called: it may have left.
    server.config().wppThrowOnSend = QStringLiteral("No LID for user");
    session->reload();
    ASSERT_TRUE(waitForState(*session, whatsapp::SessionState::Ready));
    ASSERT_TRUE(waitUntil([&] { return sender.isReady(); }));
    const SendResult thrown =
        sendAndWait(sender, message(3, QStringLiteral("+919876500001"), QStringLiteral("Hi")));
    EXPECT_EQ(thrown.kind, SendResult::Kind::Unconfirmed) << thrown.reason.toStdString();
    EXPECT_TRUE(thrown.reason.contains(QStringLiteral("No LID for user"))) << thrown.reason.toStdString();
}

TEST_P(WaJsTest, StandInABlockedAccountRaisesTheAccountAlertAtOnce)
{
    server.config().wppBlockAfterSends = 1;
    auto session = standInSession();
    WhatsAppWebSender sender(*session, senderOptions);
    waitForChoice(sender);
    QSignalSpy alerts(&sender, &Sender::accountAlert);
    const SendResult sent = sendAndWait(sender, message(1, kPhone, QStringLiteral("Hello")));
    EXPECT_EQ(sent.kind, SendResult::Kind::Sent) << sent.reason.toStdString();
    ASSERT_TRUE(waitUntil([&] { return !alerts.isEmpty(); }));
    EXPECT_TRUE(alerts.first().first().toString().contains(QStringLiteral("TOS_BLOCK")));
}

// An administrator's newer WA-JS file is checked before use: the file FrontDesk ships passes (it loads and
// reports its version); a file that throws, one that is not WA-JS and one that is not there are refused with
// the reason.
TEST(WaJsFileCheck, TheShippedFilePassesAndBrokenOrForeignFilesAreRefusedWithTheReason)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString shipped = dir.filePath(QStringLiteral("wppconnect-wa.js"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/whatsapp/wa-js/wppconnect-wa.js"), shipped));
    const QString throwing = dir.filePath(QStringLiteral("throwing.js"));
    const QString foreign = dir.filePath(QStringLiteral("foreign.js"));
    auto write = [](const QString& path, const QByteArray& text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    ASSERT_TRUE(write(throwing, "window.WPP = {}; throw new Error('WhatsApp build not supported');"));
    ASSERT_TRUE(write(foreign, "console.log('hello');"));

    auto check = [](const QString& path) {
        whatsapp::WaJsFileCheck check(path);
        std::optional<std::pair<bool, QString>> answer;
        QObject::connect(&check, &whatsapp::WaJsFileCheck::finished,
                         [&](bool ok, const QString& text) { answer.emplace(ok, text); });
        check.start();
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }, scaledMs(30000)));
        return answer.value_or(std::make_pair(false, QStringLiteral("no answer")));
    };
    const auto passed = check(shipped);
    EXPECT_TRUE(passed.first) << passed.second.toStdString();
    EXPECT_EQ(passed.second, whatsapp::bundledWaJsVersion());

    const auto thrown = check(throwing);
    EXPECT_FALSE(thrown.first);
    EXPECT_TRUE(thrown.second.contains(QStringLiteral("WhatsApp build not supported")))
        << thrown.second.toStdString();
    const auto notWaJs = check(foreign);
    EXPECT_FALSE(notWaJs.first);
    EXPECT_TRUE(notWaJs.second.contains(QStringLiteral("not a WA-JS file"))) << notWaJs.second.toStdString();
    const auto missing = check(dir.filePath(QStringLiteral("gone.js")));
    EXPECT_FALSE(missing.first);
    EXPECT_TRUE(missing.second.contains(QStringLiteral("does not exist"))) << missing.second.toStdString();
}

// The desk uses the dropped-in file.
TEST_P(WaJsTest, ADroppedInFileIsPutIntoThePage)
{
    QTemporaryDir files;
    ASSERT_TRUE(files.isValid());
    const QString dropped = files.filePath(QStringLiteral("wppconnect-wa.js"));
    QFile source(QStringLiteral(":/whatsapp/wa-js/wppconnect-wa.js"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QFile file(dropped);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // The same library, marked so that the page shows which file it runs.
    file.write(source.readAll() + "\n;window.__fdDroppedIn = true;\n");
    file.close();

    options.waJsPath = dropped;
    auto session = readySession();
    EXPECT_EQ(session->waJsOrigin(), dropped);
    EXPECT_TRUE(session->waJsWarning().isEmpty());
    EXPECT_TRUE(evaluate(*session->page(), QStringLiteral("window.__fdDroppedIn === true")).toBool());
    WhatsAppWebSender sender(*session, senderOptions);
    EXPECT_TRUE(sender.engineReport().contains(QStringLiteral("WA-JS file: ") + dropped))
        << sender.engineReport().toStdString();
}

// A dropped-in file that went missing leaves the built-in WA-JS in the page, and says so.
TEST_P(WaJsTest, AMissingDroppedInFileLeavesTheBuiltInFileInThePage)
{
    QTemporaryDir files;
    ASSERT_TRUE(files.isValid());
    options.waJsPath = files.filePath(QStringLiteral("gone.js"));
    auto session = readySession();
    EXPECT_EQ(session->waJsOrigin(), QStringLiteral("built-in"));
    EXPECT_TRUE(session->waJsWarning().contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(evaluate(*session->page(), QStringLiteral("typeof window.WPP === 'object'")).toBool())
        << "the built-in WA-JS is in the page";
    WhatsAppWebSender sender(*session, senderOptions);
    EXPECT_TRUE(sender.engineReport().contains(QStringLiteral("WA-JS file: built-in (")))
        << sender.engineReport().toStdString();
}

FD_INSTANTIATE_FOR_BOTH_PAGES(WaJsTest);
