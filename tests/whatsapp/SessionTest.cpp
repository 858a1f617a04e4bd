// The WhatsApp Web session against the test page: login by QR, the states, the user agent, the origin
// lock, the profile lock, "Use here", the self-test and the selector pack.
#include "automation/qrcode/QrCode.h"
#include "automation/whatsapp/ChromiumFlags.h"
#include "automation/whatsapp/ClientHints.h"
#include "automation/whatsapp/WhatsAppPage.h"
#include "whatsapp/WhatsAppFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace fd;
using namespace fd::test;
using whatsapp::SessionState;

TEST_P(WhatsAppTest, QrCodeThenScanThenReady)
{
    // Long enough for the state polls to see "Loading your chats" on a busy machine (the real one takes
    // seconds; the test page's default is short to keep the other tests quick).
    server.config().syncMs = scaledMs(1000);
    auto session = startSession();
    ASSERT_TRUE(waitForState(*session, SessionState::QrCode)) << session->stateText().toStdString();
    EXPECT_FALSE(session->qrToken().isEmpty());
    const QString terminal =
        qrcode::QrCode(session->qrToken(), qrcode::QrCode::Correction::Low).toTerminalText();
    EXPECT_GT(terminal.count(QLatin1Char('\n')), 10);
    EXPECT_FALSE(qrcode::QrCode(session->qrToken(), qrcode::QrCode::Correction::Low).toImage(8).isNull());

    QSignalSpy states(session.get(), &whatsapp::WhatsAppSession::stateChanged);
    server.scan();
    ASSERT_TRUE(waitForState(*session, SessionState::Ready)) << session->stateText().toStdString();
    QList<SessionState> seen;
    for (const QList<QVariant>& args : states)
        seen << args.at(0).value<SessionState>();
    EXPECT_TRUE(seen.contains(SessionState::Syncing));
    EXPECT_TRUE(session->qrToken().isEmpty());
}

TEST_P(WhatsAppTest, ProfileIsPrivatePersistentAndChromeLike)
{
    auto session = readySession();
    EXPECT_FALSE(session->userAgent().contains(QStringLiteral("QtWebEngine")));
    EXPECT_TRUE(session->userAgent().contains(QStringLiteral("Chrome/")));
    EXPECT_FALSE(session->page()->profile()->isOffTheRecord());
    EXPECT_TRUE(session->page()->profile()->persistentStoragePath().startsWith(options.profileFolder));
    const QFile::Permissions permissions = QFileInfo(options.profileFolder).permissions();
    EXPECT_TRUE(permissions & QFile::ReadOwner);
    EXPECT_FALSE(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
}

namespace {

// "Chromium 102" among the brands of navigator.userAgentData or Sec-CH-UA ("\"Chromium\";v=\"102\", ...");
// 0 when none.
int chromiumBrandMajor(const QString& brands)
{
    static const QRegularExpression chromium(QStringLiteral("\"?Chromium\"?(?: |;v=\")(\\d+)"));
    return chromium.match(brands).captured(1).toInt();
}

// navigator.userAgentData's brands as the page reads them: "Chromium 102, Not A;Brand 99".
const QString kPageBrands = QStringLiteral("navigator.userAgentData ? navigator.userAgentData.brands.map((b) "
                                           "=> b.brand + ' ' + b.version).join(', ') : ''");

} // namespace

// The page sees one browser: its user agent, navigator.userAgentData and the Sec-CH-UA header all tell the
// engine's own Chromium version.
TEST_P(WhatsAppTest, PageSeesOneConsistentBrowser)
{
    auto session = readySession();
    const int engine = whatsapp::chromiumMajor();
    ASSERT_GE(engine, 102) << whatsapp::chromiumVersion().toStdString();
    EXPECT_EQ(session->userAgent(), whatsapp::engineUserAgent());
    const QString agent = evaluate(*session->page(), QStringLiteral("navigator.userAgent")).toString();
    EXPECT_EQ(whatsapp::chromeMajorOf(agent), engine) << agent.toStdString();
    EXPECT_TRUE(agent.contains(QStringLiteral("Chrome/%1.0.0.0 Safari/537.36").arg(engine)))
        << agent.toStdString();
    const QString brands = evaluate(*session->page(), kPageBrands).toString();
    ASSERT_FALSE(server.pageBrands().isEmpty());
    if (whatsapp::pageGetsClientHints()) {
        EXPECT_EQ(chromiumBrandMajor(brands), engine) << brands.toStdString();
        for (const QString& header : server.pageBrands())
            EXPECT_EQ(chromiumBrandMajor(header), engine) << header.toStdString();
    } else {
        // Qt 6.4 gives the page no client hints at all: nothing there tells another version.
        EXPECT_TRUE(brands.isEmpty()) << brands.toStdString();
        for (const QString& header : server.pageBrands())
            EXPECT_TRUE(header.isEmpty()) << header.toStdString();
    }
    EXPECT_TRUE(session->userAgentMismatch().isEmpty()) << session->userAgentMismatch().toStdString();

    // What `frontdesk check --whatsapp` prints of it.
    std::optional<whatsapp::WhatsAppSession::PageBrowser> read;
    session->readPageBrowser([&](const whatsapp::WhatsAppSession::PageBrowser& browser) { read = browser; });
    ASSERT_TRUE(waitUntil([&] { return read.has_value(); }));
    EXPECT_TRUE(read->answered);
    EXPECT_EQ(read->userAgent, agent);
    EXPECT_EQ(read->brands.join(QStringLiteral(", ")), brands);
}

// A selector pack's user agent (WhatsApp raised its gate) is sent, and the session says the page can tell:
// Qt 6.8's client hints keep the engine's brands (it can set only their full versions, which FrontDesk leaves
// alone), Qt 6.4 gives none.
TEST_P(WhatsAppTest, PackUserAgentIsSentAndTheSessionSaysThePageCanTell)
{
    auto pack = whatsapp::SelectorPack::load();
    ASSERT_TRUE(pack.ok());
    QJsonObject json = pack->json();
    const int engine = whatsapp::chromiumMajor();
    const int claimed = engine + 30;
    const QString agent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like "
                                         "Gecko) Chrome/%1.0.0.0 Safari/537.36")
                              .arg(claimed);
    json.insert(QStringLiteral("userAgent"), agent);
    options.selectorPackPath = dir.filePath(QStringLiteral("agent-pack.json"));
    QFile file(options.selectorPackPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    auto session = readySession();
    EXPECT_EQ(session->userAgent(), agent);
    EXPECT_EQ(evaluate(*session->page(), QStringLiteral("navigator.userAgent")).toString(), agent);
    const QString brands = evaluate(*session->page(), kPageBrands).toString();
    ASSERT_FALSE(server.pageBrands().isEmpty());
    if (whatsapp::pageGetsClientHints()) {
        EXPECT_EQ(chromiumBrandMajor(brands), engine) << brands.toStdString();
        EXPECT_EQ(chromiumBrandMajor(server.pageBrands().last()), engine)
            << server.pageBrands().last().toStdString();
    } else {
        EXPECT_TRUE(brands.isEmpty()) << brands.toStdString();
    }
    EXPECT_TRUE(session->userAgentMismatch().contains(
        QStringLiteral("user agent says Chrome %1, but this browser is Chromium %2")
            .arg(claimed)
            .arg(engine)))
        << session->userAgentMismatch().toStdString();
    whatsapp::WhatsAppWebSender sender(*session);
    EXPECT_TRUE(sender.engineReport().contains(session->userAgentMismatch()))
        << sender.engineReport().toStdString();
    EXPECT_TRUE(sender.engineReport().contains(
        QStringLiteral("Browser: Chromium %1 (QtWebEngine %2), user agent Chrome %3")
            .arg(whatsapp::chromiumVersion(), whatsapp::webEngineVersion())
            .arg(claimed)))
        << sender.engineReport().toStdString();
}

TEST_P(WhatsAppTest, UnsupportedPageIsReloadedOnce)
{
    server.config().unsupportedLoads = 1;
    auto session = readySession();
    EXPECT_EQ(server.pageLoads(), 2);
}

TEST_P(WhatsAppTest, QtWebEngineUserAgentIsRefused)
{
    server.scan();
    options.chromeUserAgent = false;
    auto session = startSession();
    ASSERT_TRUE(waitForState(*session, SessionState::Unsupported)) << session->stateText().toStdString();
    EXPECT_EQ(server.pageLoads(), 2) << "one reload before giving up";
    EXPECT_TRUE(session->stateText().contains(QStringLiteral("QtWebEngine")));
}

TEST_P(WhatsAppTest, NavigationOffTheOriginIsBlocked)
{
    auto session = readySession();
    QSignalSpy blocked(session.get(), &whatsapp::WhatsAppSession::navigationBlocked);
    // The page's own script (main world) tries to leave.
    session->page()->runJavaScript(QStringLiteral("location.href = 'http://127.0.0.2:9/phish'"));
    ASSERT_TRUE(waitUntil([&] { return blocked.count() > 0; }, 5000));
    EXPECT_EQ(blocked.at(0).at(0).toUrl().host(), QStringLiteral("127.0.0.2"));
    EXPECT_EQ(session->page()->url().host(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(
        whatsapp::WhatsAppPage::sameOrigin(QUrl(QStringLiteral("https://web.whatsapp.com/send?phone=1")),
                                           QUrl(QStringLiteral("https://web.whatsapp.com/"))));
    EXPECT_FALSE(whatsapp::WhatsAppPage::sameOrigin(QUrl(QStringLiteral("https://web.whatsapp.com.evil.in/")),
                                                    QUrl(QStringLiteral("https://web.whatsapp.com/"))));
    EXPECT_FALSE(whatsapp::WhatsAppPage::sameOrigin(QUrl(QStringLiteral("http://web.whatsapp.com/")),
                                                    QUrl(QStringLiteral("https://web.whatsapp.com/"))));
}

TEST_P(WhatsAppTest, SecondSessionOnTheProfileIsToldWhoHoldsIt)
{
    auto first = startSession();
    whatsapp::WhatsAppSession second(options);
    auto started = second.start();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(started.error().message.contains(QString::number(QCoreApplication::applicationPid())))
        << started.error().message.toStdString();
    EXPECT_EQ(second.state(), SessionState::Error);
}

TEST_P(WhatsAppTest, OpenInAnotherWindowThenUseHere)
{
    auto first = readySession();
    whatsapp::SessionOptions otherBrowser = options;
    otherBrowser.profileFolder = dir.filePath(QStringLiteral("other-profile"));
    auto second = startSession(otherBrowser);
    ASSERT_TRUE(waitForState(*second, SessionState::Conflict)) << second->stateText().toStdString();

    second->useHere();
    ASSERT_TRUE(waitForState(*second, SessionState::Ready)) << second->stateText().toStdString();
    ASSERT_TRUE(waitForState(*first, SessionState::Conflict)) << first->stateText().toStdString();
}

TEST_P(WhatsAppTest, OfflineAndBack)
{
    auto session = readySession();
    server.setOffline(true);
    ASSERT_TRUE(waitForState(*session, SessionState::Offline));
    server.setOffline(false);
    ASSERT_TRUE(waitForState(*session, SessionState::Ready));
}

TEST_P(WhatsAppTest, UnreachablePageIsAnErrorAndRetried)
{
    server.scan();
    whatsapp::SessionOptions unreachable = options;
    QTcpServer closed; // a port nobody listens on any more
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    unreachable.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    auto session = startSession(unreachable);
    QSignalSpy states(session.get(), &whatsapp::WhatsAppSession::stateChanged);
    ASSERT_TRUE(waitForState(*session, SessionState::Error)) << session->stateText().toStdString();
    EXPECT_TRUE(session->stateText().contains(QStringLiteral("127.0.0.1:%1").arg(port)))
        << session->stateText().toStdString();
    // Tried again by itself, without anybody pressing anything.
    const auto errors = [&] {
        return std::count_if(states.begin(), states.end(), [](const QList<QVariant>& args) {
            return args.at(0).value<SessionState>() == SessionState::Error;
        });
    };
    EXPECT_TRUE(waitUntil([&] { return errors() >= 2; }, 5000));
}

TEST_P(WhatsAppTest, SelfTestReportsLandmarks)
{
    auto session = readySession();
    std::optional<whatsapp::SelfTestReport> report;
    session->selfTest([&](const whatsapp::SelfTestReport& r) { report = r; });
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));
    EXPECT_TRUE(report->pageAnswered);
    EXPECT_EQ(report->state, QStringLiteral("ready"));
    EXPECT_FALSE(report->missing().contains(QStringLiteral("chatList")));
    EXPECT_TRUE(report->missing().contains(QStringLiteral("composeBox"))) << "no chat is open yet";
    EXPECT_TRUE(report->toText().contains(QStringLiteral("#pane-side"))) << report->toText().toStdString();
}

TEST_P(WhatsAppTest, SelectorPackOverrideIsValidatedAndUsed)
{
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "frontdesk-whatsapp-selectors", "version": 2, "landmarks": {}})");
    file.close();
    options.selectorPackPath = broken;
    whatsapp::WhatsAppSession session(options);
    auto started = session.start();
    ASSERT_FALSE(started.ok());
    EXPECT_TRUE(started.error().message.contains(QStringLiteral("broken.json")));
    EXPECT_TRUE(started.error().message.contains(QStringLiteral("unsupported")))
        << started.error().message.toStdString();

    // An override whose chat-list landmark no longer matches: the page is never "ready".
    auto pack = whatsapp::SelectorPack::load();
    ASSERT_TRUE(pack.ok());
    QJsonObject json = pack->json();
    QJsonObject landmarks = json.value(QStringLiteral("landmarks")).toObject();
    landmarks.insert(QStringLiteral("chatList"), QJsonArray{QStringLiteral("#no-such-chat-list")});
    json.insert(QStringLiteral("landmarks"), landmarks);
    const QString changed = dir.filePath(QStringLiteral("changed.json"));
    QFile out(changed);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(json).toJson());
    out.close();
    whatsapp::SessionOptions o = options;
    o.selectorPackPath = changed;
    o.profileFolder = dir.filePath(QStringLiteral("profile-2"));
    server.scan();
    auto session2 = startSession(o);
    EXPECT_EQ(session2->selectorPack().origin(), changed);
    EXPECT_FALSE(waitForState(*session2, SessionState::Ready, 1500));
    std::optional<whatsapp::SelfTestReport> report;
    session2->selfTest([&](const whatsapp::SelfTestReport& r) { report = r; });
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));
    EXPECT_TRUE(report->missing().contains(QStringLiteral("chatList")));
    EXPECT_TRUE(report->toText().contains(QStringLiteral("MISSING (1): chatList")))
        << report->toText().toStdString();
}

TEST(ChromiumFlags, AddsTheBackgroundFlagsOnceAndKeepsTheUsersOwn)
{
    const QByteArray saved = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-renderer-backgrounding");
    whatsapp::applyChromiumFlags();
    whatsapp::applyChromiumFlags();
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", saved);
    EXPECT_TRUE(flags.startsWith("--no-sandbox ")) << flags.constData();
    EXPECT_EQ(flags.count("--disable-renderer-backgrounding"), 1) << flags.constData();
    EXPECT_EQ(flags.count("--disable-background-timer-throttling"), 1) << flags.constData();
    EXPECT_EQ(flags.count("--disable-backgrounding-occluded-windows"), 1) << flags.constData();
}

// This process runs as a desk whose system language is Hindi (WebEngineSetup.cpp): a browser left to
// itself asks for the page in Hindi, and the test page answers in Hindi as WhatsApp does. The session's
// page is asked for in English all the same.
TEST_P(WhatsAppTest, PageIsAskedForInEnglishOnAHindiDesk)
{
    auto session = readySession();
    ASSERT_FALSE(server.pageAcceptLanguages().isEmpty());
    for (const QString& header : server.pageAcceptLanguages()) {
        EXPECT_TRUE(header.startsWith(QStringLiteral("en-IN,en"))) << header.toStdString();
        EXPECT_FALSE(header.contains(QStringLiteral("hi"))) << header.toStdString();
    }
    EXPECT_EQ(evaluate(*session->page(), QStringLiteral("navigator.language")).toString(),
              QStringLiteral("en-IN"));
    EXPECT_EQ(evaluate(*session->page(), QStringLiteral("document.documentElement.lang")).toString(),
              QStringLiteral("en"));

    // The control: a profile that does not pin its language gets the page in Hindi on this desk (here the
    // "open in another window" screen, as the session holds WhatsApp).
    const int before = int(server.pageAcceptLanguages().size());
    QWebEngineProfile plain;
    plain.setHttpUserAgent(session->userAgent());
    QWebEnginePage page(&plain);
    page.load(server.url());
    ASSERT_TRUE(waitUntil([&] {
        return evaluate(
                   page,
                   QStringLiteral(
                       "Array.from(document.querySelectorAll('button')).map((b) => b.textContent).join('|')"))
            .toString()
            .contains(QStringLiteral("यहाँ इस्तेमाल करें"));
    })) << "a desk that did not pin English would read Hindi landmarks";
    EXPECT_EQ(evaluate(page, QStringLiteral("document.documentElement.lang")).toString(),
              QStringLiteral("hi"));
    EXPECT_EQ(evaluate(page, QStringLiteral("navigator.language")).toString(), QStringLiteral("hi"));
    // QtWebEngine 6.4 sends no Accept-Language of its own: navigator.language (the desk's locale) is what a
    // page reads then.
    ASSERT_GT(server.pageAcceptLanguages().size(), before);
    EXPECT_FALSE(server.pageAcceptLanguages().last().startsWith(QStringLiteral("en")))
        << server.pageAcceptLanguages().last().toStdString();
}

// "Update your browser" on a good browser: a service worker from an earlier visit keeps serving the
// refusal. The session unregisters it and reloads once, bypassing the cache.
TEST_P(WhatsAppTest, UnsupportedPageFromAServiceWorkerIsUnregisteredAndReloadedFresh)
{
    server.config().unsupportedServiceWorker = true;
    auto session = readySession();
    EXPECT_GE(server.serviceWorkerFetches(), 1) << "the page registered its service worker";
    ASSERT_GE(server.pageCacheControls().size(), 2);
    EXPECT_EQ(server.pageCacheControls().last(), QStringLiteral("no-cache"))
        << "a reload that bypasses the cache";
    evaluate(
        *session->page(),
        QStringLiteral(
            "navigator.serviceWorker.getRegistrations().then((r) => { window.__regs = r.length; }); true"));
    ASSERT_TRUE(waitUntil(
        [&] { return evaluate(*session->page(), QStringLiteral("window.__regs !== undefined")).toBool(); }));
    EXPECT_EQ(evaluate(*session->page(), QStringLiteral("window.__regs")).toInt(), 0)
        << "no service worker left";

    // An ordinary reload later reaches the server, not the old worker.
    const int loads = server.pageLoads();
    session->reload();
    ASSERT_TRUE(waitUntil([&] { return server.pageLoads() > loads; }));
    ASSERT_TRUE(waitForState(*session, SessionState::Ready)) << session->stateText().toStdString();
}

TEST_P(WhatsAppTest, SelfTestListsSelectorsThisBrowserRefuses)
{
    // jQuery's :contains() is refused by every browser; :has() by Chromium before 105 (Qt 6.4 has 102, Qt 6.8
    // has 122).
    const QString neverValid = QStringLiteral("span:contains(\"Use here\")");
    const QString newerCss = QStringLiteral("#side:has(> header)");
    options.selectorPackPath = packWithLandmarks([&](QJsonObject& landmarks) {
        QJsonArray chatList = landmarks.value(QStringLiteral("chatList")).toArray();
        chatList.prepend(newerCss);
        chatList.prepend(neverValid);
        landmarks.insert(QStringLiteral("chatList"), chatList);
    });
    const bool engineKnowsHas = whatsapp::chromiumMajor() >= 105;
    QStringList expected{neverValid};
    if (!engineKnowsHas)
        expected << newerCss;

    auto session = readySession();
    std::optional<whatsapp::SelfTestReport> report;
    session->selfTest([&](const whatsapp::SelfTestReport& r) { report = r; });
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));
    QStringList refused;
    for (const auto& invalid : report->invalid) {
        EXPECT_EQ(invalid.landmark, QStringLiteral("chatList"));
        EXPECT_FALSE(invalid.error.isEmpty());
        refused << invalid.css;
    }
    EXPECT_EQ(refused, expected) << report->toText().toStdString() << "Chromium "
                                 << whatsapp::chromiumVersion().toStdString();
    EXPECT_TRUE(
        report->toText().contains(QStringLiteral("INVALID IN THIS BROWSER (%1)").arg(expected.size())))
        << report->toText().toStdString();
    EXPECT_TRUE(report->toText().contains(neverValid));
    EXPECT_FALSE(report->missing().contains(QStringLiteral("chatList")))
        << "the other alternatives still match";
}

TEST(SelectorPack, BuiltInIsVersionTwoForTodaysPageAndYesterdays)
{
    auto pack = whatsapp::SelectorPack::load();
    ASSERT_TRUE(pack.ok()) << pack.error().message.toStdString();
    EXPECT_EQ(pack->version(), 2);
    const QJsonObject landmarks = pack->json().value(QStringLiteral("landmarks")).toObject();
    // Today's alternative first, yesterday's after it.
    const QJsonArray own = landmarks.value(QStringLiteral("outgoingMessage")).toArray();
    EXPECT_EQ(own.first().toString(), QStringLiteral("[data-id^=\"true_\"]"));
    EXPECT_EQ(own.last().toString(), QStringLiteral(".message-out"));
    const QJsonArray send = landmarks.value(QStringLiteral("sendButton")).toArray();
    EXPECT_EQ(send.first().toString(), QStringLiteral("span[data-icon=\"wds-ic-send-filled\"]"));
    EXPECT_EQ(
        pack->json().value(QStringLiteral("ticks")).toObject().value(QStringLiteral("msg-failed")).toInt(),
        -1);
    // No hashed class names (x1n2onr6 ...): they change with every WhatsApp build.
    const QRegularExpression hashed(QStringLiteral("\\.x[0-9a-z]{5,}"));
    for (auto it = landmarks.begin(); it != landmarks.end(); ++it)
        for (const QJsonValue& entry : it.value().toArray()) {
            const QString css = entry.isString() ? entry.toString()
                                                 : entry.toObject().value(QStringLiteral("css")).toString();
            EXPECT_FALSE(hashed.match(css).hasMatch()) << it.key().toStdString() << ": " << css.toStdString();
            EXPECT_FALSE(css.contains(QStringLiteral(":has(")))
                << "Chromium 102 refuses :has(): " << css.toStdString();
        }
}

TEST(SelectorPack, AVersionOnePackIsRefusedWithTheWayOut)
{
    QJsonObject json = whatsapp::SelectorPack::load()->json();
    json.insert(QStringLiteral("version"), 1);
    QJsonObject landmarks = json.value(QStringLiteral("landmarks")).toObject();
    landmarks.remove(QStringLiteral("messageList"));
    json.insert(QStringLiteral("landmarks"), landmarks);
    const auto pack =
        whatsapp::SelectorPack::fromJson(QJsonDocument(json).toJson(), QStringLiteral("/desk/old.json"));
    ASSERT_FALSE(pack.ok());
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("messageList")))
        << pack.error().message.toStdString();
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("version 2")))
        << pack.error().message.toStdString();
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("/desk/old.json")));
}

TEST(SelectorPack, TickLabelsAndEveryLandmarkAreChecked)
{
    QJsonObject json = whatsapp::SelectorPack::load()->json();
    json.insert(QStringLiteral("tickLabels"),
                QJsonArray{QJsonObject{{QStringLiteral("icon"), QStringLiteral("msg-dblcheck")},
                                       {QStringLiteral("label"), QStringLiteral("Read")}}});
    auto pack = whatsapp::SelectorPack::fromJson(QJsonDocument(json).toJson(), QStringLiteral("p.json"));
    ASSERT_FALSE(pack.ok());
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("tickLabels")))
        << pack.error().message.toStdString();

    json = whatsapp::SelectorPack::load()->json();
    QJsonObject landmarks = json.value(QStringLiteral("landmarks")).toObject();
    landmarks.insert(QStringLiteral("chatHeader"),
                     QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("no css")}}});
    json.insert(QStringLiteral("landmarks"), landmarks);
    pack = whatsapp::SelectorPack::fromJson(QJsonDocument(json).toJson(), QStringLiteral("p.json"));
    ASSERT_FALSE(pack.ok());
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("chatHeader")))
        << pack.error().message.toStdString();
}
