// Template text from the admin's editor and values from the desk: validation and rendering never crash,
// and a template that validates renders completely once every placeholder has a value.
#include "FuzzTargets.h"
#include "automation/templates/EventType.h"
#include "automation/templates/MessageTemplates.h"

#include <QHash>

namespace fd::fuzz {

int messageTemplate(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QList<fd::EventType> events = fd::allEventTypes();
    const fd::EventType event = events.at(data[0] % events.size());
    // Input: one byte picking the event, then the template text, a NUL, then a value for every placeholder.
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const qsizetype split = bytes.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString value = split < 0 ? QStringLiteral("x") : QString::fromUtf8(bytes.mid(split + 1));

    QHash<QString, QString> values;
    for (const QString& name : fd::placeholdersFor(event))
        values.insert(name,
                      value.trimmed().isEmpty() ? QStringLiteral("x") : value); // blank counts as missing

    const auto valid = fd::MessageTemplates::validate(event, text);
    const auto rendered = fd::MessageTemplates::render(text, values);
    if (valid && !rendered)
        FD_FUZZ_FAIL(); // validated, all values present: it must render
    if (!valid && valid.error().message.isEmpty())
        FD_FUZZ_FAIL();
    if (!rendered && rendered.error().message.isEmpty())
        FD_FUZZ_FAIL();
    (void)fd::MessageTemplates::expandLink(text, value);
    return 0;
}

} // namespace fd::fuzz
