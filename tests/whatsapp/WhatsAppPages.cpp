// whatsapp_tests runs as on a desk whose system language is Hindi (and so do the frontdesk processes it
// starts): the WhatsApp page must be asked for in English all the same, or the test page answers in
// Hindi, as WhatsApp does. Set before main() creates the QApplication and QtWebEngine reads the locale.
// Every test of the WhatsAppTest fixture runs on today's page and on yesterday's.
#include "whatsapp/WhatsAppFixture.h"

#include <QLocale>

namespace {

[[maybe_unused]] const bool kHindiDesk = [] {
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "hi_IN.UTF-8");
    qputenv("LANGUAGE", "hi");
    QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
    return true;
}();

} // namespace

using fd::test::WhatsAppTest;

FD_INSTANTIATE_FOR_BOTH_PAGES(WhatsAppTest);
