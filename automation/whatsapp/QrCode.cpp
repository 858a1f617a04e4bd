#include "whatsapp/QrCode.h"

#include <qrencode.h>

#include <memory>
#include <vector>

namespace fd::whatsapp::qr {
namespace {

constexpr int kQuietZone = 2;

// The modules as rows of booleans (true = dark), quiet zone included.
std::vector<std::vector<bool>> modules(const QString& token)
{
    const QByteArray data = token.toUtf8();
    if (data.isEmpty())
        return {};
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_L),
                                                     QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    const int size = width + 2 * kQuietZone;
    std::vector<std::vector<bool>> rows(size_t(size), std::vector<bool>(size_t(size), false));
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x)
            rows[size_t(y + kQuietZone)][size_t(x + kQuietZone)] = code->data[y * width + x] & 1;
    return rows;
}

} // namespace

QString toTerminalText(const QString& token)
{
    const auto rows = modules(token);
    if (rows.empty())
        return {};
    const size_t size = rows.size();
    QString out;
    for (size_t y = 0; y < size; y += 2) {
        for (size_t x = 0; x < size; ++x) {
            const bool topLight = !rows[y][x];
            const bool bottomLight = y + 1 < size ? !rows[y + 1][x] : true;
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

QImage toImage(const QString& token, int scale)
{
    const auto rows = modules(token);
    if (rows.empty() || scale < 1)
        return {};
    const int size = int(rows.size());
    QImage image(size * scale, size * scale, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (rows[size_t(y)][size_t(x)])
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel(x * scale + dx, y * scale + dy, qRgb(0, 0, 0));
    return image;
}

} // namespace fd::whatsapp::qr
