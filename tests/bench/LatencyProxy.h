#pragma once

#include <QThread>
#include <memory>

namespace fd::bench {

// A slow network to the test PostgreSQL server: forwards 127.0.0.1:port() to `targetPort`, holding every
// chunk `delayMs` in each direction (so a round trip costs 2 x delayMs more). Runs in its own thread, so that
// it takes nothing from the GUI thread being measured.
class LatencyProxy
{
public:
    LatencyProxy(quint16 targetPort, int delayMs);
    ~LatencyProxy();
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    quint16 m_port = 0;
};

} // namespace fd::bench
