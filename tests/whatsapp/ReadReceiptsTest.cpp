// Read receipts for closed chats (issue 15, section 4), on today's page and yesterday's: the ticks of a
// message whose chat is no longer open are read by opening that chat again, but never a chat whose row in the
// chat list shows unread messages from the customer (opening it would read them: the customer would see blue
// ticks), nor one the list does not show.
//
// How the pages behave (the test page follows the real one): opening a chat reads every unread message of the
// customer in it, and the chat list shows each chat's unread count (`span[aria-label="N unread messages"]`);
// our own rows' ticks move on whether or not their chat is open, and show when the chat is opened again.
#include "whatsapp/WhatsAppFixture.h"

#include <QSignalSpy>

using namespace fd;
using namespace fd::test;
using whatsapp::WhatsAppWebSender;

namespace {

const QString kRead = QStringLiteral("+919876543210");
const QString kReadDigits = QStringLiteral("919876543210");
const QString kReplied = QStringLiteral("+919876543211");
const QString kRepliedDigits = QStringLiteral("919876543211");
const QString kOther = QStringLiteral("+919876543212");

class ReadReceiptsTest : public WhatsAppTest
{
protected:
    // revisit() to its end; what it acknowledged.
    QList<QPair<qint64, QString>> revisitAndWait(Sender& sender, const QString& phone,
                                                 const QHash<QString, qint64>& sent)
    {
        QSignalSpy acks(&sender, &Sender::acknowledged);
        bool done = false;
        sender.revisit(phone, sent, [&] { done = true; });
        EXPECT_TRUE(waitUntil([&] { return done; }, 30000));
        QList<QPair<qint64, QString>> all;
        for (const QList<QVariant>& args : acks)
            all.append({args.at(0).toLongLong(), args.at(1).toString()});
        return all;
    }

    QString serverStatus(const QString& digits)
    {
        const auto sent = server.sentTo(digits);
        return sent.isEmpty() ? QString() : sent.constLast().status;
    }
};

} // namespace

TEST_P(ReadReceiptsTest, ClosedChatsAreRevisitedForTheirTicksWithoutReadingTheCustomersMessages)
{
    server.config().deliveredMs = 50;
    server.config().readMs = scaledMs(1500); // read only after its chat was closed
    auto session = readySession();
    senderOptions.tickWatchMinutes = 0; // no following of the open chat: only revisiting may tell
    WhatsAppWebSender sender(*session, senderOptions);
    const SendResult read = sendAndWait(sender, message(1, kRead, QStringLiteral("Your printer is ready")));
    ASSERT_EQ(read.kind, SendResult::Kind::Sent) << read.reason.toStdString();
    const SendResult replied =
        sendAndWait(sender, message(2, kReplied, QStringLiteral("Your invoice is ready")));
    ASSERT_EQ(replied.kind, SendResult::Kind::Sent) << replied.reason.toStdString();
    // The customer answers; nobody at the desk has read it.
    server.addCustomerMessage(kRepliedDigits, QStringLiteral("Thank you, I will come at 5"));
    ASSERT_EQ(sendAndWait(sender, message(3, kOther, QStringLiteral("Engineer Ravi will visit"))).kind,
              SendResult::Kind::Sent);
    ASSERT_TRUE(waitUntil([&] { return serverStatus(kReadDigits) == QStringLiteral("msg-dblcheck-ack"); }));
    ASSERT_TRUE(
        waitUntil([&] { return serverStatus(kRepliedDigits) == QStringLiteral("msg-dblcheck-ack"); }));
    // The chat list has caught up with the customer's message.
    ASSERT_TRUE(waitUntil([&] {
        return evaluate(*session->page(), QStringLiteral("!!document.querySelector('#pane-side "
                                                         "span[aria-label*=\"unread message\"]')"))
            .toBool();
    }));

    // The closed chat without unread messages: opened again, its message is READ.
    const auto acks = revisitAndWait(sender, kRead, {{read.externalId, 1}});
    EXPECT_EQ(acks, (QList<QPair<qint64, QString>>{{1, QStringLiteral("READ")}}));

    // The chat with the customer's unread answer is not opened: no tick, and the answer stays unread.
    EXPECT_TRUE(revisitAndWait(sender, kReplied, {{replied.externalId, 2}}).isEmpty());
    EXPECT_EQ(server.unreadFromCustomer(kRepliedDigits), 1)
        << "revisiting must not read the customer's messages";

    // A chat the list does not show is not opened either.
    EXPECT_TRUE(
        revisitAndWait(sender, QStringLiteral("+919876543299"), {{QStringLiteral("true_x"), 9}}).isEmpty());
    EXPECT_EQ(server.sent().size(), 3) << "revisiting sends nothing";
}

FD_INSTANTIATE_FOR_BOTH_PAGES(ReadReceiptsTest);
