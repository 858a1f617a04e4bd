#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace fd {

// Calls `done(result)` on `context`'s thread when `future` has finished, unless `context` is gone by then.
// Used instead of QFuture::then(context, ...), which in Qt 6.4 asserts when the context object is deleted
// before the future finishes (a tab closed while its query still runs).
template<typename T, typename Done> void onResult(QObject* context, QFuture<T> future, Done&& done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace fd
