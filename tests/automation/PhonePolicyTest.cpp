#include "automation/phone/PhonePolicy.h"

#include <gtest/gtest.h>

using namespace fd;

namespace {

struct Typed
{
    const char* typed;
    const char* e164;
};

void PrintTo(const Typed& typed, std::ostream* out)
{
    *out << '"' << typed.typed << '"';
}

} // namespace

class MobileNumbers : public ::testing::TestWithParam<Typed>
{
};

TEST_P(MobileNumbers, AreReadAsReceptionistsTypeThem)
{
    const PhoneCheck check = PhonePolicy().check(QString::fromUtf8(GetParam().typed));
    EXPECT_EQ(check.verdict, PhoneCheck::Verdict::Messageable)
        << GetParam().typed << ": " << check.reason.toStdString();
    EXPECT_EQ(check.e164, QString::fromUtf8(GetParam().e164));
    EXPECT_TRUE(check.reason.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    India, MobileNumbers,
    ::testing::Values(Typed{"98765 43210", "+919876543210"}, Typed{"098765-43210", "+919876543210"},
                      Typed{"+91 98765 43210", "+919876543210"}, Typed{"919876543210", "+919876543210"},
                      Typed{"0091 98765 43210", "+919876543210"}, Typed{"+91 (98765) 43210", "+919876543210"},
                      Typed{"98765.43210", "+919876543210"}, Typed{"  9876543210  ", "+919876543210"},
                      Typed{"९८७६५ ४३२१०", "+919876543210"}, Typed{"(+91) 70123-45678", "+917012345678"}));

class RefusedNumbers : public ::testing::TestWithParam<const char*>
{
};

TEST_P(RefusedNumbers, AreInvalidWithAReason)
{
    const PhoneCheck check = PhonePolicy().check(QString::fromUtf8(GetParam()));
    EXPECT_EQ(check.verdict, PhoneCheck::Verdict::Invalid) << GetParam();
    EXPECT_FALSE(check.reason.isEmpty()) << GetParam();
    EXPECT_TRUE(check.e164.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Typos, RefusedNumbers,
                         ::testing::Values("", "   ", "98765", "98765 43210 123", "call me", "98765abcde",
                                           "+", "12345678901234567890"));

TEST(PhonePolicy, ReasonsNameTheProblem)
{
    EXPECT_TRUE(PhonePolicy().check(QStringLiteral("98765")).reason.contains(QStringLiteral("short")));
    EXPECT_TRUE(PhonePolicy().check(QStringLiteral("9876543210123")).reason.contains(QStringLiteral("long")))
        << PhonePolicy().check(QStringLiteral("9876543210123")).reason.toStdString();
    EXPECT_TRUE(PhonePolicy().check(QString()).reason.contains(QStringLiteral("Enter")));
}

TEST(PhonePolicy, ValidNumbersThatGetNoMessage)
{
    const PhonePolicy policy;
    const PhoneCheck landline = policy.check(QStringLiteral("080 2222 3333"));
    EXPECT_EQ(landline.verdict, PhoneCheck::Verdict::NotMessageable);
    EXPECT_EQ(landline.reason, QStringLiteral("landline"));
    EXPECT_EQ(landline.e164, QStringLiteral("+918022223333"));
    EXPECT_EQ(policy.check(QStringLiteral("011 2345 6789")).reason, QStringLiteral("landline"));

    const PhoneCheck tollFree = policy.check(QStringLiteral("1800 123 4567"));
    EXPECT_EQ(tollFree.verdict, PhoneCheck::Verdict::NotMessageable);
    EXPECT_EQ(tollFree.reason, QStringLiteral("toll-free number"));

    const PhoneCheck foreign = policy.check(QStringLiteral("+44 7400 123456"));
    EXPECT_EQ(foreign.verdict, PhoneCheck::Verdict::NotMessageable);
    EXPECT_TRUE(foreign.reason.contains(QStringLiteral("GB")));
    EXPECT_EQ(foreign.e164, QStringLiteral("+447400123456"));
}

TEST(PhonePolicy, AllowedCountriesAreConfigurable)
{
    const PhonePolicy policy({QStringLiteral("IN"), QStringLiteral("GB")});
    EXPECT_EQ(policy.check(QStringLiteral("+44 7400 123456")).verdict, PhoneCheck::Verdict::Messageable);
    EXPECT_EQ(policy.check(QStringLiteral("+1 650 253 0000")).verdict, PhoneCheck::Verdict::NotMessageable);
}

TEST(PhonePolicy, NormalizeComparesStaffNumbers)
{
    const PhonePolicy policy;
    EXPECT_EQ(policy.normalize(QStringLiteral("098400-12345")),
              policy.normalize(QStringLiteral("+91 98400 12345")));
    EXPECT_EQ(policy.normalize(QStringLiteral("080 2222 3333")), QStringLiteral("+918022223333"));
    EXPECT_TRUE(policy.normalize(QStringLiteral("nope")).isEmpty());
}
