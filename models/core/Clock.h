#pragma once

#include <QDateTime>

namespace fd {

// Time is injected so that pacing, quiet hours and leases can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }

    static const Clock& system();
};

} // namespace fd
