#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

namespace fd::bench {

// Measures how long the GUI thread's event loop fails to answer: a precise timer ticks every `intervalMs`;
// the longest stall is the worst lateness of a tick (the time a click or a repaint would have waited).
class StallProbe : public QObject
{
public:
    explicit StallProbe(int intervalMs = 5)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 late = now - m_lastNs - qint64(m_intervalMs) * 1000000;
            if (late > m_longestNs) {
                m_longestNs = late;
                m_longestPhase = m_phase;
            }
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Names what happens from now on, so that the longest stall can say during what it happened.
    void setPhase(const QString& phase) { m_phase = phase; }
    double longestStallMs() const { return m_longestNs / 1e6; }
    QString longestStallPhase() const { return m_longestPhase; }
    int ticks() const { return m_ticks; }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_ticks = 0;
    QString m_phase;
    QString m_longestPhase;
};

} // namespace fd::bench
