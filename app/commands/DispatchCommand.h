#pragma once

#include "app/DatabaseChoice.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace fd {

// `frontdesk dispatch [--once] [--pace-ms MIN[,MAX]] [--whatsapp-url URL] [--ready-timeout SECONDS]`:
// a headless sender station. WhatsApp Web runs in an invisible page; a needed login is shown as a QR
// code in the terminal and as an image file. Exit codes as in DECISIONS.md.
namespace dispatch {

void addOptions(QCommandLineParser& parser);

// Before the application object exists: is this run a dispatch, which needs a GUI application for
// QtWebEngine (offscreen when there is no display)?
bool isRequested(int argc, char** argv);
void prepareProcess();

// Runs the application's event loop until the dispatcher finishes (--once) or is stopped (SIGINT,
// SIGTERM); returns the exit code.
int run(const QCommandLineParser& parser, const DatabaseChoice& choice, QTextStream& out, QTextStream& err);

} // namespace dispatch
} // namespace fd
