#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <ctime>

namespace fd::bench {

// Measures how long the GUI thread's event loop fails to answer: a precise timer ticks every `intervalMs`;
// a stall is the lateness of a tick (the time a click or a repaint would have waited). On a shared, loaded
// machine a thread also waits for a CPU, so each stall is split: the GUI thread's own CPU time in it (its
// work: the application's doing) and the rest (waiting to be scheduled).
class StallProbe : public QObject
{
public:
    struct Stall
    {
        double ms = 0;    // lateness of the tick
        double cpuMs = 0; // the GUI thread's own CPU time between the two ticks
        QString phase;    // what was happening (setPhase)
    };

    explicit StallProbe(int intervalMs = 5)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const Stall stall{(now - m_lastNs - qint64(m_intervalMs) * 1000000) / 1e6,
                              (cpu - m_lastCpuNs) / 1e6, m_phase};
            if (stall.ms > m_longest.ms)
                m_longest = stall;
            if (stall.cpuMs > m_busiest.cpuMs)
                m_busiest = stall;
            m_lastNs = now;
            m_lastCpuNs = cpu;
        });
    }
    void start()
    {
        m_longest = m_busiest = Stall();
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Names what happens from now on, so that a stall can say during what it happened.
    void setPhase(const QString& phase) { m_phase = phase; }
    const Stall& longest() const { return m_longest; } // the longest wait, whatever its cause
    const Stall& busiest() const { return m_busiest; } // the longest stretch of the GUI thread's own work

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    QString m_phase;
    Stall m_longest;
    Stall m_busiest;
};

} // namespace fd::bench
