#pragma once

#include "automation/phone/PhonePolicy.h"
#include "automation/settings/SharedSettings.h"
#include "models/core/LoggedText.h"
#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QSet>
#include <optional>

namespace fd {

struct RecipientVerdict
{
    enum class Kind {
        Send,  // a customer's mobile number within the policy
        Skip,  // valid but not to be messaged (landline, other country, opted out...): reason says why
        Staff, // a staff phone: never messaged, never logged
    };
    Kind kind = Kind::Skip;
    QString e164;      // when the number parsed
    QString reason;    // in the desk's language, for the screen
    QString logReason; // the same in English, as the message log keeps it (LoggedText)
};

// Who may get a message (DECISIONS.md "Who gets a message"): the phone policy, the staff phones (users,
// engineers and the settings' list) and the customers' opt-outs. Used when queueing and again just before
// sending, since rows may come from other programs and customers may opt out meanwhile.
class RecipientPolicy
{
public:
    RecipientPolicy(Connection& connection, const SharedSettings& settings);

    // `optedOut`: the customer's consent when the caller has just read it (otherwise it is looked up).
    Result<RecipientVerdict> check(const QString& phone, std::optional<bool> optedOut = {});
    // The same for a phone already checked against these settings' regions.
    Result<RecipientVerdict> check(const PhoneCheck& phone, std::optional<bool> optedOut = {});
    // Why an opted-out customer's message is skipped (shown and logged).
    static LoggedText optedOutReason();
    // Every staff phone in E.164: users', engineers' and the settings' list.
    Result<QSet<QString>> staffPhones();

private:
    Result<bool> isStaffPhone(const QString& e164);

    Connection& m_connection;
    const SharedSettings& m_settings;
    PhonePolicy m_phones;
};

} // namespace fd
