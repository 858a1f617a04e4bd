#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>

namespace fd {
namespace {

Q_LOGGING_CATEGORY(lcInstance, "frontdesk.app.instance", QtInfoMsg)

const QByteArray kActivate = QByteArrayLiteral("activate\n");
constexpr int kTimeoutMs = 2000;

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("user") : user;
}

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
{
    // A short, fixed-length name: Unix socket paths are limited to about 100 bytes.
    const QByteArray digest = QCryptographicHash::hash((currentUser() + QLatin1Char('\n') + key).toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(24);
    m_serverName = QStringLiteral("frontdesk-") + QString::fromLatin1(digest);
    m_lockPath = QDir(QDir::tempPath()).filePath(m_serverName + QStringLiteral(".lock"));
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::claim()
{
    // The lock makes "is one running? otherwise listen" atomic when two launches race (a double click), and
    // lets a stale socket of a crashed desk be removed safely.
    QLockFile lock(m_lockPath);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(3 * kTimeoutMs)) {
        m_error = tr("Could not take the start-up lock %1.").arg(m_lockPath);
        return Role::Failed;
    }
    if (tellRunningInstance())
        return Role::Secondary;

    QLocalServer::removeServer(m_serverName); // left behind by a desk that crashed
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        m_error = tr("Could not listen for later launches: %1").arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return Role::Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return Role::Primary;
}

bool SingleInstance::tellRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    // The running desk answers once it has handled the request, so this launch can exit knowing it did.
    return socket.waitForReadyRead(kTimeoutMs) && socket.readLine().startsWith("ok");
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() != kActivate) {
                socket->disconnectFromServer();
                return;
            }
            qCInfo(lcInstance) << "another launch asked this desk to come to the front";
            emit activationRequested();
            socket->write("ok\n");
            socket->disconnectFromServer();
        });
    }
}

} // namespace fd
