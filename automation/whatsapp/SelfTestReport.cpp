#include "automation/whatsapp/SelfTestReport.h"

#include <QObject>

namespace fd::whatsapp {
namespace {

// Landmarks that belong to one screen (a chat, a popup, the QR page): missing them elsewhere is normal.
// Only the chat list must be there whenever the page is ready.
bool onlySomeScreens(const QString& name)
{
    static const QStringList kSomeScreens = {QStringLiteral("chat"),
                                             QStringLiteral("chatHeader"),
                                             QStringLiteral("composeBox"),
                                             QStringLiteral("sendButton"),
                                             QStringLiteral("outgoingMessage"),
                                             QStringLiteral("messageText"),
                                             QStringLiteral("messageMeta"),
                                             QStringLiteral("tick"),
                                             QStringLiteral("popup"),
                                             QStringLiteral("popupButton"),
                                             QStringLiteral("messageList"),
                                             QStringLiteral("incomingMessage"),
                                             QStringLiteral("anyMessage"),
                                             QStringLiteral("useHereButton"),
                                             QStringLiteral("conflict"),
                                             QStringLiteral("unsupported"),
                                             QStringLiteral("offline"),
                                             QStringLiteral("qr"),
                                             QStringLiteral("qrToken"),
                                             QStringLiteral("chatRow"),     // no chats yet
                                             QStringLiteral("unreadBadge"), // nothing unread
                                             QStringLiteral("syncing"),
                                             QStringLiteral("accountNotice")}; // only when WhatsApp warns
    return kSomeScreens.contains(name);
}

} // namespace

SelfTestReport SelfTestReport::fromDriver(const QVariant& answer)
{
    SelfTestReport report;
    const QVariantMap map = answer.toMap();
    if (map.isEmpty())
        return report;
    report.pageAnswered = true;
    report.state = map.value(QStringLiteral("state")).toString();
    for (const QVariant& item : map.value(QStringLiteral("landmarks")).toList()) {
        const QVariantMap l = item.toMap();
        report.landmarks << Landmark{l.value(QStringLiteral("name")).toString(),
                                     l.value(QStringLiteral("found")).toBool(),
                                     l.value(QStringLiteral("matched")).toString()};
    }
    for (const QVariant& item : map.value(QStringLiteral("invalid")).toList()) {
        const QVariantMap i = item.toMap();
        report.invalid << InvalidSelector{i.value(QStringLiteral("name")).toString(),
                                          i.value(QStringLiteral("css")).toString(),
                                          i.value(QStringLiteral("error")).toString()};
    }
    const QVariantMap chat = map.value(QStringLiteral("chat")).toMap();
    report.chatOpen = chat.value(QStringLiteral("open")).toBool();
    report.missingInOpenChat = chat.value(QStringLiteral("missing")).toStringList();
    return report;
}

QStringList SelfTestReport::missing() const
{
    QStringList names;
    for (const Landmark& l : landmarks)
        if (!l.found)
            names << l.name;
    return names;
}

QString SelfTestReport::toText() const
{
    if (!pageAnswered)
        return QObject::tr(
            "The WhatsApp page did not answer: it is still loading, or it shows an error page.");
    QStringList found;
    QStringList missing;
    QStringList elsewhere;
    for (const Landmark& l : landmarks) {
        if (l.found)
            found << QObject::tr("  %1: %2").arg(l.name, l.matched);
        else if (onlySomeScreens(l.name))
            elsewhere << l.name;
        else
            missing << l.name;
    }
    QStringList lines;
    lines << QObject::tr("Page state: %1").arg(state);
    lines << QObject::tr("Found (%1):").arg(found.size()) << found;
    if (missing.isEmpty())
        lines << QObject::tr("Missing: none");
    else
        lines << QObject::tr("MISSING (%1): %2 - the selector pack needs an update")
                     .arg(missing.size())
                     .arg(missing.join(QLatin1String(", ")));
    if (!missingInOpenChat.isEmpty())
        lines << QObject::tr(
                     "MISSING IN THE OPEN CHAT (%1): %2 - sending cannot see its own messages; the selector "
                     "pack needs an update")
                     .arg(missingInOpenChat.size())
                     .arg(missingInOpenChat.join(QLatin1String(", ")));
    if (!invalid.isEmpty()) {
        lines << QObject::tr("INVALID IN THIS BROWSER (%1): these selectors never match here")
                     .arg(invalid.size());
        for (const InvalidSelector& i : invalid)
            lines << QObject::tr("  %1: %2 (%3)").arg(i.landmark, i.css, i.error);
    }
    if (!elsewhere.isEmpty())
        lines << QObject::tr(
                     "Not on this screen (%1): %2 - open a chat and check again to test the chat's parts")
                     .arg(elsewhere.size())
                     .arg(elsewhere.join(QLatin1String(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fd::whatsapp
