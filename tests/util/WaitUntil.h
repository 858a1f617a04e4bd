#pragma once

#include "util/TestTimeouts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace fd::test {

// Runs the event loop until `done` holds or `timeoutMs` passes, checking every `pollMs` (tests and benches
// may wait; product code never does). The timeout is stretched for slow builds (scaledMs). Like QTest::qWait,
// it also deletes what was deleteLater()'d meanwhile (a nested loop would not), so that a closed question
// box or a replaced widget is gone when the test looks.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000, int pollMs = 25)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (done())
            loop.quit();
    });
    QTimer::singleShot(scaledMs(timeoutMs), &loop, &QEventLoop::quit);
    poll.start(pollMs);
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return done();
}

} // namespace fd::test
