#include "automation/dispatch/AccountGuard.h"

#include <algorithm>

namespace fd {

namespace {
// What an attempt's note says of a permanent failure's kind (kept in the database: never reword).
const QLatin1String kNotOnWhatsAppNote("not on WhatsApp");
const QLatin1String kRefusedNote("refused by WhatsApp");
} // namespace

LoggedText AccountGuard::refused()
{
    return LoggedText::of(
        QT_TRANSLATE_NOOP("QObject", "WhatsApp refuses this account's messages: sending paused"));
}

LoggedText AccountGuard::refusedDetail()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "%1 in a row were marked failed; the last: %2"));
}

LoggedText AccountGuard::badList()
{
    return LoggedText::of(
        QT_TRANSLATE_NOOP("QObject", "many numbers are not on WhatsApp: check the list; sending paused"));
}

LoggedText AccountGuard::badListDetail()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "%1 of the latest %2 numbers; the last: %3"));
}

LoggedText AccountGuard::warned()
{
    return LoggedText::of(QT_TRANSLATE_NOOP("QObject", "WhatsApp warned about this account: sending paused"));
}

std::optional<AccountGuard::Sign> AccountGuard::record(const SendResult& result)
{
    // Only what WhatsApp said about a number counts: a message that never left says nothing about the list.
    if (result.kind == SendResult::Kind::TransientFailure || result.kind == SendResult::Kind::NotReady)
        return std::nullopt;
    const bool wasRefused = result.refusal == SendResult::Refusal::Refused;
    const bool notOnWhatsApp = result.refusal == SendResult::Refusal::NotOnWhatsApp;

    m_refusedInRow = wasRefused ? m_refusedInRow + 1 : 0;
    m_latest.push_back(notOnWhatsApp);
    if (m_latest.size() > std::size_t(kLatest))
        m_latest.pop_front();

    if (m_refusedInRow >= kRefusedInRow)
        return Sign{refused(), refusedDetail().arg(QString::number(m_refusedInRow)).arg(result.reason)};
    const auto absent = std::count(m_latest.cbegin(), m_latest.cend(), true);
    if (notOnWhatsApp && absent >= kNotOnWhatsApp)
        return Sign{badList(), badListDetail()
                                   .arg(QString::number(absent))
                                   .arg(QString::number(m_latest.size()))
                                   .arg(result.reason)};
    return std::nullopt;
}

void AccountGuard::resume(const QList<SendResult>& oldestFirst)
{
    reset();
    for (const SendResult& result : oldestFirst)
        (void)record(result);
}

QString AccountGuard::attemptNote(const SendResult& result)
{
    if (result.kind != SendResult::Kind::PermanentFailure)
        return {};
    switch (result.refusal) {
    case SendResult::Refusal::NotOnWhatsApp:
        return kNotOnWhatsAppNote;
    case SendResult::Refusal::Refused:
        return kRefusedNote;
    case SendResult::Refusal::None:
        break;
    }
    return {};
}

std::optional<SendResult> AccountGuard::resultOfAttempt(const QString& outcome, const QString& note)
{
    if (outcome == QLatin1String("SENT"))
        return SendResult::sent();
    if (outcome == QLatin1String("UNCONFIRMED"))
        return SendResult::unconfirmed({});
    if (outcome != QLatin1String("FAILED"))
        return std::nullopt; // RETRYING, RELEASED, INTERRUPTED, SKIPPED: nothing about the number
    if (note == kNotOnWhatsAppNote)
        return SendResult::notOnWhatsApp({});
    if (note == kRefusedNote)
        return SendResult::refused({});
    return SendResult::permanent({});
}

void AccountGuard::reset()
{
    m_refusedInRow = 0;
    m_latest.clear();
}

} // namespace fd
