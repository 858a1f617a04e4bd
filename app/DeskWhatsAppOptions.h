#pragma once

#include "automation/whatsapp/WhatsAppSession.h"

namespace fd {

class DeskConfig;

// The WhatsApp Web session this desk's settings describe: the page's address, the selector pack and WA-JS
// file an administrator chose, the engine. The desk's WhatsApp tab, `check --whatsapp` and `dispatch` all
// start from it, so a setting changed in Settings reaches each of them; the commands then apply their own
// options.
whatsapp::SessionOptions deskWhatsAppOptions(const DeskConfig& desk);

} // namespace fd
