#include "automation/whatsapp/WebEngineWarmUp.h"

#include "automation/whatsapp/WhatsAppLogging.h"

#include <QElapsedTimer>
#include <QWebEngineProfile>

namespace fd::whatsapp {
namespace {

bool g_warm = false; // GUI thread only

} // namespace

void warmUpWebEngine()
{
    if (g_warm)
        return;
    g_warm = true;
    QElapsedTimer clock;
    clock.start();
    // The first profile starts Chromium for the whole process; the profile itself is not needed.
    delete new QWebEngineProfile;
    qCInfo(lcWhatsApp) << "QtWebEngine started ahead of the WhatsApp session in" << clock.elapsed() << "ms";
}

bool isWebEngineWarm()
{
    return g_warm;
}

} // namespace fd::whatsapp
