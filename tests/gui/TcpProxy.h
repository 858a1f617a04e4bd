#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
#include <utility>

namespace fd::test {

// Forwards 127.0.0.1:port() to the test database server, and can "unplug the cable": stop() closes the
// listening socket and every open connection, start() listens again on the same port; or lose one answer:
// cutAnswerTo().
class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 targetPort)
        : m_target(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
    }

    bool start()
    {
        return m_server.listen(QHostAddress::LocalHost, m_port) && ((m_port = m_server.serverPort()) != 0);
    }
    void stop()
    {
        m_server.close();
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }
    quint16 port() const { return m_port; }
    // A slow server: while paused, what the desk sends waits here; resuming delivers it.
    void setPaused(bool paused)
    {
        m_paused = paused;
        if (paused)
            return;
        for (const auto& [client, upstream] : std::as_const(m_pairs)) {
            if (client && upstream)
                upstream->write(client->readAll());
        }
    }

    // "The answer was lost": the first chunk the desk sends for which `isIt` says yes goes to the server,
    // which does the work (a COMMIT commits); its answer is thrown away and the connection cut. Once.
    void cutAnswerTo(std::function<bool(const QByteArray& sent)> isIt) { m_cutWhen = std::move(isIt); }
    bool answerCut() const { return m_answerCut; }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            m_sockets << client << upstream;
            m_pairs.append(std::make_pair(QPointer<QTcpSocket>(client), QPointer<QTcpSocket>(upstream)));
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                if (m_paused)
                    return;
                const QByteArray sent = client->readAll();
                if (m_cutWhen && m_cutWhen(sent)) {
                    m_cutWhen = {};
                    m_cutAnswerOf = upstream;
                }
                upstream->write(sent);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray answer = upstream->readAll();
                if (m_cutAnswerOf == upstream) {
                    m_cutAnswerOf = nullptr;
                    m_answerCut = true;
                    client->abort();
                    upstream->abort();
                    return;
                }
                client->write(answer);
            });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
    bool m_paused = false;
    std::function<bool(const QByteArray&)> m_cutWhen;
    QPointer<QTcpSocket> m_cutAnswerOf;
    bool m_answerCut = false;
};

} // namespace fd::test
