#include "models/records/AppUser.h"

namespace fd {

QString AppUser::roleName(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("reception");
}

bool AppUser::roleFromName(const QString& name, Role& role)
{
    if (name == QLatin1String("admin")) {
        role = Role::Admin;
        return true;
    }
    if (name == QLatin1String("reception")) {
        role = Role::Reception;
        return true;
    }
    return false;
}

} // namespace fd
