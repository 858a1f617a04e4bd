#include "app/commands/EngineOption.h"

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

Result<whatsapp::Engine> chosen(const QCommandLineParser& parser, whatsapp::Engine deskEngine)
{
    if (!parser.isSet(kEngine))
        return deskEngine;
    const QString name = parser.value(kEngine);
    if (const auto engine = whatsapp::engineFromName(name))
        return *engine;
    return Error::make(Error::Kind::InvalidInput,
                       QObject::tr("--engine takes auto, wa-js or dom, not \"%1\".").arg(name));
}

} // namespace fd::engineoption
