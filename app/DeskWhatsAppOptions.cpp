#include "app/DeskWhatsAppOptions.h"

#include "models/config/DeskConfig.h"

namespace fd {

whatsapp::SessionOptions deskWhatsAppOptions(const DeskConfig& desk)
{
    whatsapp::SessionOptions options;
    options.baseUrl = QUrl(desk.get(DeskConfig::Key::WhatsAppUrl).toString()); // empty: WhatsApp's own
    options.selectorPackPath = desk.get(DeskConfig::Key::SelectorPackPath).toString();
    options.waJsPath = desk.get(DeskConfig::Key::WaJsPath).toString();
    // An engine name the settings file does not know (edited by hand): the default.
    options.engine = whatsapp::engineFromName(desk.get(DeskConfig::Key::WhatsAppEngine).toString())
                         .value_or(whatsapp::Engine::Auto);
    return options;
}

} // namespace fd
