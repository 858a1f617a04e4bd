#include "outbox/RecipientPolicy.h"

#include "core/LoggedText.h"
#include "repositories/CustomerRepository.h"

namespace fd {
namespace {

RecipientVerdict skip(RecipientVerdict::Kind kind, const QString& e164, const LoggedText& reason)
{
    return RecipientVerdict{kind, e164, reason.shown, reason.logged};
}

} // namespace

RecipientPolicy::RecipientPolicy(Connection& connection, const SharedSettings& settings)
    : m_connection(connection)
    , m_settings(settings)
    , m_phones(settings.allowedRegions)
{}

Result<bool> RecipientPolicy::isStaffPhone(const QString& e164)
{
    for (const QString& listed : m_settings.staffPhones) {
        if (m_phones.normalize(listed) == e164)
            return true;
    }
    // Staff phones are stored as typed; compare them in E.164.
    auto query = m_connection.exec(
        QStringLiteral("SELECT phone FROM users WHERE phone IS NOT NULL AND phone <> '' "
                       "UNION SELECT phone FROM engineers WHERE phone IS NOT NULL AND phone <> ''"),
        QObject::tr("read the staff phone numbers"));
    if (!query)
        return query.error();
    while (query.value().next()) {
        if (m_phones.normalize(query.value().value(0).toString()) == e164)
            return true;
    }
    return false;
}

Result<RecipientVerdict> RecipientPolicy::check(const QString& phone)
{
    const PhoneCheck checked = m_phones.check(phone);
    RecipientVerdict verdict{RecipientVerdict::Kind::Send, checked.e164, {}, {}};
    if (!checked.e164.isEmpty()) {
        auto staff = isStaffPhone(checked.e164);
        if (!staff)
            return staff.error();
        if (staff.value())
            return skip(RecipientVerdict::Kind::Staff, checked.e164,
                        LoggedText::of(QT_TRANSLATE_NOOP("QObject", "staff number")));
    }
    if (checked.verdict != PhoneCheck::Verdict::Messageable)
        return RecipientVerdict{RecipientVerdict::Kind::Skip, checked.e164, checked.reason,
                                checked.logReason};
    auto optedOut = CustomerRepository(m_connection).isOptedOut(checked.e164);
    if (!optedOut)
        return optedOut.error();
    if (optedOut.value())
        return skip(RecipientVerdict::Kind::Skip, checked.e164,
                    LoggedText::of(QT_TRANSLATE_NOOP("QObject", "customer opted out")));
    return verdict;
}

} // namespace fd
