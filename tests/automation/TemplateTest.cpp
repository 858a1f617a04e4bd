#include "automation/templates/MessageTemplates.h"

#include <gtest/gtest.h>

using namespace fd;

namespace {

QHash<QString, QString> sampleValues()
{
    return {{QStringLiteral("customer_name"), QStringLiteral("Priya")},
            {QStringLiteral("company_name"), QStringLiteral("Yamini Infotech")},
            {QStringLiteral("company_phone"), QStringLiteral("+91-44-2345-6789")},
            {QStringLiteral("enquiry_id"), QStringLiteral("ENQ-000001")},
            {QStringLiteral("subject"), QStringLiteral("Printer")},
            {QStringLiteral("ticket_id"), QStringLiteral("SR-000001")},
            {QStringLiteral("service_type"), QStringLiteral("Repair")},
            {QStringLiteral("scheduled_date"), QStringLiteral("30 Nov 2026")},
            {QStringLiteral("tracking_link"), QStringLiteral("https://x.in/t/SR-000001")},
            {QStringLiteral("engineer_name"), QStringLiteral("Suresh")},
            {QStringLiteral("completed_date"), QStringLiteral("1 Dec 2026")},
            {QStringLiteral("feedback_link"), QStringLiteral("https://x.in/f/SR-000001")},
            {QStringLiteral("reference_id"), QStringLiteral("INV-42")},
            {QStringLiteral("item_name"), QStringLiteral("Toner")},
            {QStringLiteral("reattempt_date"), QStringLiteral("3 Dec 2026")}};
}

} // namespace

TEST(Templates, EveryShippedTemplateValidatesAndRendersCompletely)
{
    for (const QString& language : MessageTemplates::languages()) {
        for (EventType event : allEventTypes()) {
            const QString text = MessageTemplates::defaultText(event, language);
            ASSERT_FALSE(text.isEmpty())
                << language.toStdString() << " " << eventTypeName(event).toStdString();
            EXPECT_TRUE(MessageTemplates::validate(event, text).ok())
                << language.toStdString() << " " << eventTypeName(event).toStdString();
            auto rendered = MessageTemplates::render(text, sampleValues());
            ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
            EXPECT_FALSE(rendered->contains(QLatin1Char('{')));
            EXPECT_TRUE(rendered->contains(QStringLiteral("Priya")));
        }
    }
}

// The seed signed with "— {company_name} Service", which reads "Sharma Sales & Service Service" for many real
// names: the shipped signatures put the team first and end with the company's name.
TEST(Templates, ShippedSignaturesEndWithTheCompanyName)
{
    for (const QString& language : MessageTemplates::languages()) {
        for (EventType event : allEventTypes()) {
            const QString text = MessageTemplates::defaultText(event, language);
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                if (!line.startsWith(QStringLiteral("— ")))
                    continue;
                EXPECT_TRUE(line.endsWith(QStringLiteral("{company_name}")))
                    << language.toStdString() << " " << eventTypeName(event).toStdString() << ": "
                    << line.toStdString();
            }
        }
    }
}

TEST(Templates, EnglishDefaultsAreTheSeedsTextsWithRealEmoji)
{
    auto rendered = MessageTemplates::render(
        MessageTemplates::defaultText(EventType::EngineerAssigned, QStringLiteral("en")), sampleValues());
    ASSERT_TRUE(rendered.ok());
    EXPECT_EQ(rendered.value(),
              QStringLiteral("👨‍🔧 Technician Assigned\n\n"
                             "Hi Priya,\n\n"
                             "Good news! A technician has been assigned to your service request.\n\n"
                             "🎫 Ticket: SR-000001\n"
                             "👤 Technician: Suresh\n\n"
                             "They will contact you shortly to schedule the visit.\n\n"
                             "— Service team, Yamini Infotech"));
    // The technician emoji is one ZWJ sequence: man, zero-width joiner, wrench.
    EXPECT_TRUE(rendered->toUtf8().startsWith(QByteArray("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x94\xA7")));
    const QString enquiry = MessageTemplates::defaultText(EventType::EnquiryCreated, QStringLiteral("en"));
    EXPECT_TRUE(
        enquiry.startsWith(QStringLiteral("🛍️ Thank you for your enquiry!\n\nHi {customer_name},")));
    EXPECT_TRUE(enquiry.endsWith(QStringLiteral("— {company_name}\n📞 {company_phone}")));
}

TEST(Templates, UnknownLanguageFallsBackToEnglish)
{
    EXPECT_EQ(MessageTemplates::defaultText(EventType::DeliveryFailed, QStringLiteral("fr")),
              MessageTemplates::defaultText(EventType::DeliveryFailed, QStringLiteral("en")));
    EXPECT_NE(MessageTemplates::defaultText(EventType::DeliveryFailed, QStringLiteral("hi")),
              MessageTemplates::defaultText(EventType::DeliveryFailed, QStringLiteral("en")));
}

TEST(Templates, ValidationNamesTheProblem)
{
    auto unknown = MessageTemplates::validate(EventType::EnquiryCreated,
                                              QStringLiteral("Hi {customer_name}, {ticket_id}"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("{ticket_id}")));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("{enquiry_id}"))) << "lists what is allowed";
    EXPECT_FALSE(
        MessageTemplates::validate(EventType::EnquiryCreated, QStringLiteral("Hi {customer_name")).ok());
    EXPECT_FALSE(MessageTemplates::validate(EventType::EnquiryCreated, QStringLiteral("Hi }")).ok());
    EXPECT_FALSE(MessageTemplates::validate(EventType::EnquiryCreated, QStringLiteral("Hi {}")).ok());
    EXPECT_FALSE(MessageTemplates::validate(EventType::EnquiryCreated, QStringLiteral("   ")).ok());
    EXPECT_TRUE(MessageTemplates::validate(EventType::EnquiryCreated,
                                           QStringLiteral("Braces {{like this}} {subject}"))
                    .ok());
}

TEST(Templates, RenderingNeverLeavesAHole)
{
    auto missing = MessageTemplates::render(QStringLiteral("Hi {customer_name}, ticket {ticket_id}"),
                                            {{QStringLiteral("customer_name"), QStringLiteral("Asha")}});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("{ticket_id}")));
    auto blank = MessageTemplates::render(QStringLiteral("Hi {customer_name}"),
                                          {{QStringLiteral("customer_name"), QStringLiteral("  ")}});
    EXPECT_FALSE(blank.ok());
    EXPECT_EQ(
        MessageTemplates::render(QStringLiteral("{{x}} {a}"), {{QStringLiteral("a"), QStringLiteral("b")}})
            .value(),
        QStringLiteral("{x} b"));
}

TEST(Templates, HostileValuesAreInsertedVerbatim)
{
    const QStringList hostile = {QStringLiteral("{customer_name}"),
                                 QStringLiteral("\"quotes' and `backticks`"),
                                 QStringLiteral("</script><script>alert(1)</script>"),
                                 QStringLiteral("مرحبا بالعالم"),
                                 QStringLiteral("😀👨‍👩‍👧 *bold* _it_ ~s~"),
                                 QString(4096, QLatin1Char('x'))};
    for (const QString& value : hostile) {
        auto rendered = MessageTemplates::render(QStringLiteral("[{customer_name}]"),
                                                 {{QStringLiteral("customer_name"), value}});
        ASSERT_TRUE(rendered.ok());
        EXPECT_EQ(rendered.value(), QLatin1Char('[') + value + QLatin1Char(']'));
    }
}

TEST(Templates, LinksEncodeTheTicket)
{
    auto link = MessageTemplates::expandLink(QStringLiteral("https://yamini.example.in/track?t={ticket_id}"),
                                             QStringLiteral("SR 12/3&x"));
    ASSERT_TRUE(link.ok());
    EXPECT_EQ(link.value(), QStringLiteral("https://yamini.example.in/track?t=SR%2012%2F3%26x"));
    EXPECT_FALSE(
        MessageTemplates::expandLink(QStringLiteral("https://x.in/track"), QStringLiteral("SR-1")).ok());
    EXPECT_FALSE(
        MessageTemplates::expandLink(QStringLiteral("javascript:alert({ticket_id})"), QStringLiteral("SR-1"))
            .ok());
}

TEST(EventTypes, NamesAreTheDatabaseContract)
{
    EXPECT_EQ(eventTypeName(EventType::DeliveryReattempt), QStringLiteral("DELIVERY_REATTEMPT"));
    EXPECT_EQ(eventTypeFromName(QStringLiteral("SERVICE_COMPLETED")), EventType::ServiceCompleted);
    EXPECT_FALSE(eventTypeFromName(QStringLiteral("service_completed")).has_value());
    EXPECT_EQ(referenceTypeFor(EventType::DeliveryFailed), QStringLiteral("stock_movement"));
    EXPECT_EQ(sentFlagColumn(EventType::ServiceCreated), QStringLiteral("whatsapp_service_created_sent"));
    EXPECT_EQ(allEventTypes().size(), 6);
}
