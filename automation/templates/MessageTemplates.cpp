#include "templates/MessageTemplates.h"

#include <QFile>
#include <QUrl>

namespace fd {
namespace {

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || c == QLatin1Char('_');
}

// Walks a template: literal text goes to `literal`, each {name} to `placeholder`. Returns an error for
// unpaired braces or a malformed name.
template<typename Literal, typename Placeholder>
Result<void> walk(const QString& text, Literal literal, Placeholder placeholder)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
                literal(QStringLiteral("{"));
                ++i;
                continue;
            }
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return invalid(QObject::tr("A \"{\" is never closed; write {{ for a brace in the text."));
            const QString name = text.mid(i + 1, close - i - 1);
            if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isNameChar))
                return invalid(QObject::tr("\"{%1}\" is not a placeholder; write {{ and }} for braces in the text.").arg(name));
            if (auto done = placeholder(name); !done)
                return done;
            i = close;
            continue;
        }
        if (c == QLatin1Char('}')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('}')) {
                literal(QStringLiteral("}"));
                ++i;
                continue;
            }
            return invalid(QObject::tr("A \"}\" has no \"{\"; write }} for a brace in the text."));
        }
        literal(QString(c));
    }
    return {};
}

QString resourceName(EventType event, const QString& language)
{
    return QStringLiteral(":/templates/%1/%2.txt").arg(language, eventTypeName(event).toLower());
}

} // namespace

QStringList MessageTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("ta")};
}

QString MessageTemplates::defaultText(EventType event, const QString& language)
{
    QFile file(resourceName(event, languages().contains(language) ? language : QStringLiteral("en")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

Result<void> MessageTemplates::validate(EventType event, const QString& text)
{
    if (text.trimmed().isEmpty())
        return invalid(QObject::tr("The message is empty."));
    const QStringList allowed = placeholdersFor(event);
    return walk(text, [](const QString&) {}, [&](const QString& name) -> Result<void> {
        if (!allowed.contains(name))
            return invalid(QObject::tr("Unknown placeholder {%1}. This message may use: %2.")
                               .arg(name, QStringLiteral("{") + allowed.join(QStringLiteral("}, {")) + QStringLiteral("}")));
        return {};
    });
}

Result<QString> MessageTemplates::render(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size() + 256);
    auto done = walk(text, [&](const QString& literal) { out += literal; }, [&](const QString& name) -> Result<void> {
        const QString value = values.value(name);
        if (value.trimmed().isEmpty())
            return invalid(QObject::tr("No value for {%1}").arg(name));
        out += value;
        return {};
    });
    if (!done)
        return done.error();
    return out;
}

Result<QString> MessageTemplates::expandLink(const QString& pattern, const QString& ticketId)
{
    const QString trimmed = pattern.trimmed();
    if (!trimmed.startsWith(QLatin1String("https://")) && !trimmed.startsWith(QLatin1String("http://")))
        return invalid(QObject::tr("The link \"%1\" must start with https:// or http://.").arg(trimmed));
    if (!trimmed.contains(QLatin1String("{ticket_id}")))
        return invalid(QObject::tr("The link \"%1\" must contain {ticket_id}.").arg(trimmed));
    QString link = trimmed;
    link.replace(QLatin1String("{ticket_id}"), QString::fromLatin1(QUrl::toPercentEncoding(ticketId)));
    if (!QUrl(link, QUrl::StrictMode).isValid())
        return invalid(QObject::tr("The link \"%1\" is not a valid web address.").arg(trimmed));
    return link;
}

} // namespace fd
