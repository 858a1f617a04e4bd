#pragma once

#include <QString>

namespace fd {

// How long the desk's text fields may be: the lengths of their columns (VARCHAR(n) in the migrations). Forms
// take no more and the desk's actions refuse more, so nothing longer reaches the database: PostgreSQL would
// refuse it, SQLite would keep it (and a 329-character name widened the lists of every desk). A data test
// compares them with the schema on both dialects.
namespace limits {
constexpr int kName =
    255; // customers.name, the records' and the log's customer_name, users.name, engineers.name
constexpr int kSubject = 255;     // enquiries.subject
constexpr int kServiceType = 100; // complaints.service_type
constexpr int kItemName = 255;    // stock_movements.item_name
constexpr int kReference = 100;   // stock_movements.reference
constexpr int kLogin = 100;       // users.login
constexpr int kTypedPhone = 40;   // a phone as typed; stored as E.164 (at most 16 of the phone columns' 20)
} // namespace limits

// Text of a one-line field: each line break, tab or other control character becomes a space (a pasted "\r\n"
// one space), so a name or a product never spans lines in a customer's message or a list.
QString singleLine(const QString& text);

// Its length as the database counts it: in characters (code points), not in UTF-16 units.
qsizetype characterCount(const QString& text);

} // namespace fd
