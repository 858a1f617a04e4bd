#pragma once

#include <QCoreApplication>
#include <QString>

namespace fd {

// A reason that goes into the message log, which every desk shares (and CSV exports): the log keeps the
// English source text, so it reads the same whatever language each desk uses; the screen that says it
// at once shows it in the desk's language. Sources are marked QT_TRANSLATE_NOOP("QObject", ...).
struct LoggedText
{
    QString shown;  // in the desk's language
    QString logged; // English, for the database

    static LoggedText of(const char* source)
    {
        return {QCoreApplication::translate("QObject", source), QString::fromUtf8(source)};
    }
    LoggedText arg(const LoggedText& value) const
    {
        return {shown.arg(value.shown), logged.arg(value.logged)};
    }
    LoggedText arg(const QString& value) const { return {shown.arg(value), logged.arg(value)}; }

    // A logged reason on a screen: in the desk's language when the translation knows the whole text.
    static QString onScreen(const QString& logged)
    {
        return logged.isEmpty() ? logged
                                : QCoreApplication::translate("QObject", logged.toUtf8().constData());
    }
};

} // namespace fd
