#pragma once

#include "automation/settings/SharedSettings.h"

namespace fd::test {

// The business the tests' messages come from: its name and its landline (which is not a WhatsApp number, so
// no test messages it). A test sets what else it needs (links, pace, quiet hours, the canary) before saving.
inline SharedSettings testCompany()
{
    SharedSettings settings;
    settings.companyName = QStringLiteral("Yamini Infotech");
    settings.companyPhone = QStringLiteral("+91-44-2345-6789");
    return settings;
}

} // namespace fd::test
