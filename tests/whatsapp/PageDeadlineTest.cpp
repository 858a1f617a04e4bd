// A page that stops answering in the middle of a send (its render process killed, its main thread hung)
// never hangs the sender: the message in flight ends at once or within its deadline, Unconfirmed ("may have
// been sent") once send may have been pressed, Transient before; the page comes back and the next message
// goes. A stopping sender presses nothing new and answers within its grace.
#include "whatsapp/WhatsAppFixture.h"

#include <QElapsedTimer>
#include <QWebEnginePage>
#include <csignal>
#include <sys/types.h>

using namespace fd;
using namespace fd::test;
using whatsapp::SessionState;
using whatsapp::WhatsAppWebSender;

namespace {

const QString kPhone = QStringLiteral("+919876543210");
const QString kDigits = QStringLiteral("919876543210");
const QString kNext = QStringLiteral("+919876500001");

class PageDeadlineTest : public WhatsAppTest
{
protected:
    // Starts a send and returns the slot its result lands in.
    std::shared_ptr<std::optional<SendResult>> startSend(Sender& sender, const OutgoingMessage& m)
    {
        auto result = std::make_shared<std::optional<SendResult>>();
        waitForEngine(sender);
        sender.send(m, [result](SendResult r) { *result = std::move(r); });
        return result;
    }

    // True once the page's main world shows `text` (answers only while the page is alive).
    bool pageShows(whatsapp::WhatsAppSession& session, const QString& text)
    {
        std::optional<bool> shown;
        session.page()->runJavaScript(QStringLiteral("document.body.textContent.includes(%1)")
                                          .arg(QStringLiteral("'") + text + QStringLiteral("'")),
                                      [&](const QVariant& v) { shown = v.toBool(); });
        waitUntil([&] { return shown.has_value(); }, 2000);
        return shown.value_or(false);
    }

    static void killRenderer(whatsapp::WhatsAppSession& session)
    {
        const qint64 pid = session.page()->renderProcessPid();
        ASSERT_GT(pid, 0);
        ASSERT_EQ(::kill(pid_t(pid), SIGKILL), 0);
    }

    // The page came back (a new render process, ready) and the next message goes, once.
    void nextMessageGoes(whatsapp::WhatsAppSession& session, WhatsAppWebSender& sender, int sentBefore)
    {
        ASSERT_TRUE(waitForState(session, SessionState::Ready, 30000)) << session.stateText().toStdString();
        const SendResult next = sendAndWait(sender, message(99, kNext, QStringLiteral("The next customer")));
        ASSERT_EQ(next.kind, SendResult::Kind::Sent) << next.reason.toStdString();
        EXPECT_EQ(server.sent().size(), sentBefore + 1);
        EXPECT_EQ(server.sentTo(kNext.mid(1)).size(), 1);
    }
};

} // namespace

TEST_P(PageDeadlineTest, RenderProcessKilledBeforeThePressIsTransientAndThePageComesBack)
{
    server.config().chatOpenMs = scaledMs(4000); // "Starting chat" long enough to kill the page meanwhile
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    auto result = startSend(sender, message(1, kPhone, QStringLiteral("Never pressed")));
    ASSERT_TRUE(waitUntil([&] { return pageShows(*session, QStringLiteral("Starting chat")); }, 10000));
    killRenderer(*session);
    ASSERT_TRUE(waitUntil([&] { return result->has_value(); }, 10000))
        << "the send did not end with the page";
    EXPECT_EQ((*result)->kind, SendResult::Kind::TransientFailure) << (*result)->reason.toStdString();
    EXPECT_TRUE((*result)->reason.contains(QStringLiteral("render process")))
        << (*result)->reason.toStdString();
    EXPECT_TRUE(server.sent().isEmpty());
    EXPECT_FALSE(sender.isBusy());
    server.config().chatOpenMs = 20;
    nextMessageGoes(*session, sender, 0);
}

TEST_P(PageDeadlineTest, RenderProcessKilledAfterThePressIsUnconfirmedAndNotSentAgain)
{
    server.config().noTickNumbers.insert(kDigits); // it left, and stays at the clock: no confirmation
    auto session = readySession();
    senderOptions.confirmTimeoutMs = scaledMs(60000); // only the dead page can end this send soon
    WhatsAppWebSender sender(*session, senderOptions);
    auto result = startSend(sender, message(2, kPhone, QStringLiteral("Left, then the page died")));
    ASSERT_TRUE(waitUntil([&] { return server.sent().size() == 1; }, 15000));
    QElapsedTimer sinceKill;
    sinceKill.start();
    killRenderer(*session);
    ASSERT_TRUE(waitUntil([&] { return result->has_value(); }, 15000))
        << "the send did not end with the page";
    EXPECT_LT(sinceKill.elapsed(), scaledMs(15000))
        << "ended by the page's death, not by the confirm timeout";
    EXPECT_EQ((*result)->kind, SendResult::Kind::Unconfirmed) << (*result)->reason.toStdString();
    EXPECT_TRUE((*result)->reason.startsWith(QStringLiteral("may have been sent")))
        << (*result)->reason.toStdString();
    EXPECT_TRUE((*result)->interrupted) << "a render process that ended says nothing about the page";
    EXPECT_EQ(server.sentTo(kDigits).size(), 1);
    nextMessageGoes(*session, sender, 1);
    EXPECT_EQ(server.sentTo(kDigits).size(), 1) << "never sent twice";
}

TEST_P(PageDeadlineTest, HungPageBeforeThePressIsEndedTransientAndComesBack)
{
    server.config().hangOn = QStringLiteral("open"); // this page load hangs when a chat starts opening
    options.unresponsiveMs = scaledMs(3000);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    QElapsedTimer clock;
    clock.start();
    const SendResult result =
        sendAndWait(sender, message(3, kPhone, QStringLiteral("The page hangs first")), 30000);
    EXPECT_EQ(result.kind, SendResult::Kind::TransientFailure) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("stopped answering"))) << result.reason.toStdString();
    EXPECT_LT(clock.elapsed(), scaledMs(20000));
    EXPECT_TRUE(server.sent().isEmpty());
    nextMessageGoes(*session, sender, 0);
}

TEST_P(PageDeadlineTest, HungPageAfterThePressIsUnconfirmedAndComesBack)
{
    server.config().hangOn = QStringLiteral("send"); // hangs once the message reached the server
    options.unresponsiveMs = scaledMs(3000);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult result =
        sendAndWait(sender, message(4, kPhone, QStringLiteral("Left, then the page hung")), 30000);
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("stopped answering"))) << result.reason.toStdString();
    EXPECT_FALSE(result.interrupted) << "a page that hangs counts toward the pause";
    EXPECT_EQ(server.sentTo(kDigits).size(), 1);
    nextMessageGoes(*session, sender, 1);
}

TEST_P(PageDeadlineTest, CrashCheckOnAHungPageCannotTell)
{
    server.config().hangOn = QStringLiteral("open");
    options.unresponsiveMs = scaledMs(3000);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const std::optional<bool> found = checkAndWait(sender, message(5, kPhone, QStringLiteral("Is it there?")),
                                                   QDateTime::currentDateTime());
    EXPECT_FALSE(found.has_value()) << "a page that does not answer cannot say \"not there\"";
    EXPECT_FALSE(sender.isBusy());
}

TEST_P(PageDeadlineTest, StoppingBeforeThePressReleasesTheMessageUntouched)
{
    server.config().chatOpenMs = scaledMs(1500);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    auto result = startSend(sender, message(6, kPhone, QStringLiteral("Withdrawn")));
    ASSERT_TRUE(waitUntil([&] { return pageShows(*session, QStringLiteral("Starting chat")); }, 10000));
    sender.stopSending(scaledMs(20000));
    ASSERT_TRUE(waitUntil([&] { return result->has_value(); }, 15000));
    EXPECT_EQ((*result)->kind, SendResult::Kind::NotReady) << (*result)->reason.toStdString();
    EXPECT_TRUE(server.sent().isEmpty());
    // The page goes on opening the chat, and the driver withdraws the text it typed: nothing is left in the
    // compose box, nothing is sent.
    ASSERT_TRUE(waitUntil([&] { return pageShows(*session, QStringLiteral("+") + kDigits); }, 10000));
    waitUntil([] { return false; }, 1000);
    EXPECT_FALSE(pageShows(*session, QStringLiteral("Withdrawn")));
    EXPECT_TRUE(server.sent().isEmpty());
    // A stopping sender takes nothing new.
    const SendResult refused = sendAndWait(sender, message(7, kPhone, QStringLiteral("Too late")));
    EXPECT_EQ(refused.kind, SendResult::Kind::NotReady);
    EXPECT_TRUE(server.sent().isEmpty());
}

TEST_P(PageDeadlineTest, StoppingOnAHungPageAnswersWithinTheGrace)
{
    server.config().hangOn = QStringLiteral("send");
    options.unresponsiveMs = scaledMs(120000); // only the stop can end this send soon
    auto session = readySession();
    senderOptions.confirmTimeoutMs = scaledMs(60000);
    WhatsAppWebSender sender(*session, senderOptions);
    auto result = startSend(sender, message(8, kPhone, QStringLiteral("Left, then the station stopped")));
    ASSERT_TRUE(waitUntil([&] { return server.sent().size() == 1; }, 15000));
    QElapsedTimer sinceStop;
    sinceStop.start();
    sender.stopSending(1000);
    ASSERT_TRUE(waitUntil([&] { return result->has_value(); }, 15000)) << "the stop did not end the send";
    // The grace, then at most the few seconds the page is given to hand over its HTML for the record.
    EXPECT_LT(sinceStop.elapsed(), scaledMs(10000));
    EXPECT_EQ((*result)->kind, SendResult::Kind::Unconfirmed) << (*result)->reason.toStdString();
    EXPECT_TRUE((*result)->interrupted) << "our own stop says nothing about the page";
    EXPECT_EQ(server.sentTo(kDigits).size(), 1);
}

FD_INSTANTIATE_FOR_BOTH_PAGES(PageDeadlineTest);
