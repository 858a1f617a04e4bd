#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace fd::whatsapp {

// The page that shows WhatsApp Web: it stays on WhatsApp's origin (a link in a chat, or a page script,
// cannot take it elsewhere) and opens no windows.
class WhatsAppPage : public QWebEnginePage
{
    Q_OBJECT
public:
    WhatsAppPage(QWebEngineProfile* profile, const QUrl& baseUrl, QObject* parent = nullptr);

    static bool sameOrigin(const QUrl& a, const QUrl& b);

signals:
    void navigationBlocked(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int line,
                                  const QString& source) override;

private:
    QUrl m_base;
};

} // namespace fd::whatsapp
