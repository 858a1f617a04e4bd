#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"
#include "models/records/Enquiry.h"

#include <QList>

namespace fd {

// Enquiries on one connection (use it inside the DatabaseWorker's thread).
class EnquiryRepository
{
public:
    explicit EnquiryRepository(Connection& connection)
        : m_connection(connection)
    {}

    Result<qint64> insert(const Enquiry& enquiry);
    // Inserts and returns the stored row (defaults filled in) in the same statement.
    Result<Enquiry> create(const Enquiry& enquiry);
    Result<Enquiry> get(qint64 id);
    // Newest first; `text` matches name, phone or subject anywhere, case-insensitively.
    Result<QList<Enquiry>> search(const QString& text, int limit, int offset = 0);

private:
    Connection& m_connection;
};

} // namespace fd
