#include "app/commands/DispatchCommand.h"

#include "app/DeskWhatsAppOptions.h"
#include "app/ExitCode.h"
#include "app/StationName.h"
#include "app/TransportChoice.h"
#include "app/commands/EngineOption.h"
#include "automation/cloudapi/CloudApiSender.h"
#include "automation/dispatch/Dispatcher.h"
#include "automation/dispatch/MessageQueue.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/qrcode/QrCode.h"
#include "automation/secrets/CredentialService.h"
#include "automation/settings/SharedSettings.h"
#include "automation/whatsapp/ChromiumFlags.h"
#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "models/config/DeskConfig.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/MigrationRunner.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QWebEngineView>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace fd::dispatch {
namespace {

const QString kOnce = QStringLiteral("once");
const QString kPace = QStringLiteral("pace-ms");
const QString kUrl = QStringLiteral("whatsapp-url");
const QString kReadyTimeout = QStringLiteral("ready-timeout");
const QString kTransport = QStringLiteral("transport");
const QString kTokenFile = QStringLiteral("token-file");
const QString kResume = QStringLiteral("resume");

// Stopping (SIGTERM, SIGINT) is bounded whatever the page does: the message in flight gets kStopGraceMs to be
// confirmed (then it is recorded "may have been sent" if send was pressed, or released untouched), the run
// ends after kStopBackstopMs whatever is still open, and the process after kHardStopSeconds whatever it is
// doing (a timer of the kernel, not of the event loop). A second signal ends it at once.
constexpr int kStopGraceMs = 10000;
constexpr int kStopBackstopMs = 25000;
constexpr unsigned kHardStopSeconds = 30;

volatile std::sig_atomic_t g_stopRequested = 0;
// Written before the handlers are installed (a signal handler may not format or translate).
std::string g_secondSignalText;
std::string g_hardStopText;

void writeError(const std::string& text)
{
#if defined(Q_OS_UNIX)
    (void)!::write(STDERR_FILENO, text.data(), text.size());
#else
    std::fputs(text.c_str(), stderr);
#endif
}

extern "C" void onStopSignal(int signo)
{
    if (g_stopRequested) {
        writeError(g_secondSignalText);
        std::_Exit(128 + signo);
    }
    g_stopRequested = signo;
#if defined(Q_OS_UNIX)
    ::alarm(kHardStopSeconds);
#endif
}

#if defined(Q_OS_UNIX)
extern "C" void onHardStop(int)
{
    writeError(g_hardStopText);
    std::_Exit(ExitFailure);
}
#endif

void installStopHandlers()
{
    g_secondSignalText =
        QObject::tr("frontdesk dispatch: a second stop signal: stopped at once\n").toStdString();
    g_hardStopText =
        QObject::tr("error: frontdesk dispatch did not end within %1 s of the stop signal and was "
                    "ended; the next start checks the message in flight in its chat\n")
            .arg(kHardStopSeconds)
            .toStdString();
#if defined(Q_OS_UNIX)
    struct sigaction action = {};
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    action.sa_handler = onStopSignal;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    action.sa_handler = onHardStop;
    ::sigaction(SIGALRM, &action, nullptr);
#else
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
#endif
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
        return Error::make(
            Error::Kind::InvalidInput,
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
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("--whatsapp-url needs an http(s) address such as https://web.whatsapp.com/, "
                        "not \"%1\".")
                .arg(text));
    return url;
}

// A Cloud API access token from a file (e.g. a systemd credential), for stations without a keychain. The
// file must be the owner's alone: a token others can read is refused rather than used.
Result<QString> readTokenFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("the token file %1 does not exist").arg(path));
#ifndef Q_OS_WIN
    if (file.permissions() &
        (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return Error::make(Error::Kind::PermissionDenied,
                           QObject::tr("the token file %1 can be read by other users; make it yours alone "
                                       "(chmod 600 %1)")
                               .arg(path));
#endif
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("cannot read the token file %1: %2").arg(path, file.errorString()));
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty() || token.contains(QLatin1Char('\n')))
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("the token file %1 must hold the access token alone, on one line").arg(path));
    return token;
}

// The login QR code: in the terminal and as an image, because terminals differ in how they draw it.
void showQr(const QString& token, QTextStream& out)
{
    if (token.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("whatsapp-login-qr.png"));
    const qrcode::QrCode code(token, qrcode::QrCode::Correction::Low); // a long token: fewer, larger modules
    const bool saved = code.toImage(8, 2).save(path);
    out << QObject::tr(
               "WhatsApp Web needs a login: on the business phone open WhatsApp > Linked devices > Link a "
               "device and scan this code.")
        << Qt::endl;
    out << code.toTerminalText();
    if (saved)
        out << QObject::tr("The same code as an image: %1").arg(path) << Qt::endl;
    out << QObject::tr("Waiting for the scan ...") << Qt::endl;
}

int exitCodeFor(Dispatcher::Finish how)
{
    switch (how) {
    case Dispatcher::Finish::Done:
        return ExitOk;
    case Dispatcher::Finish::SenderNotReady:
        return ExitSenderNotReady;
    case Dispatcher::Finish::DatabaseError:
        return ExitDatabaseError;
    case Dispatcher::Finish::Failure:
        return ExitFailure;
    case Dispatcher::Finish::Paused:
        return ExitSendingPaused;
    }
    return ExitFailure;
}

} // namespace

void addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {kOnce, QObject::tr("dispatch: send what is due now, then exit (else run until stopped).")});
    parser.addOption(
        {kPace,
         QObject::tr("dispatch: the gap between messages for this run, in milliseconds (MIN or MIN,MAX)."),
         QStringLiteral("MIN[,MAX]")});
    parser.addOption({kUrl,
                      QObject::tr("dispatch: WhatsApp Web's address (default https://web.whatsapp.com/)."),
                      QStringLiteral("url")});
    parser.addOption(
        {kReadyTimeout,
         QObject::tr("dispatch --once: give up when WhatsApp Web is not ready after this many seconds "
                     "(default 60)."),
         QStringLiteral("seconds")});
    parser.addOption(
        {kTransport,
         QObject::tr("dispatch: send through whatsapp-web or cloud-api for this run (default: the "
                     "transport the admin chose)."),
         QStringLiteral("transport")});
    parser.addOption(
        {kResume,
         QObject::tr("dispatch: resume sending on this station after it paused because WhatsApp Web "
                     "changed (administrators; on PostgreSQL an administrator's login), then exit.")});
    engineoption::add(parser);
    parser.addOption(
        {kTokenFile,
         QObject::tr("dispatch with cloud-api: read the access token from this file (owner-only) "
                     "instead of the keychain."),
         QStringLiteral("path")});
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

namespace {

// What a run was asked for, checked before anything starts.
struct RunOptions
{
    Dispatcher::Options dispatcher;
    whatsapp::SessionOptions whatsApp;
    QString transport; // empty: the shared setting
    QString tokenFile;
};

// The station of one run: the sender is built once the database said which transport to use.
class Station
{
public:
    Station(DatabaseWorker& database, RunOptions options, QTextStream& out, QTextStream& err)
        : m_database(database)
        , m_options(std::move(options))
        , m_out(out)
        , m_err(err)
    {}

    ~Station() { m_dispatcher.reset(); } // before the senders it uses

    void startWith(const TransportChoice& choice)
    {
        if (choice.isCloudApi())
            startCloudApi(choice.cloud);
        else
            startWhatsAppWeb();
    }

    void stop()
    {
        if (m_stopping)
            return;
        m_stopping = true;
        if (!m_dispatcher) {
            quit(ExitOk);
            return;
        }
        m_out
            << QObject::tr("Stopping: the message being sent gets at most %1 s ...").arg(kStopGraceMs / 1000)
            << Qt::endl;
        m_sender->stopSending(kStopGraceMs);
        m_dispatcher->stop();
        QTimer::singleShot(kStopBackstopMs, m_dispatcher.get(), [this] {
            m_err << QObject::tr(
                         "error: the message in flight was not recorded within %1 s of the stop; ending "
                         "now: the next start checks it in its chat")
                         .arg(kStopBackstopMs / 1000)
                  << Qt::endl;
            quit(ExitFailure);
        });
    }

    int exitCode() const { return m_exitCode; }

    void quit(int code)
    {
        m_exitCode = code;
        QCoreApplication::exit(code);
    }

    void fail(int code, const QString& message)
    {
        m_err << QObject::tr("error: %1").arg(message) << Qt::endl;
        quit(code);
    }

private:
    void startWhatsAppWeb()
    {
        m_session = std::make_unique<whatsapp::WhatsAppSession>(m_options.whatsApp);
        QTextStream* out = &m_out;
        QObject::connect(m_session.get(), &whatsapp::WhatsAppSession::qrCodeChanged, m_session.get(),
                         [out](const QString& token) { showQr(token, *out); });
        QObject::connect(m_session.get(), &whatsapp::WhatsAppSession::stateChanged, m_session.get(),
                         [out](whatsapp::SessionState state, const QString& text) {
                             if (state != whatsapp::SessionState::Loading)
                                 *out << QObject::tr("WhatsApp: %1").arg(text) << Qt::endl;
                         });
        if (auto started = m_session->start(); !started) {
            fail(started.error().kind == Error::Kind::Conflict ? ExitSenderNotReady : ExitFailure,
                 started.error().message);
            return;
        }
        // An invisible view renders the page, so failures keep a real screenshot.
        m_view = std::make_unique<QWebEngineView>();
        m_view->setAttribute(Qt::WA_DontShowOnScreen);
        m_view->resize(1280, 900);
        m_view->setPage(m_session->page());
        m_view->show();
        m_session->setScreenshotProvider([view = m_view.get()] { return view->grab().toImage(); });
        m_webSender = std::make_unique<whatsapp::WhatsAppWebSender>(*m_session);
        QObject::connect(
            m_webSender.get(), &whatsapp::WhatsAppWebSender::engineChanged, m_webSender.get(),
            [out](const QString& text) { *out << QObject::tr("Engine: %1").arg(text) << Qt::endl; });
        m_out << QObject::tr("Station %1 sends through %2")
                     .arg(m_options.dispatcher.station, m_options.whatsApp.baseUrl.toString())
              << Qt::endl;
        startDispatcher(*m_webSender);
    }

    void startCloudApi(const CloudApiSettings& settings)
    {
        if (settings.phoneNumberId.isEmpty()) {
            fail(ExitSenderNotReady,
                 QObject::tr(
                     "the Cloud API is chosen but has no phone-number id yet: an admin sets it in the desk "
                     "under Desk > How messages are sent"));
            return;
        }
        m_cloudSender = std::make_unique<CloudApiSender>(settings);
        m_out << QObject::tr("Station %1 sends through the WhatsApp Cloud API (number %2 at %3)")
                     .arg(m_options.dispatcher.station, settings.phoneNumberId,
                          settings.messagesUrl().toString())
              << Qt::endl;
        if (!m_options.tokenFile.isEmpty()) {
            auto token = readTokenFile(m_options.tokenFile);
            if (!token) {
                fail(ExitSenderNotReady, token.error().message);
                return;
            }
            useToken(token.value());
            return;
        }
        m_credentials = std::make_unique<CredentialService>();
        const QString key = settings.tokenKey();
        m_credentials->load(key, [this, key](Result<std::optional<QString>> token) {
            if (!token)
                fail(ExitSenderNotReady,
                     QObject::tr("the Cloud API access token could not be read: %1 Pass it with --token-file "
                                 "instead.")
                         .arg(token.error().message));
            else if (!token->has_value())
                fail(ExitSenderNotReady,
                     QObject::tr(
                         "the keychain has no Cloud API access token (%1): an admin stores it in the desk "
                         "under Desk > How messages are sent, or pass --token-file")
                         .arg(key));
            else
                useToken(token->value());
        });
    }

    void useToken(const QString& token)
    {
        m_cloudSender->setAccessToken(token);
        startDispatcher(*m_cloudSender);
    }

    void startDispatcher(Sender& sender)
    {
        m_sender = &sender;
        m_dispatcher = std::make_unique<Dispatcher>(m_database, sender, m_options.dispatcher);
        QObject::connect(
            m_dispatcher.get(), &Dispatcher::finished, m_dispatcher.get(),
            [this, &sender](Dispatcher::Finish how, const QString& message) {
                m_out << QObject::tr("dispatch: %1 (%2)").arg(m_dispatcher->summary().toString(), message)
                      << Qt::endl;
                if (how == Dispatcher::Finish::Paused)
                    m_err << QObject::tr("error: sending paused on station %1: %2. No message is sent "
                                         "from this station until an administrator resumes it, after "
                                         "updating the selector pack: \"frontdesk dispatch --resume\" "
                                         "or \"Resume sending\" on the desk's WhatsApp tab.")
                                 .arg(m_options.dispatcher.station, message)
                          << Qt::endl;
                else if (how == Dispatcher::Finish::SenderNotReady)
                    m_err << QObject::tr("error: the sender is not ready, so nothing was sent and the "
                                         "messages wait: %1")
                                 .arg(sender.notReadyReason().isEmpty() ? message : sender.notReadyReason())
                          << Qt::endl;
                else if (how != Dispatcher::Finish::Done)
                    m_err << QObject::tr("error: %1").arg(message) << Qt::endl;
                quit(exitCodeFor(how));
            });
        m_dispatcher->start();
    }

    DatabaseWorker& m_database;
    const RunOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    int m_exitCode = ExitFailure;
    bool m_stopping = false;
    Sender* m_sender = nullptr; // the one the dispatcher uses
    std::unique_ptr<whatsapp::WhatsAppSession> m_session;
    std::unique_ptr<QWebEngineView> m_view;
    std::unique_ptr<whatsapp::WhatsAppWebSender> m_webSender;
    std::unique_ptr<CredentialService> m_credentials;
    std::unique_ptr<CloudApiSender> m_cloudSender;
    std::unique_ptr<Dispatcher> m_dispatcher;
};

} // namespace

// `dispatch --resume`: lifts this station's pause. On PostgreSQL the server lets only administrators do it
// (and records who); an SQLite file belongs to whoever may write it.
int resume(const DatabaseChoice& choice, QTextStream& out, QTextStream& err)
{
    const QString station = stationName();
    const QString by = choice.spec.user.isEmpty() ? qEnvironmentVariable("USER") : choice.spec.user;
    auto connection = Connection::open(choice.spec, QStringLiteral("resume"));
    if (!connection) {
        err << QObject::tr("error: %1").arg(connection.error().message) << Qt::endl;
        return ExitDatabaseError;
    }
    auto resumed =
        StationPauses(*connection.value()).resume(station, by, true, QDateTime::currentDateTimeUtc());
    if (!resumed) {
        err << QObject::tr("error: %1").arg(resumed.error().message) << Qt::endl;
        return resumed.error().kind == Error::Kind::PermissionDenied ? ExitFailure : ExitDatabaseError;
    }
    if (resumed.value() == 0)
        out << QObject::tr("Station %1 was not paused.").arg(station) << Qt::endl;
    else
        out << QObject::tr("Sending resumed on station %1.").arg(station) << Qt::endl;
    return ExitOk;
}

int run(const QCommandLineParser& parser, const DatabaseChoice& choice, QTextStream& out, QTextStream& err)
{
    if (parser.isSet(kResume))
        return resume(choice, out, err);
    const auto pace = parsePace(parser.value(kPace));
    if (!pace) {
        err << QObject::tr("error: %1").arg(pace.error().message) << Qt::endl;
        return ExitFailure;
    }
    whatsapp::SessionOptions whatsApp = deskWhatsAppOptions(DeskConfig());
    QString urlText = parser.value(kUrl);
    if (urlText.isEmpty())
        urlText = whatsApp.baseUrl.toString();
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
    const QString transport = parser.value(kTransport);
    if (!transport.isEmpty() && !SharedSettings::transports().contains(transport)) {
        err << QObject::tr("error: --transport takes one of %1, not \"%2\".")
                   .arg(SharedSettings::transports().join(QStringLiteral(", ")), transport)
            << Qt::endl;
        return ExitFailure;
    }
    const auto engine = engineoption::chosen(parser, whatsApp.engine);
    if (!engine) {
        err << QObject::tr("error: %1").arg(engine.error().message) << Qt::endl;
        return ExitFailure;
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        err << QObject::tr("error: dispatch needs the graphical application object") << Qt::endl;
        return ExitFailure;
    }

    RunOptions options;
    options.dispatcher.station = stationName();
    options.dispatcher.once = parser.isSet(kOnce);
    options.dispatcher.paceMinMs = pace->minMs;
    options.dispatcher.paceMaxMs = pace->maxMs;
    options.dispatcher.notReadyTimeoutMs = readyTimeoutSeconds * 1000;
    options.dispatcher.stopWhenPaused = true; // exit 4: an administrator must look first
    options.dispatcher.login = choice.spec.user.isEmpty() ? qEnvironmentVariable("USER") : choice.spec.user;
    options.whatsApp = whatsApp;
    options.whatsApp.baseUrl = url.value();
    options.whatsApp.engine = engine.value();
    options.transport = transport;
    options.tokenFile = parser.value(kTokenFile);

    out << QObject::tr("Database: %1").arg(choice.spec.displayName()) << Qt::endl;
    DatabaseWorker database(choice.spec, QStringLiteral("dispatch"));
    Station station(database, options, out, err);

    installStopHandlers();
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &stopWatch, [&] {
        if (g_stopRequested) {
            stopWatch.stop();
            station.stop();
        }
    });
    stopWatch.start(100);

    // The schema must be the one this program knows before anything is claimed; the same call reads
    // which transport sends.
    const Dialect dialect = choice.spec.dialect;
    QObject guard;
    database.run(
        &guard,
        [dialect, transport](Connection& c) -> Result<TransportChoice> {
            auto version = MigrationRunner(c).checkCompatible();
            if (!version)
                return version.error();
            if (version.value() < MigrationRunner::latestVersion(dialect))
                return Error::make(
                    Error::Kind::Internal,
                    QObject::tr("the database schema is version %1; run \"frontdesk migrate\" first")
                        .arg(version.value()));
            // A login without the sender role is told so before anything starts (migration 0016).
            auto maySend = MessageQueue::loginMaySend(c);
            if (!maySend)
                return maySend.error();
            if (!maySend.value())
                return Error::make(
                    Error::Kind::PermissionDenied,
                    QObject::tr("This login may not send messages: ask IT or an admin to grant it "
                                "the sender role"));
            return TransportChoice::load(c, transport);
        },
        [&station](const Result<TransportChoice>& transportChoice) {
            if (transportChoice)
                station.startWith(transportChoice.value());
            else if (transportChoice.error().kind == Error::Kind::PermissionDenied)
                station.fail(ExitFailure, transportChoice.error().message);
            else
                station.fail(ExitDatabaseError, transportChoice.error().message);
        });
    QCoreApplication::exec();
    return station.exitCode();
}

} // namespace fd::dispatch
