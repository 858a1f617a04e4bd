// No save is ever doubled (issue 17): the server committed a desk action but its answer was lost (the proxy
// throws it away and cuts the connection right after the desk action's one call, which commits by itself).
// The desk's second try, with the same key, gets the first result: one record, one message. As a real
// reception login, for every desk action, and through the enquiry form's own automatic second try. PostgreSQL
// only: an SQLite file has no answer to lose (the same-key path is tests/engine/NoSaveDoubledTest).
#include "GuiFixture.h"
#include "TcpProxy.h"
#include "automation/events/DeskActions.h"
#include "ui/common/PreviewTemplates.h"
#include "ui/enquiries/EnquiriesTab.h"

#include <QLabel>
#include <QScopeGuard>

namespace fd::test {
namespace {

class AnswerLostTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        if (GetParam() != Dialect::Postgres)
            GTEST_SKIP() << "an SQLite file has no answer to lose: NoSaveDoubledTest repeats the key there";
        reception = addUser(AppUser::Role::Reception);
        proxy = std::make_unique<TcpProxy>(static_cast<quint16>(database->spec().port));
        ASSERT_TRUE(proxy->start());
        viaProxy = database->spec();
        viaProxy.host = QStringLiteral("127.0.0.1");
        viaProxy.port = proxy->port();
        viaProxy.user = reception.login;
        viaProxy.password = QStringLiteral("counter-pass-1");
        viaProxy.connectTimeoutSeconds = 2;
        desk = std::make_unique<DatabaseWorker>(viaProxy, QStringLiteral("answer-lost"));
    }

    void TearDown() override
    {
        // The proxy runs on this thread: it lets go before the worker (which may wait on it) is destroyed.
        if (proxy)
            proxy->stop();
        desk.reset();
        proxy.reset();
        DeskTest::TearDown();
    }

    template<typename Job> auto run(Job job)
    {
        auto future = desk->run(std::move(job));
        EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, 30000));
        return future.result();
    }

    // Runs `job` (a desk action with `key`, one call that commits by itself on PostgreSQL) with the answer to
    // it lost, then again as the desk's second try does; returns the second try's result.
    template<typename Job> auto lostThenAgain(const QString& key, Job job)
    {
        const QByteArray sentKey = key.toUtf8();
        proxy->cutAnswerTo([sentKey](const QByteArray& sent) { return sent.contains(sentKey); });
        auto lost = run(job);
        EXPECT_TRUE(proxy->answerCut()) << "the desk never sent its key";
        EXPECT_FALSE(lost.ok()) << "the answer was lost, the desk cannot know";
        if (!lost.ok()) {
            EXPECT_EQ(lost.error().kind, Error::Kind::Unavailable) << lost.error().message.toStdString();
        }
        auto again = run(job);
        EXPECT_TRUE(again.ok()) << again.error().message.toStdString() << again.error().detail.toStdString();
        return again;
    }

    int messages(const char* event)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = ?"),
                     {QString::fromLatin1(event)});
    }

    AppUser reception;
    std::unique_ptr<TcpProxy> proxy;
    ConnectionSpec viaProxy;
    std::unique_ptr<DatabaseWorker> desk;
};

TEST_P(AnswerLostTest, AnEnquiryAndAServiceRequestWhoseAnswerWasLostAreSavedOnce)
{
    EnquiryInput enquiry;
    enquiry.customerName = QStringLiteral("Asha");
    enquiry.customerPhone = QStringLiteral("98765 22222");
    enquiry.subject = QStringLiteral("Laser printer");
    enquiry.createdBy = reception.login;
    enquiry.actionKey = DeskActions::newActionKey();
    auto savedEnquiry = lostThenAgain(
        enquiry.actionKey, [enquiry](Connection& c) { return DeskActions(c).createEnquiry(enquiry); });
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 1);
    EXPECT_EQ(messages("ENQUIRY_CREATED"), 1);
    if (savedEnquiry.ok()) {
        EXPECT_EQ(count(QStringLiteral("SELECT id FROM enquiries")), savedEnquiry->record.id);
        ASSERT_TRUE(savedEnquiry->message);
        EXPECT_EQ(savedEnquiry->message->outcome, QueueResult::Outcome::Queued);
    }

    ServiceRequestInput request;
    request.customerName = QStringLiteral("Kavya");
    request.customerPhone = QStringLiteral("98765 43210");
    request.serviceType = QStringLiteral("Printer repair");
    request.scheduledDate = QDate(2026, 12, 5);
    request.createdBy = reception.login;
    request.actionKey = DeskActions::newActionKey();
    auto savedRequest = lostThenAgain(
        request.actionKey, [request](Connection& c) { return DeskActions(c).createServiceRequest(request); });
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 1);
    EXPECT_EQ(messages("SERVICE_CREATED"), 1);
    if (savedRequest.ok()) {
        EXPECT_EQ(count(QStringLiteral("SELECT id FROM complaints")), savedRequest->record.id);
    }
}

TEST_P(AnswerLostTest, AnAssignmentAndACompletionWhoseAnswerWasLostAreDoneOnce)
{
    ServiceRequestInput input;
    input.customerName = QStringLiteral("Kavya");
    input.customerPhone = QStringLiteral("98765 43210");
    input.serviceType = QStringLiteral("Printer repair");
    input.scheduledDate = QDate(2026, 12, 5);
    auto created = run([input](Connection& c) { return DeskActions(c).createServiceRequest(input); });
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const qint64 id = created->record.id;
    const qint64 engineer = count(QStringLiteral("SELECT id FROM engineers WHERE name = 'Ravi Kumar'"));

    const QString assignKey = DeskActions::newActionKey();
    auto assigned = lostThenAgain(assignKey, [id, engineer, assignKey](Connection& c) {
        return DeskActions(c).assignEngineer(id, engineer, QStringLiteral("Ravi Kumar"), assignKey);
    });
    if (assigned.ok()) {
        EXPECT_EQ(assigned->record.assignedEngineerId, engineer);
    }
    EXPECT_EQ(messages("ENGINEER_ASSIGNED"), 1);

    const QString completeKey = DeskActions::newActionKey();
    auto completed = lostThenAgain(completeKey, [id, completeKey](Connection& c) {
        return DeskActions(c).completeService(id, QDate(2026, 12, 6), completeKey);
    });
    if (completed.ok()) {
        EXPECT_EQ(completed->record.status, ServiceRequest::Status::Completed);
    }
    EXPECT_EQ(messages("SERVICE_COMPLETED"), 1);
}

TEST_P(AnswerLostTest, ADeliveryAndItsStatusesWhoseAnswerWasLostAreDoneOnce)
{
    DeliveryInput input;
    input.customerName = QStringLiteral("Meena");
    input.customerPhone = QStringLiteral("98765 11111");
    input.itemName = QStringLiteral("Toner");
    input.reference = QStringLiteral("DC-77");
    input.scheduledDate = QDate(2026, 12, 4);
    input.actionKey = DeskActions::newActionKey();
    auto created = lostThenAgain(input.actionKey,
                                 [input](Connection& c) { return DeskActions(c).createDelivery(input); });
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 1);
    const qint64 id = created->record.id;

    const QString failedKey = DeskActions::newActionKey();
    auto failed = lostThenAgain(failedKey, [id, failedKey](Connection& c) {
        return DeskActions(c).setDeliveryStatus(id, Delivery::Status::Failed, {}, QStringLiteral("locked"),
                                                failedKey);
    });
    if (failed.ok()) {
        ASSERT_TRUE(failed->message);
        EXPECT_EQ(failed->message->outcome, QueueResult::Outcome::Queued);
    }
    EXPECT_EQ(messages("DELIVERY_FAILED"), 1);

    const QString reattemptKey = DeskActions::newActionKey();
    auto reattempt = lostThenAgain(reattemptKey, [id, reattemptKey](Connection& c) {
        return DeskActions(c).setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 8), {},
                                                reattemptKey);
    });
    if (reattempt.ok()) {
        EXPECT_EQ(reattempt->record.reattemptDate, QDate(2026, 12, 8));
    }
    EXPECT_EQ(messages("DELIVERY_REATTEMPT"), 1);
}

// The form's own second try: the answer to its save is lost, the desk says the database cannot be reached and
// keeps the form; when the database answers again it saves by itself, with the same key: one enquiry.
TEST_P(AnswerLostTest, TheEnquiryFormsOwnSecondTryAfterALostAnswerSavesOnce)
{
    auto previews = desk->run([](Connection& c) { return PreviewTemplates::load(c); });
    ASSERT_TRUE(waitUntil([&] { return previews.isFinished(); }));
    ASSERT_TRUE(previews.result().ok());
    DeskContext context{*desk, SignedInUser{reception, Dialect::Postgres}, previews.result().value()};
    EnquiriesTab tab(context);
    tab.show();
    QTest::qWait(300); // the list's first query is answered

    // The name is in the save's values only (the statement itself was prepared without them).
    proxy->cutAnswerTo([](const QByteArray& sent) { return sent.contains("Lost Answer"); });
    type(&tab, "enquiryName", QStringLiteral("Lost Answer"));
    type(&tab, "enquiryPhoneEdit", QStringLiteral("98765 33333"));
    type(&tab, "enquirySubject", QStringLiteral("Scanner"));
    click(&tab, "enquirySave");
    auto* name = child<QLineEdit>(&tab, "enquiryName");
    auto* status = child<QLabel>(&tab, "enquiryStatus");
    ASSERT_TRUE(waitUntil([&] { return proxy->answerCut() && name->isEnabled(); }))
        << status->text().toStdString();
    EXPECT_EQ(name->text(), QStringLiteral("Lost Answer")) << "the form keeps what was typed";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 1) << "the server did commit it";

    tab.refresh(); // any next query finds the database back, and the form tries again
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("queued")); }))
        << status->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries WHERE customer_name = 'Lost Answer'")), 1);
    EXPECT_EQ(messages("ENQUIRY_CREATED"), 1);
    EXPECT_TRUE(name->text().isEmpty()) << "saved: the form is ready for the next customer";
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(AnswerLostTest);

} // namespace
} // namespace fd::test
