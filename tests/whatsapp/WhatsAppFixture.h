#pragma once

#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "util/TestTimeouts.h"
#include "util/WaitUntil.h"
#include "whatsapp/FakeWhatsAppServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace fd::test {

// A fake WhatsApp on 127.0.0.1, a session on a private profile, and helpers that wait (tests may run an
// event loop; product code never does). Every test runs on today's page and on yesterday's (the
// parameter), in a process whose system language is Hindi (WebEngineSetup.cpp).
class WhatsAppTest : public ::testing::TestWithParam<PageVersion>
{
protected:
    void SetUp() override
    {
        server.config().page = GetParam();
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(dir.isValid());
        options.baseUrl = server.url();
        options.profileFolder = dir.filePath(QStringLiteral("profile"));
        options.diagnosticsFolder = dir.filePath(QStringLiteral("diagnostics"));
        options.pollMs = 40;
        options.reloadAfterErrorMs = 500;
        senderOptions.openTimeoutMs = scaledMs(5000);
        senderOptions.confirmTimeoutMs = scaledMs(5000);
        senderOptions.fallbackReadyMs = scaledMs(15000);
        senderOptions.tickPollMs = 50;
        senderOptions.historySettleMs = 100;
        // `auto` with the real WA-JS: on the test page it never finds WhatsApp's modules, and the DOM
        // driver sends (WaJsTest covers the WA-JS path against a stand-in).
        senderOptions.waJs.pollMs = 50;
        senderOptions.waJs.notInjectedGraceMs = 200;
        senderOptions.waJs.readyTimeoutMs = scaledMs(3000);
        senderOptions.waJs.checkTimeoutMs = scaledMs(5000);
        senderOptions.waJs.sendTimeoutMs = scaledMs(5000);
        senderOptions.waJs.findTimeoutMs = scaledMs(5000);
    }

    void TearDown() override
    {
        // Chromium finishes writing a closed profile's cache on its own threads: let it, then clean up.
        waitUntil([] { return false; }, 200);
        dir.remove();
    }

    std::unique_ptr<whatsapp::WhatsAppSession> startSession(const whatsapp::SessionOptions& o)
    {
        auto session = std::make_unique<whatsapp::WhatsAppSession>(o);
        auto started = session->start();
        EXPECT_TRUE(started.ok()) << started.error().message.toStdString();
        return session;
    }
    std::unique_ptr<whatsapp::WhatsAppSession> startSession() { return startSession(options); }

    // Runs the event loop until `done` holds or `timeoutMs` passes.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs = 15000)
    {
        return test::waitUntil(done, timeoutMs, 10);
    }

    static bool waitForState(const whatsapp::WhatsAppSession& session, whatsapp::SessionState state,
                             int timeoutMs = 15000)
    {
        return waitUntil([&] { return session.state() == state; }, timeoutMs);
    }

    std::unique_ptr<whatsapp::WhatsAppSession> readySession()
    {
        server.scan();
        auto session = startSession();
        EXPECT_TRUE(waitForState(*session, whatsapp::SessionState::Ready))
            << session->stateText().toStdString();
        return session;
    }

    // `auto` chooses between WA-JS and the DOM driver once the page shows the chats: a test that sends at
    // once waits for that first, as the dispatcher waits for its sender to be ready.
    static void waitForEngine(Sender& sender)
    {
        if (auto* web = qobject_cast<whatsapp::WhatsAppWebSender*>(&sender)) {
            EXPECT_TRUE(waitUntil([web] { return !web->choosingEngine(); }, 15000));
        }
    }

    static SendResult sendAndWait(Sender& sender, const OutgoingMessage& message, int timeoutMs = 60000)
    {
        waitForEngine(sender);
        std::optional<SendResult> result;
        sender.send(message, [&](SendResult r) { result = std::move(r); });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, timeoutMs))
            << "no answer for message " << message.id;
        return result.value_or(SendResult::transient(QStringLiteral("the test timed out")));
    }

    static std::optional<bool> checkAndWait(Sender& sender, const OutgoingMessage& message,
                                            const QDateTime& since)
    {
        waitForEngine(sender);
        std::optional<std::optional<bool>> answer;
        sender.checkAlreadySent(message, since, [&](std::optional<bool> found) { answer = found; });
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }, 30000));
        return answer.value_or(std::nullopt);
    }

    // The built-in selector pack with landmarks changed by `change`, as an override file in the test's
    // folder.
    QString packWithLandmarks(const std::function<void(QJsonObject& landmarks)>& change,
                              const QString& name = QStringLiteral("pack.json"))
    {
        auto pack = whatsapp::SelectorPack::load();
        EXPECT_TRUE(pack.ok());
        QJsonObject json = pack.ok() ? pack->json() : QJsonObject();
        QJsonObject landmarks = json.value(QStringLiteral("landmarks")).toObject();
        change(landmarks);
        json.insert(QStringLiteral("landmarks"), landmarks);
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        return path;
    }

    // Runs `script` in the page's own world and returns its value.
    static QVariant evaluate(QWebEnginePage& page, const QString& script)
    {
        std::optional<QVariant> value;
        page.runJavaScript(script, [&](const QVariant& v) { value = v; });
        EXPECT_TRUE(waitUntil([&] { return value.has_value(); }, 10000)) << script.toStdString();
        return value.value_or(QVariant());
    }

    static OutgoingMessage message(qint64 id, const QString& phone, const QString& text)
    {
        OutgoingMessage m;
        m.id = id;
        m.phone = phone;
        m.text = text;
        return m;
    }

    FakeWhatsAppServer server;
    QTemporaryDir dir;
    whatsapp::SessionOptions options;
    whatsapp::SenderOptions senderOptions;
};

} // namespace fd::test

// Runs a suite derived from WhatsAppTest on today's page and on yesterday's (".../today", ".../yesterday").
#define FD_INSTANTIATE_FOR_BOTH_PAGES(Suite)                                                                 \
    INSTANTIATE_TEST_SUITE_P(                                                                                \
        Pages, Suite, ::testing::Values(::fd::test::PageVersion::Today, ::fd::test::PageVersion::Yesterday), \
        [](const ::testing::TestParamInfo<::fd::test::PageVersion>& info) {                                  \
            return ::fd::test::pageVersionName(info.param).toStdString();                                    \
        })
