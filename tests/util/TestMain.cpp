// The test main: a Qt application exists before any test runs (QtSql, QThread and QFuture need one).
// GUI test binaries define FRONTDESK_TEST_GUI and get a QApplication on the offscreen platform.
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
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("FrontDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("FrontDeskTests"));
    return RUN_ALL_TESTS();
}
