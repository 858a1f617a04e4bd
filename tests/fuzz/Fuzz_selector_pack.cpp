// A selector pack file an admin points the desk at (Settings): loading never crashes, a refusal always
// says why and names the file, and a pack that loads has every landmark the driver needs and loads again
// the same after being written back out.
#include "FuzzTargets.h"
#include "automation/whatsapp/SelectorPack.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fd::fuzz {

int selectorPack(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString origin = QStringLiteral("/fuzz/selectors.json");
    const auto pack = fd::whatsapp::SelectorPack::fromJson(json, origin);
    if (!pack) {
        if (pack.error().message.isEmpty() || !pack.error().message.contains(origin))
            FD_FUZZ_FAIL();
        return 0;
    }
    if (pack->version() < 1 || pack->origin() != origin)
        FD_FUZZ_FAIL();
    const QStringList names = pack->landmarkNames();
    for (const QString& required : fd::whatsapp::SelectorPack::requiredLandmarks())
        if (!names.contains(required))
            FD_FUZZ_FAIL();
    (void)pack->userAgent();
    const auto again = fd::whatsapp::SelectorPack::fromJson(QJsonDocument(pack->json()).toJson(), origin);
    if (!again || again->json() != pack->json())
        FD_FUZZ_FAIL();
    return 0;
}

} // namespace fd::fuzz
