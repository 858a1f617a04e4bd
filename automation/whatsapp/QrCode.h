#pragma once

#include <QImage>
#include <QString>

namespace fd::whatsapp {

// The login QR code for a headless station, drawn with libqrencode from the token the page shows.
namespace qr {

// UTF-8 half blocks, two module rows per text line, light modules drawn (for dark terminals), with the
// quiet zone. Empty when the token cannot be encoded.
QString toTerminalText(const QString& token);

// Black on white, `scale` pixels per module, with the quiet zone. Null when the token cannot be encoded.
QImage toImage(const QString& token, int scale = 8);

} // namespace qr
} // namespace fd::whatsapp
