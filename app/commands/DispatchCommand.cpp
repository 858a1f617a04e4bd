#include "commands/DispatchCommand.h"

#include "ExitCode.h"
#include "StationName.h"
#include "config/DeskConfig.h"
#include "db/DatabaseWorker.h"
#include "db/MigrationRunner.h"
#include "dispatch/Dispatcher.h"
#include "whatsapp/ChromiumFlags.h"
#include "whatsapp/QrCode.h"
#include "whatsapp/WhatsAppSession.h"
#include "whatsapp/WhatsAppWebSender.h"

#include <QApplication>
#include <QDir>
#include <QHostInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QWebEngineView>

#include <csignal>
#include <optional>

namespace fd::dispatch {
namespace {

const QString kOnce = QStringLiteral("once");
const QString kPace = QStringLiteral("pace-ms");
const QString kUrl = QStringLiteral("whatsapp-url");
const QString kReadyTimeout = QStringLiteral("ready-timeout");

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void onStopSignal(int)
{
    g_stopRequested = 1;
}

struct Pace
{
    std::optional<int> minMs;
    std::optional<int> maxMs;
};

// "MIN" or "MIN,MAX" in milliseconds.
Result<Pace> parsePace(const QString& text)
{
    Pace pace;
    if (text.isEmpty())
        return pace;
    const QStringList parts = text.split(QLatin1Char(','));
    bool okMin = false;
    bool okMax = true;
    const int minMs = parts.value(0).trimmed().toInt(&okMin);
    const int maxMs = parts.size() > 1 ? parts.value(1).trimmed().toInt(&okMax) : minMs;
    if (parts.size() > 2 || !okMin || !okMax || minMs < 0 || maxMs < minMs)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("--pace-ms takes MIN or MIN,MAX in milliseconds (0 or more, MAX not below "
                                       "MIN), not \"%1\".")
                               .arg(text));
    pace.minMs = minMs;
    pace.maxMs = maxMs;
    return pace;
}

Result<QUrl> parseUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("--whatsapp-url needs an http(s) address such as https://web.whatsapp.com/, "
                                       "not \"%1\".")
                               .arg(text));
    return url;
}

// The login QR code: in the terminal and as an image, because terminals differ in how they draw it.
void showQr(const QString& token, QTextStream& out)
{
    if (token.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("whatsapp-login-qr.png"));
    const bool saved = whatsapp::qr::toImage(token).save(path);
    out << QObject::tr("WhatsApp Web needs a login: on the business phone open WhatsApp > Linked devices > Link a "
                       "device and scan this code.")
        << Qt::endl;
    out << whatsapp::qr::toTerminalText(token);
    if (saved)
        out << QObject::tr("The same code as an image: %1").arg(path) << Qt::endl;
    out << QObject::tr("Waiting for the scan ...") << Qt::endl;
}

int exitCodeFor(Dispatcher::Finish how)
{
    switch (how) {
    case Dispatcher::Finish::Done: return ExitOk;
    case Dispatcher::Finish::SenderNotReady: return ExitSenderNotReady;
    case Dispatcher::Finish::DatabaseError: return ExitDatabaseError;
    case Dispatcher::Finish::Failure: return ExitFailure;
    }
    return ExitFailure;
}

} // namespace

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({kOnce, QObject::tr("dispatch: send what is due now, then exit (else run until stopped).")});
    parser.addOption({kPace,
                      QObject::tr("dispatch: the gap between messages for this run, in milliseconds (MIN or MIN,MAX)."),
                      QStringLiteral("MIN[,MAX]")});
    parser.addOption({kUrl, QObject::tr("dispatch: WhatsApp Web's address (default https://web.whatsapp.com/)."),
                      QStringLiteral("url")});
    parser.addOption({kReadyTimeout,
                      QObject::tr("dispatch --once: give up when WhatsApp Web is not ready after this many seconds "
                                  "(default 60)."),
                      QStringLiteral("seconds")});
}

bool isRequested(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "dispatch") == 0)
            return true;
    return false;
}

void prepareProcess()
{
    whatsapp::preferOffscreenWithoutDisplay();
}

int run(const QCommandLineParser& parser, const DatabaseChoice& choice, QTextStream& out, QTextStream& err)
{
    const auto pace = parsePace(parser.value(kPace));
    if (!pace) {
        err << QObject::tr("error: %1").arg(pace.error().message) << Qt::endl;
        return ExitFailure;
    }
    DeskConfig desk;
    QString urlText = parser.value(kUrl);
    if (urlText.isEmpty())
        urlText = desk.get(DeskConfig::Key::WhatsAppUrl).toString();
    if (urlText.isEmpty())
        urlText = whatsapp::SessionOptions::defaultBaseUrl().toString();
    const auto url = parseUrl(urlText);
    if (!url) {
        err << QObject::tr("error: %1").arg(url.error().message) << Qt::endl;
        return ExitFailure;
    }
    int readyTimeoutSeconds = 60;
    if (parser.isSet(kReadyTimeout)) {
        bool ok = false;
        readyTimeoutSeconds = parser.value(kReadyTimeout).toInt(&ok);
        if (!ok || readyTimeoutSeconds < 1) {
            err << QObject::tr("error: --ready-timeout takes a number of seconds from 1, not \"%1\".")
                       .arg(parser.value(kReadyTimeout))
                << Qt::endl;
            return ExitFailure;
        }
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        err << QObject::tr("error: dispatch needs the graphical application object") << Qt::endl;
        return ExitFailure;
    }

    out << QObject::tr("Database: %1").arg(choice.spec.displayName()) << Qt::endl;
    DatabaseWorker database(choice.spec, QStringLiteral("dispatch"));

    whatsapp::SessionOptions sessionOptions;
    sessionOptions.baseUrl = url.value();
    sessionOptions.selectorPackPath = desk.get(DeskConfig::Key::SelectorPackPath).toString();
    whatsapp::WhatsAppSession session(sessionOptions);
    QTextStream* outStream = &out;
    QObject::connect(&session, &whatsapp::WhatsAppSession::qrCodeChanged, &session,
                     [outStream](const QString& token) { showQr(token, *outStream); });
    QObject::connect(&session, &whatsapp::WhatsAppSession::stateChanged, &session,
                     [outStream](whatsapp::SessionState state, const QString& text) {
                         if (state != whatsapp::SessionState::Loading)
                             *outStream << QObject::tr("WhatsApp: %1").arg(text) << Qt::endl;
                     });
    if (auto started = session.start(); !started) {
        err << QObject::tr("error: %1").arg(started.error().message) << Qt::endl;
        return started.error().kind == Error::Kind::Conflict ? ExitSenderNotReady : ExitFailure;
    }

    // An invisible view renders the page, so failures keep a real screenshot.
    QWebEngineView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1280, 900);
    view.setPage(session.page());
    view.show();
    session.setScreenshotProvider([&view] { return view.grab().toImage(); });

    whatsapp::WhatsAppWebSender sender(session);

    Dispatcher::Options options;
    options.station = stationName();
    options.once = parser.isSet(kOnce);
    options.paceMinMs = pace->minMs;
    options.paceMaxMs = pace->maxMs;
    options.notReadyTimeoutMs = readyTimeoutSeconds * 1000;
    Dispatcher dispatcher(database, sender, options);

    int exitCode = ExitFailure;
    QObject::connect(&dispatcher, &Dispatcher::finished, &dispatcher,
                     [&](Dispatcher::Finish how, const QString& message) {
                         exitCode = exitCodeFor(how);
                         out << QObject::tr("dispatch: %1 (%2)").arg(dispatcher.summary().toString(), message)
                             << Qt::endl;
                         if (how == Dispatcher::Finish::SenderNotReady)
                             err << QObject::tr("error: WhatsApp Web is not ready, so nothing was sent and the "
                                                "messages wait: %1")
                                        .arg(message)
                                 << Qt::endl;
                         else if (how != Dispatcher::Finish::Done)
                             err << QObject::tr("error: %1").arg(message) << Qt::endl;
                         QCoreApplication::exit(exitCode);
                     });

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &dispatcher, [&] {
        if (g_stopRequested) {
            stopWatch.stop();
            out << QObject::tr("Stopping after the message in flight ...") << Qt::endl;
            dispatcher.stop();
        }
    });
    stopWatch.start(200);

    out << QObject::tr("Station %1 sends through %2").arg(options.station, url->toString()) << Qt::endl;
    // The schema must be the one this program knows before anything is claimed.
    const Dialect dialect = choice.spec.dialect;
    database
        .run([dialect](Connection& c) -> Result<int> {
            auto version = MigrationRunner(c).checkCompatible();
            if (!version)
                return version.error();
            if (version.value() < MigrationRunner::latestVersion(dialect))
                return Error::make(Error::Kind::Internal,
                                   QObject::tr("the database schema is version %1; run \"frontdesk migrate\" first")
                                       .arg(version.value()));
            return version;
        })
        .then(&dispatcher, [&](const Result<int>& schema) {
            if (schema) {
                dispatcher.start();
                return;
            }
            err << QObject::tr("error: %1").arg(schema.error().message) << Qt::endl;
            exitCode = ExitDatabaseError;
            QCoreApplication::exit(exitCode);
        });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace fd::dispatch
