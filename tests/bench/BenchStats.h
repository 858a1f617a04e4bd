#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>
#include <algorithm>

namespace fd::bench {

// Samples in microseconds, with the figures the README quotes.
class Samples
{
public:
    void add(qint64 micros) { m_values.append(micros); }
    int size() const { return int(m_values.size()); }
    double medianMs() const { return percentileMs(50); }
    double p95Ms() const { return percentileMs(95); }
    double totalMs() const
    {
        qint64 sum = 0;
        for (qint64 v : m_values)
            sum += v;
        return sum / 1000.0;
    }
    double percentileMs(int p) const
    {
        if (m_values.isEmpty())
            return 0;
        QList<qint64> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = qMin(sorted.size() - 1, qsizetype((sorted.size() - 1) * p / 100.0 + 0.5));
        return sorted.at(index) / 1000.0;
    }

private:
    QList<qint64> m_values;
};

// Times one call in microseconds.
template<typename F> qint64 timeMicros(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1000;
}

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

inline QString ratio(double a, double b)
{
    return b <= 0 ? QStringLiteral("n/a") : QString::number(a / b, 'f', 2);
}

} // namespace fd::bench
