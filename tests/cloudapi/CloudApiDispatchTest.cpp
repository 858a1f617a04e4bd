// The Cloud API on the same queue: business events queued in a real database, sent by the dispatcher
// through the Cloud API sender to the Graph-like server, logged with the transport and WhatsApp's id.
#include "FakeGraphServer.h"
#include "automation/cloudapi/CloudApiSender.h"
#include "engine/EngineFixture.h"
#include "models/repositories/MessageLogRepository.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

class CloudApiDispatch : public EngineTest
{
protected:
    CloudApiSettings settings()
    {
        CloudApiSettings s;
        s.baseUrl = QUrl(server.baseUrl());
        s.phoneNumberId = QStringLiteral("1065");
        s.timeoutMs = 2000;
        return s;
    }
    FakeGraphServer server;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(CloudApiDispatch);

TEST_P(CloudApiDispatch, QueuedEventsGoOutAsTemplatesAndAreLoggedWithTheirIds)
{
    ServiceRequestInput input;
    input.customerName = QStringLiteral("Meena");
    input.customerPhone = QStringLiteral("98765 43210");
    input.serviceType = QStringLiteral("AMC visit");
    input.scheduledDate = QDate(2026, 11, 27);
    input.language = QStringLiteral("hi");
    auto saved = desk().createServiceRequest(input);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    const qint64 messageId = saved->message->messageId;
    const qint64 enquiryMessage = messageFor(enquiry(QStringLiteral("+91 91234 56789")));
    // Oldest first: the service request's message is accepted, the enquiry's number is not on WhatsApp.
    server.script({FakeGraphServer::Answer{},
                   FakeGraphServer::error(400, 131026, QStringLiteral("Message undeliverable"))});

    CloudApiSender sender(settings());
    sender.setAccessToken(QStringLiteral("test-token"));
    Dispatcher::Summary summary;
    EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
    EXPECT_EQ(summary.sent, 1);
    EXPECT_EQ(summary.failed, 1);

    ASSERT_EQ(server.requests().size(), 2);
    const QJsonObject tmpl = server.requests().first().json.value(QStringLiteral("template")).toObject();
    EXPECT_EQ(tmpl.value(QStringLiteral("name")).toString(), QStringLiteral("frontdesk_service_created"));
    EXPECT_EQ(tmpl.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("hi"));
    const QJsonArray parameters = tmpl.value(QStringLiteral("components"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("parameters"))
                                      .toArray();
    EXPECT_EQ(parameters.first().toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Meena"));
    EXPECT_EQ(parameters.at(1).toObject().value(QStringLiteral("text")).toString(), saved->record.ticketId);

    const auto sent = MessageLogRepository(*connection).get(messageId).value();
    EXPECT_EQ(sent.status, QStringLiteral("SENT"));
    EXPECT_EQ(sent.transport, QStringLiteral("cloud-api"));
    EXPECT_EQ(sent.externalId, QStringLiteral("wamid.TEST1"));
    const auto failed = MessageLogRepository(*connection).get(enquiryMessage).value();
    EXPECT_EQ(failed.status, QStringLiteral("FAILED"));
    EXPECT_EQ(failed.transport, QStringLiteral("cloud-api"));
    EXPECT_TRUE(failed.errorMessage.contains(QStringLiteral("131026"))) << failed.errorMessage.toStdString();
}

TEST_P(CloudApiDispatch, RejectedTokenLeavesEverythingPending)
{
    const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
    CloudApiSender sender(settings());
    sender.setAccessToken(QStringLiteral("revoked"));
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::SenderNotReady);
    EXPECT_EQ(statusOf(id), QStringLiteral("PENDING"));
    EXPECT_EQ(count(QStringLiteral("SELECT retry_count FROM whatsapp_message_logs WHERE id = ?"), {id}), 0);
}

TEST_P(CloudApiDispatch, SettingsRoundTripThroughTheDatabase)
{
    CloudApiSettings s = settings();
    s.parameterFormat = CloudApiSettings::ParameterFormat::Named;
    s.templateNames.insert(EventType::DeliveryFailed, QStringLiteral("delivery_missed_v2"));
    ASSERT_TRUE(s.save(*connection, QStringLiteral("admin")).ok());
    auto loaded = CloudApiSettings::load(*connection);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->messagesUrl(), s.messagesUrl());
    EXPECT_EQ(loaded->parameterFormat, CloudApiSettings::ParameterFormat::Named);
    EXPECT_EQ(loaded->templateName(EventType::DeliveryFailed), QStringLiteral("delivery_missed_v2"));
    EXPECT_EQ(loaded->templateName(EventType::EnquiryCreated), QStringLiteral("frontdesk_enquiry_created"));
}

TEST_P(CloudApiDispatch, TheTransportIsAnAdminSettingDefaultingToWhatsAppWeb)
{
    auto loaded = SharedSettings::load(*connection);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->transport, QStringLiteral("whatsapp-web"));
    SharedSettings s = loaded.value();
    s.transport = QStringLiteral("cloud-api");
    ASSERT_TRUE(s.save(*connection, QStringLiteral("admin")).ok());
    EXPECT_EQ(SharedSettings::load(*connection)->transport, QStringLiteral("cloud-api"));
    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                           {QStringLiteral("carrier-pigeon"), QStringLiteral("sending.transport")},
                           QStringLiteral("t"))
                    .ok());
    EXPECT_EQ(SharedSettings::load(*connection)->transport, QStringLiteral("whatsapp-web"))
        << "an unknown value falls back to the default";
}

// The Graph-like server receives the request and the answer is lost (the connection is reset, or nothing
// comes back before the timeout). Across every run that follows, the server gets that message once: it is
// FAILED "may have been sent" for a person to check.
TEST_P(CloudApiDispatch, ALostAnswerIsNeverSentAgain)
{
    for (const auto& lost : {FakeGraphServer::closed(), FakeGraphServer::silent()}) {
        enquiry(QStringLiteral("9876543211")); // answered: one lost answer alone does not pause the station
        const qint64 id = messageFor(enquiry(QStringLiteral("9876543210")));
        const int before = int(server.requests().size());
        server.script({FakeGraphServer::Answer{}, lost});
        CloudApiSender sender(settings());
        sender.setAccessToken(QStringLiteral("test-token"));
        Dispatcher::Summary summary;
        EXPECT_EQ(dispatchOnce(sender, &summary), Dispatcher::Finish::Done);
        EXPECT_EQ(summary.sent, 1);
        EXPECT_EQ(summary.failed, 1);
        for (int day = 0; day < 2; ++day) {
            clock.advanceSecs(24 * 3600);
            EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Done);
        }
        EXPECT_EQ(server.requests().size(), before + 2) << "one request for each message, whatever followed";
        const MessageLogEntry failed = MessageLogRepository(*connection).get(id).value();
        EXPECT_EQ(failed.status, QStringLiteral("FAILED"));
        EXPECT_EQ(failed.errorMessage, QStringLiteral("may have been sent: check the chat before retrying"));
        EXPECT_EQ(failed.transport, QStringLiteral("cloud-api"));
        auto detail = connection->scalar(QStringLiteral("SELECT error_message FROM whatsapp_message_attempts "
                                                        "WHERE message_id = ? AND outcome = 'UNCONFIRMED'"),
                                         {id}, QStringLiteral("attempt"));
        ASSERT_TRUE(detail.ok());
        EXPECT_TRUE(detail.value().toString().contains(QStringLiteral("answer was lost")))
            << detail.value().toString().toStdString();
    }
}

// Two answers lost in a row: the station pauses; the next message is not sent.
TEST_P(CloudApiDispatch, TwoLostAnswersInARowPauseTheStation)
{
    for (int i = 0; i < 3; ++i)
        enquiry(QStringLiteral("98765432%1").arg(10 + i));
    server.script({FakeGraphServer::closed(), FakeGraphServer::closed()});
    CloudApiSender sender(settings());
    sender.setAccessToken(QStringLiteral("test-token"));
    EXPECT_EQ(dispatchOnce(sender), Dispatcher::Finish::Paused);
    EXPECT_EQ(server.requests().size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'PENDING'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM station_pauses WHERE station = 'desk-1' AND "
                                   "transport = 'cloud-api' AND resumed_at IS NULL")),
              1);
}
