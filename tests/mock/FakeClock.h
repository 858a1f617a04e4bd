#pragma once

#include "models/core/Clock.h"

#include <QMutex>
#include <functional>

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
        {
            QMutexLocker lock(&m_mutex);
            m_now = nowUtc;
        }
        moved();
    }
    void advanceSecs(qint64 seconds)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_now = m_now.addSecs(seconds);
        }
        moved();
    }
    // Called with the new time after every set or advance (on the caller's thread): a test on PostgreSQL
    // moves the server's clock with it (TestDatabase::pinServerClock), since the server decides the times of
    // sending (migration 0016).
    void follow(std::function<void(const QDateTime&)> follower)
    {
        m_follower = std::move(follower);
        moved();
    }

private:
    void moved()
    {
        if (m_follower)
            m_follower(nowUtc());
    }

    mutable QMutex m_mutex;
    QDateTime m_now;
    std::function<void(const QDateTime&)> m_follower;
};

// A UTC time that is local `hour:minute` today in the machine's zone (quiet hours are local).
inline QDateTime utcAtLocal(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute)).toUTC();
}

} // namespace fd::test
