#pragma once

#include <QString>

class QWebEngineProfile;

namespace fd::whatsapp {

// The browser the WhatsApp page sees, and the one place where Qt 6.4 (Debian 12) and Qt 6.8 (Debian 13)
// differ about it: Qt 6.8 fills the client hints (navigator.userAgentData, the Sec-CH-UA headers) with the
// engine's Chromium version and can set them (QWebEngineClientHints); Qt 6.4 leaves them empty (no brands,
// no Sec-CH-UA header) whatever the user agent says, and cannot set them.
//
// The policy: the user agent tells the engine's real Chromium major version, in the reduced form Chrome
// sends, so that nothing the page reads contradicts it, on every Qt, without pretending. A browser whose
// user agent claims features its engine lacks takes code paths that break, and a browser that tells two
// versions is one more reason for WhatsApp to flag the number. WhatsApp asks for Chrome 85+
// (whatsapp-web.js and WPPConnect send 101/102). A selector pack's `userAgent` is the administrators' escape
// hatch should WhatsApp raise its gate: Qt 6.8 then brings the client hints in line with it; Qt 6.4 cannot,
// and the session reports it.

QString webEngineVersion(); // qWebEngineVersion(): "6.4.2"
QString chromiumVersion();  // qWebEngineChromiumVersion(): "102.0.5005.177"
int chromiumMajor();        // 102

// The reduced desktop Chrome user agent with the engine's Chromium major version:
// "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Safari/537.36".
QString engineUserAgent();

// The major version of "Chrome/<major>..." in a user agent; 0 when it names none.
int chromeMajorOf(const QString& userAgent);

// Whether this Qt gives the page client hints and can set them (from Qt 6.8).
bool canSetClientHints();

// Makes the profile's client hints tell the Chrome version `userAgent` names (brands, full version, desktop
// platform). False when this Qt cannot.
bool matchClientHints(QWebEngineProfile& profile, const QString& userAgent);

} // namespace fd::whatsapp
