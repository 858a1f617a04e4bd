#include "automation/whatsapp/WaJsFile.h"

#include "automation/whatsapp/WaJsScripts.h"
#include "automation/whatsapp/WhatsAppLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineUrlRequestInterceptor>

namespace fd::whatsapp {
namespace {

// WA-JS is about half a megabyte; a file far larger is not a release of it.
constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

// The checking page talks to nobody: whatever the file tries to fetch is refused.
class RefuseEverything : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo& info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme != QLatin1String("data") && scheme != QLatin1String("about"))
            info.block(true);
    }
};

// Keeps the first script error, which says why a file does not load.
class CheckingPage : public QWebEnginePage
{
public:
    CheckingPage(QWebEngineProfile* profile, QString* firstError, QObject* parent)
        : QWebEnginePage(profile, parent)
        , m_firstError(firstError)
    {}

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int line,
                                  const QString&) override
    {
        if (level == ErrorMessageLevel && m_firstError->isEmpty())
            *m_firstError = QObject::tr("%1 (line %2)").arg(message).arg(line);
    }

private:
    QString* m_firstError;
};

} // namespace

Result<QByteArray> readWaJsFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("The WA-JS file %1 does not exist.").arg(path));
    if (info.size() == 0 || info.size() > kMaxBytes)
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("%1 is not a WA-JS file (it has %2 bytes).").arg(path).arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Unavailable,
                           QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray code = file.readAll();
    if (!code.contains("WPP"))
        return Error::make(
            Error::Kind::InvalidInput,
            QObject::tr("%1 is not a WA-JS file (wppconnect-wa.js): it never names WPP.").arg(path));
    return code;
}

WaJsSource chooseWaJs(const QString& path, QString* warning)
{
    if (path.isEmpty())
        return {{}, QStringLiteral("built-in")};
    auto code = readWaJsFile(path);
    if (!code) {
        qCWarning(lcWhatsApp).noquote() << "the built-in WA-JS is used:" << code.error().message;
        if (warning)
            *warning = code.error().message;
        return {{}, QStringLiteral("built-in")};
    }
    return {code.value(), path};
}

WaJsFileCheck::WaJsFileCheck(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, m_firstError.isEmpty()
                          ? tr("%1 did not load within %2 s.").arg(m_path).arg(kTimeoutMs / 1000)
                          : tr("%1 does not load: %2").arg(m_path, m_firstError));
    });
}

WaJsFileCheck::~WaJsFileCheck()
{
    m_done = true; // a page going away may still answer its pending calls: they find the check over
    delete m_page; // before its profile
}

void WaJsFileCheck::start()
{
    auto code = readWaJsFile(m_path);
    if (!code) {
        // Not from inside start(): the caller connects first, then starts.
        QTimer::singleShot(0, this, [this, reason = code.error().message] { finish(false, reason); });
        return;
    }
    m_code = code.value();
    auto* profile = new QWebEngineProfile(this); // off the record: nothing is kept
    profile->setUrlRequestInterceptor(new RefuseEverything(profile));
    m_page = new CheckingPage(profile, &m_firstError, nullptr);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            finish(false, tr("The page that checks WA-JS did not load."));
            return;
        }
        evaluate();
    });
    m_timeout.start();
    m_page->setHtml(QStringLiteral("<!doctype html><html><body></body></html>"));
}

void WaJsFileCheck::evaluate()
{
    // The same scripts a desk's page gets (configuration first), run once, then WPP is asked its version.
    QString source;
    for (const QWebEngineScript& script : waJsScripts(m_code))
        source += script.sourceCode() + QLatin1String("\n;\n");
    m_page->runJavaScript(source, QWebEngineScript::MainWorld, [this](const QVariant&) {
        if (m_done)
            return;
        m_page->runJavaScript(
            QStringLiteral(
                "(window.WPP && typeof window.WPP.version === 'string') ? window.WPP.version : ''"),
            QWebEngineScript::MainWorld, [this](const QVariant& version) {
                if (m_done)
                    return;
                const QString text = version.toString().trimmed();
                if (!text.isEmpty())
                    finish(true, text);
                else
                    finish(false,
                           m_firstError.isEmpty()
                               ? tr("%1 loads but reports no version (window.WPP.version).").arg(m_path)
                               : tr("%1 does not load: %2").arg(m_path, m_firstError));
            });
    });
}

void WaJsFileCheck::finish(bool ok, const QString& text)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    qCInfo(lcWhatsApp).noquote() << "WA-JS file check of" << m_path << (ok ? "passed:" : "failed:") << text;
    emit finished(ok, text);
}

} // namespace fd::whatsapp
