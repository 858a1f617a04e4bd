#pragma once

#include "automation/whatsapp/Engine.h"
#include "automation/whatsapp/ProfileLock.h"
#include "automation/whatsapp/SelectorPack.h"
#include "automation/whatsapp/SelfTestReport.h"
#include "automation/whatsapp/SessionState.h"
#include "automation/whatsapp/WaJsFile.h"
#include "models/core/Result.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;

namespace fd::whatsapp {

class WhatsAppPage;

// The languages the WhatsApp page is asked for (Accept-Language), whatever the desk's language.
inline constexpr char kPageLanguages[] = "en-IN,en";

struct SessionOptions
{
    QUrl baseUrl;                // empty: https://web.whatsapp.com/ (tests point it at 127.0.0.1)
    QString profileFolder;       // empty: <app data>/whatsapp-profile
    QString diagnosticsFolder;   // empty: <app data>/whatsapp-diagnostics
    QString selectorPackPath;    // empty: the built-in selector pack
    QString waJsPath;            // a WA-JS file an administrator dropped in; empty: the built-in one
    bool chromeUserAgent = true; // false keeps QtWebEngine's own user agent (which WhatsApp refuses)
    // Which engine drives the page (Engine.h): WA-JS is put into the page unless it is Dom.
    Engine engine = Engine::Auto;
    int pollMs = 250; // how often the page's state is read
    int reloadAfterErrorMs = 15000;
    // A page that answers none of our calls for this long is hung: its render process is ended and the page
    // loaded again (a real page may be busy for seconds, never this long).
    int unresponsiveMs = 30000;

    static QUrl defaultBaseUrl();
};

// WhatsApp Web in a persistent, locked profile: loads the page, injects the driver, follows the page's
// state (loading, QR, syncing, ready, offline, unsupported, conflict, error) and runs the driver's steps.
// Everything is asynchronous: results come back through callbacks on this (the GUI) thread.
class WhatsAppSession : public QObject
{
    Q_OBJECT
public:
    explicit WhatsAppSession(SessionOptions options = {}, QObject* parent = nullptr);
    ~WhatsAppSession() override;

    // Takes the profile lock, loads the selector pack, creates the profile and page and loads WhatsApp.
    // On an error the state is Error with the reason, and nothing is loaded.
    Result<bool> start();

    SessionState state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    QString qrToken() const { return m_qrToken; }
    // WhatsApp's own warning about the account that the page shows now ("Your account is restricted right
    // now"), empty when none (selector pack: accountNotice, texts.accountWarning).
    QString accountNotice() const { return m_accountNotice; }
    // Where the page's WA-JS comes from: "built-in" or the dropped-in file's path; and why a dropped-in file
    // was not used (empty when it was, or none was set).
    QString waJsOrigin() const { return m_waJs.origin; }
    QString waJsWarning() const { return m_waJsWarning; }
    QWebEnginePage* page() const;
    QUrl baseUrl() const { return m_options.baseUrl; }
    QString profileFolder() const { return m_options.profileFolder; }
    const SelectorPack& selectorPack() const { return m_pack; }
    QString userAgent() const;
    // Why the page can tell another Chrome version than its user agent (a selector pack's user agent that
    // names another version than the engine's); empty when they agree.
    QString userAgentMismatch() const { return m_userAgentMismatch; }

    // What the page reads of its browser: navigator.userAgent and navigator.userAgentData's brands
    // ("Chromium 102"); `answered` is false when the page did not answer.
    struct PageBrowser
    {
        bool answered = false;
        QString userAgent;
        QStringList brands;
    };
    void readPageBrowser(std::function<void(const PageBrowser&)> done);

    void reload();
    void useHere(); // take WhatsApp over from the other window
    // The fallback way into a chat: a full load of <base>/send?phone=DIGITS.
    void openChatByUrl(const QString& digits);

    // A synchronous driver function; `done` gets its value (invalid when the driver is not in the page, and
    // when the page stopped answering or its render process ended before it answered).
    void callDriver(const QString& function, const QJsonValue& argument,
                    std::function<void(const QVariant&)> done);

    Engine engine() const { return m_options.engine; }
    // A function of FrontDesk's WA-JS bridge (resources/whatsapp/wajs-bridge.js) in the page's main world,
    // where WA-JS lives; `done` as for callDriver (invalid also when the bridge is not in the page).
    void callWaJs(const QString& function, const QJsonValue& argument,
                  std::function<void(const QVariant&)> done);

    using JobId = quint64;
    // A driver job (send, findSent): `done` gets its result map once: the driver's, or one made here
    // ({outcome: failed, interrupted: true, reason}) when the job ran out of `timeoutMs`, the page stopped
    // answering, its render process ended or abortJob() ended it. A job that would press send asks `mayPress`
    // first (once, when it is ready to press; a null one never allows it); once it was allowed, every result
    // carries pressApproved: true, because from then on the message may have left even if the page never
    // says so.
    JobId runJob(const QString& function, const QJsonObject& args, int timeoutMs,
                 std::function<void(const QVariantMap&)> done, std::function<bool()> mayPress = {});
    // Ends a running job now (its `done` gets an interrupted failure with `reason`); false when it had ended.
    bool abortJob(JobId job, const QString& reason);
    bool isRunning(JobId job) const { return m_jobs.count(job) != 0; }
    // The job was allowed to press send: from then on its message may have left.
    bool pressApproved(JobId job) const
    {
        const auto running = m_jobs.find(job);
        return running != m_jobs.end() && running->second.pressApproved;
    }

    // Also announced as selfTestFinished(), for whoever relies on the page (the sender).
    void selfTest(std::function<void(const SelfTestReport&)> done);

    // Widgets can grab the page; without a provider diagnostics keep the page's HTML only.
    void setScreenshotProvider(std::function<QImage()> provider) { m_screenshot = std::move(provider); }
    // Saves what the page shows now (PNG when a view can be grabbed, and the HTML); `done` gets the
    // path to record with the failure.
    void saveDiagnostics(const QString& label, std::function<void(const QString& path)> done);

signals:
    void stateChanged(fd::whatsapp::SessionState state, const QString& text);
    void qrCodeChanged(const QString& token);
    // The page began to show a warning about the account (banned, restricted: sending must stop at once),
    // or stopped showing it (empty).
    void accountNoticeChanged(const QString& text);
    void navigationBlocked(const QUrl& url);
    void selfTestFinished(const fd::whatsapp::SelfTestReport& report);

private:
    // "Update your browser" on a good browser: the page's service workers unregistered, then one reload
    // that bypasses the cache.
    void reloadFresh();
    void warnAboutInvalidSelectors();
    void setState(SessionState state, const QString& detail = {});
    void poll();
    void onDriverState(const QVariant& answer);
    void onLoadingChanged(const QWebEngineLoadingInfo& info);
    void pollJob(JobId job);
    void onArmed(JobId job);
    void finishJob(JobId job, QVariantMap result);
    // `processEnded`: the page's render process ended by itself (or was killed), not for hanging: a send it
    // interrupts says nothing about the page.
    void failJobs(const QString& reason, bool processEnded = false);
    void installDriver();
    void setChromeUserAgent();
    // Every call into the page goes through here: `done` gets the answer, or an invalid value when the page
    // can no longer give it (abandonCalls), always later, never twice.
    void ask(const QString& script, std::function<void(const QVariant&)> done, quint32 world);
    void ask(const QString& script, std::function<void(const QVariant&)> done);
    void abandonCalls();
    void watch();
    void onUnresponsive();
    void onRenderProcessTerminated(int status, int exitCode);
    void restartPage();

    SessionOptions m_options;
    SelectorPack m_pack;
    std::unique_ptr<ProfileLock> m_lock;
    QWebEngineProfile* m_profile = nullptr;
    WhatsAppPage* m_page = nullptr;
    QTimer m_pollTimer;
    QTimer m_reloadTimer;
    bool m_pollInFlight = false;
    int m_loadSerial = 0; // a state read from before the latest load is stale
    // Between asking for a load and Chromium starting it, the old document still answers: its "ready"
    // would be taken for the new page's, so nothing is polled until the load has started (or, should
    // Chromium never report it, for a few seconds).
    bool m_navigationRequested = false;
    QElapsedTimer m_navigationRequestedFor;
    bool m_reloadedForUnsupported = false;
    int m_invalidSelectorsCheckedFor = -1; // the load whose invalid selectors were logged
    SessionState m_state = SessionState::Loading;
    QString m_stateText;
    QString m_qrToken;
    QString m_accountNotice;
    WaJsSource m_waJs;
    QString m_waJsWarning;
    QString m_userAgentMismatch;
    std::function<QImage()> m_screenshot;

    struct Job
    {
        qint64 driverId = 0; // 0 until the driver has started it
        QDeadlineTimer deadline;
        std::function<void(const QVariantMap&)> done;
        std::function<bool()> mayPress;
        bool armedSeen = false;
        bool pressApproved = false;
    };
    std::map<JobId, Job> m_jobs;
    JobId m_nextJob = 0;
    std::map<quint64, std::function<void(const QVariant&)>> m_calls; // unanswered calls into the page
    quint64 m_nextCall = 0;
    QElapsedTimer m_waitingSince; // the page's last answer, or the first unanswered call after it
    QTimer m_watchTimer;
    QTimer m_restartTimer;
    std::map<quint64, std::function<void(const std::optional<QString>& html)>> m_diagnostics;
    bool m_rendererGone = false;    // between its end and the next load
    int m_restartsWithoutReady = 0; // a page that keeps dying is loaded again less often
};

} // namespace fd::whatsapp
