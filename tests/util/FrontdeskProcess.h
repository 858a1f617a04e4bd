#pragma once

#include "db/ConnectionSpec.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace fd::test {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the frontdesk binary with a private HOME (config and data folders inside `home`), waiting with the
// event loop running so servers in this test process (the WhatsApp-like page, the Graph-like API) answer.
// `extraEnvironment` is added to this process's environment; FRONTDESK_DATABASE_URL is removed.
ProcessRun runFrontdesk(const QStringList& args, const QTemporaryDir& home,
                        const QProcessEnvironment& extraEnvironment = {}, int timeoutMs = 240000);

// The --database argument for a test database, password included.
QString databaseArgument(const ConnectionSpec& spec);

} // namespace fd::test
