#include "automation/whatsapp/WaJsScripts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEngineScript>

namespace fd::whatsapp {
namespace {

QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the resources", qPrintable(path));
    return file.readAll();
}

QWebEngineScript mainWorldScript(const QString& name, const QString& source)
{
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    // WA-JS reaches WhatsApp's modules through the page's own globals: it must live in the main world.
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

} // namespace

QJsonObject waJsConfig()
{
    return QJsonObject{{QStringLiteral("deviceName"), false},
                       {QStringLiteral("disableGoogleAnalytics"), true},
                       {QStringLiteral("googleAnalyticsId"), QJsonValue::Null},
                       {QStringLiteral("linkPreviewApiServers"), QJsonArray()},
                       {QStringLiteral("poweredBy"), QJsonValue::Null},
                       {QStringLiteral("liveLocationLimit"), 0},
                       {QStringLiteral("sendStatusToDevice"), false},
                       {QStringLiteral("syncAllStatus"), false}};
}

QString bundledWaJsVersion()
{
    return QStringLiteral(FRONTDESK_WAJS_VERSION);
}

QList<QWebEngineScript> waJsScripts(const QByteArray& source)
{
    const QByteArray library =
        source.isEmpty() ? resource(QStringLiteral(":/whatsapp/wa-js/wppconnect-wa.js")) : source;
    // The configuration goes first, in the same script: WA-JS reads it once, as it loads.
    const QString config =
        QStringLiteral("window.WPPConfig = %1;\n")
            .arg(QString::fromUtf8(QJsonDocument(waJsConfig()).toJson(QJsonDocument::Compact)));
    return {mainWorldScript(QStringLiteral("frontdesk-wa-js"), config + QString::fromUtf8(library)),
            mainWorldScript(QStringLiteral("frontdesk-wa-js-bridge"),
                            QString::fromUtf8(resource(QStringLiteral(":/whatsapp/wajs-bridge.js"))))};
}

} // namespace fd::whatsapp
