#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <utility>

namespace fd::test {

// Forwards 127.0.0.1:port() to the test database server, and can "unplug the cable": stop() closes the
// listening socket and every open connection, start() listens again on the same port.
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

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            m_sockets << client << upstream;
            m_pairs.append(std::make_pair(QPointer<QTcpSocket>(client), QPointer<QTcpSocket>(upstream)));
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                if (!m_paused)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
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
};

} // namespace fd::test
