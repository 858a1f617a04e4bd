#include "util/FrontdeskProcess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <gtest/gtest.h>

namespace fd::test {

QProcessEnvironment privateEnvironment(const QTemporaryDir& home)
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

ProcessRun runFrontdesk(const QStringList& args, const QTemporaryDir& home,
                        const QProcessEnvironment& extraEnvironment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = privateEnvironment(home);
    env.insert(extraEnvironment);
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(FRONTDESK_BINARY), args);
    loop.exec();
    EXPECT_EQ(process.state(), QProcess::NotRunning) << "frontdesk did not finish";
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString databaseArgument(const ConnectionSpec& spec)
{
    if (spec.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + spec.sqlitePath;
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(spec.user, spec.password, spec.host)
        .arg(spec.port)
        .arg(spec.database);
}

} // namespace fd::test
