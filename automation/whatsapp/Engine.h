#pragma once

#include <QString>
#include <optional>

namespace fd::whatsapp {

// How FrontDesk drives WhatsApp Web. The DOM driver reads and types into the page as a person would (its
// selector pack follows WhatsApp's redesigns); WA-JS (WPPConnect's @wppconnect/wa-js, pinned in
// resources/whatsapp/wa-js) calls WhatsApp's own modules. `Auto` uses WA-JS when it reports ready on the
// page, the DOM driver otherwise.
enum class Engine { Auto, WaJs, Dom };

QString engineName(Engine engine); // "auto", "wa-js", "dom": the command line's and the settings' words
std::optional<Engine> engineFromName(const QString& name);
QString engineLabel(Engine engine); // "WA-JS", "DOM driver" (Auto: "automatic"), for people

} // namespace fd::whatsapp
