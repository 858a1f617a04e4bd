// The WhatsApp Web session against the test page: login by QR, the states, the user agent, the origin
// lock, the profile lock, "Use here", the self-test and the selector pack.
#include "whatsapp/ChromiumFlags.h"
#include "qrcode/QrCode.h"
#include "whatsapp/WhatsAppFixture.h"
#include "whatsapp/WhatsAppPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace fd;
using namespace fd::test;
using whatsapp::SessionState;

TEST_F(WhatsAppTest, QrCodeThenScanThenReady)
{
    // Long enough for the state polls to see "Loading your chats" on a busy machine (the real one takes
    // seconds; the test page's default is short to keep the other tests quick).
    server.config().syncMs = scaledMs(1000);
    auto session = startSession();
    ASSERT_TRUE(waitForState(*session, SessionState::QrCode)) << session->stateText().toStdString();
    EXPECT_FALSE(session->qrToken().isEmpty());
    const QString terminal = qrcode::QrCode(session->qrToken(), qrcode::QrCode::Correction::Low).toTerminalText();
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

TEST_F(WhatsAppTest, ProfileIsPrivatePersistentAndChromeLike)
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

TEST_F(WhatsAppTest, UnsupportedPageIsReloadedOnce)
{
    server.config().unsupportedLoads = 1;
    auto session = readySession();
    EXPECT_EQ(server.pageLoads(), 2);
}

TEST_F(WhatsAppTest, QtWebEngineUserAgentIsRefused)
{
    server.scan();
    options.chromeUserAgent = false;
    auto session = startSession();
    ASSERT_TRUE(waitForState(*session, SessionState::Unsupported)) << session->stateText().toStdString();
    EXPECT_EQ(server.pageLoads(), 2) << "one reload before giving up";
    EXPECT_TRUE(session->stateText().contains(QStringLiteral("QtWebEngine")));
}

TEST_F(WhatsAppTest, NavigationOffTheOriginIsBlocked)
{
    auto session = readySession();
    QSignalSpy blocked(session.get(), &whatsapp::WhatsAppSession::navigationBlocked);
    // The page's own script (main world) tries to leave.
    session->page()->runJavaScript(QStringLiteral("location.href = 'http://127.0.0.2:9/phish'"));
    ASSERT_TRUE(waitUntil([&] { return blocked.count() > 0; }, 5000));
    EXPECT_EQ(blocked.at(0).at(0).toUrl().host(), QStringLiteral("127.0.0.2"));
    EXPECT_EQ(session->page()->url().host(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(whatsapp::WhatsAppPage::sameOrigin(QUrl(QStringLiteral("https://web.whatsapp.com/send?phone=1")),
                                                   QUrl(QStringLiteral("https://web.whatsapp.com/"))));
    EXPECT_FALSE(whatsapp::WhatsAppPage::sameOrigin(QUrl(QStringLiteral("https://web.whatsapp.com.evil.in/")),
                                                    QUrl(QStringLiteral("https://web.whatsapp.com/"))));
    EXPECT_FALSE(whatsapp::WhatsAppPage::sameOrigin(QUrl(QStringLiteral("http://web.whatsapp.com/")),
                                                    QUrl(QStringLiteral("https://web.whatsapp.com/"))));
}

TEST_F(WhatsAppTest, SecondSessionOnTheProfileIsToldWhoHoldsIt)
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

TEST_F(WhatsAppTest, OpenInAnotherWindowThenUseHere)
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

TEST_F(WhatsAppTest, OfflineAndBack)
{
    auto session = readySession();
    server.setOffline(true);
    ASSERT_TRUE(waitForState(*session, SessionState::Offline));
    server.setOffline(false);
    ASSERT_TRUE(waitForState(*session, SessionState::Ready));
}

TEST_F(WhatsAppTest, UnreachablePageIsAnErrorAndRetried)
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
    EXPECT_TRUE(session->stateText().contains(QStringLiteral("127.0.0.1:%1").arg(port))) << session->stateText().toStdString();
    // Tried again by itself, without anybody pressing anything.
    const auto errors = [&] {
        return std::count_if(states.begin(), states.end(),
                             [](const QList<QVariant>& args) { return args.at(0).value<SessionState>() == SessionState::Error; });
    };
    EXPECT_TRUE(waitUntil([&] { return errors() >= 2; }, 5000));
}

TEST_F(WhatsAppTest, SelfTestReportsLandmarks)
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

TEST_F(WhatsAppTest, SelectorPackOverrideIsValidatedAndUsed)
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
    EXPECT_TRUE(started.error().message.contains(QStringLiteral("unsupported"))) << started.error().message.toStdString();

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
    EXPECT_TRUE(report->toText().contains(QStringLiteral("MISSING (1): chatList"))) << report->toText().toStdString();
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
