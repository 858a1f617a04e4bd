// bench-frontdesk-startup: FrontDesk's desk started the way `frontdesk` starts it (app/main.cpp: Chromium
// flags, single instance, GuiSession with the sign-in dialog, DeskWiring with the WhatsApp and log tabs),
// with the sign-in filled in by the probe at once (FRONTDESK_BENCH_LOGIN / FRONTDESK_BENCH_PASSWORD), or
// after FRONTDESK_BENCH_TYPING_MS, the time a person takes to type (the dialog stays idle meanwhile).
// The database comes from FRONTDESK_DATABASE_URL, the WhatsApp address from the desk settings the bench
// wrote. Prints "window-shown" once the main window is on screen; on a line on standard input prints its
// memory (ProcessMemory.h) and quits.
#include "ProcessMemory.h"
#include "app/DatabaseChoice.h"
#include "app/DeskWiring.h"
#include "app/GuiSession.h"
#include "app/SingleInstance.h"
#include "automation/whatsapp/ChromiumFlags.h"
#include "ui/main/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

// Fills in the sign-in dialog as soon as it is on screen (or after the typing time) and signs in.
void signInWhenAsked()
{
    const int typingMs = qEnvironmentVariableIntValue("FRONTDESK_BENCH_TYPING_MS");
    auto* poll = new QTimer(qApp);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, typingMs] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() != QLatin1String("loginDialog") || !top->isVisible())
                continue;
            auto* user = top->findChild<QLineEdit*>(QStringLiteral("loginUser"));
            auto* password = top->findChild<QLineEdit*>(QStringLiteral("loginPassword"));
            auto* signIn = top->findChild<QAbstractButton*>(QStringLiteral("loginSignIn"));
            if (!user || !password || !signIn || !signIn->isEnabled())
                return;
            fd::bench::announce("login-shown");
            poll->deleteLater();
            auto press = [user, password, signIn] {
                user->setText(qEnvironmentVariable("FRONTDESK_BENCH_LOGIN"));
                password->setText(qEnvironmentVariable("FRONTDESK_BENCH_PASSWORD"));
                fd::bench::announce("sign-in-pressed");
                signIn->click();
            };
            if (typingMs > 0)
                QTimer::singleShot(typingMs, top, press);
            else
                press();
            return;
        }
    });
    poll->start();
}

} // namespace

int main(int argc, char** argv)
{
    fd::whatsapp::applyChromiumFlags();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FrontDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FrontDesk"));

    auto choice = fd::DatabaseChoice::resolve(QString());
    if (!choice) {
        QTextStream(stderr) << choice.error().message << Qt::endl;
        return 1;
    }
    fd::SingleInstance instance(choice->spec.displayName());
    if (instance.claim() == fd::SingleInstance::Role::Secondary)
        return 1;
    fd::GuiSession session(choice.value(), false);
    fd::DeskWiring wiring(session);
    // Markers around the wiring (WhatsApp and log tabs; the session starts once the window has painted):
    // "signed-in" once the window is built.
    QObject::connect(&session, &fd::GuiSession::windowOpened, &app, [] { fd::bench::announce("signed-in"); });
    QObject::connect(&session, &fd::GuiSession::windowOpened, &wiring, &fd::DeskWiring::attach);
    QObject::connect(&session, &fd::GuiSession::windowOpened, &app, [](fd::MainWindow* window) {
        fd::bench::announce("wired");
        QTimer::singleShot(0, window, [window] {
            if (QTest::qWaitForWindowExposed(window))
                fd::bench::announce("window-shown");
        });
    });
    signInWhenAsked();
    session.start();

    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [] {
        fd::bench::printMemory();
        QCoreApplication::quit();
    });
    return app.exec();
}
