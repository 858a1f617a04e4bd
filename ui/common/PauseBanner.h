#pragma once

#include "automation/dispatch/StationPauses.h"

#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace fd {

// Where sending is paused because a station could not see its own messages: one line per station with the
// reason, what was missing and since when. Administrators get "Resume sending" on each line; reception only
// reads it. Hidden while nothing is paused.
class PauseBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PauseBanner(bool canResume, QWidget* parent = nullptr);

    void showPauses(const QList<StationPause>& pauses);
    void setCanResume(bool canResume);
    const QList<StationPause>& pauses() const { return m_pauses; }
    // While a resume is under way its buttons wait.
    void setResuming(bool resuming);

    // "WhatsApp Web has changed: sending paused on station desk-1 since 10:42 (missing: ...)".
    static QString describe(const StationPause& pause);

signals:
    void resumeRequested(const QString& station);

private:
    bool m_canResume;
    QList<StationPause> m_pauses;
    QVBoxLayout* m_rows = nullptr;
};

} // namespace fd
