// Whatever is typed into the phone field: never a crash, and a number that is accepted is stored in a
// form that reads back as itself.
#include "FuzzTargets.h"
#include "automation/phone/PhonePolicy.h"

namespace fd::fuzz {

int phone(const uint8_t* data, size_t size)
{
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const fd::PhonePolicy policy;
    const fd::PhoneCheck check = policy.check(typed);
    if (check.verdict == fd::PhoneCheck::Verdict::Invalid) {
        if (check.reason.isEmpty() || !check.e164.isEmpty())
            FD_FUZZ_FAIL(); // a refusal must say why and keep nothing
        return 0;
    }
    if (!check.e164.startsWith(QLatin1Char('+')) || check.e164.size() < 8)
        FD_FUZZ_FAIL();
    for (qsizetype i = 1; i < check.e164.size(); ++i) {
        if (!check.e164.at(i).isDigit())
            FD_FUZZ_FAIL();
    }
    const fd::PhoneCheck again = policy.check(check.e164);
    if (again.e164 != check.e164 || again.verdict != check.verdict || policy.normalize(typed) != check.e164)
        FD_FUZZ_FAIL(); // E.164 is a fixed point: what we store is read back the same
    return 0;
}

} // namespace fd::fuzz
