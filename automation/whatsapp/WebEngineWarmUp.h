#pragma once

namespace fd::whatsapp {

// Starts QtWebEngine's browser side (Chromium's context: its threads, network service and zygote) ahead of
// the first WhatsApp session, so that the session opens without that wait (40–100 ms here). The desk calls
// it while the sign-in dialog is up. It creates and drops an off-the-record profile: nothing is loaded, no
// page exists and the stored WhatsApp login is not touched, so nothing a signed-in person would see starts
// before someone signed in. Does nothing the second time. Needs the QApplication.
void warmUpWebEngine();

// Whether warmUpWebEngine() has run in this process.
bool isWebEngineWarm();

} // namespace fd::whatsapp
