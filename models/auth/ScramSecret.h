#pragma once

#include <QString>

namespace fd {

// The SCRAM-SHA-256 secret PostgreSQL keeps for a password (what psql's \password computes), so a new
// password travels in CREATE / ALTER ROLE only in its hashed form and never reaches the server's statement
// log. Only for passwords that PostgreSQL's SASLprep leaves as they are (printable ASCII): for any other one
// the result is empty, and the caller sends the password as a literal that the server hashes itself.
class ScramSecret
{
public:
    static QString forPassword(const QString& password);

    static constexpr int kIterations = 4096; // PostgreSQL's default (scram_iterations)
    static constexpr int kSaltBytes = 16;
};

} // namespace fd
