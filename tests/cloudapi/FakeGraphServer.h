#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>

namespace fd::test {

// A Graph-API-like server on 127.0.0.1 for the Cloud API sender: it checks the bearer token, records every
// request and answers each from a script (a WhatsApp error, a 500, a slow or malformed answer), or with
// an accepted message id. It lives as long as the test that made it.
class FakeGraphServer : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray body; // empty: an accepted message with a fresh wamid
        int delayMs = 0;
        // The request arrives whole, and then: the answer goes out; the connection is closed (reset) without
        // one; or nothing more happens (the client's timeout ends it). Either way the request is recorded.
        enum class Then { Answer, Close, Silence };
        Then then = Then::Answer;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QJsonObject json;
    };

    explicit FakeGraphServer(QByteArray token = "test-token", QObject* parent = nullptr);
    ~FakeGraphServer() override;

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    const QList<Request>& requests() const { return m_requests; }

    static Answer error(int httpStatus, int code, const QString& message);
    static Answer malformed()
    {
        return {200, QByteArrayLiteral("{\"messaging_product\": \"whatsapp\", \"messages\": [{"), 0};
    }
    static Answer slow(int delayMs) { return {200, {}, delayMs}; }
    // The request was received, the answer is lost: the connection closes, or stays silent.
    static Answer closed() { return {200, {}, 0, Answer::Then::Close}; }
    static Answer silent() { return {200, {}, 0, Answer::Then::Silence}; }

private:
    void readFrom(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);

    QTcpServer m_server;
    QByteArray m_token;
    QList<Answer> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_nextId = 1;
};

} // namespace fd::test
