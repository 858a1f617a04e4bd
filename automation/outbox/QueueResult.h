#pragma once

#include <QString>

namespace fd {

// What happened to the message of one business event, for the screen to say.
struct QueueResult
{
    enum class Outcome {
        Queued,  // PENDING: it will be sent
        Skipped, // SKIPPED row: valid number that gets no message (landline, opted out, ...); reason says why
        StaffNumber,   // a staff phone: no message and no log row
        AlreadySent,   // this event of this record already has its message
        TemplateError, // FAILED row: the template could not be filled; reason says what is missing
    };

    Outcome outcome = Outcome::Queued;
    qint64 messageId = 0; // the log row, when there is one
    QString reason;       // for the screen, in the desk's language
    QString logReason;    // as the message log keeps it (English); empty: the same as reason

    // One sentence for the receptionist.
    QString describe() const;
    // The reason as the message log keeps it.
    QString loggedReason() const { return logReason.isEmpty() ? reason : logReason; }
};

} // namespace fd
