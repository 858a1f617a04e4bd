#include "automation/whatsapp/WhatsAppSession.h"

#include "automation/whatsapp/ClientHints.h"
#include "automation/whatsapp/WaJsScripts.h"
#include "automation/whatsapp/WhatsAppLogging.h"
#include "automation/whatsapp/WhatsAppPage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/types.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace fd::whatsapp {
namespace {

// The driver runs in its own JavaScript world: the page cannot see or break it.
constexpr quint32 kWorld = QWebEngineScript::ApplicationWorld;
constexpr int kJobPollMs = 10;
constexpr int kKeptDiagnostics = 200;
constexpr int kWatchMs = 250;
constexpr int kDiagnosticsHtmlMs = 3000; // a page that does not hand over its HTML by then is not waited for
constexpr int kUnregisterTimeoutMs = 5000;

QString appDataFolder(const QString& name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

// Chromium's profile holds the WhatsApp login: owner-only, like a password store.
bool makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString json(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A bare value: wrap it in an array and take the element, so strings are escaped by QJsonDocument too.
    const QString wrapped =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped + QStringLiteral("[0]");
}

QVariantMap failure(const QString& reason)
{
    return {{QStringLiteral("outcome"), QStringLiteral("failed")}, {QStringLiteral("reason"), reason}};
}

// A job ended here, not by the driver: what the page did meanwhile is unknown.
QVariantMap interrupted(const QString& reason)
{
    QVariantMap result = failure(reason);
    result.insert(QStringLiteral("interrupted"), true);
    return result;
}

// Ends a render process that no longer answers (Chromium restarts one for the next load).
bool endProcess(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), SIGKILL) == 0;
#elif defined(Q_OS_WIN)
    HANDLE process = ::OpenProcess(PROCESS_TERMINATE, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool ended = ::TerminateProcess(process, 1);
    ::CloseHandle(process);
    return ended;
#else
    return false;
#endif
}

void pruneDiagnostics(const QString& folder)
{
    QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Time);
    for (int i = kKeptDiagnostics; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}

} // namespace

QUrl SessionOptions::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://web.whatsapp.com/"));
}

WhatsAppSession::WhatsAppSession(SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<fd::whatsapp::SessionState>();
    if (m_options.baseUrl.isEmpty())
        m_options.baseUrl = SessionOptions::defaultBaseUrl();
    if (m_options.baseUrl.path().isEmpty())
        m_options.baseUrl.setPath(QStringLiteral("/"));
    if (m_options.profileFolder.isEmpty())
        m_options.profileFolder = appDataFolder(QStringLiteral("whatsapp-profile"));
    if (m_options.diagnosticsFolder.isEmpty())
        m_options.diagnosticsFolder = appDataFolder(QStringLiteral("whatsapp-diagnostics"));
    m_stateText = describeSessionState(m_state);
    m_pollTimer.setInterval(m_options.pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &WhatsAppSession::poll);
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &WhatsAppSession::reload);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &WhatsAppSession::restartPage);
    m_watchTimer.setInterval(kWatchMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &WhatsAppSession::watch);
}

WhatsAppSession::~WhatsAppSession()
{
    m_pollTimer.stop();
    m_watchTimer.stop();
    // Nobody is called back from here on: a page being deleted answers what it still owes with nothing.
    m_jobs.clear();
    m_calls.clear();
    m_diagnostics.clear();
    delete m_page; // a page must go before its profile
    m_page = nullptr;
    delete m_profile;
}

Result<bool> WhatsAppSession::start()
{
    if (m_page)
        return true;
    if (!m_options.baseUrl.isValid() || (m_options.baseUrl.scheme() != QLatin1String("https") &&
                                         m_options.baseUrl.scheme() != QLatin1String("http"))) {
        const Error error = Error::make(
            Error::Kind::InvalidInput,
            tr("The WhatsApp address \"%1\" is not an http(s) URL.").arg(m_options.baseUrl.toString()));
        setState(SessionState::Error, error.message);
        return error;
    }
    auto pack = SelectorPack::load(m_options.selectorPackPath);
    if (!pack) {
        setState(SessionState::Error, pack.error().message);
        return pack.error();
    }
    m_pack = pack.value();
    if (m_options.engine != Engine::Dom)
        m_waJs = chooseWaJs(m_options.waJsPath, &m_waJsWarning);
    if (!makePrivateFolder(m_options.profileFolder)) {
        const Error error =
            Error::make(Error::Kind::Unavailable,
                        tr("Cannot create the WhatsApp profile folder %1.").arg(m_options.profileFolder));
        setState(SessionState::Error, error.message);
        return error;
    }
    m_lock = std::make_unique<ProfileLock>(m_options.profileFolder);
    if (auto locked = m_lock->acquire(); !locked) {
        setState(SessionState::Error, locked.error().message);
        return locked.error();
    }

    // One name per profile folder: Chromium keeps its login data under the storage path.
    m_profile = new QWebEngineProfile(QStringLiteral("whatsapp"), this);
    m_profile->setPersistentStoragePath(QDir(m_options.profileFolder).filePath(QStringLiteral("storage")));
    m_profile->setCachePath(QDir(m_options.profileFolder).filePath(QStringLiteral("cache")));
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    if (m_options.chromeUserAgent)
        setChromeUserAgent();
    // WhatsApp takes its language from the browser: pinned to English whatever the desk's language, so that
    // the selector pack's texts (popups, "Use here", tick labels) and its date order read every desk.
    m_profile->setHttpAcceptLanguage(QString::fromLatin1(kPageLanguages));
    m_page = new WhatsAppPage(m_profile, m_options.baseUrl, this);
    installDriver();
    connect(m_page, &WhatsAppPage::navigationBlocked, this, &WhatsAppSession::navigationBlocked);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &WhatsAppSession::onLoadingChanged);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](const QWebEnginePage::RenderProcessTerminationStatus& status, int exitCode) {
                // Read as an int, never as the enum: when the zygote is gone too (a signal to the whole
                // process group), QtWebEngine reports -1, which is none of the enum's values (UBSan).
                static_assert(sizeof(status) == sizeof(int));
                int raw = 0;
                std::memcpy(&raw, &status, sizeof raw);
                onRenderProcessTerminated(raw, exitCode);
            });
    setState(SessionState::Loading);
    m_page->load(m_options.baseUrl);
    m_pollTimer.start();
    m_watchTimer.start();
    qCInfo(lcWhatsApp) << "WhatsApp session on" << m_options.baseUrl.toString() << "profile"
                       << m_options.profileFolder << "selector pack" << m_pack.origin() << "version"
                       << m_pack.version();
    return true;
}

void WhatsAppSession::installDriver()
{
    QFile file(QStringLiteral(":/whatsapp/driver.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the WhatsApp driver is missing from the resources");
    // The pack enters the page as JSON data, handed to configure().
    const QString source = QString::fromUtf8(file.readAll()) +
                           QStringLiteral("\n;window.__fdDriver.configure(") + json(m_pack.json()) +
                           QStringLiteral(");\n");
    QWebEngineScript script;
    script.setName(QStringLiteral("frontdesk-driver"));
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(kWorld);
    script.setRunsOnSubFrames(false);
    // The page's own scripts, not the profile's: Qt 6.4 gives a render process started after a crash the
    // page's scripts but not the profile's.
    m_page->scripts().insert(script);
    if (m_options.engine != Engine::Dom)
        m_page->scripts().insert(waJsScripts(m_waJs.code));
}

// WhatsApp refuses browsers that name themselves QtWebEngine: the page is told a desktop Chrome of the
// engine's own version (ClientHints.h says why), or the selector pack's user agent, which the page can tell
// from the engine when it names another version.
void WhatsAppSession::setChromeUserAgent()
{
    const QString agent = m_pack.userAgent().isEmpty() ? engineUserAgent() : m_pack.userAgent();
    m_profile->setHttpUserAgent(agent);
    const int claimed = chromeMajorOf(agent);
    if (claimed == 0 || claimed == chromiumMajor())
        return;
    m_userAgentMismatch =
        tr("The selector pack's user agent says Chrome %1, but this browser is Chromium %2, "
           "and the page can tell (by its features, and by the client hints where Qt gives "
           "them). Leave the user agent out of the pack unless WhatsApp refuses Chrome %2.")
            .arg(claimed)
            .arg(chromiumMajor());
    qCWarning(lcWhatsApp).noquote() << m_userAgentMismatch;
}

QWebEnginePage* WhatsAppSession::page() const
{
    return m_page;
}

QString WhatsAppSession::userAgent() const
{
    return m_profile ? m_profile->httpUserAgent() : QString();
}

void WhatsAppSession::setState(SessionState state, const QString& detail)
{
    const QString text = detail.isEmpty() ? describeSessionState(state) : detail;
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    qCInfo(lcWhatsApp).noquote() << "state:" << sessionStateName(state) << "-" << text;
    emit stateChanged(state, text);
}

void WhatsAppSession::reload()
{
    if (!m_page)
        return;
    if (m_rendererGone) {
        restartPage(); // there is nothing to reload: the page's address in a new render process
        return;
    }
    m_reloadTimer.stop();
    ++m_loadSerial;
    m_navigationRequested = true;
    m_navigationRequestedFor.start();
    setState(SessionState::Loading);
    m_page->triggerAction(QWebEnginePage::Reload);
}

void WhatsAppSession::reloadFresh()
{
    if (!m_page || m_rendererGone) {
        reload();
        return;
    }
    qCInfo(lcWhatsApp)
        << "WhatsApp shows its unsupported-browser page; unregistering its service workers and "
           "reloading once, bypassing the cache";
    m_reloadTimer.stop();
    ++m_loadSerial;
    m_navigationRequested = true;
    m_navigationRequestedFor.start();
    setState(SessionState::Loading);
    runJob(QStringLiteral("unregisterServiceWorkers"), QJsonObject(), kUnregisterTimeoutMs,
           [this](const QVariantMap& answer) {
               if (!m_page)
                   return;
               qCInfo(lcWhatsApp) << "service workers unregistered:"
                                  << answer.value(QStringLiteral("unregistered")).toInt()
                                  << answer.value(QStringLiteral("reason")).toString();
               if (m_rendererGone) {
                   reload();
                   return;
               }
               ++m_loadSerial;
               m_navigationRequested = true;
               m_navigationRequestedFor.start();
               m_page->triggerAction(QWebEnginePage::ReloadAndBypassCache);
           });
}

void WhatsAppSession::warnAboutInvalidSelectors()
{
    callDriver(QStringLiteral("invalidSelectors"), QJsonValue(), [](const QVariant& answer) {
        for (const QVariant& item : answer.toList()) {
            const QVariantMap i = item.toMap();
            qCWarning(lcWhatsApp).noquote() << "selector of" << i.value(QStringLiteral("name")).toString()
                                            << "is invalid in this browser and never matches:"
                                            << i.value(QStringLiteral("css")).toString() << "-"
                                            << i.value(QStringLiteral("error")).toString();
        }
    });
}

void WhatsAppSession::useHere()
{
    callDriver(QStringLiteral("useHere"), QJsonValue(), [](const QVariant& clicked) {
        if (!clicked.toBool())
            qCWarning(lcWhatsApp) << "the \"Use here\" button was not found";
    });
}

void WhatsAppSession::openChatByUrl(const QString& digits)
{
    if (!m_page)
        return;
    QUrl url = m_options.baseUrl.resolved(QUrl(QStringLiteral("send")));
    url.setQuery(QStringLiteral("phone=") +
                 QString(digits).remove(QRegularExpression(QStringLiteral("[^0-9]"))));
    m_restartTimer.stop(); // this load starts a new render process if the old one is gone
    m_rendererGone = false;
    ++m_loadSerial;
    m_navigationRequested = true;
    m_navigationRequestedFor.start();
    setState(SessionState::Loading);
    m_page->load(url);
}

void WhatsAppSession::onLoadingChanged(const QWebEngineLoadingInfo& info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
        ++m_loadSerial;
        // Until the new document is in, the old one still answers: its "ready" is not the new page's.
        m_navigationRequested = true;
        m_navigationRequestedFor.start();
        if (m_state != SessionState::Error && m_state != SessionState::Unsupported)
            setState(SessionState::Loading);
        return;
    }
    m_navigationRequested = false;
    // -3 (aborted) is a navigation replaced by the next one, not a failure.
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != -3) {
        setState(SessionState::Error,
                 tr("WhatsApp Web could not be loaded from %1: %2. Trying again shortly.")
                     .arg(info.url().toDisplayString(), info.errorString()));
        m_reloadTimer.start(m_options.reloadAfterErrorMs);
    }
}

void WhatsAppSession::poll()
{
    if (!m_page || m_pollInFlight)
        return;
    if (m_navigationRequested && m_navigationRequestedFor.elapsed() < 5000)
        return;
    if (m_rendererGone)
        return;
    m_pollInFlight = true;
    ask(QStringLiteral("window.__fdDriver ? window.__fdDriver.state() : null"),
        [this, serial = m_loadSerial](const QVariant& answer) {
            m_pollInFlight = false;
            if (serial == m_loadSerial)
                onDriverState(answer);
        });
}

void WhatsAppSession::onDriverState(const QVariant& answer)
{
    const QVariantMap map = answer.toMap();
    if (map.isEmpty())
        return; // no driver yet (a load has just started) or an error page: the load signals tell
    if (m_state == SessionState::Error && m_reloadTimer.isActive())
        return;
    const QString notice = map.value(QStringLiteral("accountNotice")).toString();
    if (notice != m_accountNotice) {
        m_accountNotice = notice;
        if (!notice.isEmpty())
            qCWarning(lcWhatsApp).noquote() << "WhatsApp shows a warning about the account:" << notice;
        emit accountNoticeChanged(notice);
    }
    const SessionState state = sessionStateFromName(map.value(QStringLiteral("state")).toString());
    if (state == SessionState::Unsupported && !m_reloadedForUnsupported) {
        // The refusal may be left over from an earlier user agent (a cached page, a service worker that saw
        // it): one fresh load tells.
        m_reloadedForUnsupported = true;
        reloadFresh();
        return;
    }
    if (state == SessionState::Ready) {
        m_reloadedForUnsupported = false;
        m_restartsWithoutReady = 0;
        if (m_invalidSelectorsCheckedFor != m_loadSerial) {
            m_invalidSelectorsCheckedFor = m_loadSerial;
            warnAboutInvalidSelectors();
        }
    }
    if (state == SessionState::QrCode) {
        const QString token = map.value(QStringLiteral("qr")).toString();
        if (token != m_qrToken) {
            m_qrToken = token;
            emit qrCodeChanged(token);
        }
    } else {
        m_qrToken.clear();
    }
    setState(
        state,
        state == SessionState::Unsupported
            ? tr("WhatsApp Web refuses this browser (user agent \"%1\"). Update FrontDesk or set a newer "
                 "user agent in the selector pack.")
                  .arg(userAgent())
            : QString());
}

void WhatsAppSession::callDriver(const QString& function, const QJsonValue& argument,
                                 std::function<void(const QVariant&)> done)
{
    const QString call =
        argument.isNull() || argument.isUndefined()
            ? QStringLiteral("window.__fdDriver ? window.__fdDriver.%1() : null").arg(function)
            : QStringLiteral("window.__fdDriver ? window.__fdDriver.%1(%2) : null")
                  .arg(function, json(argument));
    ask(call, std::move(done));
}

void WhatsAppSession::callWaJs(const QString& function, const QJsonValue& argument,
                               std::function<void(const QVariant&)> done)
{
    const QString call =
        QStringLiteral("window.__fdWaJs ? window.__fdWaJs.%1(%2) : undefined")
            .arg(function, argument.isNull() || argument.isUndefined() ? QString() : json(argument));
    ask(call, std::move(done), QWebEngineScript::MainWorld);
}

void WhatsAppSession::ask(const QString& script, std::function<void(const QVariant&)> done)
{
    ask(script, std::move(done), kWorld);
}

void WhatsAppSession::ask(const QString& script, std::function<void(const QVariant&)> done, quint32 world)
{
    if (!m_page || m_rendererGone) {
        // Nothing would answer (a call into a dead renderer is never answered): say so, later, as an answer
        // would.
        QTimer::singleShot(0, this, [done = std::move(done)] { done(QVariant()); });
        return;
    }
    if (m_calls.empty())
        m_waitingSince.start();
    const quint64 id = ++m_nextCall;
    m_calls.emplace(id, std::move(done));
    QPointer<WhatsAppSession> self(this);
    m_page->runJavaScript(script, world, [self, id](const QVariant& value) {
        if (!self)
            return;
        const auto call = self->m_calls.find(id);
        if (call == self->m_calls.end())
            return; // abandoned: the caller had its answer
        auto answer = std::move(call->second);
        self->m_calls.erase(call);
        self->m_waitingSince.start();
        answer(value);
    });
}

void WhatsAppSession::abandonCalls()
{
    auto calls = std::move(m_calls);
    m_calls.clear();
    for (auto& call : calls)
        call.second(QVariant());
}

WhatsAppSession::JobId WhatsAppSession::runJob(const QString& function, const QJsonObject& args,
                                               int timeoutMs, std::function<void(const QVariantMap&)> done,
                                               std::function<bool()> mayPress)
{
    const JobId job = ++m_nextJob;
    Job& entry = m_jobs[job];
    entry.deadline = QDeadlineTimer(timeoutMs);
    entry.done = std::move(done);
    entry.mayPress = std::move(mayPress);
    callDriver(function, args, [this, job](const QVariant& id) {
        const auto running = m_jobs.find(job);
        if (running == m_jobs.end())
            return;
        bool isNumber = false;
        const qint64 driverId = id.toLongLong(&isNumber);
        if (!id.isValid() || !isNumber) {
            finishJob(job, failure(tr("the WhatsApp page is not loaded")));
            return;
        }
        running->second.driverId = driverId;
        pollJob(job);
    });
    return job;
}

void WhatsAppSession::pollJob(JobId job)
{
    const auto running = m_jobs.find(job);
    if (running == m_jobs.end())
        return;
    ask(QStringLiteral("window.__fdDriver ? window.__fdDriver.take(%1) : 'gone'")
            .arg(running->second.driverId),
        [this, job](const QVariant& answer) {
            if (!isRunning(job))
                return;
            if (answer.typeId() == QMetaType::QVariantMap) {
                finishJob(job, answer.toMap());
                return;
            }
            const QString text = answer.toString();
            if (text == QLatin1String("pending") || text == QLatin1String("armed")) {
                if (text == QLatin1String("armed"))
                    onArmed(job);
                QTimer::singleShot(kJobPollMs, this, [this, job] { pollJob(job); });
                return;
            }
            finishJob(job, interrupted(answer.isValid()
                                           ? tr("the WhatsApp page was reloaded during the step")
                                           : tr("the WhatsApp page stopped answering during the step")));
        });
}

// The driver waits, ready to press send: the press is allowed (or not) here, and recorded before the page
// hears of it, so that a page that never answers again still counts as "may have been sent".
void WhatsAppSession::onArmed(JobId job)
{
    auto running = m_jobs.find(job);
    if (running == m_jobs.end() || running->second.armedSeen)
        return;
    running->second.armedSeen = true;
    const bool go = running->second.mayPress && running->second.mayPress();
    running = m_jobs.find(job); // mayPress may have ended it
    if (running == m_jobs.end())
        return;
    running->second.pressApproved = go;
    qCInfo(lcWhatsApp) << "driver job" << running->second.driverId
                       << (go ? "may press send" : "must not press send");
    ask(QStringLiteral("window.__fdDriver ? window.__fdDriver.press(%1, %2) : false")
            .arg(running->second.driverId)
            .arg(go ? QStringLiteral("true") : QStringLiteral("false")),
        [](const QVariant&) {});
}

void WhatsAppSession::finishJob(JobId job, QVariantMap result)
{
    const auto running = m_jobs.find(job);
    if (running == m_jobs.end())
        return;
    Job ended = std::move(running->second);
    m_jobs.erase(running);
    if (ended.pressApproved)
        result.insert(QStringLiteral("pressApproved"), true);
    ended.done(result);
}

bool WhatsAppSession::abortJob(JobId job, const QString& reason)
{
    const auto running = m_jobs.find(job);
    if (running == m_jobs.end())
        return false;
    // A driver job that has not pressed yet never will (it would otherwise wait for the answer a while).
    if (running->second.driverId != 0 && !running->second.pressApproved && !m_rendererGone)
        ask(QStringLiteral(
                "window.__fdDriver && window.__fdDriver.press ? window.__fdDriver.press(%1, false) : false")
                .arg(running->second.driverId),
            [](const QVariant&) {});
    qCInfo(lcWhatsApp).noquote() << "driver job" << running->second.driverId << "ended:" << reason;
    finishJob(job, interrupted(reason));
    return true;
}

void WhatsAppSession::failJobs(const QString& reason, bool processEnded)
{
    std::vector<JobId> running;
    for (const auto& job : m_jobs)
        running.push_back(job.first);
    for (const JobId job : running) {
        QVariantMap result = interrupted(reason);
        if (processEnded)
            result.insert(QStringLiteral("processEnded"), true);
        finishJob(job, result);
    }
}

void WhatsAppSession::watch()
{
    std::vector<JobId> late;
    for (const auto& job : m_jobs)
        if (job.second.deadline.hasExpired())
            late.push_back(job.first);
    for (const JobId job : late) {
        if (!isRunning(job))
            continue;
        qCWarning(lcWhatsApp) << "driver job" << m_jobs.at(job).driverId << "ran out of time";
        finishJob(job, interrupted(tr("the WhatsApp page did not finish the step in time")));
    }
    if (!m_calls.empty() && !m_rendererGone && m_waitingSince.isValid() &&
        m_waitingSince.elapsed() >= m_options.unresponsiveMs)
        onUnresponsive();
}

void WhatsAppSession::onUnresponsive()
{
    const QString reason =
        tr("the WhatsApp page stopped answering for %1 s").arg(m_waitingSince.elapsed() / 1000);
    const qint64 pid = m_page ? m_page->renderProcessPid() : 0;
    qCWarning(lcWhatsApp).noquote() << reason << "- ending its render process" << pid;
    m_rendererGone = true;
    failJobs(reason);
    abandonCalls();
    ++m_loadSerial;
    setState(SessionState::Error, tr("%1; loading WhatsApp Web again").arg(reason));
    // The ended process is reported (renderProcessTerminated), which loads the page again; should it not
    // be, or could it not be ended, the page is loaded again anyway.
    m_restartTimer.start(endProcess(pid) ? 5000 : 0);
}

void WhatsAppSession::onRenderProcessTerminated(int status, int exitCode)
{
    const QString reason = status == QWebEnginePage::KilledTerminationStatus
                               ? tr("the WhatsApp page's render process was ended")
                               : tr("the WhatsApp page's render process ended (status %1, exit code %2)")
                                     .arg(status)
                                     .arg(exitCode);
    qCWarning(lcWhatsApp).noquote() << reason;
    const bool expected = m_rendererGone; // ended here because it stopped answering: already handled
    m_rendererGone = true;
    failJobs(reason, !expected);
    abandonCalls();
    ++m_loadSerial;
    if (!expected)
        setState(SessionState::Error, tr("%1; loading WhatsApp Web again").arg(reason));
    // At once the first time; a page that keeps dying is loaded again at the pace of load errors.
    m_restartTimer.start(m_restartsWithoutReady++ == 0 ? 0 : m_options.reloadAfterErrorMs);
}

void WhatsAppSession::restartPage()
{
    if (!m_page)
        return;
    m_restartTimer.stop();
    m_reloadTimer.stop();
    m_rendererGone = false;
    ++m_loadSerial;
    m_navigationRequested = true;
    m_navigationRequestedFor.start();
    setState(SessionState::Loading);
    qCInfo(lcWhatsApp) << "loading WhatsApp Web again in a new render process";
    m_page->load(m_options.baseUrl);
}

void WhatsAppSession::readPageBrowser(std::function<void(const PageBrowser&)> done)
{
    ask(QStringLiteral("({userAgent: navigator.userAgent, brands: navigator.userAgentData ? "
                       "navigator.userAgentData.brands.map((b) => b.brand + ' ' + b.version) : []})"),
        [done = std::move(done)](const QVariant& answer) {
            const QVariantMap map = answer.toMap();
            PageBrowser browser;
            browser.answered = !map.isEmpty();
            browser.userAgent = map.value(QStringLiteral("userAgent")).toString();
            browser.brands = map.value(QStringLiteral("brands")).toStringList();
            done(browser);
        });
}

void WhatsAppSession::selfTest(std::function<void(const SelfTestReport&)> done)
{
    QPointer<WhatsAppSession> self(this);
    callDriver(QStringLiteral("selfTest"), QJsonValue(),
               [self, done = std::move(done)](const QVariant& answer) {
                   const SelfTestReport report = SelfTestReport::fromDriver(answer);
                   if (self)
                       emit self->selfTestFinished(report);
                   done(report);
               });
}

void WhatsAppSession::saveDiagnostics(const QString& label, std::function<void(const QString& path)> done)
{
    if (!makePrivateFolder(m_options.diagnosticsFolder) || !m_page) {
        done({});
        return;
    }
    const QString base =
        QDir(m_options.diagnosticsFolder)
            .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) +
                      QString(label).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")),
                                             QStringLiteral("_")));
    QString recorded;
    if (m_screenshot) {
        const QImage image = m_screenshot(); // what the view last showed: no call into the page
        if (!image.isNull() && image.save(base + QStringLiteral(".png")))
            recorded = base + QStringLiteral(".png");
    }
    const quint64 id = ++m_nextCall;
    m_diagnostics.emplace(id, [base, recorded, folder = m_options.diagnosticsFolder,
                               done = std::move(done)](const std::optional<QString>& html) {
        QString path = recorded;
        if (html) {
            QFile file(base + QStringLiteral(".html"));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(html->toUtf8());
                if (path.isEmpty())
                    path = file.fileName();
            }
        }
        pruneDiagnostics(folder);
        qCInfo(lcWhatsApp) << "saved what the page showed:" << path;
        done(path);
    });
    // Whichever comes first: the page's HTML, or the screenshot alone (a hung or dead page never answers).
    auto finish = [this, id](const std::optional<QString>& html) {
        const auto pending = m_diagnostics.find(id);
        if (pending == m_diagnostics.end())
            return;
        auto write = std::move(pending->second);
        m_diagnostics.erase(pending);
        write(html);
    };
    QTimer::singleShot(m_rendererGone ? 0 : kDiagnosticsHtmlMs, this, [finish] { finish(std::nullopt); });
    if (!m_rendererGone) {
        QPointer<WhatsAppSession> self(this);
        m_page->toHtml([self, finish](const QString& html) {
            if (self)
                finish(html);
        });
    }
}

} // namespace fd::whatsapp
