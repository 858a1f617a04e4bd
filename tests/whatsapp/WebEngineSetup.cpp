// QtWebEngine reads its flags once, when the application starts: the test binary applies the product's
// own flags (no background throttling) before main() creates the QApplication, exactly as the app does.
#include "automation/whatsapp/ChromiumFlags.h"

namespace {

[[maybe_unused]] const bool kFlagsApplied = [] {
    fd::whatsapp::applyChromiumFlags();
    return true;
}();

} // namespace
