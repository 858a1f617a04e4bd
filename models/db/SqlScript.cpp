#include "models/db/SqlScript.h"

#include <QRegularExpression>

namespace fd {
namespace {

bool isTriggerStatement(const QString& statement)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEndKeyword(const QString& statement)
{
    static const QRegularExpression end(QStringLiteral(R"(\bEND\s*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// At `script[i] == '$'`: returns the dollar-quote tag ("$body$", "$$") starting there, or an empty string.
QString dollarTag(const QString& script, qsizetype i)
{
    if (i > 0 && isIdentifierChar(script.at(i - 1)))
        return {}; // part of an identifier such as a$b
    qsizetype j = i + 1;
    while (j < script.size() && isIdentifierChar(script.at(j)) && !script.at(j).isDigit())
        ++j;
    if (j < script.size() && script.at(j) == QLatin1Char('$'))
        return script.mid(i, j - i + 1);
    return {};
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) { // doubled quote is an escaped quote
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const QString tag = dollarTag(script, i);
            if (!tag.isEmpty()) {
                const qsizetype close = script.indexOf(tag, i + tag.size());
                const qsizetype end = close < 0 ? n : close + tag.size();
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (isTriggerStatement(current) && !endsWithEndKeyword(current)) {
                current += c; // a statement inside the trigger body
                continue;
            }
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

} // namespace fd
