#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace fd {

// The one way to continue after a job on another thread: calls `done(result)` on `context`'s thread when
// `future` has finished, or never if `context` is gone by then (a screen closed while its query still ran).
// Instead of QFuture::then(context, ...), which in Qt 6.4 asserts when the context is destroyed first.
// For DatabaseWorker jobs, DatabaseWorker::run(context, job, done) is the short form.
template<typename T, typename Done> void onResult(QObject* context, QFuture<T> future, Done&& done)
{
    // The watcher is the context's child: it dies with the context, and so does the connection.
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace fd
