#pragma once

#include <QString>

// Keys of what Connection::remembered() keeps, shared by the code that reads those tables and the
// repositories that write them (and so must forget them).
namespace fd::remembered {

inline const QString kSettings = QStringLiteral("settings");        // SharedSettings, incl. templates
inline const QString kStaffPhones = QStringLiteral("staff-phones"); // users' and engineers' phones, E.164

} // namespace fd::remembered
