// Serves the tests' WhatsApp-like page (tests/whatsapp/page) on 127.0.0.1 as a process of its own, for checks
// that run FrontDesk from a package (the AppImage check runs `frontdesk check --whatsapp` against it).
//   whatsapp_page_server [--logged-in] [--lifetime SECONDS] URL_FILE
// Writes the page's address to URL_FILE once it listens; stops by itself after SECONDS (default 600).
#include "whatsapp/FakeWhatsAppServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The tests' WhatsApp-like page on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption loggedIn(QStringLiteral("logged-in"),
                                      QStringLiteral("The phone has scanned the QR code."));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"),
                                      QStringLiteral("Stop after this many seconds."),
                                      QStringLiteral("seconds"), QStringLiteral("600"));
    parser.addOptions({loggedIn, lifetime});
    parser.addPositionalArgument(QStringLiteral("url-file"),
                                 QStringLiteral("Where to write the page's address."));
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: whatsapp_page_server [--logged-in] [--lifetime SECONDS] URL_FILE" << Qt::endl;
        return 1;
    }

    fd::test::FakeWhatsAppServer server;
    if (!server.listen()) {
        err << "cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    if (parser.isSet(loggedIn))
        server.scan();
    // Written whole or not at all: the caller waits for the file to appear.
    QSaveFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly) || file.write(server.url().toEncoded() + '\n') < 0 ||
        !file.commit()) {
        err << "cannot write " << file.fileName() << Qt::endl;
        return 1;
    }
    QTimer::singleShot(parser.value(lifetime).toInt() * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
