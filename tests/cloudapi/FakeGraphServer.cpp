#include "FakeGraphServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace fd::test {

FakeGraphServer::FakeGraphServer(QByteArray token, QObject* parent)
    : QObject(parent)
    , m_token(std::move(token))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeGraphServer::~FakeGraphServer()
{
    // Sockets still open say "disconnected" while they die: they must not reach this half-destroyed server.
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

QString FakeGraphServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(port());
}

FakeGraphServer::Answer FakeGraphServer::error(int httpStatus, int code, const QString& message)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), QStringLiteral("OAuthException")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("error_data"),
                             QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                         {QStringLiteral("details"), message}}},
                            {QStringLiteral("fbtrace_id"), QStringLiteral("AbC123")}};
    return {httpStatus, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(), 0};
}

void FakeGraphServer::readFrom(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still on its way
    request.json = QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    answer(socket, request);
}

void FakeGraphServer::answer(QTcpSocket* socket, const Request& request)
{
    Answer answer = m_script.isEmpty() ? Answer{} : m_script.takeFirst();
    if (request.headers.value("authorization") != "Bearer " + m_token)
        answer = error(401, 190, QStringLiteral("Error validating access token: Session has expired."));
    if (answer.status == 200 && answer.body.isEmpty()) {
        const QString to = request.json.value(QStringLiteral("to")).toString();
        const QJsonObject accepted{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{{QStringLiteral("input"), to}, {QStringLiteral("wa_id"), to}}}},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.TEST%1").arg(m_nextId++)},
                                    {QStringLiteral("message_status"), QStringLiteral("accepted")}}}}};
        answer.body = QJsonDocument(accepted).toJson(QJsonDocument::Compact);
    }
    if (answer.then == Answer::Then::Silence)
        return;
    QPointer<QTcpSocket> target(socket);
    if (answer.then == Answer::Then::Close) {
        socket->abort(); // a reset, not even an empty answer
        return;
    }
    auto write = [target, answer] {
        if (!target)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
        response +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
            "\r\nConnection: keep-alive\r\n\r\n" + answer.body;
        target->write(response);
    };
    if (answer.delayMs > 0)
        QTimer::singleShot(answer.delayMs, this, write);
    else
        write();
}

} // namespace fd::test
