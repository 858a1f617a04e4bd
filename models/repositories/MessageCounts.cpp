#include "models/repositories/MessageCounts.h"

namespace fd {

Result<MessageCounts> MessageCounts::read(Connection& connection)
{
    auto query =
        connection.exec(QStringLiteral("SELECT status, COUNT(*) FROM whatsapp_message_logs WHERE "
                                       "status IN (?, ?, ?, ?) AND event_type <> 'CANARY' GROUP BY status"),
                        {QStringLiteral("PENDING"), QStringLiteral("RETRYING"), QStringLiteral("SENDING"),
                         QStringLiteral("FAILED")},
                        QObject::tr("count the waiting and failed messages"));
    if (!query)
        return query.error();
    MessageCounts counts;
    while (query.value().next()) {
        const int n = query.value().value(1).toInt();
        if (query.value().value(0).toString() == QLatin1String("FAILED"))
            counts.failed += n;
        else
            counts.waiting += n;
    }
    return counts;
}

} // namespace fd
