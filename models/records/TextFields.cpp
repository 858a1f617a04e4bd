#include "models/records/TextFields.h"

namespace fd {
namespace {

bool breaksLine(char32_t c)
{
    // C0 and C1 controls (\n, \r, \t, \v, \f, NEL ...) and the Unicode line and paragraph separators.
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString singleLine(const QString& text)
{
    QString line;
    line.reserve(text.size());
    bool inBreak = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (breaksLine(c.unicode())) {
            // "\r\n" (and any run of such characters) is one space.
            if (!inBreak)
                line += QLatin1Char(' ');
            inBreak = true;
            continue;
        }
        inBreak = false;
        line += c;
    }
    return line;
}

qsizetype characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++count;
    }
    return count;
}

} // namespace fd
