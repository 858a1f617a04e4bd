// The log's search goes through an index on both dialects (migration 0009): it must find exactly what the
// plain LIKE finds, also after rows change or go, and for parts too short for the index.
#include "LogFixture.h"
#include "models/logmodel/MessageLogQueries.h"

namespace fd::test {
namespace {

class LogSearchIndexTest : public LogTest
{
protected:
    QList<qint64> found(const QString& text)
    {
        MessageLogFilter filter;
        filter.search = text;
        auto page = MessageLogQueries(*connection).page(filter, 0, 100);
        EXPECT_TRUE(page.ok()) << page.error().detail.toStdString();
        QList<qint64> result;
        for (const MessageLogEntry& entry : page.ok() ? page.value() : QList<MessageLogEntry>())
            result << entry.id;
        std::sort(result.begin(), result.end());
        return result;
    }
};

TEST_P(LogSearchIndexTest, FollowsChangedAndDeletedRows)
{
    LogRow asha;
    asha.name = QStringLiteral("Asha Menon");
    asha.phone = QStringLiteral("+919876512345");
    const qint64 first = insert(asha);
    LogRow ravi;
    ravi.name = QStringLiteral("Ravi Kumar");
    ravi.phone = QStringLiteral("+919812300000");
    const qint64 second = insert(ravi);

    EXPECT_EQ(found(QStringLiteral("MENON")), QList<qint64>{first});
    EXPECT_EQ(found(QStringLiteral("76512")), QList<qint64>{first});
    EXPECT_EQ(found(QStringLiteral("98")), (QList<qint64>{first, second})) << "too short for the index";
    EXPECT_EQ(found(QStringLiteral("a\"b")), QList<qint64>{}) << "a quote is text, not query syntax";

    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET customer_name = ?, "
                                          "customer_phone = ? WHERE id = ?"),
                           {QStringLiteral("Asha Pillai"), QStringLiteral("+919800011111"), first},
                           QStringLiteral("rename"))
                    .ok());
    EXPECT_EQ(found(QStringLiteral("menon")), QList<qint64>{});
    EXPECT_EQ(found(QStringLiteral("76512")), QList<qint64>{});
    EXPECT_EQ(found(QStringLiteral("pillai")), QList<qint64>{first});
    EXPECT_EQ(found(QStringLiteral("98000 11111")), QList<qint64>{first});

    ASSERT_TRUE(connection
                    ->exec(QStringLiteral("DELETE FROM whatsapp_message_logs WHERE id = ?"), {first},
                           QStringLiteral("delete"))
                    .ok());
    EXPECT_EQ(found(QStringLiteral("pillai")), QList<qint64>{});
    EXPECT_EQ(found(QStringLiteral("kumar")), QList<qint64>{second});
}

FD_INSTANTIATE_FOR_ALL_DIALECTS(LogSearchIndexTest);

} // namespace
} // namespace fd::test
