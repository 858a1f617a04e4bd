#include "ui/common/LanguageBox.h"

#include "automation/templates/MessageTemplates.h"
#include "models/config/DeskConfig.h"

namespace fd {

LanguageBox::LanguageBox(QWidget* parent)
    : QComboBox(parent)
{
    for (const QString& code : MessageTemplates::languages())
        addItem(nameOf(code), code);
    setAccessibleName(tr("Message language"));
    resetToDefault();
}

QString LanguageBox::nameOf(const QString& code)
{
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("hi"))
        return tr("Hindi — हिन्दी");
    if (code == QLatin1String("ta"))
        return tr("Tamil — தமிழ்");
    return code;
}

void LanguageBox::resetToDefault()
{
    setLanguage(DeskConfig().messageLanguage());
}

void LanguageBox::setLanguage(const QString& code)
{
    const int index = findData(code);
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace fd
