#pragma once

#include "models/db/ConnectionSpec.h"

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

// A private HOME and XDG folders (config, data, cache, state) inside `home` for a frontdesk child process, so
// nothing of the machine's own desk is read or written; FRONTDESK_DATABASE_URL is removed.
QProcessEnvironment privateEnvironment(const QTemporaryDir& home);

// Runs the frontdesk binary with privateEnvironment(home), waiting with the
// event loop running so servers in this test process (the WhatsApp-like page, the Graph-like API) answer.
// `extraEnvironment` is added on top.
ProcessRun runFrontdesk(const QStringList& args, const QTemporaryDir& home,
                        const QProcessEnvironment& extraEnvironment = {}, int timeoutMs = 240000);

// The --database argument for a test database, password included.
QString databaseArgument(const ConnectionSpec& spec);

} // namespace fd::test
