#pragma once

#include <QString>
#include <QStringList>

namespace fd {

struct PhoneCheck
{
    enum class Verdict {
        Invalid,        // not a phone number at all: the form refuses it with `reason`
        Messageable,    // a mobile number of an allowed country
        NotMessageable, // a real number that gets no WhatsApp message (landline, toll-free, other country)
    };
    Verdict verdict = Verdict::Invalid;
    QString e164;      // "+919876543210" whenever the number is valid, also when it is not messageable
    QString reason;    // why it is refused or not messaged; empty when messageable
    QString logReason; // why it is not messaged, in English as the message log keeps it (LoggedText)
};

// What receptionists type, read with libphonenumber: "98765 43210", "098765-43210", "+91 (98765) 43210",
// "919876543210", "0091 ...", Devanagari digits. Stored and sent as E.164.
class PhonePolicy
{
public:
    explicit PhonePolicy(QStringList allowedRegions = {QStringLiteral("IN")},
                         QString defaultRegion = QStringLiteral("IN"));

    PhoneCheck check(const QString& typed) const;
    // The E.164 form when the input is a valid number at all, else empty (to compare staff numbers).
    QString normalize(const QString& typed) const;

private:
    QStringList m_allowedRegions;
    QString m_defaultRegion;
};

} // namespace fd
