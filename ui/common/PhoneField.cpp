#include "ui/common/PhoneField.h"

#include "automation/outbox/RecipientPolicy.h"
#include "models/db/DatabaseWorker.h"
#include "models/records/TextFields.h"
#include "models/repositories/CustomerRepository.h"
#include "ui/common/DeskContext.h"
#include "ui/common/FormHelpers.h"
#include "ui/common/StatusColors.h"

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
    form::keepOneLine(m_edit, limits::kTypedPhone);
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

void PhoneField::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    recheck();
}

void PhoneField::setAllowedRegions(const QStringList& regions)
{
    m_regions = regions;
    m_policy = PhonePolicy(regions);
    recheck();
}

void PhoneField::useDesk(DeskContext& context)
{
    m_context = &context;
    setAllowedRegions(context.previews.allowedRegions());
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

bool PhoneField::isAcceptable() const
{
    if (m_purpose == Purpose::Staff && m_edit->text().trimmed().isEmpty())
        return true;
    return m_check.verdict != PhoneCheck::Verdict::Invalid;
}

void PhoneField::say(const QString& text, StatusColors::Tone tone)
{
    m_reason->setText(text);
    StatusColors::apply(m_reason, tone);
    m_edit->setAccessibleDescription(text);
}

void PhoneField::recheck()
{
    ++m_generation;
    m_noMessage.clear();
    // The settings may have been read again since (an admin changed the allowed regions).
    if (m_context && m_context->previews.allowedRegions() != m_regions) {
        m_regions = m_context->previews.allowedRegions();
        m_policy = PhonePolicy(m_regions);
    }
    const QString typed = m_edit->text().trimmed();
    m_check = m_policy.check(typed);
    if (typed.isEmpty()) {
        m_check.verdict = PhoneCheck::Verdict::Invalid;
        if (m_purpose == Purpose::Staff) {
            say(tr("Optional. Staff numbers never get WhatsApp messages."), StatusColors::Tone::Neutral);
        } else {
            say(tr("Enter the customer's mobile number."), StatusColors::Tone::Neutral);
        }
        m_check.reason = m_reason->text();
        return;
    }
    if (m_check.verdict == PhoneCheck::Verdict::Invalid) {
        say(tr("✗ %1").arg(m_check.reason), StatusColors::Tone::Bad);
        return;
    }
    if (m_purpose == Purpose::Staff) {
        say(tr("✓ %1 — a staff number: WhatsApp messages never go to it.").arg(m_check.e164),
            StatusColors::Tone::Good);
        return;
    }
    if (m_context && m_context->previews.isStaffPhone(m_check.e164)) {
        m_noMessage = tr("staff number");
        say(tr("%1 — a staff number: it can be saved, but no WhatsApp message goes to staff.")
                .arg(m_check.e164),
            StatusColors::Tone::Warning);
        return;
    }
    if (m_check.verdict == PhoneCheck::Verdict::NotMessageable) {
        m_noMessage = m_check.reason;
        say(tr("%1 — can be saved, but no WhatsApp message: %2.").arg(m_check.e164, m_check.reason),
            StatusColors::Tone::Warning);
        return;
    }
    say(tr("✓ %1 — WhatsApp message will go to this number.").arg(m_check.e164), StatusColors::Tone::Good);
    askOptOut(m_check.e164);
}

// Whether this customer opted out is in the database: asked on the worker, the line corrected when the answer
// comes (unless the number was typed over meanwhile).
void PhoneField::askOptOut(const QString& e164)
{
    if (!m_context)
        return;
    const int generation = m_generation;
    m_context->database.run(
        this, [e164](Connection& c) { return CustomerRepository(c).isOptedOut(e164); },
        [this, generation, e164](const Result<bool>& optedOut) {
            if (generation != m_generation || !optedOut || !optedOut.value())
                return;
            m_noMessage = RecipientPolicy::optedOutReason().shown;
            say(tr("%1 — this customer opted out of WhatsApp messages: it can be saved, but none will go.")
                    .arg(e164),
                StatusColors::Tone::Warning);
            emit changed();
        });
}

} // namespace fd
