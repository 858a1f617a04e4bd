// A second launch of the desk brings the first one to the front and exits; real `frontdesk` processes,
// offscreen. Each test gets its own TMPDIR, where the instance socket and lock live, and its own HOME.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>
#include <memory>

namespace {

class SingleInstanceTest : public ::testing::Test
{
protected:
    std::unique_ptr<QProcess> launch(const QString& database)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("frontdesk.app.instance.info=true"));
        env.remove(QStringLiteral("FRONTDESK_DATABASE_URL"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(FRONTDESK_BINARY),
                       {QStringLiteral("--database"), QStringLiteral("sqlite:") + home.filePath(database)});
        EXPECT_TRUE(process->waitForStarted(10000));
        return process;
    }

    // A desk listens once its socket exists in its TMPDIR (the start-up lock file is not a socket).
    bool waitForListening(int sockets)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            QStringList found =
                QDir(tmp.path()).entryList({QStringLiteral("frontdesk-*")}, QDir::System | QDir::Files);
            found.removeIf([](const QString& name) { return name.endsWith(QLatin1String(".lock")); });
            if (found.size() >= sockets)
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    static QByteArray readErrorUntil(QProcess& process, const QByteArray& wanted)
    {
        QByteArray log;
        QElapsedTimer timer;
        timer.start();
        while (!log.contains(wanted) && timer.elapsed() < 5000) {
            process.waitForReadyRead(100);
            log += process.readAllStandardError();
        }
        return log;
    }

    static bool stillRunningAfter(QProcess& process, int ms)
    {
        return !process.waitForFinished(ms) && process.state() == QProcess::Running;
    }

    static void stop(QProcess& process)
    {
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QTemporaryDir home;
    QTemporaryDir tmp;
};

TEST_F(SingleInstanceTest, SecondLaunchRaisesTheFirstAndExits)
{
    auto first = launch(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(waitForListening(1)) << "the first desk never listened for later launches";

    auto second = launch(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(second->waitForFinished(15000)) << "the second launch kept running";
    EXPECT_EQ(second->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second->exitCode(), 0) << second->readAllStandardError().toStdString();
    EXPECT_TRUE(second->readAllStandardOutput().contains("already running"));

    // The first desk handled the request before the second exited (it answers only afterwards).
    const QByteArray log = readErrorUntil(*first, "another launch asked this desk to come to the front");
    EXPECT_TRUE(log.contains("another launch asked this desk to come to the front")) << log.toStdString();
    EXPECT_TRUE(stillRunningAfter(*first, 500)) << "the first desk must keep running";
    stop(*first);
}

TEST_F(SingleInstanceTest, AnotherDatabaseIsAnotherDesk)
{
    auto first = launch(QStringLiteral("one.sqlite"));
    ASSERT_TRUE(waitForListening(1));
    auto other = launch(QStringLiteral("two.sqlite"));
    EXPECT_TRUE(stillRunningAfter(*other, 3000)) << other->readAllStandardError().toStdString();
    stop(*other);
    stop(*first);
}

TEST_F(SingleInstanceTest, ACrashedDeskDoesNotBlockTheNextStart)
{
    auto crashed = launch(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(waitForListening(1));
    ::kill(static_cast<pid_t>(crashed->processId()), SIGKILL); // leaves its socket file behind
    crashed->waitForFinished(5000);

    auto next = launch(QStringLiteral("desk.sqlite"));
    EXPECT_TRUE(stillRunningAfter(*next, 3000)) << "a stale socket made the new desk think one was running: "
                                                << next->readAllStandardOutput().toStdString();
    stop(*next);
}

} // namespace
