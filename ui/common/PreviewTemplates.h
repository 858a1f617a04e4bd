#pragma once

#include "core/Result.h"
#include "db/Connection.h"
#include "settings/SharedSettings.h"
#include "templates/EventType.h"

#include <QHash>

namespace fd {

// The template texts and company details, read once on the worker thread, so that forms can show the
// WhatsApp message that will go while the receptionist types, without touching the database.
class PreviewTemplates
{
public:
    static Result<PreviewTemplates> load(Connection& connection);

    // The message as it would go now; values the record gets only when saved (ticket id, reference) are
    // shown as "(given on saving)". Empty when the template cannot be filled.
    QString render(EventType event, const QString& language, const QString& customerName,
                   QHash<QString, QString> values) const;
    QStringList allowedRegions() const { return m_settings.allowedRegions; }
    const SharedSettings& settings() const { return m_settings; }

private:
    SharedSettings m_settings;
    QHash<QString, QString> m_texts; // "EVENT/lang" -> text
};

} // namespace fd
