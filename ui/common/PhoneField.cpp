#include "common/PhoneField.h"

#include "common/StatusColors.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

PhoneField::PhoneField(QWidget* parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("e.g. 98765 43210"));
    m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_reason);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        recheck();
        emit changed();
    });
    recheck();
}

void PhoneField::setAllowedRegions(const QStringList& regions)
{
    m_policy = PhonePolicy(regions);
    recheck();
}

QString PhoneField::text() const
{
    return m_edit->text();
}

void PhoneField::setText(const QString& text)
{
    m_edit->setText(text);
}

QString PhoneField::reasonText() const
{
    return m_reason->text();
}

void PhoneField::recheck()
{
    const QString typed = m_edit->text().trimmed();
    m_check = m_policy.check(typed);
    if (typed.isEmpty()) {
        m_reason->setText(tr("Enter the customer's mobile number."));
        StatusColors::apply(m_reason, StatusColors::Tone::Neutral);
        m_check.verdict = PhoneCheck::Verdict::Invalid;
        m_check.reason = m_reason->text();
        return;
    }
    switch (m_check.verdict) {
    case PhoneCheck::Verdict::Messageable:
        m_reason->setText(tr("✓ %1 — WhatsApp message will go to this number.").arg(m_check.e164));
        StatusColors::apply(m_reason, StatusColors::Tone::Good);
        break;
    case PhoneCheck::Verdict::NotMessageable:
        m_reason->setText(
            tr("%1 — can be saved, but no WhatsApp message: %2.").arg(m_check.e164, m_check.reason));
        StatusColors::apply(m_reason, StatusColors::Tone::Warning);
        break;
    case PhoneCheck::Verdict::Invalid:
        m_reason->setText(tr("✗ %1").arg(m_check.reason));
        StatusColors::apply(m_reason, StatusColors::Tone::Bad);
        break;
    }
    m_edit->setAccessibleDescription(m_reason->text());
}

} // namespace fd
