#pragma once

#include <QString>
#include <cstddef>

namespace fd {

// A record's statuses and the names the database stores for them, as one table per record type. The first
// entry is what an unknown status reads as.
template<typename Status> struct StatusName
{
    Status status;
    const char* name;
};

template<typename Status, std::size_t N>
QString statusNameIn(const StatusName<Status> (&table)[N], Status status)
{
    for (const StatusName<Status>& entry : table)
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    return QString::fromLatin1(table[0].name);
}

template<typename Status, std::size_t N>
bool statusFromNameIn(const StatusName<Status> (&table)[N], const QString& name, Status& status)
{
    for (const StatusName<Status>& entry : table) {
        if (name == QLatin1String(entry.name)) {
            status = entry.status;
            return true;
        }
    }
    return false;
}

} // namespace fd
