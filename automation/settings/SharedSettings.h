#pragma once

#include "models/core/Result.h"
#include "models/db/Connection.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTime>

namespace fd {

// Shared settings that the message engine reads from the database (table `settings`), with the defaults
// of DECISIONS.md. Loaded once per batch of work; cheap (one query, which also brings the admin's
// message templates).
struct SharedSettings
{
    // Company, for the templates.
    QString companyName;
    QString companyPhone;
    QString trackingLinkPattern; // e.g. https://example.in/track?ticket={ticket_id}
    QString feedbackLinkPattern;

    // Who gets messages.
    QStringList allowedRegions = {QStringLiteral("IN")};
    QStringList staffPhones; // in addition to users' and engineers' phones

    // Which transport sends: "whatsapp-web" (default) or "cloud-api".
    QString transport = QStringLiteral("whatsapp-web");
    static QStringList transports();

    // Pacing.
    int minGapMs = 8000;
    int maxGapMs = 20000;
    int dailyCap = 200;
    // What keeps the business's WhatsApp account healthy besides the gap and the daily cap (the public advice
    // in the README, "Sending"): at most this many messages in any hour, and a pause after every batch of
    // this many messages sent close together. 0 turns either off.
    int hourlyCap = 80;
    int batchSize = 25;
    int batchPauseSeconds = 180;
    // A newly linked number warms up: for its first `warmUpDays` days the caps start at 50 a day and 20 an
    // hour and grow day by day to the ones above (0 turns the warm-up off). Day 1 is `warmUpSince` (set by
    // an administrator when a new number is linked), else the day of the first message ever sent.
    int warmUpDays = 10;
    QDate warmUpSince;
    QTime quietStart = QTime(21, 0);
    QTime quietEnd = QTime(9, 0);

    // Retries and claims.
    int maxAutoRetries = 3;
    int retryBaseSeconds = 60;       // 1, 2, 4 minutes ...
    int leaseSeconds = 300;          // a claim lapses when a station died mid-send
    int takeoverGraceSeconds = 3600; // only then may another station take a lapsed claim over

    // The canary: before the first customer message of a sending session, and after every selector-pack
    // change, a station sends a short check to the business's own WhatsApp number and sends nothing to
    // customers unless it arrives with its tick. On for a new database; migration 0015 turns it off for one
    // that had already sent messages (an administrator turns it on once the number is set).
    bool canaryEnabled = true;
    QString canaryPhone; // the number WhatsApp Web is logged in with; empty: the company phone, if a mobile
    // The number the canary goes to: canaryPhone, else the company phone when WhatsApp can take it; empty
    // when neither is one (E.164).
    QString canaryNumber() const;

    // The admin's own template texts, by Outbox::templateSettingKey ("template.ENQUIRY_CREATED.hi").
    QHash<QString, QString> templates;

    static Result<SharedSettings> load(Connection& connection);
    // load(), remembered on the connection for a burst of saves (Connection::remembered: a settings write
    // through this connection is seen at once, another desk's within seconds).
    static Result<SharedSettings> recent(Connection& connection);
    Result<void> save(Connection& connection, const QString& updatedBy) const;

    // Keys in the settings table.
    static const char* const kCompanyName;
    static const char* const kCompanyPhone;
    static const char* const kTrackingLink;
    static const char* const kFeedbackLink;
    static const char* const kAllowedRegions;
    static const char* const kStaffPhones;
    static const char* const kTransport;
    static const char* const kMinGapMs;
    static const char* const kMaxGapMs;
    static const char* const kDailyCap;
    static const char* const kHourlyCap;
    static const char* const kBatchSize;
    static const char* const kBatchPauseSeconds;
    static const char* const kWarmUpDays;
    static const char* const kWarmUpSince;
    static const char* const kQuietStart;
    static const char* const kQuietEnd;
    static const char* const kMaxAutoRetries;
    static const char* const kRetryBaseSeconds;
    static const char* const kLeaseSeconds;
    static const char* const kTakeoverGraceSeconds;
    static const char* const kCanary;
    static const char* const kCanaryPhone;
};

} // namespace fd
