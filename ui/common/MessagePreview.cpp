#include "ui/common/MessagePreview.h"

namespace fd {

MessagePreview::MessagePreview(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTabChangesFocus(true);
    setAccessibleName(tr("WhatsApp message preview"));
    setMinimumWidth(260);
}

void MessagePreview::showMessage(const QString& text)
{
    if (toPlainText() != text)
        setPlainText(text);
    setEnabled(true);
}

void MessagePreview::showPreview(const Result<QString>& preview)
{
    if (preview)
        showMessage(preview.value());
    else
        showNoMessage(preview.error().message);
}

void MessagePreview::showNoMessage(const QString& why)
{
    setPlainText(why);
    setEnabled(false);
}

} // namespace fd
