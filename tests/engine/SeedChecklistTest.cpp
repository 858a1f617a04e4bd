// The seed's testing checklist, case by case, on SQLite and PostgreSQL.
#include "EngineFixture.h"
#include "automation/dispatch/MessageQueue.h"
#include "automation/events/MessageRetry.h"
#include "automation/outbox/Outbox.h"
#include "models/records/RecordReference.h"
#include "models/repositories/CustomerRepository.h"
#include "models/repositories/MessageLogRepository.h"
#include "models/repositories/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

class SeedChecklist : public EngineTest
{
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(SeedChecklist);

TEST_P(SeedChecklist, EnquiryWithValidPhoneIsSentAndLoggedAsSent)
{
    EnquiryInput input;
    input.customerName = QStringLiteral("Priya");
    input.customerPhone = QStringLiteral("098765-43210");
    input.subject = QStringLiteral("Laser printer");
    auto saved = desk().createEnquiry(input);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    ASSERT_TRUE(saved->message);
    EXPECT_EQ(saved->message->outcome, QueueResult::Outcome::Queued);
    EXPECT_EQ(saved->record.customerPhone, QStringLiteral("+919876543210"));
    EXPECT_TRUE(saved->record.whatsappEnquirySent);
    EXPECT_EQ(statusOf(saved->message->messageId), QStringLiteral("PENDING"));

    ScriptedSender sender;
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(summary.sent, 1);
    EXPECT_EQ(summary.left, 0);
    ASSERT_EQ(sender.delivered().size(), 1);
    const QString text = sender.delivered().first().text;
    EXPECT_EQ(sender.delivered().first().phone, QStringLiteral("+919876543210"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("🛍️ Thank you for your enquiry!"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Hi Priya,")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("📋 Reference: ENQ-%1").arg(saved->record.id, 6, 10, QLatin1Char('0'))));
    EXPECT_TRUE(text.contains(QStringLiteral("📦 Product: Laser printer")));
    EXPECT_TRUE(text.contains(QStringLiteral("— Yamini Infotech\n📞 +91-44-2345-6789")));

    auto row = MessageLogRepository(*connection).get(saved->message->messageId);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(row->status, QStringLiteral("SENT"));
    EXPECT_EQ(row->messageContent, text) << "sent exactly as stored";
    EXPECT_TRUE(row->sentAt.isValid());
    EXPECT_EQ(row->claimedBy, QStringLiteral("desk-1"));
    EXPECT_EQ(row->transport, QStringLiteral("scripted"));
    EXPECT_EQ(row->externalId, QStringLiteral("ext-%1").arg(row->id));
}

TEST_P(SeedChecklist, StaffPhoneIsNeitherSentNorLogged)
{
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("INSERT INTO engineers (name, phone) VALUES (?, ?)"),
                           {QStringLiteral("Suresh"), QStringLiteral("98400 12345")}, QStringLiteral("staff"))
                    .ok());
    EnquiryInput input;
    input.customerName = QStringLiteral("Suresh");
    input.customerPhone = QStringLiteral("+91 98400-12345");
    input.subject = QStringLiteral("Own printer");
    auto saved = desk().createEnquiry(input);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->message->outcome, QueueResult::Outcome::StaffNumber);
    EXPECT_TRUE(saved->message->describe().contains(QStringLiteral("staff number")));
    EXPECT_GT(saved->record.id, 0) << "the enquiry itself is saved";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")), 0);

    // The settings' staff list counts too.
    SharedSettings settings = SharedSettings::load(*connection).value();
    settings.staffPhones = {QStringLiteral("09811122233")};
    ASSERT_TRUE(settings.save(*connection, QStringLiteral("admin")).ok());
    if (deskConnection)
        deskConnection->forget(); // another login's change: the desk would see it within its remembering time
    input.customerPhone = QStringLiteral("+919811122233");
    EXPECT_EQ(desk().createEnquiry(input)->message->outcome, QueueResult::Outcome::StaffNumber);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")), 0);
}

TEST_P(SeedChecklist, OneMessagePerEventPerRecord)
{
    const qint64 id = enquiry(QStringLiteral("9876543210"));
    SharedSettings settings = SharedSettings::load(*connection).value();
    OutgoingEvent event{EventType::EnquiryCreated,
                        id,
                        QStringLiteral("Asha"),
                        QStringLiteral("+919876543210"),
                        QStringLiteral("en"),
                        {{QStringLiteral("enquiry_id"), QStringLiteral("ENQ-1")},
                         {QStringLiteral("subject"), QStringLiteral("x")}},
                        {},
                        {}};
    auto again = Outbox(*connection, settings, clock).queue(event);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->outcome, QueueResult::Outcome::AlreadySent);
    EXPECT_GT(again->messageId, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")), 1);
    ScriptedSender sender;
    dispatchOnce(sender);
    dispatchOnce(sender);
    EXPECT_EQ(sender.delivered().size(), 1);
}

TEST_P(SeedChecklist, ServiceRequestThroughItsLife)
{
    ServiceRequestInput input;
    input.customerName = QStringLiteral("Ravi");
    input.customerPhone = QStringLiteral("+91 98111 11111");
    input.serviceType = QStringLiteral("Printer repair");
    input.scheduledDate = QDate(2026, 11, 30);
    auto created = desk().createServiceRequest(input);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->message->outcome, QueueResult::Outcome::Queued);
    const QString ticket = created->record.ticketId;

    auto assigned = desk().assignEngineer(created->record.id, 0, QStringLiteral("Suresh Kumar"));
    ASSERT_TRUE(assigned.ok());
    EXPECT_EQ(assigned->message->outcome, QueueResult::Outcome::Queued);
    auto same = desk().assignEngineer(created->record.id, 0, QStringLiteral("Suresh Kumar"));
    ASSERT_FALSE(same.ok()) << "the same engineer again changes nothing";
    EXPECT_EQ(same.error().kind, Error::Kind::InvalidInput);
    EXPECT_TRUE(same.error().message.contains(QStringLiteral("already assigned")))
        << same.error().message.toStdString();
    auto reassigned = desk().assignEngineer(created->record.id, 0, QStringLiteral("Another Engineer"));
    ASSERT_TRUE(reassigned.ok());
    EXPECT_EQ(reassigned->message->outcome, QueueResult::Outcome::Queued)
        << "another engineer: the customer is told";
    EXPECT_EQ(reassigned->record.assignedEngineerName, QStringLiteral("Another Engineer"));
    auto back = desk().assignEngineer(created->record.id, 0, QStringLiteral("Suresh Kumar"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->message->outcome, QueueResult::Outcome::AlreadySent)
        << "Suresh was told once: saved, not again";
    EXPECT_TRUE(back->record.whatsappEngineerAssignedSent);

    auto completed = desk().completeService(created->record.id, QDate(2026, 12, 1));
    ASSERT_TRUE(completed.ok());
    EXPECT_EQ(completed->message->outcome, QueueResult::Outcome::Queued);
    EXPECT_TRUE(completed->record.whatsappServiceCompletedSent);

    ScriptedSender sender;
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.sent, 4);
    const auto delivered = sender.delivered();
    ASSERT_EQ(delivered.size(), 4);
    EXPECT_TRUE(delivered[0].text.contains(QStringLiteral("🎫 Ticket: %1").arg(ticket)));
    EXPECT_TRUE(delivered[0].text.contains(QStringLiteral("🔧 Type: Printer repair")));
    EXPECT_TRUE(delivered[0].text.contains(QStringLiteral("📅 Expected: 30 Nov 2026")));
    EXPECT_TRUE(delivered[0].text.contains(
        QStringLiteral("Track status: https://yamini.example.in/track?t=%1").arg(ticket)));
    EXPECT_TRUE(delivered[1].text.startsWith(QStringLiteral("👨‍🔧 Technician Assigned")));
    EXPECT_TRUE(delivered[1].text.contains(QStringLiteral("👤 Technician: Suresh Kumar")));
    EXPECT_TRUE(delivered[2].text.contains(QStringLiteral("👤 Technician: Another Engineer")));
    EXPECT_TRUE(
        delivered[3].text.contains(QStringLiteral("https://yamini.example.in/feedback/%1").arg(ticket)));
    EXPECT_TRUE(delivered[3].text.contains(QStringLiteral("📅 Completed: 1 Dec 2026")));
}

TEST_P(SeedChecklist, DeliveryFailedAndReattempt)
{
    DeliveryInput input;
    input.customerName = QStringLiteral("Meena");
    input.customerPhone = QStringLiteral("9822222222");
    input.reference = QStringLiteral("INV-42");
    input.itemName = QStringLiteral("Toner cartridge");
    auto created = desk().createDelivery(input);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_FALSE(created->message) << "creating a delivery sends nothing";

    auto failed =
        desk().setDeliveryStatus(created->record.id, Delivery::Status::Failed, {}, QStringLiteral("Locked"));
    ASSERT_TRUE(failed.ok());
    EXPECT_EQ(failed->message->outcome, QueueResult::Outcome::Queued);
    auto reattempt =
        desk().setDeliveryStatus(created->record.id, Delivery::Status::Reattempt, QDate(2026, 12, 3), {});
    ASSERT_TRUE(reattempt.ok());
    EXPECT_EQ(reattempt->message->outcome, QueueResult::Outcome::Queued);
    auto same =
        desk().setDeliveryStatus(created->record.id, Delivery::Status::Reattempt, QDate(2026, 12, 3), {});
    ASSERT_FALSE(same.ok()) << "the same date again changes nothing";
    EXPECT_EQ(same.error().kind, Error::Kind::InvalidInput);
    EXPECT_TRUE(same.error().message.contains(QStringLiteral("3 Dec 2026")))
        << same.error().message.toStdString();
    auto second =
        desk().setDeliveryStatus(created->record.id, Delivery::Status::Reattempt, QDate(2026, 12, 5), {});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->message->outcome, QueueResult::Outcome::Queued) << "a new date is a new message";
    EXPECT_TRUE(second->record.whatsappDeliveryReattemptSent);
    auto failedAgain = desk().setDeliveryStatus(created->record.id, Delivery::Status::Failed, {}, {});
    ASSERT_TRUE(failedAgain.ok());
    EXPECT_EQ(failedAgain->message->outcome, QueueResult::Outcome::Queued)
        << "the 5 Dec attempt failed: new fact";
    auto failedTwice =
        desk().setDeliveryStatus(created->record.id, Delivery::Status::Failed, {}, QStringLiteral("x"));
    ASSERT_TRUE(failedTwice.ok());
    EXPECT_EQ(failedTwice->message->outcome, QueueResult::Outcome::AlreadySent)
        << "the same attempt never twice";
    auto delivered = desk().setDeliveryStatus(created->record.id, Delivery::Status::Delivered, {}, {});
    ASSERT_TRUE(delivered.ok());
    EXPECT_FALSE(delivered->message);

    ScriptedSender sender;
    dispatchOnce(sender);
    ASSERT_EQ(sender.delivered().size(), 4);
    EXPECT_TRUE(sender.delivered()[0].text.contains(QStringLiteral("📋 Reference: INV-42")));
    EXPECT_TRUE(sender.delivered()[0].text.contains(QStringLiteral("📦 Item: Toner cartridge")));
    EXPECT_TRUE(sender.delivered()[1].text.startsWith(QStringLiteral("🔄 Delivery Rescheduled")));
    EXPECT_TRUE(sender.delivered()[1].text.contains(QStringLiteral("3 Dec 2026")));
    EXPECT_TRUE(sender.delivered()[2].text.contains(QStringLiteral("5 Dec 2026")));
    EXPECT_TRUE(sender.delivered()[3].text.contains(QStringLiteral("📋 Reference: INV-42")));
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM whatsapp_message_logs WHERE event_type = 'DELIVERY_REATTEMPT' "
                  "AND event_fact IN ('2026-12-03', '2026-12-05')")),
              2);
}

TEST_P(SeedChecklist, RetryOfAFailedMessageIsForAdminsOnly)
{
    const qint64 id = enquiry(QStringLiteral("9876543210"));
    Q_UNUSED(id)
    ScriptedSender sender;
    sender.script({SendResult::permanent(QStringLiteral("not a WhatsApp number"))});
    Dispatcher::Summary summary;
    dispatchOnce(sender, &summary);
    EXPECT_EQ(summary.failed, 1);
    const qint64 messageId = MessageLogRepository(*connection)
                                 .find(QStringLiteral("enquiry"), id, QStringLiteral("ENQUIRY_CREATED"))
                                 .value()
                                 ->id;
    EXPECT_EQ(statusOf(messageId), QStringLiteral("FAILED"));
    auto refused = retryMessages(*connection, {messageId}, /*isAdmin=*/false, clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(statusOf(messageId), QStringLiteral("FAILED"));

    auto retried = retryMessages(*connection, {messageId}, /*isAdmin=*/true, clock);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->retried, 1);
    EXPECT_EQ(statusOf(messageId), QStringLiteral("RETRYING"));
    dispatchOnce(sender);
    auto row = MessageLogRepository(*connection).get(messageId);
    EXPECT_EQ(row->status, QStringLiteral("SENT"));
    EXPECT_EQ(row->retryCount, 1);
    EXPECT_TRUE(row->errorMessage.isEmpty());
}

TEST_P(SeedChecklist, UnparsablePhoneIsRefusedAndNothingIsSaved)
{
    EnquiryInput input;
    input.customerName = QStringLiteral("Typo");
    input.customerPhone = QStringLiteral("98765");
    auto saved = desk().createEnquiry(input);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, Error::Kind::InvalidInput);
    EXPECT_FALSE(saved.error().message.isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM enquiries")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs")), 0);
}

TEST_P(SeedChecklist, LandlineAndOptedOutAreSavedAndSkipped)
{
    EnquiryInput input;
    input.customerName = QStringLiteral("Office");
    input.customerPhone = QStringLiteral("080 2222 3333");
    auto landline = desk().createEnquiry(input);
    ASSERT_TRUE(landline.ok()) << landline.error().message.toStdString();
    EXPECT_EQ(landline->message->outcome, QueueResult::Outcome::Skipped);
    EXPECT_EQ(statusOf(landline->message->messageId), QStringLiteral("SKIPPED"));

    ASSERT_TRUE(CustomerRepository(*connection)
                    .setOptedOut(QStringLiteral("+919800000077"), true, QStringLiteral("No"))
                    .ok());
    input.customerPhone = QStringLiteral("98000 00077");
    auto optedOut = desk().createEnquiry(input);
    ASSERT_TRUE(optedOut.ok());
    EXPECT_EQ(optedOut->message->outcome, QueueResult::Outcome::Skipped);
    EXPECT_EQ(optedOut->message->reason, QStringLiteral("customer opted out"));
    auto row = MessageLogRepository(*connection).get(optedOut->message->messageId);
    EXPECT_EQ(row->errorMessage, QStringLiteral("customer opted out"));

    ScriptedSender sender;
    dispatchOnce(sender);
    EXPECT_TRUE(sender.delivered().isEmpty());
}

TEST_P(SeedChecklist, MissingLinkSettingIsAClearFailureNotAHole)
{
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("DELETE FROM settings WHERE key = ?"),
                           {QStringLiteral("links.tracking")}, QStringLiteral("delete"))
                    .ok());
    ServiceRequestInput input;
    input.customerName = QStringLiteral("Ravi");
    input.customerPhone = QStringLiteral("9811111111");
    input.serviceType = QStringLiteral("AMC visit");
    input.scheduledDate = QDate(2026, 11, 30);
    auto created = desk().createServiceRequest(input);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->message->outcome, QueueResult::Outcome::TemplateError);
    EXPECT_EQ(created->message->reason, QStringLiteral("the tracking link is not set in Settings"));
    EXPECT_EQ(statusOf(created->message->messageId), QStringLiteral("FAILED"));
}

// The enquiry's number is known only once the row is written (on PostgreSQL by the same call that queues
// the message): wherever a template names it, the message and its kept values carry it.
TEST_P(SeedChecklist, EnquiryMessageCarriesItsReferenceWhereverTheTemplateNamesIt)
{
    ASSERT_TRUE(
        SettingsRepository(*connection)
            .setValue(Outbox::templateSettingKey(EventType::EnquiryCreated, QStringLiteral("en")),
                      QStringLiteral("{enquiry_id}: {{{subject}}} for {customer_name}, again {enquiry_id}"),
                      QStringLiteral("admin"))
            .ok());
    EnquiryInput input;
    input.customerName = QStringLiteral("Ravi {enquiry_id}"); // a value is never expanded again
    input.customerPhone = QStringLiteral("98111 22233");
    input.subject = QStringLiteral("Toner");
    auto saved = desk().createEnquiry(input);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString() << saved.error().detail.toStdString();
    ASSERT_EQ(saved->message->outcome, QueueResult::Outcome::Queued);
    const QString reference = enquiryReference(saved->record.id);
    auto row = MessageLogRepository(*connection).get(saved->message->messageId);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(row->messageContent,
              QStringLiteral("%1: {Toner} for Ravi {enquiry_id}, again %1").arg(reference));
    const QJsonObject params = QJsonDocument::fromJson(row->templateParams.toUtf8()).object();
    EXPECT_EQ(params.value(QStringLiteral("enquiry_id")).toString(), reference);
    EXPECT_EQ(params.value(QStringLiteral("subject")).toString(), QStringLiteral("Toner"));
    EXPECT_EQ(row->referenceId, saved->record.id);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM enquiries WHERE id = ? AND whatsapp_enquiry_sent = ?"),
              {saved->record.id, true}),
        1);
}

// An opted-out customer gets no message even when the template is broken: skipped, not failed.
TEST_P(SeedChecklist, OptedOutBeatsABrokenTemplate)
{
    SharedSettings settings = SharedSettings::load(*connection).value();
    settings.companyPhone.clear(); // the template's {company_phone} cannot be filled
    ASSERT_TRUE(settings.save(*connection, QStringLiteral("admin")).ok());
    EnquiryInput input;
    input.customerName = QStringLiteral("Meena");
    input.customerPhone = QStringLiteral("98000 00078");
    auto broken = desk().createEnquiry(input);
    ASSERT_TRUE(broken.ok());
    EXPECT_EQ(broken->message->outcome, QueueResult::Outcome::TemplateError);
    EXPECT_EQ(statusOf(broken->message->messageId), QStringLiteral("FAILED"));

    ASSERT_TRUE(CustomerRepository(*connection).setOptedOut(QStringLiteral("+919800000078"), true, {}).ok());
    auto optedOut = desk().createEnquiry(input);
    ASSERT_TRUE(optedOut.ok());
    EXPECT_EQ(optedOut->message->outcome, QueueResult::Outcome::Skipped);
    EXPECT_EQ(statusOf(optedOut->message->messageId), QStringLiteral("SKIPPED"));
    EXPECT_EQ(MessageLogRepository(*connection).get(optedOut->message->messageId)->errorMessage,
              QStringLiteral("customer opted out"));
}

// PostgreSQL writes the enquiry's reference itself (migration 0011): the same as the desk's, at any size.
TEST_P(SeedChecklist, DatabaseAndDeskWriteTheSameEnquiryReference)
{
    if (GetParam() != Dialect::Postgres)
        GTEST_SKIP() << "only PostgreSQL numbers enquiries in the same call";
    for (qint64 id : {1LL, 42LL, 999999LL, 1000000LL, 123456789LL}) {
        auto reference = connection->scalar(QStringLiteral("SELECT frontdesk_enquiry_reference(?)"), {id},
                                            QStringLiteral("reference"));
        ASSERT_TRUE(reference.ok());
        EXPECT_EQ(reference->toString(), enquiryReference(id)) << id;
    }
}
