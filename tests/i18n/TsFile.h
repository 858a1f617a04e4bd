#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::test {

// One message of a Qt Linguist .ts file, as far as the translation checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    QStringList files;        // the sources it comes from (absolute), when the file has locations

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    bool finished() const;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when it was read
};

// Reads `path`; locations are resolved against the file's folder.
TsFile readTs(const QString& path);

} // namespace fd::test
