#include "ui/common/LanguageBox.h"

#include "models/config/DeskConfig.h"

namespace fd {

LanguageBox::LanguageBox(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("English"), QStringLiteral("en"));
    addItem(tr("Hindi — हिन्दी"), QStringLiteral("hi"));
    addItem(tr("Tamil — தமிழ்"), QStringLiteral("ta"));
    setAccessibleName(tr("Message language"));
    resetToDefault();
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
