#pragma once

#include "models/core/Clock.h"

#include <QHash>
#include <QString>

namespace fd {

// Slows down guessing: after a few wrong passwords for a login, each further try must wait, and the wait
// doubles with every new failure (up to a cap). A success clears the count. Kept per login, lower-cased.
class LoginThrottle
{
public:
    explicit LoginThrottle(const Clock& clock = Clock::system());

    // 0 when a try is allowed now, else the seconds left to wait.
    int secondsToWait(const QString& login) const;
    void recordFailure(const QString& login);
    void recordSuccess(const QString& login);

    static constexpr int kFreeAttempts = 3;
    static constexpr int kFirstDelaySeconds = 5;
    static constexpr int kMaxDelaySeconds = 300;

private:
    struct State
    {
        int failures = 0;
        QDateTime blockedUntil;
    };
    const Clock& m_clock;
    QHash<QString, State> m_states;
};

} // namespace fd
