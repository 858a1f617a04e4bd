#include "automation/phone/PhonePolicy.h"

#include "models/core/LoggedText.h"

#include <QObject>
#include <QRegularExpression>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace fd {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Digits of any script (Devanagari, Tamil, ...) become ASCII; everything else stays for the parser.
std::string toParserInput(const QString& typed)
{
    QString text;
    text.reserve(typed.size());
    for (const QChar c : typed) {
        const int digit = c.digitValue();
        text += digit >= 0 ? QChar(u'0' + digit) : c;
    }
    return text.trimmed().toStdString();
}

struct Parsed
{
    bool ok = false;
    PhoneNumber number;
    // Known for a valid number. Found once: libphonenumber's IsValidNumber and GetNumberType run the same
    // pattern matches, the costliest part of reading a number.
    PhoneNumberUtil::PhoneNumberType type = PhoneNumberUtil::UNKNOWN;
    QString problem;
};

Parsed parse(const QString& typed, const QString& defaultRegion)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    Parsed result;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty()) {
        result.problem = QObject::tr("Enter the customer's phone number.");
        return result;
    }
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
    if (trimmed.contains(letters)) {
        result.problem = QObject::tr("A phone number has only digits, spaces and + ( ) - .");
        return result;
    }
    std::string input = toParserInput(trimmed);
    // "919876543210": twelve digits starting with the country code but without the plus.
    static const QRegularExpression bareIndian(QStringLiteral("^91[6-9]\\d{9}$"));
    static const QRegularExpression separators(
        QStringLiteral("[\\s().\\-]")); // compiled once, not per number
    QString digitsOnly = QString::fromStdString(input);
    digitsOnly.remove(separators);
    if (defaultRegion == QLatin1String("IN") && bareIndian.match(digitsOnly).hasMatch())
        input = "+" + digitsOnly.toStdString();

    const auto error = util.Parse(input, defaultRegion.toStdString(), &result.number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        switch (error) {
        case PhoneNumberUtil::TOO_SHORT_NSN:
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
            result.problem = QObject::tr("The number is too short.");
            break;
        case PhoneNumberUtil::TOO_LONG_NSN:
            result.problem = QObject::tr("The number is too long.");
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
            result.problem = QObject::tr("The country code is not valid.");
            break;
        default:
            result.problem = QObject::tr("This is not a phone number.");
            break;
        }
        return result;
    }
    // A known type means a valid number; IsValidNumber() is asked only when the type is unknown (it says yes
    // for some regions with incomplete metadata).
    result.type = util.GetNumberType(result.number);
    if (result.type == PhoneNumberUtil::UNKNOWN && !util.IsValidNumber(result.number)) {
        switch (util.IsPossibleNumberWithReason(result.number)) {
        case PhoneNumberUtil::TOO_SHORT:
            result.problem = QObject::tr("The number is too short: an Indian mobile number has 10 digits.");
            break;
        case PhoneNumberUtil::TOO_LONG:
            result.problem = QObject::tr("The number is too long: an Indian mobile number has 10 digits.");
            break;
        default: {
            // India's plan allows long fixed-line numbers, so "possible" says little about a mistyped
            // mobile number: judge one that starts like a mobile number by its digit count.
            std::string national;
            util.GetNationalSignificantNumber(result.number, &national);
            const bool looksMobile = result.number.country_code() == 91 && !national.empty() &&
                                     national.front() >= '6' && national.front() <= '9';
            if (looksMobile && national.size() > 10)
                result.problem =
                    QObject::tr("The number is too long: an Indian mobile number has 10 digits.");
            else if (looksMobile && national.size() < 10)
                result.problem =
                    QObject::tr("The number is too short: an Indian mobile number has 10 digits.");
            else
                result.problem = QObject::tr("This number does not exist: check the digits.");
            break;
        }
        }
        return result;
    }
    result.ok = true;
    return result;
}

PhoneCheck notMessageable(PhoneCheck check, const char* reason)
{
    const LoggedText text = LoggedText::of(reason);
    check.reason = text.shown;
    check.logReason = text.logged;
    return check;
}

} // namespace

PhonePolicy::PhonePolicy(QStringList allowedRegions, QString defaultRegion)
    : m_allowedRegions(std::move(allowedRegions))
    , m_defaultRegion(std::move(defaultRegion))
{}

PhoneCheck PhonePolicy::check(const QString& typed) const
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const Parsed parsed = parse(typed, m_defaultRegion);
    PhoneCheck check;
    if (!parsed.ok) {
        check.reason = parsed.problem;
        return check;
    }
    std::string e164;
    util.Format(parsed.number, PhoneNumberUtil::E164, &e164);
    check.e164 = QString::fromStdString(e164);

    std::string region;
    util.GetRegionCodeForNumber(parsed.number, &region);
    const QString regionCode = QString::fromStdString(region);
    check.verdict = PhoneCheck::Verdict::NotMessageable;
    if (!m_allowedRegions.contains(regionCode, Qt::CaseInsensitive)) {
        const LoggedText from =
            LoggedText::of(QT_TRANSLATE_NOOP("QObject", "numbers from %1 are not messaged"));
        const LoggedText reason = regionCode.isEmpty()
                                      ? from.arg(LoggedText::of(QT_TRANSLATE_NOOP("QObject", "that country")))
                                      : from.arg(regionCode);
        check.reason = reason.shown;
        check.logReason = reason.logged;
        return check;
    }
    switch (parsed.type) {
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        check.verdict = PhoneCheck::Verdict::Messageable;
        return check;
    case PhoneNumberUtil::FIXED_LINE:
        return notMessageable(check, QT_TRANSLATE_NOOP("QObject", "landline"));
    case PhoneNumberUtil::TOLL_FREE:
        return notMessageable(check, QT_TRANSLATE_NOOP("QObject", "toll-free number"));
    default:
        return notMessageable(check, QT_TRANSLATE_NOOP("QObject", "not a mobile number"));
    }
}

QString PhonePolicy::normalize(const QString& typed) const
{
    const Parsed parsed = parse(typed, m_defaultRegion);
    if (!parsed.ok)
        return {};
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(parsed.number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

} // namespace fd
