#include "automation/whatsapp/ClientHints.h"

#include <QRegularExpression>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

namespace fd::whatsapp {
namespace {

QString platformToken()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows NT 10.0; Win64; x64");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("Macintosh; Intel Mac OS X 10_15_7");
#else
    return QStringLiteral("X11; Linux x86_64");
#endif
}

} // namespace

QString webEngineVersion()
{
    return QString::fromLatin1(qWebEngineVersion());
}

QString chromiumVersion()
{
    return QString::fromLatin1(qWebEngineChromiumVersion());
}

int chromiumMajor()
{
    return chromiumVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

QString engineUserAgent()
{
    return QStringLiteral(
               "Mozilla/5.0 (%1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%2.0.0.0 Safari/537.36")
        .arg(platformToken())
        .arg(chromiumMajor());
}

int chromeMajorOf(const QString& userAgent)
{
    static const QRegularExpression chrome(QStringLiteral("\\bChrome/(\\d+)"));
    return chrome.match(userAgent).captured(1).toInt();
}

bool pageGetsClientHints()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return true;
#else
    return false;
#endif
}

} // namespace fd::whatsapp
