// Replays the fuzzers' seed corpus and every input that ever crashed them through the same targets, in the
// normal build: a fixed crash stays fixed.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

namespace {

using Target = int (*)(const uint8_t*, size_t);

int replay(const QString& name, Target target)
{
    int count = 0;
    for (const QString& folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        QDir dir(QStringLiteral(FRONTDESK_FUZZ_DIR "/%1/%2").arg(folder, name));
        for (const QFileInfo& file : dir.entryInfoList(QDir::Files)) {
            QFile input(file.absoluteFilePath());
            EXPECT_TRUE(input.open(QIODevice::ReadOnly)) << file.absoluteFilePath().toStdString();
            const QByteArray bytes = input.readAll();
            SCOPED_TRACE(file.absoluteFilePath().toStdString());
            target(reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
            ++count;
        }
    }
    return count;
}

} // namespace

TEST(FuzzReplay, Phone)
{
    EXPECT_GT(replay(QStringLiteral("phone"), &fd::fuzz::phone), 5);
}

TEST(FuzzReplay, MessageTemplate)
{
    EXPECT_GT(replay(QStringLiteral("template"), &fd::fuzz::messageTemplate), 3);
}

TEST(FuzzReplay, DatabaseUrl)
{
    EXPECT_GT(replay(QStringLiteral("database_url"), &fd::fuzz::databaseUrl), 5);
}

TEST(FuzzReplay, SelectorPack)
{
    EXPECT_GT(replay(QStringLiteral("selector_pack"), &fd::fuzz::selectorPack), 3);
}

TEST(FuzzReplay, CsvRoundTrip)
{
    EXPECT_GT(replay(QStringLiteral("csv"), &fd::fuzz::csvRoundTrip), 3);
}

TEST(FuzzReplay, MessageLogCsv)
{
    EXPECT_GT(replay(QStringLiteral("message_log_csv"), &fd::fuzz::messageLogCsv), 3);
}
