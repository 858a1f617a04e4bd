#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace fd::test {

bool TsMessage::finished() const
{
    if (!type.isEmpty() || translations.isEmpty())
        return false;
    for (const QString& text : translations) {
        if (text.isEmpty())
            return false;
    }
    return true;
}

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    const QDir folder = QFileInfo(path).absoluteDir();
    QXmlStreamReader xml(&file);
    QString context;
    QString lastFile;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("location")) {
                const QString fileName = xml.attributes().value(QLatin1String("filename")).toString();
                if (!fileName.isEmpty())
                    lastFile = QDir::cleanPath(folder.absoluteFilePath(fileName));
                if (!lastFile.isEmpty() && !message.files.contains(lastFile))
                    message.files << lastFile;
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

} // namespace fd::test
