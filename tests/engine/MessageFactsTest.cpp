// Issue 20's wrong messages, at the engine: a message whose template could not be filled is never sent as the
// template, and an administrator's retry fills it from its record and today's settings or refuses with the
// reason (rows of other programs still go exactly as stored); one message per event, record and fact (a new
// re-attempt date or another engineer is told, the same one never twice). On SQLite and PostgreSQL.
#include "EngineFixture.h"
#include "automation/events/MessageRetry.h"
#include "automation/outbox/MissingSettings.h"
#include "models/repositories/MessageLogRepository.h"
#include "models/repositories/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <string>

using namespace fd;
using namespace fd::test;

namespace {

class MessageFacts : public EngineTest
{
protected:
    void setSetting(const char* key, const QString& value)
    {
        ASSERT_TRUE(SettingsRepository(*connection)
                        .setValue(QLatin1String(key), value, QStringLiteral("admin"))
                        .ok());
    }

    MessageLogEntry row(qint64 id)
    {
        auto entry = MessageLogRepository(*connection).get(id);
        EXPECT_TRUE(entry.ok());
        return entry.ok() ? entry.value() : MessageLogEntry();
    }

    // A request assigned to an engineer and completed, with whatever settings there are now.
    Saved<ServiceRequest> completedRequest(const QString& phone = QStringLiteral("+91 98111 11111"))
    {
        ServiceRequestInput input;
        input.customerName = QStringLiteral("Ravi");
        input.customerPhone = phone;
        input.serviceType = QStringLiteral("Printer repair");
        input.scheduledDate = QDate(2026, 11, 30);
        auto created = desk().createServiceRequest(input);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        auto assigned = desk().assignEngineer(created->record.id, 0, QStringLiteral("Suresh Kumar"));
        EXPECT_TRUE(assigned.ok());
        auto completed = desk().completeService(created->record.id, QDate(2026, 12, 1));
        EXPECT_TRUE(completed.ok()) << completed.error().message.toStdString();
        return completed.value();
    }

    static bool hasPlaceholder(const QString& text)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{[a-z0-9_]+\\}"));
        return placeholder.match(text).hasMatch();
    }
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(MessageFacts);

TEST_P(MessageFacts, AMessageThatCouldNotBeFilledIsNeverSentAndARetryFillsItFromTodaysSettings)
{
    setSetting(SharedSettings::kFeedbackLink, QString()); // as a first run left it
    const Saved<ServiceRequest> completed = completedRequest();
    ASSERT_TRUE(completed.message);
    EXPECT_EQ(completed.message->outcome, QueueResult::Outcome::TemplateError);
    EXPECT_EQ(completed.message->reason, QStringLiteral("the feedback link is not set in Settings"));
    const qint64 id = completed.message->messageId;
    MessageLogEntry logged = row(id);
    EXPECT_EQ(logged.status, QStringLiteral("FAILED"));
    EXPECT_TRUE(logged.needsRender);
    EXPECT_EQ(logged.errorMessage, QStringLiteral("the feedback link is not set in Settings"));
    EXPECT_TRUE(logged.messageContent.contains(QStringLiteral("{feedback_link}")))
        << "the template, kept as it is";

    // Nothing can put it back in the queue as it is: the database itself refuses.
    auto forced =
        connection->exec(QStringLiteral("UPDATE whatsapp_message_logs SET status = 'PENDING' WHERE id = ?"),
                         {id}, QStringLiteral("force"));
    EXPECT_FALSE(forced.ok()) << "an unrendered message was put back in the queue";

    // Retried while the link is still missing: refused with the reason, still FAILED, still unrendered.
    auto refused = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(refused.ok()) << refused.error().message.toStdString()
                              << refused.error().detail.toStdString();
    EXPECT_EQ(refused->retried, 0);
    ASSERT_EQ(refused->refused.size(), 1);
    EXPECT_EQ(refused->refused.first().reason, QStringLiteral("the feedback link is not set in Settings"));
    EXPECT_EQ(row(id).status, QStringLiteral("FAILED"));
    EXPECT_TRUE(row(id).needsRender);

    ScriptedSender sender;
    dispatchOnce(sender);
    for (const auto& sent : sender.delivered())
        EXPECT_FALSE(hasPlaceholder(sent.text)) << sent.text.toStdString();
    EXPECT_EQ(sender.delivered().size(), 2) << "created and assigned went; completed waits for the admin";

    // The admin fills the link in and retries: the message is filled from the record and goes.
    setSetting(SharedSettings::kFeedbackLink,
               QStringLiteral("https://yamini.example.in/feedback/{ticket_id}"));
    auto retried = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->retried, 1);
    EXPECT_EQ(retried->refilled, 1);
    EXPECT_TRUE(retried->refused.isEmpty());
    logged = row(id);
    EXPECT_EQ(logged.status, QStringLiteral("RETRYING"));
    EXPECT_FALSE(logged.needsRender);
    EXPECT_TRUE(logged.errorMessage.isEmpty());
    EXPECT_FALSE(hasPlaceholder(logged.messageContent)) << logged.messageContent.toStdString();
    const QString link =
        QStringLiteral("https://yamini.example.in/feedback/%1").arg(completed.record.ticketId);
    EXPECT_TRUE(logged.messageContent.contains(link)) << logged.messageContent.toStdString();
    EXPECT_TRUE(logged.messageContent.contains(QStringLiteral("Hi Ravi")));
    EXPECT_EQ(QJsonDocument::fromJson(logged.templateParams.toUtf8())
                  .object()
                  .value(QStringLiteral("feedback_link"))
                  .toString(),
              link);

    dispatchOnce(sender);
    ASSERT_EQ(sender.delivered().size(), 3);
    EXPECT_EQ(sender.delivered().last().text, logged.messageContent);
    EXPECT_EQ(row(id).status, QStringLiteral("SENT"));
}

TEST_P(MessageFacts, TheEnquirysOneCallKeepsAnUnfilledMessageUnrenderedAndARetryFillsItsReference)
{
    setSetting(SharedSettings::kCompanyName, QString());
    EnquiryInput input;
    input.customerName = QStringLiteral("Asha");
    input.customerPhone = QStringLiteral("98765 43210");
    input.subject = QStringLiteral("Laser printer");
    auto saved = desk().createEnquiry(input);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString() << saved.error().detail.toStdString();
    EXPECT_EQ(saved->message->outcome, QueueResult::Outcome::TemplateError);
    EXPECT_EQ(saved->message->reason, QStringLiteral("the company name is not set in Settings"));
    const qint64 id = saved->message->messageId;
    EXPECT_TRUE(row(id).needsRender);
    EXPECT_EQ(row(id).status, QStringLiteral("FAILED"));

    setSetting(SharedSettings::kCompanyName, QStringLiteral("Yamini Infotech"));
    auto retried = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->refilled, 1);
    const QString text = row(id).messageContent;
    EXPECT_TRUE(
        text.contains(QStringLiteral("Reference: ENQ-%1").arg(saved->record.id, 6, 10, QLatin1Char('0'))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Yamini Infotech")));
    EXPECT_FALSE(hasPlaceholder(text));
}

TEST_P(MessageFacts, ARowAnotherProgramWroteIsRetriedExactlyAsStoredBracesAndAll)
{
    const QString stored = QStringLiteral("Hello {customer_name}, your order {{42}} is ready");
    auto inserted = connection->scalar(
        QStringLiteral(
            "INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, message_content, "
            "status, reference_type, reference_id, error_message) VALUES ('ENQUIRY_CREATED', "
            "'+919876543210', 'Asha', ?, 'FAILED', 'enquiry', 99, 'their own failure') RETURNING id"),
        {stored}, QStringLiteral("insert"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().detail.toStdString();
    const qint64 id = inserted.value().toLongLong();
    EXPECT_FALSE(row(id).needsRender);
    auto retried = retryMessages(*connection, {id}, true, clock);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->retried, 1);
    EXPECT_EQ(retried->refilled, 0);
    ScriptedSender sender;
    dispatchOnce(sender);
    ASSERT_EQ(sender.delivered().size(), 1);
    EXPECT_EQ(sender.delivered().first().text, stored);
}

TEST_P(MessageFacts, ARetryRefusesAMessageTheRecordHasMovedOnFrom)
{
    setSetting(SharedSettings::kCompanyName, QString());
    ServiceRequestInput input;
    input.customerName = QStringLiteral("Meena");
    input.customerPhone = QStringLiteral("98111 22222");
    input.serviceType = QStringLiteral("Installation");
    input.scheduledDate = QDate(2026, 12, 2);
    auto created = desk().createServiceRequest(input);
    ASSERT_TRUE(created.ok());
    auto first = desk().assignEngineer(created->record.id, 0, QStringLiteral("Suresh Kumar"));
    ASSERT_TRUE(first.ok());
    auto second = desk().assignEngineer(created->record.id, 0, QStringLiteral("Lakshmi"));
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(first->message->outcome, QueueResult::Outcome::TemplateError);
    ASSERT_EQ(second->message->outcome, QueueResult::Outcome::TemplateError);
    EXPECT_EQ(row(second->message->messageId).errorMessage,
              QStringLiteral("the company name is not set in Settings"));

    setSetting(SharedSettings::kCompanyName, QStringLiteral("Yamini Infotech"));
    auto retried =
        retryMessages(*connection, {first->message->messageId, second->message->messageId}, true, clock);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried->retried, 1) << "only Lakshmi is still the engineer";
    ASSERT_EQ(retried->refused.size(), 1);
    EXPECT_EQ(retried->refused.first().id, first->message->messageId);
    EXPECT_EQ(retried->refused.first().reason, QStringLiteral("another engineer was assigned since"));
    EXPECT_EQ(row(first->message->messageId).errorMessage,
              QStringLiteral("another engineer was assigned since"));
    EXPECT_TRUE(row(second->message->messageId).messageContent.contains(QStringLiteral("Lakshmi")));
}

TEST_P(MessageFacts, EachNewReattemptDateIsToldOnceAndTheSameDateIsRefused)
{
    DeliveryInput input;
    input.customerName = QStringLiteral("Kumar");
    input.customerPhone = QStringLiteral("98765 22222");
    input.itemName = QStringLiteral("Inkjet printer");
    input.reference = QStringLiteral("INV-77");
    input.scheduledDate = QDate(2026, 12, 1);
    auto created = desk().createDelivery(input);
    ASSERT_TRUE(created.ok());
    const qint64 id = created->record.id;
    ASSERT_EQ(desk().setDeliveryStatus(id, Delivery::Status::Failed, {}, {})->message->outcome,
              QueueResult::Outcome::Queued);
    ASSERT_EQ(
        desk().setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 3), {})->message->outcome,
        QueueResult::Outcome::Queued);
    auto same = desk().setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 3), {});
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().message,
              QStringLiteral("INV-77 is already set to be re-attempted on 3 Dec 2026. Choose another date to "
                             "reschedule it."));
    ASSERT_EQ(
        desk().setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 6), {})->message->outcome,
        QueueResult::Outcome::Queued);
    // Back to the first new date: the customer had that message already.
    auto back = desk().setDeliveryStatus(id, Delivery::Status::Reattempt, QDate(2026, 12, 3), {});
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->message->outcome, QueueResult::Outcome::AlreadySent);
    EXPECT_EQ(back->record.reattemptDate, QDate(2026, 12, 3)) << "the delivery is rescheduled all the same";

    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM whatsapp_message_logs WHERE event_type = 'DELIVERY_FAILED' "
                  "AND event_fact = '2026-12-01'")),
              1);
    ScriptedSender sender;
    dispatchOnce(sender);
    QStringList dates;
    for (const auto& sent : sender.delivered()) {
        if (sent.text.startsWith(QStringLiteral("🔄")))
            dates << (sent.text.contains(QStringLiteral("3 Dec 2026")) ? QStringLiteral("3")
                                                                       : QStringLiteral("6"));
    }
    EXPECT_EQ(dates, (QStringList{QStringLiteral("3"), QStringLiteral("6")}));
}

// Whatever way text comes in, a one-line field keeps one line (a customer's message never gets a pasted line
// break in a name), and what its column cannot hold is refused with the reason, nothing saved.
TEST_P(MessageFacts, OneLineFieldsKeepOneLineAndOverlongTextIsRefused)
{
    EnquiryInput input;
    input.customerName = QStringLiteral(" Asha\r\nVerma ");
    input.customerPhone = QStringLiteral("98765 43210");
    input.subject = QStringLiteral("Laser\nprinter\u2029A4");
    auto saved = desk().createEnquiry(input);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->record.customerName, QStringLiteral("Asha Verma"));
    EXPECT_EQ(saved->record.subject, QStringLiteral("Laser printer A4"));
    EXPECT_TRUE(row(saved->message->messageId).messageContent.contains(QStringLiteral("Hi Asha Verma,\n")));
    EXPECT_TRUE(row(saved->message->messageId)
                    .messageContent.contains(QStringLiteral("Product: Laser printer A4\n")));

    input.customerName = QString(329, QLatin1Char('x'));
    auto tooLong = desk().createEnquiry(input);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().kind, Error::Kind::InvalidInput);
    EXPECT_EQ(tooLong.error().message,
              QStringLiteral("The customer's name is too long: 329 characters, at most 255."));
    // Characters as the database counts them: 255 emoji (two UTF-16 units each) are 255, not 510.
    input.customerName = QString::fromUcs4(std::u32string(255, U'\U0001F64F').c_str());
    EXPECT_TRUE(desk().createEnquiry(input).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM enquiries")), 2);

    ServiceRequestInput service;
    service.customerName = QStringLiteral("Ravi");
    service.customerPhone = QStringLiteral("98111 11111");
    service.serviceType = QString(101, QLatin1Char('r'));
    service.scheduledDate = QDate(2026, 12, 1);
    EXPECT_EQ(desk().createServiceRequest(service).error().kind, Error::Kind::InvalidInput);
    DeliveryInput delivery;
    delivery.customerName = QStringLiteral("Kumar");
    delivery.customerPhone = QStringLiteral("98765 22222");
    delivery.itemName = QStringLiteral("Toner");
    delivery.reference = QString(101, QLatin1Char('9'));
    EXPECT_EQ(desk().createDelivery(delivery).error().kind, Error::Kind::InvalidInput);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM complaints")) +
                  count(QStringLiteral("SELECT count(*) FROM stock_movements")),
              0);
}

TEST_P(MessageFacts, TheSettingsThatKeepMessagesFromGoingAreListedWithTheirEvents)
{
    SharedSettings settings = SharedSettings::load(*connection).value();
    EXPECT_TRUE(MissingSettings::gaps(settings).isEmpty());
    settings.trackingLinkPattern.clear();
    settings.feedbackLinkPattern = QStringLiteral("not a link");
    const auto gaps = MissingSettings::gaps(settings);
    ASSERT_EQ(gaps.size(), 2);
    EXPECT_EQ(gaps[0].placeholder, QStringLiteral("tracking_link"));
    EXPECT_EQ(gaps[0].reason.logged, QStringLiteral("the tracking link is not set in Settings"));
    EXPECT_EQ(gaps[0].events, QList<EventType>{EventType::ServiceCreated});
    EXPECT_EQ(gaps[1].reason.logged, QStringLiteral("the feedback link in Settings is not usable"));
    EXPECT_EQ(gaps[1].events, QList<EventType>{EventType::ServiceCompleted});
}

} // namespace
