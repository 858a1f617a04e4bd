#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fd {

// Settings that belong to this desk (this PC), kept in QSettings. Shared settings live in the database
// (SettingsRepository); secrets live only in the OS keychain.
class DeskConfig
{
public:
    enum class Key {
        DatabaseUrl,      // without password
        SelectorPackPath, // WhatsApp selector pack override; empty: the built-in one
        ThisDeskSends,    // this desk sends WhatsApp messages itself
        UiLanguage,       // "en", "hi", "ta"; empty: the system's
        WhatsAppUrl,      // WhatsApp Web's address; empty: https://web.whatsapp.com/ (diagnostics, tests)
        MessageLanguage,  // the customers' message language a new form starts with: "en", "hi", "ta"
        WindowGeometry,   // the main window's size and place when it was last closed (QWidget::saveGeometry)
        WhatsAppEngine,   // "auto" (default), "wa-js" or "dom": how this desk drives WhatsApp Web
        WaJsPath,         // a newer WA-JS file an administrator dropped in; empty: the built-in one
    };

    // Uses the application's default QSettings; tests pass a file of their own.
    DeskConfig();
    explicit DeskConfig(const QString& iniFile);

    QVariant get(Key key) const;
    void set(Key key, const QVariant& value);
    void reset(Key key);

    // The desk's interface language, typed: "en", "hi" or "ta"; empty for the system's language. A stored
    // value that is none of them (an edited file, an older version) reads as empty.
    QString uiLanguage() const;
    void setUiLanguage(const QString& code); // anything but the three codes resets to the system's
    static QStringList uiLanguages();

    // The language of the customers' messages each form starts with (and returns to after a save): "en",
    // "hi" or "ta"; English when nothing (or something else) is stored.
    QString messageLanguage() const;
    void setMessageLanguage(const QString& code);

    static QString defaultSqlitePath();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fd
