// Never the same message twice, on today's page and on yesterday's: what was pressed without a
// confirmation is Unconfirmed and is not pressed again; a row WhatsApp marks failed is a permanent
// failure; a page that stops showing our own rows or their ticks in the middle of a run makes the sender
// report pageChanged; the crash check says "not there" only when it can see our own rows.
#include "whatsapp/WhatsAppFixture.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace fd;
using namespace fd::test;
using whatsapp::WhatsAppWebSender;

namespace {

const QString kPhone = QStringLiteral("+919876543210");
const QString kDigits = QStringLiteral("919876543210");
const QString kOther = QStringLiteral("+919876500001");
const QString kOtherDigits = QStringLiteral("919876500001");

int copiesOf(const FakeWhatsAppServer& server, const QString& text)
{
    int copies = 0;
    for (const FakeWhatsAppServer::Sent& s : server.sent())
        copies += s.text == text ? 1 : 0;
    return copies;
}

QStringList changes(const QSignalSpy& spy)
{
    QStringList all;
    for (const QList<QVariant>& args : spy)
        all << args.at(0).toString();
    return all;
}

} // namespace

TEST_P(WhatsAppTest, PressedWithoutConfirmationIsUnconfirmedAndNotPressedAgain)
{
    server.config().noTickNumbers.insert(kDigits);
    const QDateTime claimedAt = QDateTime::currentDateTime().addSecs(-5);
    auto session = readySession();
    senderOptions.confirmTimeoutMs = scaledMs(1500);
    WhatsAppWebSender sender(*session, senderOptions);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    const OutgoingMessage pressed = message(1, kPhone, QStringLiteral("Pressed once, never confirmed"));
    const SendResult result = sendAndWait(sender, pressed);
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("may have been sent"))) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("clock"))) << result.reason.toStdString();
    EXPECT_FALSE(result.externalId.isEmpty()) << "our row's id, for the admin";
    EXPECT_FALSE(result.screenshotPath.isEmpty());
    EXPECT_EQ(changed.count(), 0) << "a clock tick is the network, not a changed page";
    waitUntil([] { return false; }, scaledMs(500));
    EXPECT_EQ(server.sentTo(kDigits).size(), 1) << "pressed once, and only once";

    // Our row is in the chat (at the clock): the check finds it, so nothing sends it again.
    EXPECT_EQ(checkAndWait(sender, pressed, claimedAt), std::optional<bool>(true));
    EXPECT_EQ(server.sentTo(kDigits).size(), 1);
}

TEST_P(WhatsAppTest, AMessageWhatsAppMarksFailedIsAPermanentFailure)
{
    server.config().failedNumbers.insert(kDigits);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult failed =
        sendAndWait(sender, message(1, kPhone, QStringLiteral("WhatsApp cannot send this")));
    EXPECT_EQ(failed.kind, SendResult::Kind::PermanentFailure) << failed.reason.toStdString();
    EXPECT_EQ(failed.reason, QStringLiteral("WhatsApp could not send it"));
    EXPECT_FALSE(failed.screenshotPath.isEmpty());
    ASSERT_EQ(server.sentTo(kDigits).size(), 1);
    EXPECT_EQ(server.sentTo(kDigits).constFirst().status, QStringLiteral("msg-failed"));

    const SendResult next = sendAndWait(sender, message(2, kOther, QStringLiteral("The next customer")));
    EXPECT_EQ(next.kind, SendResult::Kind::Sent) << next.reason.toStdString();
}

TEST_P(WhatsAppTest, OwnRowsLosingTheirIdsMidRunMakeSendsUnconfirmedAndChecksUnsure)
{
    server.config().breakAfterSends = 2;
    server.config().breaks = PageBreak::OwnRowIds;
    const QDateTime claimedAt = QDateTime::currentDateTime().addSecs(-5);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    const OutgoingMessage first = message(1, kPhone, QStringLiteral("First, before the change"));
    ASSERT_EQ(sendAndWait(sender, first).kind, SendResult::Kind::Sent);
    ASSERT_EQ(sendAndWait(sender, message(2, kPhone, QStringLiteral("Second, before the change"))).kind,
              SendResult::Kind::Sent);
    EXPECT_EQ(changed.count(), 0);

    const QString third = QStringLiteral("Third, after the page changed");
    const SendResult result = sendAndWait(sender, message(3, kPhone, third));
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("not recognised as ours")))
        << result.reason.toStdString();
    EXPECT_TRUE(changes(changed).join(QLatin1Char(' ')).contains(QStringLiteral("outgoingMessage")))
        << changes(changed).join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(copiesOf(server, third), 1);

    // Nobody can tell whose rows these are: the check answers "can't tell", for a message that is there and
    // for one that is not, in this chat and in another.
    changed.clear();
    EXPECT_EQ(checkAndWait(sender, first, claimedAt), std::nullopt);
    EXPECT_EQ(checkAndWait(sender, message(4, kPhone, QStringLiteral("Never sent")), claimedAt),
              std::nullopt);
    server.addHistory(kOtherDigits, QStringLiteral("An older message of ours"),
                      QDateTime::currentDateTime().addDays(-1));
    EXPECT_EQ(checkAndWait(sender, message(5, kOther, QStringLiteral("Never sent either")), claimedAt),
              std::nullopt);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(server.sent().size(), 4) << "checking sends nothing";
}

TEST_P(WhatsAppTest, TicksDisappearingMidRunMakeSendsUnconfirmed)
{
    server.config().breakAfterSends = 1;
    server.config().breaks = PageBreak::Ticks;
    auto session = readySession();
    senderOptions.confirmTimeoutMs = scaledMs(1500);
    WhatsAppWebSender sender(*session, senderOptions);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    ASSERT_EQ(sendAndWait(sender, message(1, kPhone, QStringLiteral("Ticked"))).kind, SendResult::Kind::Sent);
    const QString second = QStringLiteral("No tick any more");
    const SendResult result = sendAndWait(sender, message(2, kPhone, second));
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed) << result.reason.toStdString();
    EXPECT_TRUE(changes(changed).contains(QStringLiteral("tick")))
        << changes(changed).join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(copiesOf(server, second), 1);
}

TEST_P(WhatsAppTest, ChatWithOnlyTheCustomersRowsIsNotTellingUntilOwnRowsWereSeenElsewhere)
{
    server.addCustomerMessage(kDigits, QStringLiteral("Is my printer ready?"));
    server.addCustomerMessage(kDigits, QStringLiteral("Please send the bill"));
    server.addHistory(kOtherDigits, QStringLiteral("Our message of two days ago"),
                      QDateTime::currentDateTime().addDays(-2));
    const QDateTime claimedAt = QDateTime::currentDateTime().addSecs(-30);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const OutgoingMessage ready = message(1, kPhone, QStringLiteral("Your printer is ready"));
    // Fresh page load, no row of ours in this chat: nothing proves our rows would be recognised.
    EXPECT_EQ(checkAndWait(sender, ready, claimedAt), std::nullopt);
    // Our rows in another chat prove it (that chat's old message is from before the claim).
    EXPECT_EQ(
        checkAndWait(sender, message(2, kOther, QStringLiteral("Our message of two days ago")), claimedAt),
        std::optional<bool>(false));
    EXPECT_EQ(checkAndWait(sender, ready, claimedAt), std::optional<bool>(false));
    // The customer's row with the same words is not our message.
    EXPECT_EQ(checkAndWait(sender, message(3, kPhone, QStringLiteral("Please send the bill")), claimedAt),
              std::optional<bool>(false));
    EXPECT_EQ(server.sent().size(), 1) << "checking sends nothing";
}

TEST_P(WhatsAppTest, AConfirmedSendProvesOwnRowsForEmptyChats)
{
    server.addCustomerMessage(kDigits, QStringLiteral("Hello?"));
    const QDateTime claimedAt = QDateTime::currentDateTime().addSecs(-30);
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    const OutgoingMessage answer = message(1, kPhone, QStringLiteral("Hello, how can we help?"));
    EXPECT_EQ(checkAndWait(sender, answer, claimedAt), std::nullopt);
    ASSERT_EQ(sendAndWait(sender, message(2, kOther, QStringLiteral("A new customer"))).kind,
              SendResult::Kind::Sent);
    EXPECT_EQ(checkAndWait(sender, answer, claimedAt), std::optional<bool>(false));
}

TEST_P(WhatsAppTest, EnterIsTheFallbackWhenNoSendControlMatches)
{
    options.selectorPackPath = packWithLandmarks([](QJsonObject& landmarks) {
        landmarks.insert(QStringLiteral("sendButton"),
                         QJsonArray{QStringLiteral("span[data-icon=\"no-such-send-icon\"]")});
    });
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    const QString text = QStringLiteral("Sent by the Enter key\nwith its second line");
    const SendResult result = sendAndWait(sender, message(1, kPhone, text));
    ASSERT_EQ(result.kind, SendResult::Kind::Sent) << result.reason.toStdString();
    EXPECT_EQ(copiesOf(server, text), 1);
    EXPECT_EQ(changed.count(), 0) << "Enter is the expected fallback";
}

TEST_P(WhatsAppTest, NoSendControlAndEnterNotSendingIsNeverLeftAndReported)
{
    server.config().dropSend = true; // neither a click nor Enter sends
    options.selectorPackPath = packWithLandmarks([](QJsonObject& landmarks) {
        landmarks.insert(QStringLiteral("sendButton"),
                         QJsonArray{QStringLiteral("span[data-icon=\"no-such-send-icon\"]")});
    });
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    const SendResult result = sendAndWait(sender, message(1, kPhone, QStringLiteral("Stays in the box")));
    EXPECT_EQ(result.kind, SendResult::Kind::TransientFailure) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("Enter"))) << result.reason.toStdString();
    EXPECT_TRUE(changes(changed).contains(QStringLiteral("sendButton")))
        << changes(changed).join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(server.sent().isEmpty());
    const QVariant left = evaluate(
        *session->page(), QStringLiteral("document.querySelector('footer [contenteditable]').textContent"));
    EXPECT_EQ(left.toString(), QString()) << "the box was cleared for the next message";
}

TEST_P(WhatsAppTest, SelfTestInAChatWhoseRowsAreNotRecognisedStopsTheSender)
{
    server.config().breakAfterSends = 1;
    server.config().breaks = PageBreak::OwnRowIds;
    server.addHistory(kOtherDigits, QStringLiteral("An older message of ours"),
                      QDateTime::currentDateTime().addDays(-1));
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    ASSERT_EQ(sendAndWait(sender, message(1, kPhone, QStringLiteral("Before the change"))).kind,
              SendResult::Kind::Sent);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    // Someone opens another chat in the WhatsApp tab, then runs the self-test.
    evaluate(
        *session->page(),
        QStringLiteral("(function(){ const a = document.createElement('a');"
                       " a.href = 'https://api.whatsapp.com/send?phone=%1'; document.body.appendChild(a);"
                       " a.click(); return true; })()")
            .arg(kOtherDigits));
    ASSERT_TRUE(waitUntil([&] {
        return evaluate(*session->page(),
                        QStringLiteral("(document.querySelector('#main header') || {}).textContent || ''"))
            .toString()
            .contains(kOtherDigits);
    }));
    std::optional<whatsapp::SelfTestReport> report;
    session->selfTest([&](const whatsapp::SelfTestReport& r) { report = r; });
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));
    EXPECT_TRUE(report->chatOpen);
    EXPECT_TRUE(report->missingInOpenChat.contains(QStringLiteral("outgoingMessage")))
        << report->missingInOpenChat.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(report->toText().contains(QStringLiteral("MISSING IN THE OPEN CHAT")))
        << report->toText().toStdString();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed.at(0).at(0).toString().contains(QStringLiteral("outgoingMessage")));
}

TEST_P(WhatsAppTest, SelfTestInAGoodChatReportsNothingMissing)
{
    auto session = readySession();
    WhatsAppWebSender sender(*session, senderOptions);
    ASSERT_EQ(sendAndWait(sender, message(1, kPhone, QStringLiteral("All is well"))).kind,
              SendResult::Kind::Sent);
    QSignalSpy changed(&sender, &Sender::pageChanged);
    std::optional<whatsapp::SelfTestReport> report;
    session->selfTest([&](const whatsapp::SelfTestReport& r) { report = r; });
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));
    EXPECT_TRUE(report->chatOpen);
    EXPECT_TRUE(report->missingInOpenChat.isEmpty())
        << report->missingInOpenChat.join(QLatin1Char(',')).toStdString();
    for (const QString& name :
         {QStringLiteral("outgoingMessage"), QStringLiteral("tick"), QStringLiteral("messageList"),
          QStringLiteral("composeBox"), QStringLiteral("anyMessage")})
        EXPECT_FALSE(report->missing().contains(name)) << name.toStdString();
    EXPECT_TRUE(report->invalid.isEmpty()) << "the built-in pack works in this browser";
    EXPECT_EQ(changed.count(), 0);
}

// After a restart (a new page load on the same profile), the chat of the last confirmed send proves that
// our rows are recognised, so an empty chat can be called empty.
TEST_P(WhatsAppTest, AfterARestartTheChatOfTheLastConfirmedSendProvesOwnRows)
{
    server.scan();
    {
        auto first = startSession();
        ASSERT_TRUE(waitForState(*first, whatsapp::SessionState::Ready));
        WhatsAppWebSender sender(*first, senderOptions);
        ASSERT_EQ(sendAndWait(sender, message(1, kOther, QStringLiteral("Sent before the restart"))).kind,
                  SendResult::Kind::Sent);
    }
    waitUntil([] { return false; }, 300); // the first page's renderer lets go of WhatsApp
    server.addCustomerMessage(kDigits, QStringLiteral("Any news?"));
    const QDateTime claimedAt = QDateTime::currentDateTime().addSecs(-30);
    auto session = startSession();
    ASSERT_TRUE(waitForState(*session, whatsapp::SessionState::Ready)) << session->stateText().toStdString();
    WhatsAppWebSender sender(*session, senderOptions);
    EXPECT_EQ(checkAndWait(sender, message(2, kPhone, QStringLiteral("Your order has shipped")), claimedAt),
              std::optional<bool>(false));
    EXPECT_EQ(server.sent().size(), 1) << "checking sends nothing";
}
