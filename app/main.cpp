#include "app/DatabaseChoice.h"
#include "app/DeskWiring.h"
#include "app/ExitCode.h"
#include "app/GuiSession.h"
#include "app/SingleInstance.h"
#include "app/commands/DatabaseCommands.h"
#include "app/commands/DispatchCommand.h"
#include "app/commands/WhatsAppCheckCommand.h"
#include "automation/whatsapp/ChromiumFlags.h"
#include "models/config/DeskConfig.h"
#include "ui/common/UiLanguage.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

const QStringList kCommands = {QStringLiteral("migrate"), QStringLiteral("check"),
                               QStringLiteral("dispatch")};

// Commands and --help/--version run without a display; only the desk itself needs QApplication.
bool wantsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("dispatch"))
            return true; // QtWebEngine needs the GUI application (offscreen without a display)
        if (kCommands.contains(arg) || arg == QLatin1String("--version") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return false;
    }
    return true;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FrontDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FrontDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    // QtWebEngine reads its flags once, when it starts: before the application object exists.
    fd::whatsapp::applyChromiumFlags();
    const bool needsWebEngine =
        fd::dispatch::isRequested(argc, argv) || fd::whatsappcheck::isRequested(argc, argv);
    if (needsWebEngine)
        fd::dispatch::prepareProcess();
    std::unique_ptr<QCoreApplication> app;
    if (needsWebEngine || wantsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "FrontDesk: the reception desk, with WhatsApp messages to customers.\n"
        "Without a command it opens the desk's window.\n"
        "Exit codes: 0 done, 1 anything else (bad arguments, schema behind), 2 dispatch: the sender is "
        "not ready, 3 database error, 4 dispatch: sending paused because WhatsApp Web has changed "
        "(an administrator resumes with dispatch --resume)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        QObject::tr("Database URL: sqlite:PATH or postgresql://user@host:port/database (also "
                    "FRONTDESK_DATABASE_URL)."),
        QStringLiteral("url"));
    parser.addOption(databaseOption);
    const QCommandLineOption toOption(
        QStringLiteral("to"), QObject::tr("migrate: stop at this schema version (default: the latest)."),
        QStringLiteral("version"));
    parser.addOption(toOption);
    fd::dispatch::addOptions(parser);
    fd::whatsappcheck::addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QObject::tr("migrate: upgrade the database schema; check: test the database; "
                    "dispatch: send the queued WhatsApp messages."),
        QStringLiteral("[command]"));
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !kCommands.contains(positional.first()))) {
        err << QObject::tr("error: unknown command \"%1\" (commands: %2)")
                   .arg(positional.join(QLatin1Char(' ')), kCommands.join(QLatin1String(", ")))
            << Qt::endl;
        return fd::ExitFailure;
    }

    auto choice = fd::DatabaseChoice::resolve(parser.value(databaseOption));
    if (!choice) {
        if (positional.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("FrontDesk"), choice.error().message);
        err << QObject::tr("error: %1").arg(choice.error().message) << Qt::endl;
        return fd::ExitFailure;
    }

    if (!positional.isEmpty()) {
        const QString command = positional.first();
        if (command == QLatin1String("migrate")) {
            const auto target = fd::parseTargetVersion(parser.value(toOption));
            if (!target) {
                err << QObject::tr("error: %1").arg(target.error().message) << Qt::endl;
                return fd::ExitFailure;
            }
            return fd::runMigrate(choice.value(), out, err, target.value());
        }
        if (command == QLatin1String("dispatch"))
            return fd::dispatch::run(parser, choice.value(), out, err);
        if (command == QLatin1String("check") && fd::whatsappcheck::wanted(parser))
            return fd::whatsappcheck::run(parser, out, err);
        return fd::runCheck(choice.value(), out, err);
    }

    // The desk's language, before any window is built.
    fd::UiLanguage::install(fd::DeskConfig().uiLanguage());

    // One window per user and database: a second launch brings the first to the front and exits.
    fd::SingleInstance instance(choice->spec.displayName());
    const auto role = instance.claim();
    if (role == fd::SingleInstance::Role::Secondary) {
        out << QObject::tr("FrontDesk is already running: brought its window to the front.") << Qt::endl;
        return fd::ExitOk;
    }
    if (role == fd::SingleInstance::Role::Failed)
        err << QObject::tr("warning: %1").arg(instance.errorString()) << Qt::endl;

    // Ties the window to the installed .desktop entry and icon (Wayland, taskbars).
    QGuiApplication::setDesktopFileName(QStringLiteral(FRONTDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(FRONTDESK_APP_ID)));

    // First run (no database chosen anywhere yet): the setup wizard; otherwise the sign-in dialog. The window
    // opens once someone signed in (GuiSession::windowOpened).
    fd::GuiSession session(choice.value(), fd::GuiSession::firstRunWanted(parser.value(databaseOption)));
    QObject::connect(&instance, &fd::SingleInstance::activationRequested, &session,
                     &fd::GuiSession::bringToFront);
    fd::DeskWiring wiring(session);
    QObject::connect(&session, &fd::GuiSession::windowOpened, &wiring, &fd::DeskWiring::attach);
    session.start();
    return app->exec();
}
