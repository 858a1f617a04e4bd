// Loads a WhatsApp-Web-like page, served by this program on 127.0.0.1, in QtWebEngine offscreen and asks the
// page a question with JavaScript. The AppImage check runs it inside the unpacked AppDir with the system's
// Qt hidden: it then only works if the bundled Qt, QtWebEngineProcess, its .pak resources, locales and
// qt.conf work together. Prints where Qt found its parts; exit 0 when the page answered as expected.
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <cstdio>

namespace {

const char kPage[] = R"(<!doctype html>
<html><head><meta charset="utf-8"><title>WhatsApp</title></head>
<body>
  <div id="side"><div class="chat" title="Asha">Asha</div><div class="chat" title="Ravi">Ravi</div></div>
  <div id="main"><div contenteditable="true" role="textbox" title="Type a message"></div></div>
  <script>window.chatCount = () => document.querySelectorAll('#side .chat').length;</script>
</body></html>)";

// Answers every request with the page; the connection closes after one response.
void serve(QTcpSocket* socket)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        if (!socket->readAll().contains("\r\n\r\n"))
            return;
        const QByteArray body(kPage);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    out << "plugins: " << QLibraryInfo::path(QLibraryInfo::PluginsPath) << "\n"
        << "libexec: " << QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) << "\n"
        << "data: " << QLibraryInfo::path(QLibraryInfo::DataPath) << "\n"
        << "translations: " << QLibraryInfo::path(QLibraryInfo::TranslationsPath) << Qt::endl;

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        out << "cannot listen on 127.0.0.1: " << server.errorString() << Qt::endl;
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket* socket = server.nextPendingConnection())
            serve(socket);
    });

    QWebEnginePage page;
    QObject::connect(&page, &QWebEnginePage::loadFinished, &app, [&](bool ok) {
        if (!ok) {
            out << "the page did not load" << Qt::endl;
            app.exit(1);
            return;
        }
        page.runJavaScript(QStringLiteral("document.title + ' ' + window.chatCount()"),
                           [&](const QVariant& answer) {
                               out << "page answered: " << answer.toString() << Qt::endl;
                               app.exit(answer.toString() == QLatin1String("WhatsApp 2") ? 0 : 1);
                           });
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "no answer from the page within 60 s" << Qt::endl;
        app.exit(1);
    });
    page.load(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())));
    return app.exec();
}
