#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace fd {

// Hands the result of a DatabaseWorker job to `receiver` on its thread, or never when the receiver is gone
// by then. Used instead of QFuture::then(context, ...), which (Qt 6.4) asserts when the context object is
// destroyed while the job is still queued - as when a screen closes during a slow query.
template<typename T, typename Handler> void onResult(QFuture<T> future, QObject* receiver, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace fd
