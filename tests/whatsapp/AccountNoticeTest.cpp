// WhatsApp's own warning about the account on the page (issue 16), on today's page (a banner above the chat
// list) and yesterday's (a popup), on SQLite and PostgreSQL: it pauses the station within one message, with
// WhatsApp's words in the pause; nothing goes while the warning stands, and sending goes on once it is gone
// and an administrator resumed.
#include "automation/dispatch/AccountGuard.h"
#include "whatsapp/StationFixture.h"

using namespace fd;
using namespace fd::test;

namespace {

class AccountNoticeTest : public StationFixture
{
protected:
    int pendingCount()
    {
        return value(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'PENDING'"))
            .toInt();
    }
};

TEST_P(AccountNoticeTest, AWarningOnThePagePausesTheStationWithinOneMessageUntilAnAdminResumes)
{
    server.config().accountNoticeAfterSends = 2; // after the canary and the first customer message
    for (int i = 0; i < 4; ++i)
        queue(QStringLiteral("+9198765432%1").arg(10 + i), QStringLiteral("Message %1").arg(i));

    ASSERT_EQ(runOnce(), Dispatcher::Finish::Paused);
    // The canary, the first message, and at most the one already on its way when the warning appeared.
    EXPECT_GE(server.sent().size(), 2);
    EXPECT_LE(server.sent().size(), 3);
    EXPECT_GE(pendingCount(), 2);
    const std::optional<StationPause> pause = activePause();
    ASSERT_TRUE(pause);
    EXPECT_EQ(pause->reason, AccountGuard::warned().logged);
    EXPECT_TRUE(pause->missing.contains(QStringLiteral("Your account is restricted right now")))
        << pause->missing.toStdString();
    EXPECT_EQ(session->accountNotice(), server.config().accountNotice);
    EXPECT_FALSE(sender->isReady());
    EXPECT_EQ(sender->notReadyReason(), QStringLiteral("WhatsApp shows a warning about this account"));

    // Resumed while the warning still shows: nothing goes.
    const int sentBefore = server.sent().size();
    resume();
    EXPECT_EQ(runOnce(), Dispatcher::Finish::SenderNotReady);
    EXPECT_EQ(server.sent().size(), sentBefore);

    // The warning is gone: the rest goes.
    server.config().accountNoticeAfterSends = -1;
    ASSERT_TRUE(waitUntil([&] { return sender->isReady(); }, scaledMs(10000), 10));
    ASSERT_EQ(runOnce(), Dispatcher::Finish::Done);
    EXPECT_EQ(pendingCount(), 0);
    EXPECT_FALSE(activePause());
}

} // namespace

FD_INSTANTIATE_FOR_STATIONS(AccountNoticeTest);
