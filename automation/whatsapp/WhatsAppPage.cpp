#include "automation/whatsapp/WhatsAppPage.h"

#include "automation/whatsapp/WhatsAppLogging.h"

namespace fd::whatsapp {

WhatsAppPage::WhatsAppPage(QWebEngineProfile* profile, const QUrl& baseUrl, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_base(baseUrl)
{}

bool WhatsAppPage::sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool WhatsAppPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (sameOrigin(url, m_base))
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    qCWarning(lcWhatsApp) << "blocked a navigation away from WhatsApp:" << url.toDisplayString();
    emit navigationBlocked(url);
    return false;
}

QWebEnginePage* WhatsAppPage::createWindow(WebWindowType)
{
    return nullptr; // links that want a new window (target=_blank) go nowhere
}

void WhatsAppPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                            int line, const QString& source)
{
    if (level == ErrorMessageLevel)
        qCDebug(lcWhatsApp).noquote() << "page error:" << message << source << line;
}

} // namespace fd::whatsapp
