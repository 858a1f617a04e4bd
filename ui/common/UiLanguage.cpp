#include "ui/common/UiLanguage.h"

#include "ui/common/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace fd::UiLanguage {
namespace {

// Qt ships no Hindi or Tamil translation of its own: the texts of standard buttons that the desk's
// dialogs show are translated with FrontDesk's (lupdate collects them from here, Qt looks them up by
// context).
[[maybe_unused]] const char* const kQtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),  QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"), QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),      QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),      QT_TRANSLATE_NOOP("QWizard", "Cancel"),
};

struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

QString ownFile(const QString& code)
{
    return QStringLiteral(":/i18n/frontdesk_%1.qm").arg(code);
}

QLocale localeFor(const QString& code)
{
    static const QLocale original; // the locale before any language was installed
    if (code == QLatin1String("hi"))
        return QLocale(QLocale::Hindi, QLocale::India);
    if (code == QLatin1String("ta"))
        return QLocale(QLocale::Tamil, QLocale::India);
    if (original.language() == QLocale::Hindi || original.language() == QLocale::Tamil)
        return QLocale(QLocale::English, QLocale::India);
    return original;
}

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("English")},
            {QStringLiteral("hi"), QStringLiteral("हिन्दी"), QStringLiteral("Hindi")},
            {QStringLiteral("ta"), QStringLiteral("தமிழ்"), QStringLiteral("Tamil")}};
}

QString resolve(const QString& chosen)
{
    QStringList codes;
    for (const Language& language : available())
        codes << language.code;
    if (codes.contains(chosen))
        return chosen;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString install(const QString& chosen)
{
    Installed& state = installed();
    (void)localeFor(QString()); // remembers the original locale before the first change
    remove(state.own);
    remove(state.qt);
    const QString code = resolve(chosen);
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(ownFile(code))) {
        QCoreApplication::installTranslator(own);
        state.own = own;
    } else {
        qCWarning(lcUi) << "no translation" << ownFile(code);
        delete own;
    }
    // Qt's own texts (standard buttons, context menus) where the system ships them for this language.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (code != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(localeFor(code));
    state.code = code;
    return code;
}

QString current()
{
    return installed().code;
}

QString translateInto(const QString& code, const char* context, const char* source)
{
    QTranslator translator;
    if (code != QLatin1String("en") && translator.load(ownFile(code))) {
        const QString text = translator.translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace fd::UiLanguage
