#include "automation/cloudapi/CloudApiSender.h"

#include "FakeGraphServer.h"
#include "automation/cloudapi/CloudApiSettings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTimer>
#include <gtest/gtest.h>

using namespace fd;
using namespace fd::test;

namespace {

CloudApiSettings settingsFor(const FakeGraphServer& server)
{
    CloudApiSettings settings;
    settings.baseUrl = QUrl(server.baseUrl());
    settings.phoneNumberId = QStringLiteral("106540352242922");
    settings.timeoutMs = 1000;
    return settings;
}

OutgoingMessage serviceCreated()
{
    OutgoingMessage message;
    message.id = 7;
    message.phone = QStringLiteral("+919876543210");
    message.text = QStringLiteral("🔧 Service Request Registered ...");
    message.eventType = QStringLiteral("SERVICE_CREATED");
    message.language = QStringLiteral("ta");
    message.templateParams =
        QJsonObject{{QStringLiteral("customer_name"), QStringLiteral("Ravi \"R\" Kumar")},
                    {QStringLiteral("ticket_id"), QStringLiteral("SR/2026 #12")},
                    {QStringLiteral("service_type"), QStringLiteral("Printer repair")},
                    {QStringLiteral("scheduled_date"), QStringLiteral("26 Nov 2026")},
                    {QStringLiteral("tracking_link"), QStringLiteral("https://x.in/t?t=SR%2F2026")},
                    {QStringLiteral("company_name"), QStringLiteral("Yamini Infotech")},
                    {QStringLiteral("company_phone"), QStringLiteral("+91-44-2345-6789")}};
    return message;
}

SendResult sendAndWait(CloudApiSender& sender, const OutgoingMessage& message)
{
    std::optional<SendResult> result;
    QEventLoop loop;
    sender.send(message, [&](SendResult r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    EXPECT_TRUE(result.has_value()) << "the sender never answered";
    return result.value_or(SendResult::transient(QStringLiteral("no answer")));
}

QStringList texts(const QJsonArray& parameters)
{
    QStringList values;
    for (const auto& p : parameters)
        values << p.toObject().value(QStringLiteral("text")).toString();
    return values;
}

} // namespace

TEST(CloudApiSender, SendsTheEventsTemplateWithItsParametersInOrder)
{
    FakeGraphServer server;
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    ASSERT_TRUE(sender.isReady()) << sender.notReadyReason().toStdString();

    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::Sent) << result.reason.toStdString();
    EXPECT_EQ(result.externalId, QStringLiteral("wamid.TEST1"));

    ASSERT_EQ(server.requests().size(), 1);
    const auto& request = server.requests().first();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/v21.0/106540352242922/messages");
    EXPECT_EQ(request.headers.value("authorization"), "Bearer test-token");
    const QJsonObject& body = request.json;
    EXPECT_EQ(body.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
    EXPECT_EQ(body.value(QStringLiteral("to")).toString(), QStringLiteral("919876543210"));
    EXPECT_EQ(body.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
    const QJsonObject tmpl = body.value(QStringLiteral("template")).toObject();
    EXPECT_EQ(tmpl.value(QStringLiteral("name")).toString(), QStringLiteral("frontdesk_service_created"));
    EXPECT_EQ(tmpl.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("ta"));
    const QJsonArray components = tmpl.value(QStringLiteral("components")).toArray();
    ASSERT_EQ(components.size(), 2);
    const QJsonObject bodyComponent = components.at(0).toObject();
    EXPECT_EQ(bodyComponent.value(QStringLiteral("type")).toString(), QStringLiteral("body"));
    // The seed's service template: name, ticket, type, date, then the company's signature.
    EXPECT_EQ(texts(bodyComponent.value(QStringLiteral("parameters")).toArray()),
              (QStringList{QStringLiteral("Ravi \"R\" Kumar"), QStringLiteral("SR/2026 #12"),
                           QStringLiteral("Printer repair"), QStringLiteral("26 Nov 2026"),
                           QStringLiteral("Yamini Infotech")}));
    EXPECT_FALSE(bodyComponent.value(QStringLiteral("parameters"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("parameter_name")));
    const QJsonObject button = components.at(1).toObject();
    EXPECT_EQ(button.value(QStringLiteral("sub_type")).toString(), QStringLiteral("url"));
    EXPECT_EQ(button.value(QStringLiteral("index")).toString(), QStringLiteral("0"));
    EXPECT_EQ(texts(button.value(QStringLiteral("parameters")).toArray()),
              QStringList{QStringLiteral("SR%2F2026%20%2312")});
}

TEST(CloudApiSender, NamedParametersCarryTheirNames)
{
    FakeGraphServer server;
    CloudApiSettings settings = settingsFor(server);
    settings.parameterFormat = CloudApiSettings::ParameterFormat::Named;
    settings.templateNames.insert(EventType::ServiceCreated, QStringLiteral("service_ticket_created"));
    CloudApiSender sender(settings);
    sender.setAccessToken(QStringLiteral("test-token"));
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::Sent);
    const QJsonObject tmpl = server.requests().first().json.value(QStringLiteral("template")).toObject();
    EXPECT_EQ(tmpl.value(QStringLiteral("name")).toString(), QStringLiteral("service_ticket_created"));
    const QJsonObject first = tmpl.value(QStringLiteral("components"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("parameters"))
                                  .toArray()
                                  .first()
                                  .toObject();
    EXPECT_EQ(first.value(QStringLiteral("parameter_name")).toString(), QStringLiteral("customer_name"));
}

TEST(CloudApiSender, RowsOfOlderProgramsGoAsTheirStoredText)
{
    FakeGraphServer server;
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    OutgoingMessage message;
    message.id = 3;
    message.phone = QStringLiteral("+919876500000");
    message.text = QStringLiteral("Hello 👋\nline two `code` </script>");
    EXPECT_EQ(sendAndWait(sender, message).kind, SendResult::Kind::Sent);
    const QJsonObject body = server.requests().first().json;
    EXPECT_EQ(body.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    EXPECT_EQ(body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(),
              message.text);
}

TEST(CloudApiSender, NotOnWhatsAppIsPermanent)
{
    FakeGraphServer server;
    server.script({FakeGraphServer::error(400, 131026, QStringLiteral("Message undeliverable"))});
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::PermanentFailure);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("not a WhatsApp number")))
        << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QStringLiteral("131026")));
    EXPECT_TRUE(sender.isReady()) << "one undeliverable number does not stop the others";
}

TEST(CloudApiSender, TemplateProblemsArePermanent)
{
    FakeGraphServer server;
    server.script({FakeGraphServer::error(
        400, 132001, QStringLiteral("Template name does not exist in the translation"))});
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::PermanentFailure);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("template"))) << result.reason.toStdString();
}

TEST(CloudApiSender, RateLimitPausesTheSenderAndGivesTheMessageBack)
{
    FakeGraphServer server;
    server.script({FakeGraphServer::error(400, 130429, QStringLiteral("Rate limit hit"))});
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    QSignalSpy readiness(&sender, &Sender::readyChanged);
    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::NotReady) << "the message goes back untouched, it did not fail";
    EXPECT_FALSE(sender.isReady());
    EXPECT_TRUE(sender.notReadyReason().contains(QStringLiteral("rate limit")))
        << sender.notReadyReason().toStdString();
    EXPECT_EQ(sender.throttlePauseMs(), 5000);
    ASSERT_EQ(readiness.size(), 1);
    EXPECT_FALSE(readiness.first().first().toBool());
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::NotReady)
        << "nothing goes out during the pause";
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(CloudApiSender, ServerErrorsAndSameRecipientLimitsAreRetriedLater)
{
    FakeGraphServer server;
    server.script({{500, QByteArrayLiteral("<html>Internal error</html>"), 0},
                   FakeGraphServer::error(400, 131056, QStringLiteral("Pair rate limit hit"))});
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    const SendResult first = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(first.kind, SendResult::Kind::TransientFailure);
    EXPECT_TRUE(first.reason.contains(QStringLiteral("500"))) << first.reason.toStdString();
    const SendResult second = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(second.kind, SendResult::Kind::TransientFailure);
    EXPECT_TRUE(second.reason.contains(QStringLiteral("131056")));
    EXPECT_TRUE(sender.isReady());
}

// The request arrived and the answer came too late: WhatsApp may have taken the message.
TEST(CloudApiSender, SlowAnswerIsUnconfirmed)
{
    FakeGraphServer server;
    server.script({FakeGraphServer::slow(3000)});
    CloudApiSender sender(settingsFor(server)); // timeout 1 s
    sender.setAccessToken(QStringLiteral("test-token"));
    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("no answer within"))) << result.reason.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(CloudApiSender, MalformedAnswerIsUnconfirmedWithTheReason)
{
    FakeGraphServer server;
    server.script({FakeGraphServer::malformed()});
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("without a message id")))
        << result.reason.toStdString();
}

// A gateway's own 502/504 (no WhatsApp error in it) does not say WhatsApp refused the message; WhatsApp's own
// errors keep their classes.
TEST(CloudApiSender, AGatewaysLostAnswerIsUnconfirmedButWhatsAppsErrorsAreNot)
{
    FakeGraphServer server;
    server.script({{504, QByteArrayLiteral("<html>Gateway Timeout</html>"), 0},
                   {502, QByteArrayLiteral("<html>Bad Gateway</html>"), 0},
                   FakeGraphServer::error(503, 2, QStringLiteral("Service temporarily unavailable"))});
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::Unconfirmed);
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::Unconfirmed);
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::TransientFailure);
}

TEST(CloudApiSender, WrongTokenStopsSendingUntilANewOneIsEntered)
{
    FakeGraphServer server;
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("expired-token"));
    const SendResult result = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(result.kind, SendResult::Kind::NotReady);
    EXPECT_FALSE(sender.isReady());
    EXPECT_TRUE(sender.notReadyReason().contains(QStringLiteral("access token")))
        << sender.notReadyReason().toStdString();

    sender.setAccessToken(QStringLiteral("test-token"));
    EXPECT_TRUE(sender.isReady());
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::Sent);
}

TEST(CloudApiSender, NotReadyWithoutTokenOrNumberSaysWhy)
{
    FakeGraphServer server;
    CloudApiSettings settings = settingsFor(server);
    settings.phoneNumberId.clear();
    CloudApiSender sender(settings);
    sender.setAccessToken(QStringLiteral("test-token"));
    EXPECT_FALSE(sender.isReady());
    EXPECT_TRUE(sender.notReadyReason().contains(QStringLiteral("phone number id")));
    sender.setSettings(settingsFor(server));
    EXPECT_TRUE(sender.isReady());
    sender.setAccessToken({});
    EXPECT_TRUE(sender.notReadyReason().contains(QStringLiteral("keychain")));
    EXPECT_EQ(sendAndWait(sender, serviceCreated()).kind, SendResult::Kind::NotReady);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST(CloudApiSender, MissingParameterIsRefusedBeforeSending)
{
    FakeGraphServer server;
    CloudApiSender sender(settingsFor(server));
    sender.setAccessToken(QStringLiteral("test-token"));
    OutgoingMessage message = serviceCreated();
    message.templateParams.remove(QStringLiteral("service_type"));
    const SendResult result = sendAndWait(sender, message);
    EXPECT_EQ(result.kind, SendResult::Kind::PermanentFailure);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("service_type")));
    EXPECT_TRUE(server.requests().isEmpty());
}

// The request reached the server and the answer was lost: the message may have been sent. It is not sent
// again, neither by Qt (which repeats a request on a connection that closed under it) nor by us.
TEST(CloudApiSender, AnAnswerLostAfterTheRequestArrivedIsUnconfirmed)
{
    for (const auto& lost : {FakeGraphServer::closed(), FakeGraphServer::silent()}) {
        FakeGraphServer server;
        server.script({lost, lost, lost, lost});
        CloudApiSender sender(settingsFor(server)); // timeout 1 s
        sender.setAccessToken(QStringLiteral("test-token"));
        const SendResult result = sendAndWait(sender, serviceCreated());
        EXPECT_EQ(result.kind, SendResult::Kind::Unconfirmed) << result.reason.toStdString();
        EXPECT_EQ(server.requests().size(), 1) << "the request went out once";
        EXPECT_TRUE(sender.isReady());
    }
}

// Nothing reached a server: the request provably never left, so a later retry is safe.
TEST(CloudApiSender, NoServerAtTheAddressIsTransient)
{
    quint16 port = 0;
    {
        FakeGraphServer gone;
        port = gone.port();
    }
    CloudApiSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    settings.phoneNumberId = QStringLiteral("106540352242922");
    settings.timeoutMs = 1000;
    CloudApiSender sender(settings);
    sender.setAccessToken(QStringLiteral("test-token"));
    const SendResult refused = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(refused.kind, SendResult::Kind::TransientFailure) << refused.reason.toStdString();

    settings.baseUrl = QUrl(QStringLiteral("http://graph.invalid/"));
    sender.setSettings(settings);
    const SendResult unknownHost = sendAndWait(sender, serviceCreated());
    EXPECT_EQ(unknownHost.kind, SendResult::Kind::TransientFailure) << unknownHost.reason.toStdString();
}
