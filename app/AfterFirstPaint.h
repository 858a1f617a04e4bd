#pragma once

#include <functional>

class QWidget;

namespace fd {

// Runs `work` once, right after `widget` has painted itself for the first time (so that it is on screen
// before the work starts), or after `latestMs` if it has not painted by then (a window started minimised
// gets no paint). Not at all if `widget` is deleted first.
void runAfterFirstPaint(QWidget* widget, int latestMs, std::function<void()> work);

} // namespace fd
