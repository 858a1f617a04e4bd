#include "whatsapp/WhatsAppSession.h"

#include "whatsapp/WhatsAppLogging.h"
#include "whatsapp/WhatsAppPage.h"

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

namespace fd::whatsapp {
namespace {

// The driver runs in its own JavaScript world: the page cannot see or break it.
constexpr quint32 kWorld = QWebEngineScript::ApplicationWorld;
constexpr int kJobPollMs = 10;
constexpr int kKeptDiagnostics = 200;

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

// A current desktop Chrome: WhatsApp refuses browsers that name themselves QtWebEngine.
QString chromeUserAgent(const QString& engineDefault)
{
    QString platform;
#if defined(Q_OS_WIN)
    platform = QStringLiteral("Windows NT 10.0; Win64; x64");
#elif defined(Q_OS_MACOS)
    platform = QStringLiteral("Macintosh; Intel Mac OS X 10_15_7");
#else
    platform = QStringLiteral("X11; Linux x86_64");
#endif
    Q_UNUSED(engineDefault)
    return QStringLiteral("Mozilla/5.0 (%1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
        .arg(platform);
}

QString json(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A bare value: wrap it in an array and take the element, so strings are escaped by QJsonDocument too.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped + QStringLiteral("[0]");
}

QVariantMap failure(const QString& reason)
{
    return {{QStringLiteral("outcome"), QStringLiteral("failed")}, {QStringLiteral("reason"), reason}};
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
}

WhatsAppSession::~WhatsAppSession()
{
    m_pollTimer.stop();
    delete m_page; // a page must go before its profile
    m_page = nullptr;
    delete m_profile;
}

Result<bool> WhatsAppSession::start()
{
    if (m_page)
        return true;
    if (!m_options.baseUrl.isValid() || (m_options.baseUrl.scheme() != QLatin1String("https")
                                         && m_options.baseUrl.scheme() != QLatin1String("http"))) {
        const Error error = Error::make(Error::Kind::InvalidInput,
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
    if (!makePrivateFolder(m_options.profileFolder)) {
        const Error error = Error::make(Error::Kind::Unavailable,
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
        m_profile->setHttpUserAgent(m_pack.userAgent().isEmpty() ? chromeUserAgent(m_profile->httpUserAgent())
                                                                 : m_pack.userAgent());
    installDriver();

    m_page = new WhatsAppPage(m_profile, m_options.baseUrl, this);
    connect(m_page, &WhatsAppPage::navigationBlocked, this, &WhatsAppSession::navigationBlocked);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &WhatsAppSession::onLoadingChanged);
    setState(SessionState::Loading);
    m_page->load(m_options.baseUrl);
    m_pollTimer.start();
    qCInfo(lcWhatsApp) << "WhatsApp session on" << m_options.baseUrl.toString() << "profile" << m_options.profileFolder
                       << "selector pack" << m_pack.origin() << "version" << m_pack.version();
    return true;
}

void WhatsAppSession::installDriver()
{
    QFile file(QStringLiteral(":/whatsapp/driver.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the WhatsApp driver is missing from the resources");
    // The pack enters the page as JSON data, handed to configure().
    const QString source = QString::fromUtf8(file.readAll()) + QStringLiteral("\n;window.__fdDriver.configure(")
        + json(m_pack.json()) + QStringLiteral(");\n");
    QWebEngineScript script;
    script.setName(QStringLiteral("frontdesk-driver"));
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(kWorld);
    script.setRunsOnSubFrames(false);
    m_profile->scripts()->insert(script);
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
    m_reloadTimer.stop();
    ++m_loadSerial;
    m_navigationRequested = true;
    m_navigationRequestedFor.start();
    setState(SessionState::Loading);
    m_page->triggerAction(QWebEnginePage::Reload);
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
    url.setQuery(QStringLiteral("phone=") + QString(digits).remove(QRegularExpression(QStringLiteral("[^0-9]"))));
    ++m_loadSerial;
    m_navigationRequested = true;
    m_navigationRequestedFor.start();
    setState(SessionState::Loading);
    m_page->load(url);
}

void WhatsAppSession::onLoadingChanged(const QWebEngineLoadingInfo& info)
{
    m_navigationRequested = false;
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
        ++m_loadSerial;
        if (m_state != SessionState::Error && m_state != SessionState::Unsupported)
            setState(SessionState::Loading);
        return;
    }
    // -3 (aborted) is a navigation replaced by the next one, not a failure.
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != -3) {
        setState(SessionState::Error, tr("WhatsApp Web could not be loaded from %1: %2. Trying again shortly.")
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
    m_pollInFlight = true;
    QPointer<WhatsAppSession> self(this);
    m_page->runJavaScript(QStringLiteral("window.__fdDriver ? window.__fdDriver.state() : null"), kWorld,
                          [self, serial = m_loadSerial](const QVariant& answer) {
                              if (!self)
                                  return;
                              self->m_pollInFlight = false;
                              if (serial == self->m_loadSerial)
                                  self->onDriverState(answer);
                          });
}

void WhatsAppSession::onDriverState(const QVariant& answer)
{
    const QVariantMap map = answer.toMap();
    if (map.isEmpty())
        return; // no driver yet (a load has just started) or an error page: the load signals tell
    if (m_state == SessionState::Error && m_reloadTimer.isActive())
        return;
    const SessionState state = sessionStateFromName(map.value(QStringLiteral("state")).toString());
    if (state == SessionState::Unsupported && !m_reloadedForUnsupported) {
        // The refusal may be left over from an earlier user agent; one reload tells.
        m_reloadedForUnsupported = true;
        qCInfo(lcWhatsApp) << "WhatsApp shows its unsupported-browser page; reloading once";
        reload();
        return;
    }
    if (state == SessionState::Ready)
        m_reloadedForUnsupported = false;
    if (state == SessionState::QrCode) {
        const QString token = map.value(QStringLiteral("qr")).toString();
        if (token != m_qrToken) {
            m_qrToken = token;
            emit qrCodeChanged(token);
        }
    } else {
        m_qrToken.clear();
    }
    setState(state, state == SessionState::Unsupported
                        ? tr("WhatsApp Web refuses this browser (user agent \"%1\"). Update FrontDesk or set a newer "
                             "user agent in the selector pack.")
                              .arg(userAgent())
                        : QString());
}

void WhatsAppSession::callDriver(const QString& function, const QJsonValue& argument,
                                 std::function<void(const QVariant&)> done)
{
    if (!m_page) {
        done(QVariant());
        return;
    }
    const QString call = argument.isNull() || argument.isUndefined()
        ? QStringLiteral("window.__fdDriver ? window.__fdDriver.%1() : null").arg(function)
        : QStringLiteral("window.__fdDriver ? window.__fdDriver.%1(%2) : null").arg(function, json(argument));
    QPointer<WhatsAppSession> self(this);
    m_page->runJavaScript(call, kWorld, [self, done = std::move(done)](const QVariant& value) {
        if (self)
            done(value);
    });
}

void WhatsAppSession::runJob(const QString& function, const QJsonObject& args, int timeoutMs,
                             std::function<void(const QVariantMap&)> done)
{
    const QDeadlineTimer deadline(timeoutMs);
    QPointer<WhatsAppSession> self(this);
    callDriver(function, args, [self, deadline, done = std::move(done)](const QVariant& id) mutable {
        if (!self)
            return;
        bool isNumber = false;
        const qint64 jobId = id.toLongLong(&isNumber);
        if (!id.isValid() || !isNumber) {
            done(failure(tr("the WhatsApp page is not loaded")));
            return;
        }
        self->pollJob(jobId, deadline, std::move(done));
    });
}

void WhatsAppSession::pollJob(qint64 id, QDeadlineTimer deadline, std::function<void(const QVariantMap&)> done)
{
    if (deadline.hasExpired()) {
        done(failure(tr("the WhatsApp page did not finish the step in time")));
        return;
    }
    QPointer<WhatsAppSession> self(this);
    m_page->runJavaScript(QStringLiteral("window.__fdDriver ? window.__fdDriver.take(%1) : 'gone'").arg(id), kWorld,
                          [self, id, deadline, done = std::move(done)](const QVariant& answer) mutable {
                              if (!self)
                                  return;
                              if (answer.typeId() == QMetaType::QVariantMap) {
                                  done(answer.toMap());
                              } else if (answer.toString() == QLatin1String("pending")) {
                                  QTimer::singleShot(kJobPollMs, self, [self, id, deadline, done = std::move(done)]() mutable {
                                      self->pollJob(id, deadline, std::move(done));
                                  });
                              } else {
                                  done(failure(tr("the WhatsApp page was reloaded during the step")));
                              }
                          });
}

void WhatsAppSession::selfTest(std::function<void(const SelfTestReport&)> done)
{
    callDriver(QStringLiteral("selfTest"), QJsonValue(),
               [done = std::move(done)](const QVariant& answer) { done(SelfTestReport::fromDriver(answer)); });
}

void WhatsAppSession::saveDiagnostics(const QString& label, std::function<void(const QString& path)> done)
{
    if (!makePrivateFolder(m_options.diagnosticsFolder) || !m_page) {
        done({});
        return;
    }
    const QString base = QDir(m_options.diagnosticsFolder)
                             .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-"))
                                       + QString(label).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")),
                                                                QStringLiteral("_")));
    QString recorded;
    if (m_screenshot) {
        const QImage image = m_screenshot();
        if (!image.isNull() && image.save(base + QStringLiteral(".png")))
            recorded = base + QStringLiteral(".png");
    }
    m_page->toHtml([base, recorded, folder = m_options.diagnosticsFolder, done = std::move(done)](const QString& html) {
        QFile file(base + QStringLiteral(".html"));
        QString path = recorded;
        if (file.open(QIODevice::WriteOnly)) {
            file.write(html.toUtf8());
            if (path.isEmpty())
                path = file.fileName();
        }
        pruneDiagnostics(folder);
        qCInfo(lcWhatsApp) << "saved what the page showed:" << path;
        done(path);
    });
}

} // namespace fd::whatsapp
