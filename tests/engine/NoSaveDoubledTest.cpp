// No save is ever doubled (issue 17): every desk action with the same key, done again (the desk's second try
// after the answer to a committed save was lost), returns the first result and writes nothing: one record,
// one message. Both dialects; the lost answer itself is tests/gui/AnswerLostTest.
#include "EngineFixture.h"
#include "models/records/RecordReference.h"
#include "models/repositories/ServiceRequestRepository.h"

namespace fd::test {
namespace {

class NoSaveDoubledTest : public EngineTest
{
protected:
    int messages(const char* event)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs WHERE event_type = ?"),
                     {QString::fromLatin1(event)});
    }

    ServiceRequestInput serviceInput(const QString& key)
    {
        ServiceRequestInput input;
        input.customerName = QStringLiteral("Kavya");
        input.customerPhone = QStringLiteral("98765 43210");
        input.serviceType = QStringLiteral("Printer repair");
        input.scheduledDate = QDate(2026, 12, 5);
        input.createdBy = QStringLiteral("priya");
        input.actionKey = key;
        return input;
    }

    DeliveryInput deliveryInput(const QString& key)
    {
        DeliveryInput input;
        input.customerName = QStringLiteral("Meena");
        input.customerPhone = QStringLiteral("98765 11111");
        input.itemName = QStringLiteral("Toner");
        input.reference = QStringLiteral("DC-77");
        input.scheduledDate = QDate(2026, 12, 4);
        input.actionKey = key;
        return input;
    }
};

TEST_P(NoSaveDoubledTest, AnEnquirySavedAgainWithItsKeyIsTheFirstOne)
{
    EnquiryInput input;
    input.customerName = QStringLiteral("Asha");
    input.customerPhone = QStringLiteral("98765 22222");
    input.subject = QStringLiteral("Laser printer");
    input.actionKey = DeskActions::newActionKey();
    auto first = desk().createEnquiry(input);
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    auto again = desk().createEnquiry(input);
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    EXPECT_EQ(again->record.id, first->record.id);
    EXPECT_EQ(again->record.subject, QStringLiteral("Laser printer"));
    ASSERT_TRUE(again->message && first->message);
    EXPECT_EQ(again->message->outcome, QueueResult::Outcome::Queued);
    EXPECT_EQ(again->message->messageId, first->message->messageId);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 1);
    EXPECT_EQ(messages("ENQUIRY_CREATED"), 1);

    // Another form fill (a new key) is another enquiry: the key is what makes it the same.
    input.actionKey = DeskActions::newActionKey();
    auto other = desk().createEnquiry(input);
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other->record.id, first->record.id);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enquiries")), 2);
    EXPECT_EQ(messages("ENQUIRY_CREATED"), 2);
}

TEST_P(NoSaveDoubledTest, AnOptedOutCustomersEnquiryAgainIsTheSameSkippedOne)
{
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("INSERT INTO customers (name, phone, opted_out) VALUES (?, ?, ?)"),
                           {QStringLiteral("Asha"), QStringLiteral("+919876522222"), true},
                           QStringLiteral("opt out"))
                    .ok());
    EnquiryInput input;
    input.customerName = QStringLiteral("Asha");
    input.customerPhone = QStringLiteral("98765 22222");
    input.subject = QStringLiteral("Laser printer");
    input.actionKey = DeskActions::newActionKey();
    auto first = desk().createEnquiry(input);
    ASSERT_TRUE(first.ok() && first->message);
    ASSERT_EQ(first->message->outcome, QueueResult::Outcome::Skipped);
    auto again = desk().createEnquiry(input);
    ASSERT_TRUE(again.ok() && again->message);
    EXPECT_EQ(again->record.id, first->record.id);
    EXPECT_EQ(again->message->outcome, QueueResult::Outcome::Skipped);
    EXPECT_EQ(again->message->loggedReason(), first->message->loggedReason());
    EXPECT_EQ(messages("ENQUIRY_CREATED"), 1);
}

TEST_P(NoSaveDoubledTest, AServiceRequestSavedAgainWithItsKeyIsTheFirstOne)
{
    const ServiceRequestInput input = serviceInput(DeskActions::newActionKey());
    auto first = desk().createServiceRequest(input);
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    auto again = desk().createServiceRequest(input);
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    EXPECT_EQ(again->record.id, first->record.id);
    EXPECT_EQ(again->record.ticketId, first->record.ticketId);
    ASSERT_TRUE(again->message && first->message);
    EXPECT_EQ(again->message->messageId, first->message->messageId);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 1);
    EXPECT_EQ(messages("SERVICE_CREATED"), 1);
}

// The one-call save on PostgreSQL returns what the transaction did: the stored request, its ticket in the
// message's text and tracking link, its flag set.
TEST_P(NoSaveDoubledTest, AServiceRequestsSaveReturnsItAsStoredWithItsTicketInTheMessage)
{
    auto saved = desk().createServiceRequest(serviceInput(DeskActions::newActionKey()));
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    auto stored = ServiceRequestRepository(*connection).get(saved->record.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(saved->record.ticketId, stored->ticketId);
    EXPECT_EQ(stored->ticketId, serviceTicket(saved->record.id));
    EXPECT_EQ(saved->record.customerId, stored->customerId);
    EXPECT_EQ(saved->record.status, stored->status);
    EXPECT_EQ(saved->record.scheduledDate, stored->scheduledDate);
    EXPECT_TRUE(stored->whatsappServiceCreatedSent);
    EXPECT_EQ(saved->record.whatsappServiceCreatedSent, stored->whatsappServiceCreatedSent);
    ASSERT_TRUE(saved->message);
    EXPECT_EQ(saved->message->outcome, QueueResult::Outcome::Queued);
    auto text = connection->scalar(
        QStringLiteral(
            "SELECT message_content || ' ' || template_params FROM whatsapp_message_logs WHERE id = ?"),
        {saved->message->messageId}, QStringLiteral("text"));
    ASSERT_TRUE(text.ok());
    const QString content = text->toString();
    EXPECT_TRUE(content.contains(QStringLiteral("track?t=") + stored->ticketId)) << content.toStdString();
    EXPECT_FALSE(content.contains(QStringLiteral("FDTICKET"))) << content.toStdString();
    EXPECT_GE(content.count(stored->ticketId), 2) << content.toStdString(); // in the text and in the values
}

TEST_P(NoSaveDoubledTest, AnEngineerAssignedAgainWithItsKeyIsTheFirstAssignment)
{
    auto request = desk().createServiceRequest(serviceInput({}));
    ASSERT_TRUE(request.ok());
    const QString key = DeskActions::newActionKey();
    auto first = desk().assignEngineer(request->record.id, 0, QStringLiteral("Suresh Kumar"), key);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // Without the key this is refused ("already assigned"); with it, it is the first one, done.
    auto again = desk().assignEngineer(request->record.id, 0, QStringLiteral("Suresh Kumar"), key);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->record.assignedEngineerName, QStringLiteral("Suresh Kumar"));
    ASSERT_TRUE(again->message && first->message);
    EXPECT_EQ(again->message->messageId, first->message->messageId);
    EXPECT_EQ(messages("ENGINEER_ASSIGNED"), 1);
}

TEST_P(NoSaveDoubledTest, AServiceCompletedAgainWithItsKeyIsTheFirstCompletion)
{
    auto request = desk().createServiceRequest(serviceInput({}));
    ASSERT_TRUE(request.ok());
    ASSERT_TRUE(desk().assignEngineer(request->record.id, 0, QStringLiteral("Suresh Kumar")).ok());
    const QString key = DeskActions::newActionKey();
    auto first = desk().completeService(request->record.id, QDate(2026, 12, 6), key);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto again = desk().completeService(request->record.id, QDate(2026, 12, 6), key);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->record.status, ServiceRequest::Status::Completed);
    ASSERT_TRUE(again->message && first->message);
    EXPECT_EQ(again->message->messageId, first->message->messageId);
    EXPECT_EQ(messages("SERVICE_COMPLETED"), 1);
}

TEST_P(NoSaveDoubledTest, ADeliveryAndItsStatusesAgainWithTheirKeysAreTheFirstOnes)
{
    const DeliveryInput input = deliveryInput(DeskActions::newActionKey());
    auto first = desk().createDelivery(input);
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    auto again = desk().createDelivery(input);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->record.id, first->record.id);
    EXPECT_FALSE(again->message.has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 1);
    const qint64 id = first->record.id;

    const QString failedKey = DeskActions::newActionKey();
    auto failed =
        desk().setDeliveryStatus(id, Delivery::Status::Failed, {}, QStringLiteral("locked"), failedKey);
    ASSERT_TRUE(failed.ok() && failed->message);
    auto failedAgain =
        desk().setDeliveryStatus(id, Delivery::Status::Failed, {}, QStringLiteral("locked"), failedKey);
    ASSERT_TRUE(failedAgain.ok() && failedAgain->message);
    EXPECT_EQ(failedAgain->message->outcome,
              QueueResult::Outcome::Queued); // not "already sent": the same one
    EXPECT_EQ(failedAgain->message->messageId, failed->message->messageId);
    EXPECT_EQ(messages("DELIVERY_FAILED"), 1);

    const QString reattemptKey = DeskActions::newActionKey();
    auto reattempt =
        desk().setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 8), {}, reattemptKey);
    ASSERT_TRUE(reattempt.ok() && reattempt->message);
    // Without the key the same date again is refused; with it, it is the first one, done.
    auto reattemptAgain =
        desk().setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 8), {}, reattemptKey);
    ASSERT_TRUE(reattemptAgain.ok()) << reattemptAgain.error().message.toStdString();
    EXPECT_EQ(reattemptAgain->record.reattemptDate, QDate(2026, 12, 8));
    EXPECT_EQ(reattemptAgain->message->messageId, reattempt->message->messageId);
    EXPECT_EQ(messages("DELIVERY_REATTEMPT"), 1);

    const QString deliveredKey = DeskActions::newActionKey();
    ASSERT_TRUE(desk().setDeliveryStatus(id, Delivery::Status::Delivered, {}, {}, deliveredKey).ok());
    auto deliveredAgain = desk().setDeliveryStatus(id, Delivery::Status::Delivered, {}, {}, deliveredKey);
    ASSERT_TRUE(deliveredAgain.ok());
    EXPECT_EQ(deliveredAgain->record.status, Delivery::Status::Delivered);
    EXPECT_FALSE(deliveredAgain->message.has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM whatsapp_message_logs")), 2);
}

// A key is one action: used for another one it is refused, and nothing is written.
TEST_P(NoSaveDoubledTest, AKeyOfAnotherActionIsRefused)
{
    const QString key = DeskActions::newActionKey();
    ASSERT_TRUE(desk().createServiceRequest(serviceInput(key)).ok());
    auto delivery = desk().createDelivery(deliveryInput(key));
    ASSERT_FALSE(delivery.ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM desk_action_keys")), 1);
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(NoSaveDoubledTest);

} // namespace
} // namespace fd::test
