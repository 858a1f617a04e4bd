#pragma once

#include <QList>
#include <QString>

namespace fd::UiLanguage {

struct Language
{
    QString code;       // "en", "hi", "ta"
    QString nativeName; // as the language writes itself: "हिन्दी"
    QString englishName;
};

// The languages the desk's screens come in (resources/translations).
QList<Language> available();

// The language `chosen` stands for: itself when it is one of them; for an empty choice the first of the
// system's languages that is one of them; English otherwise.
QString resolve(const QString& chosen);

// Installs FrontDesk's translation for resolve(chosen) (and Qt's own, where the system has one) on the
// application, replacing what an earlier call installed, and makes that language the default QLocale
// (dates, month names). Widgets built afterwards show the language; existing ones keep theirs.
// Returns the language in effect.
QString install(const QString& chosen);

// The language install() put in effect ("en" before any call).
QString current();

// `source` (a tr() text of `context`) as it reads in `code`, without installing anything: lets a notice
// speak the language just chosen before it takes effect.
QString translateInto(const QString& code, const char* context, const char* source);

} // namespace fd::UiLanguage
