#pragma once

namespace fd::whatsapp {

// Adds the Chromium flags that keep a hidden or background WhatsApp page running at full speed
// (timer throttling made a headless send 20 times slower, see notes/whatsapp-web.md) to
// QTWEBENGINE_CHROMIUM_FLAGS, keeping what the user put there. Call at the top of main(), before the
// QApplication exists: QtWebEngine reads the variable once, when it starts.
void applyChromiumFlags();

// A headless command (dispatch) needs a GUI platform for QtWebEngine: without a display it uses the
// offscreen one. Call before the QApplication exists.
void preferOffscreenWithoutDisplay();

} // namespace fd::whatsapp
