#pragma once

class QWidget;

namespace fd {

// Colours for good / warning / bad lines that read well on light and dark palettes: chosen from the
// widget's own palette brightness, never a fixed black-on-white.
namespace StatusColors {

enum class Tone { Neutral, Good, Warning, Bad };

void apply(QWidget* widget, Tone tone);

} // namespace StatusColors
} // namespace fd
