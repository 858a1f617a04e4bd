#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace fd {

// `frontdesk check --whatsapp [--whatsapp-url URL]`: opens WhatsApp Web in this computer's profile, waits
// until the page has settled, and reports which landmarks of the selector pack it finds and which it
// misses. Exit 0: ready and nothing missing; 2: not ready (QR code, other window, offline, profile in
// use); 1: landmarks missing or the page cannot be loaded.
namespace whatsappcheck {

// Before the application object exists: `check --whatsapp` needs a GUI application for QtWebEngine.
bool isRequested(int argc, char** argv);
void addOptions(QCommandLineParser& parser);
bool wanted(const QCommandLineParser& parser);
int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

} // namespace whatsappcheck
} // namespace fd
