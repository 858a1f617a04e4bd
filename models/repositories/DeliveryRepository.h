#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/Delivery.h"

#include <QList>
#include <optional>

namespace fd {

// Deliveries (table `stock_movements`).
class DeliveryRepository
{
public:
    explicit DeliveryRepository(Connection& connection)
        : m_connection(connection)
    {}

    Result<Delivery> create(const Delivery& delivery);
    Result<Delivery> get(qint64 id);
    Result<QList<Delivery>> list(std::optional<Delivery::Status> status, int limit, int offset = 0);

    // DELIVERED, FAILED or REATTEMPT (which needs the new date). A delivered order is final.
    Result<Delivery> setStatus(qint64 id, Delivery::Status status, const QDate& reattemptDate,
                               const QString& note, const QDateTime& at);
    // Why `current` may not change to `status`, as the screens say it; nothing when it may.
    static std::optional<Error> refuseStatus(const Delivery& current, Delivery::Status status,
                                             const QDate& reattemptDate);

private:
    Connection& m_connection;
};

} // namespace fd
