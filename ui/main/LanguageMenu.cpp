#include "ui/main/LanguageMenu.h"

#include "ui/common/UiLanguage.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>

namespace fd {
namespace {

// The notice's text; looked up in the new language's translation too.
const char* const kNoticeContext = "fd::LanguageMenu";
const char* const kNotice =
    QT_TRANSLATE_NOOP("fd::LanguageMenu", "The new language is used from the next time FrontDesk starts. "
                                          "This window stays as it is, with everything typed in it.");

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QString chosen = m_config.uiLanguage();
    auto add = [this, &chosen](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setObjectName(
            QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("The system's language"));
    for (const UiLanguage::Language& language : UiLanguage::available()) {
        // Each language by its own name (someone who cannot read the current one still finds theirs).
        add(language.code, language.nativeName == language.englishName
                               ? language.nativeName
                               : QStringLiteral("%1 (%2)").arg(language.nativeName, language.englishName));
    }
}

QString LanguageMenu::noticeFor(const QString& code)
{
    const QString now = QCoreApplication::translate(kNoticeContext, kNotice);
    const QString next = UiLanguage::translateInto(UiLanguage::resolve(code), kNoticeContext, kNotice);
    return next == now ? now : now + QStringLiteral("\n\n") + next;
}

void LanguageMenu::choose(const QString& code)
{
    m_config.setUiLanguage(code);
    emit languageChosen(code);
    if (UiLanguage::resolve(code) == UiLanguage::current())
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"), noticeFor(code), QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(QStringLiteral("languageNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal-blocking: no nested event loop
}

} // namespace fd
