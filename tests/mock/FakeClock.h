#pragma once

#include "models/core/Clock.h"

#include <QMutex>

namespace fd::test {

// A clock the test sets and moves; read from any thread.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc))
    {}
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime& nowUtc)
    {
        QMutexLocker lock(&m_mutex);
        m_now = nowUtc;
    }
    void advanceSecs(qint64 seconds)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// A UTC time that is local `hour:minute` today in the machine's zone (quiet hours are local).
inline QDateTime utcAtLocal(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute), Qt::LocalTime).toUTC();
}

} // namespace fd::test
