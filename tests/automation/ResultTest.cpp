#include "models/core/Result.h"

#include <gtest/gtest.h>

using fd::Error;
using fd::Result;

TEST(Result, CarriesAValueOrAnError)
{
    const Result<int> good = 7;
    ASSERT_TRUE(good);
    EXPECT_EQ(*good, 7);
    const Result<int> bad = Error::make(Error::Kind::NotFound, QStringLiteral("no such enquiry"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, Error::Kind::NotFound);
    EXPECT_FALSE(Result<int>()) << "a default result (QFuture's) is an error, never a success";
}

// Reading the value of an error is a caller's bug; in release builds it would read an empty optional.
TEST(ResultDeathTest, ReadingTheValueOfAnErrorStopsDebugBuilds)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const Result<QString> bad = Error::make(Error::Kind::Unavailable, QStringLiteral("the server went away"));
    EXPECT_DEBUG_DEATH((void)bad.value(), "the result is an error");
    EXPECT_DEBUG_DEATH((void)bad->size(), "the result is an error");
}
