// The test main: a Qt application exists before any test runs (QtSql, QThread and QFuture need one).
// GUI test binaries define FRONTDESK_TEST_GUI and get a QApplication on the offscreen platform.
#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifdef FRONTDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Whatever the tests put in the temporary folder (their QTemporaryDirs, Chromium's profile caches that it
    // finishes writing after a test has cleaned up, child processes' files) goes into a folder of this
    // process's own, removed after the application: a run leaves nothing behind in /tmp.
    QTemporaryDir privateTemp(QDir::tempPath() + QStringLiteral("/frontdesk-tests-XXXXXX"));
    if (privateTemp.isValid()) {
        // Passable (not listable) by others, like /tmp: tests run some commands as `nobody`.
        QFile::setPermissions(privateTemp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ExeGroup | QFile::ExeOther);
        qputenv("TMPDIR", QFile::encodeName(privateTemp.path()));
        // Settings, data and caches too (unless a wrapper gave the process a private HOME already): tests run
        // side by side (ctest -j), and one process's remembered login or language must not reach another's.
        if (qEnvironmentVariableIsEmpty("FRONTDESK_PRIVATE_HOME")) {
            for (const char* name :
                 {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
                const QString dir = privateTemp.filePath(QString::fromLatin1(name).toLower());
                QDir().mkpath(dir);
                qputenv(name, QFile::encodeName(dir));
            }
        }
    }
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("FrontDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("FrontDeskTests"));
    return RUN_ALL_TESTS();
}
