// WhatsAppWebSender against the test page: exact texts, invalid numbers, missing ticks, typed-but-not-sent,
// the /send fallback, later ticks and the crash-recovery check.
#include "whatsapp/HostileTexts.h"
#include "whatsapp/WhatsAppFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QWebEnginePage>

using namespace fd;
using namespace fd::test;
using whatsapp::SessionState;
using whatsapp::WhatsAppWebSender;

namespace {
const QString kPhone = QStringLiteral("+919876543210");
const QString kDigits = QStringLiteral("919876543210");
} // namespace

TEST_P(WhatsAppTest, HostileTextsArriveVerbatimAsOneMessageEach)
{
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const QStringList texts = hostileTexts().mid(0, 24);
    for (int i = 0; i < texts.size(); ++i) {
        // Two customers, alternating: chats switch inside the page, without reloads.
        const QString phone = i % 2 ? QStringLiteral("+919876500001") : kPhone;
        const SendResult result = sendAndWait(sender, message(i + 1, phone, texts[i]));
        ASSERT_EQ(result.kind, SendResult::Kind::Sent) << i << ": " << result.reason.toStdString();
        EXPECT_FALSE(result.externalId.isEmpty());
        ASSERT_EQ(server.sent().size(), i + 1) << "exactly one message per send";
        EXPECT_EQ(server.sent().last().text, texts[i]) << "text " << i;
        EXPECT_EQ(server.sent().last().phone, phone.mid(1));
        EXPECT_EQ(server.sent().last().id, result.externalId);
    }
    EXPECT_EQ(server.pageLoads(), 1) << "one page load serves every message";
    EXPECT_FALSE(sender.isBusy());
}

TEST_P(WhatsAppTest, SameChatTwiceInARow)
{
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    ASSERT_EQ(sendAndWait(sender, message(1, kPhone, QStringLiteral("first"))).kind, SendResult::Kind::Sent);
    ASSERT_EQ(sendAndWait(sender, message(2, kPhone, QStringLiteral("second"))).kind, SendResult::Kind::Sent);
    ASSERT_EQ(sendAndWait(sender, message(3, kPhone, QStringLiteral("first"))).kind, SendResult::Kind::Sent)
        << "the same text again is a new bubble, not the old one";
    ASSERT_EQ(server.sentTo(kDigits).size(), 3);
}

TEST_P(WhatsAppTest, LeadingAndTrailingSpaceAreDroppedLikeWhatsAppDoes)
{
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult result =
        sendAndWait(sender, message(1, kPhone, QStringLiteral("\r\n  Hello\r\nthere  \n")));
    ASSERT_EQ(result.kind, SendResult::Kind::Sent) << result.reason.toStdString();
    EXPECT_EQ(server.sent().last().text, QStringLiteral("Hello\nthere"));
}

TEST_P(WhatsAppTest, InvalidNumberFailsPermanentlyAndTheNextOneGoes)
{
    server.config().invalidNumbers.insert(QStringLiteral("919999999999"));
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult invalid =
        sendAndWait(sender, message(1, QStringLiteral("+919999999999"), QStringLiteral("Hi")));
    EXPECT_EQ(invalid.kind, SendResult::Kind::PermanentFailure);
    EXPECT_TRUE(invalid.reason.contains(QStringLiteral("not a WhatsApp number")))
        << invalid.reason.toStdString();
    EXPECT_TRUE(server.sent().isEmpty());

    const SendResult next = sendAndWait(sender, message(2, kPhone, QStringLiteral("Next customer")));
    ASSERT_EQ(next.kind, SendResult::Kind::Sent) << next.reason.toStdString();
    EXPECT_EQ(server.sent().size(), 1);

    std::optional<bool> popupLeft;
    session->page()->runJavaScript(
        QStringLiteral("document.body.textContent.includes('Phone number shared via url is invalid')"),
        [&](const QVariant& v) { popupLeft = v.toBool(); });
    ASSERT_TRUE(waitUntil([&] { return popupLeft.has_value(); }));
    EXPECT_FALSE(*popupLeft) << "the popup was dismissed";
}

TEST_P(WhatsAppTest, NoTickIsUnconfirmedWithAScreenshot)
{
    server.config().noTickNumbers.insert(kDigits);
    auto session = readySession();
    senderOptions.confirmTimeoutMs = scaledMs(1500);
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult result = sendAndWait(sender, message(7, kPhone, QStringLiteral("Stuck at the clock")));
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed) << "pressed: it may have been sent";
    EXPECT_TRUE(result.reason.contains(QStringLiteral("may have been sent"))) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("clock"))) << result.reason.toStdString();
    EXPECT_EQ(server.sentTo(kDigits).size(), 1);
    ASSERT_FALSE(result.screenshotPath.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(result.screenshotPath));
    EXPECT_TRUE(result.screenshotPath.startsWith(options.diagnosticsFolder));
    EXPECT_TRUE(result.screenshotPath.contains(QStringLiteral("message-7")));
}

TEST_P(WhatsAppTest, TypedButNotSentIsAFailure)
{
    server.config().dropSend = true;
    auto session = readySession();
    senderOptions.confirmTimeoutMs = scaledMs(1000);
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult result = sendAndWait(sender, message(1, kPhone, QStringLiteral("Never leaves the box")));
    EXPECT_EQ(result.kind, SendResult::Kind::TransientFailure);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("typed but not sent"))) << result.reason.toStdString();
    EXPECT_TRUE(server.sent().isEmpty());
}

TEST_P(WhatsAppTest, FallsBackToTheSendAddressWhenLinksAreNotIntercepted)
{
    server.config().noInterception = true;
    auto session = readySession();
    QSignalSpy blocked(session.get(), &whatsapp::WhatsAppSession::navigationBlocked);
    senderOptions.openTimeoutMs = scaledMs(1000);
    WhatsAppWebSender quickSender(*session, senderOptions);
    const SendResult result =
        sendAndWait(quickSender, message(1, kPhone, QStringLiteral("Via /send\nwith two lines")));
    ASSERT_EQ(result.kind, SendResult::Kind::Sent) << result.reason.toStdString();
    EXPECT_EQ(server.sent().last().text, QStringLiteral("Via /send\nwith two lines"));
    EXPECT_TRUE(server.requestedPaths().contains(QStringLiteral("/send?phone=") + kDigits));
    EXPECT_GE(blocked.count(), 1) << "the unintercepted api.whatsapp.com link was not followed";
}

TEST_P(WhatsAppTest, LaterTicksAreAcknowledged)
{
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    QSignalSpy acks(&sender, &Sender::acknowledged);
    ASSERT_EQ(sendAndWait(sender, message(42, kPhone, QStringLiteral("Tick tock"))).kind,
              SendResult::Kind::Sent);
    ASSERT_TRUE(waitUntil([&] { return acks.count() >= 2; }, 10000));
    EXPECT_EQ(acks.at(0).at(0).toLongLong(), 42);
    EXPECT_EQ(acks.at(0).at(1).toString(), QStringLiteral("DELIVERED"));
    EXPECT_EQ(acks.at(1).at(1).toString(), QStringLiteral("READ"));
}

TEST_P(WhatsAppTest, CrashCheckReadsTheChat)
{
    const QDateTime claimedAt = QDateTime::currentDateTime().addSecs(-30);
    server.addHistory(kDigits, QStringLiteral("Already *sent* 🙏\nbefore the crash"),
                      QDateTime::currentDateTime());
    server.addHistory(kDigits, QStringLiteral("An old message"), QDateTime::currentDateTime().addDays(-3));
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    EXPECT_EQ(checkAndWait(sender, message(1, kPhone, QStringLiteral("Already *sent* 🙏\nbefore the crash")),
                           claimedAt),
              std::optional<bool>(true));
    EXPECT_EQ(checkAndWait(sender, message(2, kPhone, QStringLiteral("Never sent")), claimedAt),
              std::optional<bool>(false));
    EXPECT_EQ(checkAndWait(sender, message(3, kPhone, QStringLiteral("An old message")), claimedAt),
              std::optional<bool>(false))
        << "sent days before the claim";
    EXPECT_TRUE(server.sent().size() == 2) << "checking sends nothing";
}

TEST_P(WhatsAppTest, LoggedOutIsNotReady)
{
    auto session = startSession();
    ASSERT_TRUE(waitForState(*session, SessionState::QrCode));
    WhatsAppWebSender sender(*session, senderOptions);
    EXPECT_FALSE(sender.isReady());
    EXPECT_TRUE(sender.notReadyReason().contains(QStringLiteral("QR")));
    const SendResult result = sendAndWait(sender, message(1, kPhone, QStringLiteral("Hi")));
    EXPECT_EQ(result.kind, SendResult::Kind::NotReady);

    QSignalSpy ready(&sender, &Sender::readyChanged);
    server.scan();
    ASSERT_TRUE(waitUntil([&] { return ready.count() > 0; }));
    EXPECT_TRUE(ready.last().at(0).toBool());
}

TEST_P(WhatsAppTest, BareTextWriteIsNotInput)
{
    // The page must behave like WhatsApp's editor, or the driver tests prove nothing.
    auto session = readySession();
    session->page()->runJavaScript(
        QStringLiteral("(function(){ const a = document.createElement('a');"
                       " a.href = 'https://api.whatsapp.com/send?phone=919876543210'; "
                       "document.body.appendChild(a); a.click(); })()"));
    ASSERT_TRUE(waitUntil([&] {
        std::optional<bool> open;
        session->page()->runJavaScript(QStringLiteral("!!document.querySelector('footer [contenteditable]')"),
                                       [&](const QVariant& v) { open = v.toBool(); });
        waitUntil([&] { return open.has_value(); }, 2000);
        return open.value_or(false);
    }));
    std::optional<QString> icon;
    session->page()->runJavaScript(
        QStringLiteral(
            "(function(){ const box = document.querySelector('footer [contenteditable]');"
            " box.innerText = 'written behind the editor'; box.focus();"
            " box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));"
            " return document.querySelector('footer span[data-icon]').getAttribute('data-icon'); })()"),
        [&](const QVariant& v) { icon = v.toString(); });
    ASSERT_TRUE(waitUntil([&] { return icon.has_value(); }));
    EXPECT_TRUE(*icon == QStringLiteral("ptt") || *icon == QStringLiteral("wds-ic-mic-filled"))
        << icon->toStdString() << ": no send control for text the editor never saw";
    waitUntil([] { return false; }, 300);
    EXPECT_TRUE(server.sent().isEmpty());
}

TEST_P(WhatsAppTest, ChatsSwappedInsideTheSameMainStillOpenInThePage)
{
    server.config().reuseMain = true;
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const QStringList phones = {kPhone, QStringLiteral("+919876500001"), kPhone, kPhone};
    for (int i = 0; i < phones.size(); ++i) {
        const SendResult result =
            sendAndWait(sender, message(i + 1, phones[i], QStringLiteral("In place %1").arg(i)));
        ASSERT_EQ(result.kind, SendResult::Kind::Sent) << i << ": " << result.reason.toStdString();
        EXPECT_EQ(server.sent().last().phone, phones[i].mid(1));
    }
    EXPECT_EQ(server.pageLoads(), 1) << "no fall back to the /send address";
}
