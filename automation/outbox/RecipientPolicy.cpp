#include "automation/outbox/RecipientPolicy.h"

#include "models/core/LoggedText.h"
#include "models/repositories/CustomerRepository.h"
#include "models/repositories/RememberedKeys.h"

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

Result<QSet<QString>> RecipientPolicy::staffPhones()
{
    // Staff phones are stored as typed; compared in E.164, which depends on the allowed regions. The
    // settings' own list is part of the key, so a changed list is read again (and is not parsed on every
    // save).
    const QString key = remembered::kStaffPhones + m_settings.allowedRegions.join(QLatin1Char(',')) +
                        QLatin1Char('|') + m_settings.staffPhones.join(QLatin1Char(','));
    return m_connection.remembered<QSet<QString>>(key, [&]() -> Result<QSet<QString>> {
        auto query = m_connection.exec(
            QStringLiteral("SELECT phone FROM users WHERE phone IS NOT NULL AND phone <> '' "
                           "UNION SELECT phone FROM engineers WHERE phone IS NOT NULL AND phone <> ''"),
            QObject::tr("read the staff phone numbers"));
        if (!query)
            return query.error();
        QStringList typed = m_settings.staffPhones;
        while (query.value().next())
            typed.append(query.value().value(0).toString());
        QSet<QString> phones;
        for (const QString& phone : typed) {
            const QString e164 = m_phones.normalize(phone);
            if (!e164.isEmpty())
                phones.insert(e164);
        }
        return phones;
    });
}

Result<bool> RecipientPolicy::isStaffPhone(const QString& e164)
{
    auto staff = staffPhones();
    if (!staff)
        return staff.error();
    return staff->contains(e164);
}

LoggedText RecipientPolicy::optedOutReason()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "customer opted out"));
}

Result<RecipientVerdict> RecipientPolicy::check(const QString& phone, std::optional<bool> optedOut)
{
    return check(m_phones.check(phone), optedOut);
}

Result<RecipientVerdict> RecipientPolicy::check(const PhoneCheck& checked, std::optional<bool> optedOut)
{
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
    if (!optedOut) {
        auto stored = CustomerRepository(m_connection).isOptedOut(checked.e164);
        if (!stored)
            return stored.error();
        optedOut = stored.value();
    }
    if (*optedOut)
        return skip(RecipientVerdict::Kind::Skip, checked.e164, optedOutReason());
    return verdict;
}

} // namespace fd
