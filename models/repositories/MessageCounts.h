#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

namespace fd {

// The figures in the status bar: messages still to go (PENDING, RETRYING, SENDING) and FAILED ones.
struct MessageCounts
{
    int waiting = 0;
    int failed = 0;

    static Result<MessageCounts> read(Connection& connection);
};

} // namespace fd
