#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/db/OnResult.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace fd {

// A thread with its own database connection. The GUI (or any thread) hands it work as a function of
// Connection& and gets a QFuture back, so no caller ever waits on SQL:
//
//   worker.run(this, [id](Connection& c) { return EnquiryRepository(c).get(id); },
//              [this](const Result<Enquiry>& r) { ... });   // continues on this object's thread, if it still
//              exists
//
// The connection opens on first use; after the server went away it is reopened for the next job.
// Jobs run one at a time, in the order they were given.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWorker(ConnectionSpec spec, QString purpose = QStringLiteral("worker"),
                            QObject* parent = nullptr);
    ~DatabaseWorker() override;

    const ConnectionSpec& spec() const { return m_spec; }

    // `job` returns a Result<T>; the future carries that Result, or the error of opening the connection.
    template<typename Job> auto run(Job job) -> QFuture<std::invoke_result_t<Job, Connection&>>
    {
        using R = std::invoke_result_t<Job, Connection&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, job = std::move(job)]() mutable {
            Connection* connection = nullptr;
            Error openError;
            if (!acquireConnection(connection, openError)) {
                promise->addResult(R(openError));
            } else {
                R result = job(*connection);
                if (!result.ok())
                    afterFailure(result.error());
                promise->addResult(std::move(result));
            }
            promise->finish();
        });
        return future;
    }

    // Runs `job`, then `done(result)` on `context`'s thread unless `context` is gone by then (onResult).
    template<typename Job, typename Done> void run(QObject* context, Job job, Done&& done)
    {
        onResult(context, run(std::move(job)), std::forward<Done>(done));
    }

signals:
    // Emitted from the worker thread when the database becomes unreachable or reachable again.
    void availabilityChanged(bool available, const QString& message);

private:
    void post(std::function<void()> task);
    bool acquireConnection(Connection*& connection, Error& error);
    void afterFailure(const Error& error);

    ConnectionSpec m_spec;
    QString m_purpose;
    QThread m_thread;
    QObject* m_context = nullptr;             // lives in m_thread; queued tasks run through it
    std::unique_ptr<Connection> m_connection; // used only in m_thread
    bool m_available = true;
};

} // namespace fd
