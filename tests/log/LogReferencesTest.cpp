// The log speaks in the references people see (issue 20, point 11): ENQ-000003, SR-000007, a delivery's own
// number or DEL-n, in the list, the details, the search and the CSV, on both dialects.
#include "LogFixture.h"
#include "models/logmodel/MessageLogCsv.h"
#include "models/logmodel/MessageLogQueries.h"

#include <QFile>
#include <QTemporaryDir>

namespace fd::test {
namespace {

class LogReferencesTest : public LogTest
{
protected:
    void SetUp() override
    {
        LogTest::SetUp();
        if (HasFatalFailure())
            return;
        request = scalar(QStringLiteral("INSERT INTO complaints (customer_name, customer_phone, ticket_id) "
                                        "VALUES ('Ravi', '+919876500001', 'SR-000007') RETURNING id"));
        numbered =
            scalar(QStringLiteral("INSERT INTO stock_movements (customer_name, customer_phone, reference) "
                                  "VALUES ('Meena', '+919876500002', 'DN-4471') RETURNING id"));
        unnumbered = scalar(QStringLiteral("INSERT INTO stock_movements (customer_name, customer_phone) "
                                           "VALUES ('Kumar', '+919876500003') RETURNING id"));
        enquiryMessage = message(QStringLiteral("ENQUIRY_CREATED"), QStringLiteral("enquiry"), 3);
        requestMessage = message(QStringLiteral("SERVICE_CREATED"), QStringLiteral("complaint"), request);
        numberedMessage =
            message(QStringLiteral("DELIVERY_FAILED"), QStringLiteral("stock_movement"), numbered);
        unnumberedMessage =
            message(QStringLiteral("DELIVERY_FAILED"), QStringLiteral("stock_movement"), unnumbered);
    }

    qint64 message(const QString& event, const QString& type, qint64 reference)
    {
        return scalar(
            QStringLiteral("INSERT INTO whatsapp_message_logs (event_type, customer_phone, customer_name, "
                           "message_content, status, reference_type, reference_id, created_at) "
                           "VALUES (?, '+919876500009', 'Someone', 'Hello', 'SENT', ?, ?, ?) "
                           "RETURNING id"),
            {event, type, reference, sql::fromDateTime(QDateTime::currentDateTimeUtc())});
    }

    QList<MessageLogEntry> found(const QString& text)
    {
        MessageLogFilter filter;
        filter.search = text;
        auto page = MessageLogQueries(*connection).page(filter, 0, 100);
        EXPECT_TRUE(page.ok()) << page.error().detail.toStdString();
        return page.ok() ? page.value() : QList<MessageLogEntry>();
    }

    QList<qint64> foundIds(const QString& text)
    {
        QList<qint64> result;
        for (const MessageLogEntry& entry : found(text))
            result << entry.id;
        return result;
    }

    qint64 request = 0;
    qint64 numbered = 0;
    qint64 unnumbered = 0;
    qint64 enquiryMessage = 0;
    qint64 requestMessage = 0;
    qint64 numberedMessage = 0;
    qint64 unnumberedMessage = 0;
};

TEST_P(LogReferencesTest, EachRowCarriesTheReferenceOfItsRecord)
{
    QHash<qint64, QString> references;
    for (const MessageLogEntry& entry : found(QString()))
        references.insert(entry.id, entry.reference);
    EXPECT_EQ(references.value(enquiryMessage), QStringLiteral("ENQ-000003"));
    EXPECT_EQ(references.value(requestMessage), QStringLiteral("SR-000007"));
    EXPECT_EQ(references.value(numberedMessage), QStringLiteral("DN-4471"));
    EXPECT_EQ(references.value(unnumberedMessage), QStringLiteral("DEL-%1").arg(unnumbered));

    auto details = MessageLogQueries(*connection).details(requestMessage);
    ASSERT_TRUE(details.ok()) << details.error().detail.toStdString();
    EXPECT_EQ(details->entry.reference, QStringLiteral("SR-000007"));
}

TEST_P(LogReferencesTest, SearchFindsAMessageByItsReferenceAsPeopleTypeIt)
{
    const QList<qint64> enquiry{enquiryMessage};
    EXPECT_EQ(foundIds(QStringLiteral("ENQ-000003")), enquiry);
    EXPECT_EQ(foundIds(QStringLiteral("enq-3")), enquiry);
    EXPECT_EQ(foundIds(QStringLiteral("ENQ3")), enquiry);

    const QList<qint64> ticket{requestMessage};
    EXPECT_EQ(foundIds(QStringLiteral("SR-000007")), ticket);
    EXPECT_EQ(foundIds(QStringLiteral("sr-7")), ticket);

    EXPECT_EQ(foundIds(QStringLiteral("DN-4471")), QList<qint64>{numberedMessage});
    EXPECT_EQ(foundIds(QStringLiteral("dn-4471")), QList<qint64>{numberedMessage});
    EXPECT_EQ(foundIds(QStringLiteral("DEL-%1").arg(unnumbered)), QList<qint64>{unnumberedMessage});

    // A reference of nothing here finds nothing, and a part of one is not a reference.
    EXPECT_TRUE(foundIds(QStringLiteral("SR-000008")).isEmpty());
    EXPECT_TRUE(foundIds(QStringLiteral("ENQ-000004")).isEmpty());
    EXPECT_TRUE(foundIds(QStringLiteral("4471")).isEmpty());
    // Names and phones are still found as before.
    EXPECT_EQ(foundIds(QStringLiteral("Someone")).size(), 4);
}

TEST_P(LogReferencesTest, TheCsvNamesTheRecordAndItsReference)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    auto written = exportMessageLogCsv(*connection, MessageLogFilter(), path);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written.value(), 4);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral(",SR-000007,Service request,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",ENQ-000003,Enquiry,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",DN-4471,Delivery,"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(",complaint,"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(",stock_movement,"))) << text.toStdString();
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(LogReferencesTest);

} // namespace
} // namespace fd::test
