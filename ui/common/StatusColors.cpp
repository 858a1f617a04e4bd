#include "ui/common/StatusColors.h"

#include <QPalette>
#include <QWidget>

namespace fd::StatusColors {

void apply(QWidget* widget, Tone tone)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    QPalette palette = widget->palette();
    QColor color = palette.color(QPalette::WindowText);
    switch (tone) {
    case Tone::Neutral:
        color = widget->palette().color(QPalette::PlaceholderText);
        break;
    case Tone::Good:
        color = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
        break;
    case Tone::Warning:
        color = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
        break;
    case Tone::Bad:
        color = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb3, 0x26, 0x1e);
        break;
    }
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

} // namespace fd::StatusColors
