// The GoogleTest printers of tests/util/QtPrinters.h: a failure shows the text, the date, the list.

#include "models/core/QtCompat.h"

#include <gtest/gtest.h>
#include <sstream>

TEST(QtPrinters, AFailedComparisonShowsTheTextNotItsBytes)
{
    EXPECT_EQ(::testing::PrintToString(QStringLiteral("नमस्ते \"Priya\"")), "\"नमस्ते \"Priya\"\"");
    EXPECT_EQ(::testing::PrintToString(QByteArray("abc")), "\"abc\"");
    EXPECT_EQ(::testing::PrintToString(QStringList{QStringLiteral("a"), QStringLiteral("b")}),
              "{\"a\", \"b\"}");
}

TEST(QtPrinters, DatesAndVariantsReadAsIso)
{
    EXPECT_EQ(::testing::PrintToString(QDate(2026, 12, 3)), "2026-12-03");
    EXPECT_EQ(::testing::PrintToString(fd::utcDateTime(QDate(2026, 12, 3), QTime(9, 30))),
              "2026-12-03T09:30:00.000Z");
    EXPECT_EQ(::testing::PrintToString(QVariant(42)), "QVariant(int, 42)");
    EXPECT_EQ(::testing::PrintToString(QSize(1366, 768)), "1366x768");
}

TEST(QtPrinters, AQStringStreamsIntoAFailureMessage)
{
    std::ostringstream out;
    out << QStringLiteral("ENQ-000003");
    EXPECT_EQ(out.str(), "ENQ-000003");
}
