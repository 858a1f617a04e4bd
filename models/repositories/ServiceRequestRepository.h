#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/ServiceRequest.h"

#include <QList>
#include <optional>

namespace fd {

// Service requests (table `complaints`). Multi-statement writes belong inside the caller's Transaction.
class ServiceRequestRepository
{
public:
    explicit ServiceRequestRepository(Connection& connection)
        : m_connection(connection)
    {}

    // Saves the request and gives it its ticket id; returns the stored record.
    Result<ServiceRequest> create(const ServiceRequest& request);
    Result<ServiceRequest> get(qint64 id);
    Result<ServiceRequest> getByTicket(const QString& ticketId);
    // Newest first, optionally only one status.
    Result<QList<ServiceRequest>> list(std::optional<ServiceRequest::Status> status, int limit,
                                       int offset = 0);

    // A completed or cancelled request cannot be (re)assigned.
    Result<ServiceRequest> assignEngineer(qint64 id, qint64 engineerId, const QString& engineerName,
                                          const QDateTime& at);
    Result<ServiceRequest> complete(qint64 id, const QDate& completedDate);

    // Why `current` may not be (re)assigned or completed, as the screens say it; nothing when it may.
    static std::optional<Error> refuseAssign(const ServiceRequest& current, const QString& engineerName);
    static std::optional<Error> refuseComplete(const ServiceRequest& current, const QDate& completedDate);

private:
    Result<ServiceRequest> fetch(const QString& where, const QVariant& key);

    Connection& m_connection;
};

} // namespace fd
