#pragma once

#include <QString>

namespace fd {

// The references people see for the records a message is about: ENQ-000003, SR-000001, a delivery's own
// number (DEL-12 when it was saved without one). The message log keeps the record's table and id; the
// screens, the log's search and its CSV speak in these.
QString enquiryReference(qint64 id);
QString serviceTicket(qint64 id);
QString deliveryReference(qint64 id, const QString& storedReference);

// What people call the record of a message: `label` is the ticket or delivery number the record holds (read
// with the log row), empty for an enquiry, whose reference is made from its id.
QString recordReference(const QString& referenceType, qint64 referenceId, const QString& label);

// The table that holds a record of this reference type ("enquiry" → "enquiries"); empty for a type that is
// not one of the three (a row another program wrote into the log may name anything).
QString recordTable(const QString& referenceType);

// "Enquiry", "Service request", "Delivery"; a table another program named is shown as it is.
QString recordTypeName(const QString& referenceType);

// A record as the log names it: "Service request SR-000007".
QString recordTitle(const QString& referenceType, const QString& reference);

} // namespace fd
