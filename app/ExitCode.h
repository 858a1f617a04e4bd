#pragma once

namespace fd {

// Exit codes shared by every command (DECISIONS.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // anything else, including bad arguments
    ExitSenderNotReady = 2,
    ExitDatabaseError = 3,
    // dispatch: this station paused (WhatsApp Web changed) or was paused when it started.
    ExitSendingPaused = 4,
};

} // namespace fd
