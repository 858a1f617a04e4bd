// bench-bare-webengine URL: the yardstick for FrontDesk's startup and memory. A bare Qt window holding one
// QWebEngineView that loads URL. Prints "window-shown" once the window is on screen; on a line on standard
// input prints its memory (ProcessMemory.h) and quits.
#include "ProcessMemory.h"

#include <QApplication>
#include <QMainWindow>
#include <QSocketNotifier>
#include <QTest>
#include <QUrl>
#include <QWebEngineView>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (app.arguments().size() < 2)
        return 2;
    QMainWindow window;
    auto* view = new QWebEngineView(&window);
    window.setCentralWidget(view);
    view->load(QUrl(app.arguments().at(1)));
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    fd::bench::announce("window-shown");
    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [] {
        fd::bench::printMemory();
        QCoreApplication::quit();
    });
    return app.exec();
}
