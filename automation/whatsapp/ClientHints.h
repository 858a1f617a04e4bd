#pragma once

#include <QString>

namespace fd::whatsapp {

// The browser the WhatsApp page sees, and the one place where Qt 6.4 (Debian 12) and Qt 6.8 (Debian 13)
// differ about it: Qt 6.8 fills the client hints (navigator.userAgentData, the Sec-CH-UA headers) with the
// engine's Chromium version; Qt 6.4 leaves them empty (no brands, no Sec-CH-UA header) whatever the user
// agent says.
//
// The policy: the user agent tells the engine's real Chromium major version, in the reduced form Chrome
// sends, so that nothing the page reads contradicts it, on every Qt, without pretending. A browser whose
// user agent claims features its engine lacks takes code paths that break, and a browser that tells two
// versions is one more reason for WhatsApp to flag the number. WhatsApp asks for Chrome 85+
// (whatsapp-web.js and WPPConnect send 101/102). A selector pack's `userAgent` is the administrators' escape
// hatch should WhatsApp raise its gate; the session then says that the page can tell. Qt 6.8's
// QWebEngineClientHints cannot hide it: it sets the full versions (fullVersionList) but not the brands,
// which stay the engine's (checked in Debian 13's tree), and a full version that disagrees with the brands
// is a browser no Chrome ever was; so FrontDesk leaves the hints as the engine fills them.

QString webEngineVersion(); // qWebEngineVersion(): "6.4.2"
QString chromiumVersion();  // qWebEngineChromiumVersion(): "102.0.5005.177"
int chromiumMajor();        // 102

// The reduced desktop Chrome user agent with the engine's Chromium major version:
// "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Safari/537.36".
QString engineUserAgent();

// The major version of "Chrome/<major>..." in a user agent; 0 when it names none.
int chromeMajorOf(const QString& userAgent);

// Whether this Qt gives the page client hints (from Qt 6.8; they tell the engine's Chromium version).
bool pageGetsClientHints();

} // namespace fd::whatsapp
