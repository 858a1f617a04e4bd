#pragma once

#include "util/TestDatabase.h"
#include "util/TestTimeouts.h"

#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

#include <csignal>
#include <sys/prctl.h>

namespace fd::test {

// Runs the event loop until `done` holds or `timeoutMs` passes (tests may wait; product code never does).
// Stretched for slow builds (FRONTDESK_TEST_TIMEOUT_SCALE, under the sanitizers).
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000)
{
    timeoutMs = scaledMs(timeoutMs);
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(25);
    loop.exec();
    return done();
}

// A private HOME and XDG folders for a frontdesk child process, so nothing of the machine's own desk is
// read or written.
inline QProcessEnvironment privateEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.remove(QStringLiteral("FRONTDESK_DATABASE_URL"));
    return env;
}

// A child that dies with the test process, so a test killed halfway leaves no sender station running.
inline void dieWithTest(QProcess& process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

// The URL a child process is given for a test database (with the test server's password, as an operator
// would type it on the command line).
inline QString databaseUrl(const ConnectionSpec& spec)
{
    if (spec.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + spec.sqlitePath;
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(spec.user, spec.password, spec.host)
        .arg(spec.port)
        .arg(spec.database);
}

} // namespace fd::test
