#include "app/commands/EngineOption.h"

#include "models/config/DeskConfig.h"

#include <QObject>

namespace fd::engineoption {
namespace {

const QString kEngine = QStringLiteral("engine");

} // namespace

void add(QCommandLineParser& parser)
{
    parser.addOption({kEngine,
                      QObject::tr("dispatch, check --whatsapp: drive WhatsApp Web with auto (WA-JS when it "
                                  "works on the page, else the DOM driver), wa-js or dom (default: this "
                                  "desk's setting, else auto)."),
                      QStringLiteral("engine")});
}

Result<whatsapp::Engine> chosen(const QCommandLineParser& parser, const DeskConfig& desk)
{
    const bool given = parser.isSet(kEngine);
    const QString name = given ? parser.value(kEngine) : desk.get(DeskConfig::Key::WhatsAppEngine).toString();
    if (const auto engine = whatsapp::engineFromName(name))
        return *engine;
    if (!given)
        return whatsapp::Engine::Auto; // an edited settings file: the default
    return Error::make(Error::Kind::InvalidInput,
                       QObject::tr("--engine takes auto, wa-js or dom, not \"%1\".").arg(name));
}

} // namespace fd::engineoption
