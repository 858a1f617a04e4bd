#include "LatencyProxy.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QPointer>
#include <QQueue>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace fd::bench {
namespace {

// One direction of one connection: chunks wait in order until their time has come.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QTcpSocket* from, QTcpSocket* to, int delayMs)
        : QObject(from)
        , m_to(to)
        , m_delayMs(delayMs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::flush);
        connect(from, &QTcpSocket::readyRead, this, [this, from] {
            m_chunks.enqueue({QDeadlineTimer(m_delayMs, Qt::PreciseTimer), from->readAll()});
            if (!m_timer.isActive())
                m_timer.start(int(qMax<qint64>(0, m_chunks.head().due.remainingTime())));
        });
    }

private:
    struct Chunk
    {
        QDeadlineTimer due;
        QByteArray bytes;
    };
    void flush()
    {
        while (!m_chunks.isEmpty() && m_chunks.head().due.hasExpired()) {
            if (m_to)
                m_to->write(m_chunks.dequeue().bytes);
            else
                m_chunks.dequeue();
        }
        if (!m_chunks.isEmpty())
            m_timer.start(int(qMax<qint64>(0, m_chunks.head().due.remainingTime())));
    }

    QPointer<QTcpSocket> m_to;
    int m_delayMs;
    QTimer m_timer;
    QQueue<Chunk> m_chunks;
};

} // namespace

LatencyProxy::LatencyProxy(quint16 targetPort, int delayMs)
{
    QSemaphore listening;
    QObject* context = new QObject;
    context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(context, [&, context, targetPort, delayMs] {
        auto* server = new QTcpServer(context);
        QObject::connect(server, &QTcpServer::newConnection, server, [server, targetPort, delayMs] {
            while (QTcpSocket* client = server->nextPendingConnection()) {
                auto* upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, targetPort);
                new DelayedPipe(client, upstream, delayMs);
                new DelayedPipe(upstream, client, delayMs);
                QObject::connect(client, &QTcpSocket::disconnected, upstream,
                                 &QTcpSocket::disconnectFromHost);
                QObject::connect(upstream, &QTcpSocket::disconnected, client,
                                 &QTcpSocket::disconnectFromHost);
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        if (server->listen(QHostAddress::LocalHost))
            m_port = server->serverPort();
        listening.release();
    });
    listening.acquire();
}

LatencyProxy::~LatencyProxy()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace fd::bench
