#pragma once

namespace fd::bench {

// Each prints its figures to standard output. `quick`: fewer rounds, for a smoke run.
void runQueueing(bool quick);
void runMessageLog(bool quick);
void runGui(bool quick);
void runStartup(bool quick);

} // namespace fd::bench
