#include "automation/whatsapp/Engine.h"

#include <QCoreApplication>

namespace fd::whatsapp {

QString engineName(Engine engine)
{
    switch (engine) {
    case Engine::Auto:
        return QStringLiteral("auto");
    case Engine::WaJs:
        return QStringLiteral("wa-js");
    case Engine::Dom:
        return QStringLiteral("dom");
    }
    return {};
}

std::optional<Engine> engineFromName(const QString& name)
{
    for (Engine engine : {Engine::Auto, Engine::WaJs, Engine::Dom}) {
        if (name.trimmed().compare(engineName(engine), Qt::CaseInsensitive) == 0)
            return engine;
    }
    return std::nullopt;
}

QString engineLabel(Engine engine)
{
    switch (engine) {
    case Engine::Auto:
        return QCoreApplication::translate("fd::whatsapp::Engine", "automatic");
    case Engine::WaJs:
        return QStringLiteral("WA-JS");
    case Engine::Dom:
        return QCoreApplication::translate("fd::whatsapp::Engine", "DOM driver");
    }
    return {};
}

} // namespace fd::whatsapp
