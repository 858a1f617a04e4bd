#pragma once

#include <QImage>
#include <QString>

namespace fd {

// A QR code (libqrencode, error correction M) as a black-on-white image with a quiet zone, `moduleSize`
// pixels per module. A null image when the text is too long for a QR code.
QImage makeQrCode(const QString& text, int moduleSize = 6);

} // namespace fd
