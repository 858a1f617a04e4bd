#include "models/config/DeskConfig.h"

#include <QDir>
#include <QStandardPaths>

namespace fd {
namespace {

struct KeyInfo
{
    const char* name;
    QVariant defaultValue;
};

KeyInfo info(DeskConfig::Key key)
{
    switch (key) {
    case DeskConfig::Key::DatabaseUrl:
        return {"database/url", QString()};
    case DeskConfig::Key::SelectorPackPath:
        return {"whatsapp/selectorPack", QString()};
    case DeskConfig::Key::ThisDeskSends:
        return {"whatsapp/thisDeskSends", true};
    case DeskConfig::Key::UiLanguage:
        return {"ui/language", QString()};
    case DeskConfig::Key::WhatsAppUrl:
        return {"whatsapp/baseUrl", QString()};
    case DeskConfig::Key::MessageLanguage:
        return {"messages/defaultLanguage", QStringLiteral("en")};
    case DeskConfig::Key::WindowGeometry:
        return {"ui/windowGeometry", QByteArray()};
    case DeskConfig::Key::WhatsAppEngine:
        return {"whatsapp/engine", QStringLiteral("auto")};
    case DeskConfig::Key::WaJsPath:
        return {"whatsapp/waJsFile", QString()};
    }
    return {"", QVariant()};
}

} // namespace

DeskConfig::DeskConfig()
    : m_settings(std::make_unique<QSettings>())
{}

DeskConfig::DeskConfig(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QVariant DeskConfig::get(Key key) const
{
    const KeyInfo k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void DeskConfig::set(Key key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
    m_settings->sync();
}

void DeskConfig::reset(Key key)
{
    m_settings->remove(QLatin1String(info(key).name));
    m_settings->sync();
}

QStringList DeskConfig::uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("ta")};
}

QString DeskConfig::uiLanguage() const
{
    const QString code = get(Key::UiLanguage).toString().trimmed().toLower();
    return uiLanguages().contains(code) ? code : QString();
}

void DeskConfig::setUiLanguage(const QString& code)
{
    const QString clean = code.trimmed().toLower();
    if (uiLanguages().contains(clean))
        set(Key::UiLanguage, clean);
    else
        reset(Key::UiLanguage);
}

QString DeskConfig::messageLanguage() const
{
    // The languages of the shipped templates, which are those of the screens.
    const QString code = get(Key::MessageLanguage).toString().trimmed().toLower();
    return uiLanguages().contains(code) ? code : QStringLiteral("en");
}

void DeskConfig::setMessageLanguage(const QString& code)
{
    const QString clean = code.trimmed().toLower();
    if (uiLanguages().contains(clean))
        set(Key::MessageLanguage, clean);
    else
        reset(Key::MessageLanguage);
}

QString DeskConfig::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("frontdesk.sqlite"));
}

} // namespace fd
