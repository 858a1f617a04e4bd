#include "automation/settings/SharedSettings.h"

#include "automation/phone/PhonePolicy.h"
#include "models/repositories/RememberedKeys.h"
#include "models/repositories/SettingsRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fd {

const char* const SharedSettings::kCompanyName = "company.name";
const char* const SharedSettings::kCompanyPhone = "company.phone";
const char* const SharedSettings::kTrackingLink = "links.tracking";
const char* const SharedSettings::kFeedbackLink = "links.feedback";
const char* const SharedSettings::kAllowedRegions = "phones.allowed_regions";
const char* const SharedSettings::kStaffPhones = "phones.staff";
const char* const SharedSettings::kTransport = "sending.transport";
const char* const SharedSettings::kMinGapMs = "sending.min_gap_ms";
const char* const SharedSettings::kMaxGapMs = "sending.max_gap_ms";
const char* const SharedSettings::kDailyCap = "sending.daily_cap";
const char* const SharedSettings::kHourlyCap = "sending.hourly_cap";
const char* const SharedSettings::kBatchSize = "sending.batch_size";
const char* const SharedSettings::kBatchPauseSeconds = "sending.batch_pause_seconds";
const char* const SharedSettings::kWarmUpDays = "sending.warmup_days";
const char* const SharedSettings::kWarmUpSince = "sending.warmup_since";
const char* const SharedSettings::kQuietStart = "sending.quiet_start";
const char* const SharedSettings::kQuietEnd = "sending.quiet_end";
const char* const SharedSettings::kMaxAutoRetries = "sending.max_auto_retries";
const char* const SharedSettings::kRetryBaseSeconds = "sending.retry_base_seconds";
const char* const SharedSettings::kLeaseSeconds = "sending.lease_seconds";
const char* const SharedSettings::kTakeoverGraceSeconds = "sending.takeover_grace_seconds";
const char* const SharedSettings::kCanary = "sending.canary";
const char* const SharedSettings::kCanaryPhone = "sending.canary_phone";

QStringList SharedSettings::transports()
{
    return {QStringLiteral("whatsapp-web"), QStringLiteral("cloud-api")};
}

namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

void readInt(const QHash<QString, QString>& values, const char* key, int& target, int minimum)
{
    bool ok = false;
    const int value = values.value(QLatin1String(key)).toInt(&ok);
    if (ok && value >= minimum)
        target = value;
}

void readTime(const QHash<QString, QString>& values, const char* key, QTime& target)
{
    const QTime time = QTime::fromString(values.value(QLatin1String(key)), QStringLiteral("HH:mm"));
    if (time.isValid())
        target = time;
}

} // namespace

Result<SharedSettings> SharedSettings::load(Connection& connection)
{
    auto query =
        connection.exec(QStringLiteral("SELECT key, value FROM settings"), QObject::tr("read the settings"));
    if (!query)
        return query.error();
    QHash<QString, QString> values;
    while (query.value().next())
        values.insert(query.value().value(0).toString(), query.value().value(1).toString());

    SharedSettings s;
    s.companyName = values.value(QLatin1String(kCompanyName));
    s.companyPhone = values.value(QLatin1String(kCompanyPhone));
    s.trackingLinkPattern = values.value(QLatin1String(kTrackingLink));
    s.feedbackLinkPattern = values.value(QLatin1String(kFeedbackLink));
    if (values.contains(QLatin1String(kAllowedRegions)))
        s.allowedRegions = splitList(values.value(QLatin1String(kAllowedRegions)).toUpper());
    s.staffPhones = splitList(values.value(QLatin1String(kStaffPhones)));
    if (transports().contains(values.value(QLatin1String(kTransport))))
        s.transport = values.value(QLatin1String(kTransport));
    readInt(values, kMinGapMs, s.minGapMs, 0);
    readInt(values, kMaxGapMs, s.maxGapMs, 0);
    s.maxGapMs = qMax(s.maxGapMs, s.minGapMs);
    readInt(values, kDailyCap, s.dailyCap, 0);
    readInt(values, kHourlyCap, s.hourlyCap, 0);
    readInt(values, kBatchSize, s.batchSize, 0);
    readInt(values, kBatchPauseSeconds, s.batchPauseSeconds, 0);
    readInt(values, kWarmUpDays, s.warmUpDays, 0);
    s.warmUpSince = QDate::fromString(values.value(QLatin1String(kWarmUpSince)), Qt::ISODate);
    readTime(values, kQuietStart, s.quietStart);
    readTime(values, kQuietEnd, s.quietEnd);
    readInt(values, kMaxAutoRetries, s.maxAutoRetries, 0);
    readInt(values, kRetryBaseSeconds, s.retryBaseSeconds, 1);
    readInt(values, kLeaseSeconds, s.leaseSeconds, 10);
    readInt(values, kTakeoverGraceSeconds, s.takeoverGraceSeconds, 0);
    if (values.contains(QLatin1String(kCanary)))
        s.canaryEnabled = values.value(QLatin1String(kCanary)) == QLatin1String("true");
    s.canaryPhone = values.value(QLatin1String(kCanaryPhone)).trimmed();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("template.")))
            s.templates.insert(it.key(), it.value());
    }
    return s;
}

QString SharedSettings::canaryNumber() const
{
    for (const QString& phone : {canaryPhone, companyPhone}) {
        if (phone.trimmed().isEmpty())
            continue;
        const PhoneCheck check = PhonePolicy(allowedRegions).check(phone);
        if (check.verdict == PhoneCheck::Verdict::Messageable)
            return check.e164;
        if (phone == canaryPhone)
            return {}; // the number given for it is not one WhatsApp can take: no guessing
    }
    return {};
}

Result<SharedSettings> SharedSettings::recent(Connection& connection)
{
    return connection.remembered<SharedSettings>(remembered::kSettings, [&] { return load(connection); });
}

Result<void> SharedSettings::save(Connection& connection, const QString& updatedBy) const
{
    const QList<QPair<const char*, QString>> entries = {
        {kCompanyName, companyName},
        {kCompanyPhone, companyPhone},
        {kTrackingLink, trackingLinkPattern},
        {kFeedbackLink, feedbackLinkPattern},
        {kAllowedRegions, allowedRegions.join(QLatin1Char(','))},
        {kStaffPhones, staffPhones.join(QLatin1Char('\n'))},
        {kTransport, transport},
        {kMinGapMs, QString::number(minGapMs)},
        {kMaxGapMs, QString::number(maxGapMs)},
        {kDailyCap, QString::number(dailyCap)},
        {kHourlyCap, QString::number(hourlyCap)},
        {kBatchSize, QString::number(batchSize)},
        {kBatchPauseSeconds, QString::number(batchPauseSeconds)},
        {kWarmUpDays, QString::number(warmUpDays)},
        {kWarmUpSince, warmUpSince.isValid() ? warmUpSince.toString(Qt::ISODate) : QString()},
        {kQuietStart, quietStart.toString(QStringLiteral("HH:mm"))},
        {kQuietEnd, quietEnd.toString(QStringLiteral("HH:mm"))},
        {kMaxAutoRetries, QString::number(maxAutoRetries)},
        {kRetryBaseSeconds, QString::number(retryBaseSeconds)},
        {kLeaseSeconds, QString::number(leaseSeconds)},
        {kTakeoverGraceSeconds, QString::number(takeoverGraceSeconds)},
        {kCanary, canaryEnabled ? QStringLiteral("true") : QStringLiteral("false")},
        {kCanaryPhone, canaryPhone},
    };
    SettingsRepository repository(connection);
    for (const auto& [key, value] : entries) {
        if (auto saved = repository.setValue(QLatin1String(key), value, updatedBy); !saved)
            return saved;
    }
    return {};
}

} // namespace fd
