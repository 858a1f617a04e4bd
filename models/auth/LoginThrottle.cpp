#include "models/auth/LoginThrottle.h"

#include <algorithm>

namespace fd {
namespace {

QString keyFor(const QString& login)
{
    return login.trimmed().toLower();
}

} // namespace

LoginThrottle::LoginThrottle(const Clock& clock)
    : m_clock(clock)
{}

int LoginThrottle::secondsToWait(const QString& login) const
{
    const auto it = m_states.constFind(keyFor(login));
    if (it == m_states.constEnd() || !it->blockedUntil.isValid())
        return 0;
    const qint64 ms = m_clock.nowUtc().msecsTo(it->blockedUntil);
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

void LoginThrottle::recordFailure(const QString& login)
{
    State& state = m_states[keyFor(login)];
    ++state.failures;
    if (state.failures < kFreeAttempts)
        return;
    const int doublings = std::min(state.failures - kFreeAttempts, 16);
    const int delay = std::min(kMaxDelaySeconds, kFirstDelaySeconds * (1 << doublings));
    state.blockedUntil = m_clock.nowUtc().addSecs(delay);
}

void LoginThrottle::recordSuccess(const QString& login)
{
    m_states.remove(keyFor(login));
}

} // namespace fd
