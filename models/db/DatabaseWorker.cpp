#include "models/db/DatabaseWorker.h"

#include "models/core/Logging.h"

#include <QMetaObject>

namespace fd {

DatabaseWorker::DatabaseWorker(ConnectionSpec spec, QString purpose, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_purpose(std::move(purpose))
{
    m_thread.setObjectName(QStringLiteral("db-") + m_purpose);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Jobs already queued still run; then the connection is closed in the thread that opened it.
    post([this] { m_connection.reset(); });
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

bool DatabaseWorker::acquireConnection(Connection*& connection, Error& error)
{
    if (!m_connection) {
        auto opened = Connection::open(m_spec, m_purpose);
        if (!opened) {
            error = opened.error();
            afterFailure(error);
            return false;
        }
        m_connection = std::move(opened).value();
        if (!m_available) {
            m_available = true;
            emit availabilityChanged(true, tr("The database is reachable again."));
        }
    }
    connection = m_connection.get();
    return true;
}

void DatabaseWorker::afterFailure(const Error& error)
{
    if (error.kind != Error::Kind::Unavailable)
        return;
    // The connection is probably dead (server restarted, network gone): start afresh next time.
    qCWarning(lcModels) << m_purpose << "database unavailable:" << error.message << error.detail;
    m_connection.reset();
    if (m_available) {
        m_available = false;
        emit availabilityChanged(false, error.message);
    }
}

} // namespace fd
