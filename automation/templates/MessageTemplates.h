#pragma once

#include "automation/templates/EventType.h"
#include "models/core/Result.h"

#include <QHash>

namespace fd {

// The message texts. A template is plain text with {placeholder}s; "{{" and "}}" stand for literal braces.
// The shipped defaults (English, Hindi, Tamil) are resources under :/templates/<language>/<event>.txt.
class MessageTemplates
{
public:
    static QStringList languages(); // "en", "hi", "ta"
    // The shipped text for the language, or the English one for a language without templates.
    static QString defaultText(EventType event, const QString& language);

    // Every placeholder must be one the event offers, braces must pair up: checked when a template is saved.
    static Result<void> validate(EventType event, const QString& text);
    // The {placeholder}s of a text, each once, in the order they first appear (nothing for a malformed text).
    static QStringList placeholders(const QString& text);
    // Fills every placeholder; one without a value (or with an empty one) is an error, never an empty hole.
    // Values are inserted literally: a value containing "{x}" is not expanded again.
    static Result<QString> render(const QString& text, const QHash<QString, QString>& values);
    // The same, leaving out each {hole}: the text in parts around where the hole's value goes (one part
    // when the text has no {hole}). For a value only the database knows once it writes the record.
    static Result<QStringList> renderAround(const QString& text, const QHash<QString, QString>& values,
                                            const QString& hole);
    // "https://x.in/track?t={ticket_id}" with the ticket id URL-encoded.
    static Result<QString> expandLink(const QString& pattern, const QString& ticketId);
};

} // namespace fd
