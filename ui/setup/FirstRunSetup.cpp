#include "ui/setup/FirstRunSetup.h"

#include "automation/settings/SharedSettings.h"
#include "models/db/MigrationRunner.h"
#include "models/repositories/UserRepository.h"

namespace fd {

Result<AppUser> FirstRunSetup::run(Connection& connection) const
{
    auto migrated = MigrationRunner(connection).migrate();
    if (!migrated)
        return migrated.error();
    auto settings = SharedSettings::load(connection);
    if (!settings)
        return settings.error();
    UserRepository users(connection);
    auto created = users.create(admin);
    if (!created)
        return created.error();
    SharedSettings updated = settings.value();
    updated.companyName = companyName.trimmed();
    updated.companyPhone = companyPhone.trimmed();
    updated.trackingLinkPattern = trackingLink.trimmed();
    updated.feedbackLinkPattern = feedbackLink.trimmed();
    if (auto saved = updated.save(connection, created->login); !saved)
        return saved.error();
    return created;
}

} // namespace fd
