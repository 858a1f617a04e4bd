#pragma once

#include "util/TestTimeouts.h"

#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace fd::test {

// Runs the event loop until `done` holds or `timeoutMs` passes, checking every `pollMs` (tests and benches
// may wait; product code never does). The timeout is stretched for slow builds (scaledMs).
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000, int pollMs = 25)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(scaledMs(timeoutMs), &loop, &QEventLoop::quit);
    poll.start(pollMs);
    loop.exec();
    return done();
}

} // namespace fd::test
