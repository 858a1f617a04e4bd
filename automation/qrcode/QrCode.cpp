#include "automation/qrcode/QrCode.h"

#include <memory>
#include <qrencode.h>

namespace fd::qrcode {

QrCode::QrCode(const QString& text, Correction correction)
{
    const QByteArray data = text.toUtf8();
    if (data.isEmpty())
        return;
    const QRecLevel level = correction == Correction::Low ? QR_ECLEVEL_L : QR_ECLEVEL_M;
    const std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString8bit(data.constData(), 0, level),
                                                          QRcode_free);
    if (!code)
        return;
    m_width = code->width;
    m_dark.resize(size_t(m_width) * size_t(m_width));
    for (size_t i = 0; i < m_dark.size(); ++i)
        m_dark[i] = code->data[i] & 0x01; // the low bit is the module's colour; the others are libqrencode's
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_dark[size_t(y) * size_t(m_width) + size_t(x)];
}

QImage QrCode::toImage(int moduleSize, int quietZone) const
{
    if (isNull() || moduleSize < 1 || quietZone < 0)
        return {};
    const int side = (m_width + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar* line = image.scanLine((y + quietZone) * moduleSize + dy);
                std::fill_n(line + (x + quietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

QString QrCode::toTerminalText(int quietZone) const
{
    if (isNull() || quietZone < 0)
        return {};
    const int first = -quietZone;
    const int end = m_width + quietZone;
    QString out;
    for (int y = first; y < end; y += 2) {
        for (int x = first; x < end; ++x) {
            const bool topLight = !isDark(x, y);
            const bool bottomLight = y + 1 >= end || !isDark(x, y + 1);
            if (topLight && bottomLight)
                out += QChar(0x2588); // full block
            else if (topLight)
                out += QChar(0x2580); // upper half
            else if (bottomLight)
                out += QChar(0x2584); // lower half
            else
                out += QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace fd::qrcode
