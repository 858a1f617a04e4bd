#pragma once

#include <QImage>
#include <QString>
#include <vector>

namespace fd::qrcode {

// A QR code for a text (libqrencode, 8-bit mode), and the two ways FrontDesk shows one: an image to print or
// display, and half-block text for a terminal.
class QrCode
{
public:
    // Low packs a long WhatsApp login token into fewer, larger modules for a phone held up to a screen;
    // Medium survives a smudged print.
    enum class Correction { Low, Medium };

    explicit QrCode(const QString& text, Correction correction = Correction::Medium);

    // Empty text, or too long for the largest QR code.
    bool isNull() const { return m_width == 0; }
    int width() const { return m_width; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const;      // false outside the code (the quiet zone)

    // Black on white, `moduleSize` pixels per module, `quietZone` white modules around the code (scanners
    // expect 4). A null image for a null code.
    QImage toImage(int moduleSize, int quietZone = 4) const;

    // UTF-8 half blocks, two module rows per line, light modules drawn (for dark terminals), with the quiet
    // zone. Empty for a null code.
    QString toTerminalText(int quietZone = 2) const;

private:
    int m_width = 0;
    std::vector<bool> m_dark; // row by row
};

} // namespace fd::qrcode
