// Database URLs from the command line, the environment and the desk's settings: never a crash, an error
// always says why, and a URL that parses prints back to one that parses to the same place.
#include "FuzzTargets.h"
#include "models/db/ConnectionSpec.h"

namespace fd::fuzz {

int databaseUrl(const uint8_t* data, size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto spec = fd::ConnectionSpec::parse(url);
    if (!spec) {
        if (spec.error().message.isEmpty())
            FD_FUZZ_FAIL();
        return 0;
    }
    (void)spec->displayName();
    const auto again = fd::ConnectionSpec::parse(spec->toUrl());
    if (!again)
        FD_FUZZ_FAIL();
    if (again->dialect != spec->dialect || again->host != spec->host || again->port != spec->port ||
        again->user != spec->user || again->database != spec->database ||
        again->sqlitePath != spec->sqlitePath || again->sslMode != spec->sslMode)
        FD_FUZZ_FAIL();
    return 0;
}

} // namespace fd::fuzz
