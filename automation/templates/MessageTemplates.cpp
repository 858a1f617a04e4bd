#include "automation/templates/MessageTemplates.h"

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
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// Walks a template: literal text goes to `literal` in runs, each {name} to `placeholder`. Returns an error
// for unpaired braces or a malformed name.
template<typename Literal, typename Placeholder>
Result<void> walk(const QString& text, Literal literal, Placeholder placeholder)
{
    const qsizetype n = text.size();
    qsizetype run = 0; // where the current run of plain text began
    auto flush = [&](qsizetype end) {
        if (end > run)
            literal(QStringView(text).mid(run, end - run));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{')) {
            flush(i);
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
                literal(QStringView(text).mid(i, 1));
                run = ++i + 1;
                continue;
            }
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return invalid(QObject::tr("A \"{\" is never closed; write {{ for a brace in the text."));
            const QString name = text.mid(i + 1, close - i - 1);
            if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isNameChar))
                return invalid(
                    QObject::tr("\"{%1}\" is not a placeholder; write {{ and }} for braces in the text.")
                        .arg(name));
            if (auto done = placeholder(name); !done)
                return done;
            i = close;
            run = close + 1;
            continue;
        }
        if (c == QLatin1Char('}')) {
            flush(i);
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('}')) {
                literal(QStringView(text).mid(i, 1));
                run = ++i + 1;
                continue;
            }
            return invalid(QObject::tr("A \"}\" has no \"{\"; write }} for a brace in the text."));
        }
    }
    flush(n);
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
    // Read once: every queued message asks for one (thread-safe: a function-local static).
    static const QHash<QString, QString> shipped = [] {
        QHash<QString, QString> texts;
        for (const QString& lang : languages()) {
            for (EventType each : allEventTypes()) {
                QFile file(resourceName(each, lang));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                QString text = QString::fromUtf8(file.readAll());
                while (text.endsWith(QLatin1Char('\n')))
                    text.chop(1);
                texts.insert(resourceName(each, lang), text);
            }
        }
        return texts;
    }();
    return shipped.value(
        resourceName(event, languages().contains(language) ? language : QStringLiteral("en")));
}

Result<void> MessageTemplates::validate(EventType event, const QString& text)
{
    if (text.trimmed().isEmpty())
        return invalid(QObject::tr("The message is empty."));
    const QStringList allowed = placeholdersFor(event);
    return walk(
        text, [](QStringView) {},
        [&](const QString& name) -> Result<void> {
            if (!allowed.contains(name))
                return invalid(QObject::tr("Unknown placeholder {%1}. This message may use: %2.")
                                   .arg(name, QStringLiteral("{") + allowed.join(QStringLiteral("}, {")) +
                                                  QStringLiteral("}")));
            return {};
        });
}

QStringList MessageTemplates::placeholders(const QString& text)
{
    QStringList names;
    auto walked = walk(
        text, [](QStringView) {},
        [&](const QString& name) -> Result<void> {
            if (!names.contains(name))
                names << name;
            return {};
        });
    return walked ? names : QStringList();
}

Result<QString> MessageTemplates::render(const QString& text, const QHash<QString, QString>& values)
{
    auto parts = renderAround(text, values, {});
    if (!parts)
        return parts.error();
    return parts->constFirst();
}

Result<QStringList> MessageTemplates::renderAround(const QString& text, const QHash<QString, QString>& values,
                                                   const QString& hole)
{
    QStringList parts{QString()};
    parts.first().reserve(text.size() + 256);
    auto done = walk(
        text, [&](QStringView literal) { parts.last() += literal; },
        [&](const QString& name) -> Result<void> {
            if (!hole.isEmpty() && name == hole) {
                parts.append(QString());
                return {};
            }
            const QString value = values.value(name);
            if (value.trimmed().isEmpty())
                return invalid(QObject::tr("No value for {%1}").arg(name));
            parts.last() += value;
            return {};
        });
    if (!done)
        return done.error();
    return parts;
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
