#pragma once

#include <QString>

namespace fd::test {

// Waits and product timeouts set by tests, stretched when the whole suite runs slower than usual (under
// ASan+UBSan, scripts/test.sh sets FRONTDESK_TEST_TIMEOUT_SCALE=3). Never used to assert on speed.
inline int scaledMs(int ms)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("FRONTDESK_TEST_TIMEOUT_SCALE").toDouble(&ok);
    return ok && scale > 1 ? int(ms * scale) : ms;
}

} // namespace fd::test
