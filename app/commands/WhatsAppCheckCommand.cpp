#include "app/commands/WhatsAppCheckCommand.h"

#include "app/DeskWhatsAppOptions.h"
#include "app/ExitCode.h"
#include "app/commands/EngineOption.h"
#include "automation/whatsapp/ClientHints.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "models/config/DeskConfig.h"

#include <QCoreApplication>
#include <QTimer>

namespace fd::whatsappcheck {
namespace {

const QString kWhatsApp = QStringLiteral("whatsapp");
const QString kUrl = QStringLiteral("whatsapp-url"); // registered by the dispatch command
constexpr int kSettleTimeoutMs = 60000;

bool settled(whatsapp::SessionState state)
{
    return state != whatsapp::SessionState::Loading && state != whatsapp::SessionState::Syncing;
}

} // namespace

bool isRequested(int argc, char** argv)
{
    bool check = false;
    bool whatsapp = false;
    for (int i = 1; i < argc; ++i) {
        check = check || qstrcmp(argv[i], "check") == 0;
        whatsapp = whatsapp || qstrcmp(argv[i], "--whatsapp") == 0;
    }
    return check && whatsapp;
}

void addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {kWhatsApp, QObject::tr("check: test the WhatsApp Web page (which landmarks FrontDesk finds) "
                                "instead of the database.")});
}

bool wanted(const QCommandLineParser& parser)
{
    return parser.isSet(kWhatsApp);
}

int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    whatsapp::SessionOptions options = deskWhatsAppOptions(DeskConfig());
    if (const QString url = parser.value(kUrl); !url.isEmpty())
        options.baseUrl = QUrl(url);
    const auto engine = engineoption::chosen(parser, options.engine);
    if (!engine) {
        err << QObject::tr("error: %1").arg(engine.error().message) << Qt::endl;
        return ExitFailure;
    }
    options.engine = engine.value();
    whatsapp::WhatsAppSession session(options);
    // Follows the engines as a sending station would, sending nothing: the report says which one sends.
    whatsapp::WhatsAppWebSender sender(session);
    if (auto started = session.start(); !started) {
        err << QObject::tr("error: %1").arg(started.error().message) << Qt::endl;
        return started.error().kind == Error::Kind::Conflict ? ExitSenderNotReady : ExitFailure;
    }
    out << QObject::tr("WhatsApp Web: %1").arg(session.baseUrl().toString()) << Qt::endl;
    out << QObject::tr("Selector pack: %1, version %2")
               .arg(session.selectorPack().origin())
               .arg(session.selectorPack().version())
        << Qt::endl;

    int exitCode = ExitFailure;
    bool reported = false;
    const auto report = [&] {
        if (reported)
            return;
        reported = true;
        session.selfTest([&](const whatsapp::SelfTestReport& selfTest) {
            out << QObject::tr("State: %1").arg(session.stateText()) << Qt::endl;
            out << selfTest.toText() << Qt::endl;
            out << sender.engineReport() << Qt::endl;
            if (!selfTest.pageAnswered || session.state() == whatsapp::SessionState::Error ||
                session.state() == whatsapp::SessionState::Unsupported)
                exitCode = ExitFailure;
            else if (session.state() != whatsapp::SessionState::Ready)
                exitCode = ExitSenderNotReady;
            else
                exitCode = selfTest.missing().contains(QStringLiteral("chatList")) ? ExitFailure : ExitOk;
            // What the page itself reads of its browser: one Chrome version in both places.
            session.readPageBrowser([&](const whatsapp::WhatsAppSession::PageBrowser& browser) {
                if (browser.answered)
                    out << QObject::tr("The page sees: user agent Chrome %1, client hints %2")
                               .arg(whatsapp::chromeMajorOf(browser.userAgent))
                               .arg(browser.brands.isEmpty() ? QObject::tr("none")
                                                             : browser.brands.join(QLatin1String(", ")))
                        << Qt::endl;
                QCoreApplication::exit(exitCode);
            });
        });
    };
    QObject::connect(&session, &whatsapp::WhatsAppSession::stateChanged, &session,
                     [&](whatsapp::SessionState state) {
                         // An error page retries by itself: report it rather than wait.
                         // Ready: once `auto` has chosen its engine (the sender says when).
                         if (settled(state) && !sender.choosingEngine())
                             QTimer::singleShot(500, &session, report); // let the screen finish drawing
                     });
    QObject::connect(&sender, &whatsapp::WhatsAppWebSender::engineChanged, &session, [&] {
        if (settled(session.state()))
            QTimer::singleShot(500, &session, report);
    });
    QTimer::singleShot(kSettleTimeoutMs, &session, report);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace fd::whatsappcheck
