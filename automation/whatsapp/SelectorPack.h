#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace fd::whatsapp {

// The versioned JSON file of WhatsApp Web landmarks (resources/whatsapp/selectors.json): several CSS
// alternatives per landmark (today's page first, the page before it after), the invalid-number wordings,
// the tick icons and, from version 2, the tick labels that tell one icon's meanings apart ("Read" /
// "Delivered"), and the formatting tags. An admin can point the desk at an edited copy when WhatsApp
// changes its page; no reinstall needed.
class SelectorPack
{
public:
    static constexpr const char* kBuiltInPath = ":/whatsapp/selectors.json";

    // The override file when `overridePath` is set, else the built-in pack.
    static Result<SelectorPack> load(const QString& overridePath = {});
    static Result<SelectorPack> fromJson(const QByteArray& json, const QString& origin);

    // Landmarks the driver cannot work without.
    static QStringList requiredLandmarks();

    int version() const { return m_pack.value(QStringLiteral("version")).toInt(); }
    QString origin() const { return m_origin; } // "built-in" or the file's path
    QStringList landmarkNames() const { return m_pack.value(QStringLiteral("landmarks")).toObject().keys(); }
    // An optional user agent that replaces the built-in Chrome one (when WhatsApp starts refusing it).
    QString userAgent() const { return m_pack.value(QStringLiteral("userAgent")).toString(); }
    const QJsonObject& json() const { return m_pack; }

private:
    QJsonObject m_pack;
    QString m_origin;
};

} // namespace fd::whatsapp
