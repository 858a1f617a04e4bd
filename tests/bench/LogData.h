#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

namespace fd::bench {

// Fills whatsapp_message_logs with `count` messages, newest first from now back, one every 30 seconds: six
// event types in turn, a realistic status mix (3% FAILED, 2% PENDING, 5% SKIPPED, the rest sent, delivered or
// read) and 50,000 customers. One statement in one transaction (generate_series on PostgreSQL, a recursive
// CTE on SQLite), so a million rows take seconds.
Result<void> generateMessageLog(Connection& connection, qint64 count);

} // namespace fd::bench
