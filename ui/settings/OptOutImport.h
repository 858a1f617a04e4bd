#pragma once

#include "automation/events/AdminActions.h"

#include <QStringList>

namespace fd {

class PhonePolicy;

// Reads a CSV of customers to opt out: the phone in the first column, optionally the name in the second;
// a header line is recognised and skipped. Every line that is not a phone number is named in `problems`
// (with its line number) and nothing of it is taken; the good lines are still returned.
struct OptOutImport
{
    QList<OptOutRequest> requests;
    QStringList problems;

    static OptOutImport fromCsv(const QByteArray& bytes, const PhonePolicy& phones);
};

} // namespace fd
