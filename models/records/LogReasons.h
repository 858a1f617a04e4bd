#pragma once

#include "models/core/LoggedText.h"

namespace fd {

// Reasons the message log keeps word for word because screens and filters look for them (in English in the
// database, in the desk's language on screen).
struct LogReasons
{
    // A send that was pressed (or a request that went out) without a confirmation, or a recovery that could
    // not look in the chat: a person decides, never the station (DECISIONS.md, "Sending").
    static LoggedText maybeSent()
    {
        return LoggedText::of(
            QT_TRANSLATE_NOOP("QObject", "may have been sent: check the chat before retrying"));
    }
};

} // namespace fd
