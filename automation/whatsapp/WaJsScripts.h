#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QWebEngineScript;

namespace fd::whatsapp {

// What WA-JS is told before it loads (window.WPPConfig): no Google Analytics, no link previews (they would
// send every link in our messages to third-party servers), no "powered by" or device name, no status sync.
QJsonObject waJsConfig();

// The version of the WA-JS file built into FrontDesk ("4.6.0").
QString bundledWaJsVersion();

// The scripts that put WA-JS into the page's main world when each document is created: its configuration
// and the library (`source`: the built-in file when empty), then FrontDesk's bridge to it
// (resources/whatsapp/wajs-bridge.js).
QList<QWebEngineScript> waJsScripts(const QByteArray& source = {});

} // namespace fd::whatsapp
