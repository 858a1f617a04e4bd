#pragma once

#include "automation/settings/SharedSettings.h"
#include "automation/templates/EventType.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QHash>
#include <QSet>

namespace fd {

// The template texts and company details, read once on the worker thread, so that forms can show the
// WhatsApp message that will go while the receptionist types, without touching the database.
class PreviewTemplates
{
public:
    static Result<PreviewTemplates> load(Connection& connection);

    // The message as it would go now; values the record gets only when saved (ticket id, reference, the links
    // made from the ticket) are shown as "(given on saving)". When a setting the message needs is missing
    // (the tracking link, say), the reason instead, in plain words: the message would be kept back (FAILED)
    // on saving.
    Result<QString> render(EventType event, const QString& language, const QString& customerName,
                           QHash<QString, QString> values) const;
    QStringList allowedRegions() const { return m_settings.allowedRegions; }
    // A staff phone (E.164): never messaged, and the forms say so as it is typed.
    bool isStaffPhone(const QString& e164) const { return m_staffPhones.contains(e164); }
    const SharedSettings& settings() const { return m_settings; }

private:
    SharedSettings m_settings;
    QHash<QString, QString> m_texts; // "EVENT/lang" -> text
    QSet<QString> m_staffPhones;
};

} // namespace fd
