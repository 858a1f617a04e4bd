#pragma once

#include "models/config/DeskConfig.h"

#include <QMenu>

class QActionGroup;

namespace fd {

// Desk → Language: the language of this desk's screens (stored per desk, DeskConfig::uiLanguage). The
// choice takes effect the next time FrontDesk starts, and the notice says so in the old and the new
// language; the open window keeps its texts (nothing typed is lost).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // What the notice after a change says, in the language in effect and in `code`'s.
    static QString noticeFor(const QString& code);

signals:
    // The desk's choice was changed (code, or empty for the system's language).
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);

    DeskConfig m_config; // this desk's settings (QSettings)
    QActionGroup* m_group = nullptr;
};

} // namespace fd
