#pragma once

#include "util/TestTimeouts.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace fd::test {

// Runs the event loop until `done` holds or `timeoutMs` passes, checking every `pollMs` (tests and benches
// may wait; product code never does). The timeout is stretched for slow builds (scaledMs). Like QTest::qWait,
// it also deletes what was deleteLater()'d meanwhile, so that a closed question box or a replaced widget is
// gone when the test looks. Hence one short nested loop per poll: Qt runs a deferred delete only once the
// loop it was posted in has returned, so a single loop for the whole wait kept such an object alive until
// the timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000, int pollMs = 25)
{
    QDeadlineTimer deadline(scaledMs(timeoutMs));
    for (;;) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (done())
            return true;
        if (deadline.hasExpired())
            return false;
        QEventLoop slice;
        QTimer::singleShot(qMin<qint64>(pollMs, qMax<qint64>(deadline.remainingTime(), 1)), &slice,
                           &QEventLoop::quit);
        slice.exec();
    }
}

} // namespace fd::test
