#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace fd::whatsapp {

// What the "Check WhatsApp page" self-test found: which landmarks of the selector pack the page shows.
struct SelfTestReport
{
    struct Landmark
    {
        QString name;
        bool found = false;
        QString matched; // the selector alternative that matched
    };
    // A selector of the pack that this browser refuses (e.g. :has(), which Chromium 102 does not know): that
    // alternative never matches.
    struct InvalidSelector
    {
        QString landmark;
        QString css;
        QString error;
    };
    bool pageAnswered = false; // false: the driver is not in the page (still loading, or an error page)
    QString state;
    QList<Landmark> landmarks;
    QList<InvalidSelector> invalid;
    bool chatOpen = false;
    QStringList missingInOpenChat; // what sending relies on and the open chat does not show

    static SelfTestReport fromDriver(const QVariant& answer);
    QStringList missing() const;
    QString toText() const; // several lines, for the tab and the command line
};

} // namespace fd::whatsapp
