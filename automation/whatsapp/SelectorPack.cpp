#include "automation/whatsapp/SelectorPack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace fd::whatsapp {
namespace {

Error invalid(const QString& origin, const QString& what)
{
    return Error::make(Error::Kind::InvalidInput,
                       QObject::tr("The WhatsApp selector pack %1 is not usable: %2.").arg(origin, what));
}

// An entry is "css" or {"css": "...", "text": "..."}.
bool validEntry(const QJsonValue& entry)
{
    if (entry.isString())
        return !entry.toString().trimmed().isEmpty();
    if (!entry.isObject())
        return false;
    const QJsonObject o = entry.toObject();
    return o.value(QStringLiteral("css")).isString() &&
           !o.value(QStringLiteral("css")).toString().trimmed().isEmpty() &&
           (!o.contains(QStringLiteral("text")) || o.value(QStringLiteral("text")).isString());
}

} // namespace

QStringList SelectorPack::requiredLandmarks()
{
    return {QStringLiteral("unsupported"), QStringLiteral("conflict"), QStringLiteral("useHereButton"),
            QStringLiteral("qr"), QStringLiteral("qrToken"), QStringLiteral("syncing"),
            QStringLiteral("chatList"), QStringLiteral("offline"), QStringLiteral("chat"),
            QStringLiteral("composeBox"), QStringLiteral("sendButton"), QStringLiteral("outgoingMessage"),
            QStringLiteral("messageText"), QStringLiteral("messageMeta"), QStringLiteral("tick"),
            QStringLiteral("popup"), QStringLiteral("popupButton"),
            // Version 2: where the chat's rows are, and the customer's rows, so that "not in the chat" is
            // only said of a chat whose rows are recognised.
            QStringLiteral("messageList"), QStringLiteral("incomingMessage"), QStringLiteral("anyMessage")};
}

Result<SelectorPack> SelectorPack::load(const QString& overridePath)
{
    const QString path = overridePath.isEmpty() ? QString::fromLatin1(kBuiltInPath) : overridePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Unavailable,
            QObject::tr("Cannot read the WhatsApp selector pack %1: %2.").arg(path, file.errorString()));
    return fromJson(file.readAll(), overridePath.isEmpty() ? QObject::tr("built-in") : overridePath);
}

Result<SelectorPack> SelectorPack::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            origin,
            QObject::tr("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject pack = doc.object();
    if (pack.value(QStringLiteral("format")).toString() != QLatin1String("frontdesk-whatsapp-selectors"))
        return invalid(origin, QObject::tr("\"format\" must be \"frontdesk-whatsapp-selectors\""));
    if (pack.value(QStringLiteral("version")).toInt() < 1)
        return invalid(origin, QObject::tr("\"version\" must be a number from 1"));

    const QJsonObject landmarks = pack.value(QStringLiteral("landmarks")).toObject();
    for (const QString& name : requiredLandmarks()) {
        if (landmarks.value(name).toArray().isEmpty()) {
            if (pack.value(QStringLiteral("version")).toInt() < 2)
                return invalid(
                    origin, QObject::tr("the landmark \"%1\" has no selectors (a version 1 pack: start again "
                                        "from the built-in version 2 and redo the changes)")
                                .arg(name));
            return invalid(origin, QObject::tr("the landmark \"%1\" has no selectors").arg(name));
        }
    }
    for (auto it = landmarks.begin(); it != landmarks.end(); ++it) {
        if (!it.value().isArray())
            return invalid(origin,
                           QObject::tr("the landmark \"%1\" is not a list of selectors").arg(it.key()));
        for (const QJsonValue& entry : it.value().toArray())
            if (!validEntry(entry))
                return invalid(
                    origin, QObject::tr("a selector of \"%1\" is neither a CSS text nor {\"css\", \"text\"}")
                                .arg(it.key()));
    }
    if (pack.value(QStringLiteral("texts"))
            .toObject()
            .value(QStringLiteral("invalidNumber"))
            .toArray()
            .isEmpty())
        return invalid(origin, QObject::tr("\"texts.invalidNumber\" lists no wording"));
    const QJsonObject ticks = pack.value(QStringLiteral("ticks")).toObject();
    bool hasSentTick = false;
    for (auto it = ticks.begin(); it != ticks.end(); ++it) {
        if (!it.value().isDouble())
            return invalid(origin, QObject::tr("the tick \"%1\" has no level number").arg(it.key()));
        hasSentTick = hasSentTick || it.value().toInt() >= 1;
    }
    if (!hasSentTick)
        return invalid(origin, QObject::tr("\"ticks\" has no icon for a sent message (level 1 or more)"));
    // Version 2: the same icon means another tick by its label (today's page: "Read" / "Delivered").
    const QJsonValue tickLabels = pack.value(QStringLiteral("tickLabels"));
    if (!tickLabels.isUndefined() && !tickLabels.isArray())
        return invalid(origin, QObject::tr("\"tickLabels\" must be a list"));
    for (const QJsonValue& rule : tickLabels.toArray()) {
        const QJsonObject o = rule.toObject();
        if (!o.value(QStringLiteral("icon")).isString() || !o.value(QStringLiteral("label")).isString() ||
            !o.value(QStringLiteral("level")).isDouble())
            return invalid(
                origin,
                QObject::tr("each \"tickLabels\" entry needs \"icon\", \"label\" and a \"level\" number"));
    }
    for (const QJsonValue& f : pack.value(QStringLiteral("formatting")).toArray()) {
        const QJsonObject o = f.toObject();
        if (!o.value(QStringLiteral("css")).isString() || !o.value(QStringLiteral("marker")).isString())
            return invalid(origin, QObject::tr("each \"formatting\" entry needs \"css\" and \"marker\""));
    }

    SelectorPack result;
    result.m_pack = pack;
    result.m_origin = origin;
    return result;
}

} // namespace fd::whatsapp
