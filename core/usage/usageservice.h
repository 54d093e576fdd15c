// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Tierline {

class Catalog;
class Database;

/** Where an account's marketing contacts stand against its tier (H2). */
struct UsageSummary
{
    qint64 accountId = 0;
    QString accountName;
    /** Marketing contacts that claim a place: Subscribed plus Pending upgrade (H1, P4). */
    qint64 marketingCount = 0;
    qint64 subscribed = 0;
    qint64 pendingUpgrade = 0;
    qint64 totalContacts = 0; ///< every contact of the account, marketing or not
    qint64 tierLimit = 0; ///< subscribers allowed now; 0 without Campaigns
    int tier = 0; ///< the paid tier; 0 during a trial or without Campaigns
    bool trial = false;
    int percent = 0; ///< marketingCount of tierLimit, rounded down; 0 without a limit
    QDate nextUpdate; ///< the next update date (H4) after the day asked about
    OveragePolicy policy = OveragePolicy::Hold;
};

/** One day of usage, as the scheduler recorded it. */
struct UsagePoint
{
    QDate day;
    qint64 marketingCount = 0;
    qint64 tierLimit = 0;

    bool operator==(const UsagePoint &) const = default;
};

/** The usage thresholds of H3: 75, 90 and 98 % of the tier, and over it (100). */
enum class UsageLevel { Percent75 = 75, Percent90 = 90, Percent98 = 98, Over = 100 };

/** One threshold crossing, kept until read (H3). */
struct UsageNotification
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountName;
    UsageLevel level = UsageLevel::Percent75;
    QDate day;
    qint64 marketingCount = 0;
    qint64 tierLimit = 0;
    bool read = false;
};

/**
 * Usage & limits (H2, H3): figures, the daily usage series, a forecast, and notifications
 * when an account's marketing contacts cross 75, 90 or 98 % of its tier or go over it. Each
 * level fires once per crossing: it is remembered in the database while usage stays at or
 * above it (so a restart does not repeat it) and re-armed when usage falls back below.
 */
class UsageService
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::UsageService)

public:
    UsageService(const Database &database, const Catalog &catalog)
        : m_database(database)
        , m_catalog(catalog)
    {
    }

    /** The account's figures as of day (day picks the next update date). */
    Result<UsageSummary> summary(qint64 accountId, QDate day) const;

    /**
     * Records the account's usage point of day (a second call the same day replaces it) and
     * checks its thresholds. Runs in its own transaction, or the caller's.
     */
    Status recordDay(qint64 accountId, QDate day) const;
    /** recordDay() for every account; called by the scheduler as it passes a day. */
    Status recordDayForAll(QDate day) const;

    /** The recorded points with from <= day <= to, oldest first. */
    Result<QList<UsagePoint>> series(qint64 accountId, QDate from, QDate to) const;

    /**
     * The day the account reaches its limit if usage keeps growing as over the last 30 days
     * (the growth from the first recorded point in [today - 30, today] to today's figure,
     * days rounded up). Nothing when usage is not growing, or there is no limit; today when
     * the limit is already reached.
     */
    Result<std::optional<QDate>> forecast(qint64 accountId, QDate today) const;

    /**
     * Fires the levels usage has newly reached on day and re-arms the ones it fell below.
     * Runs in its own transaction, or the caller's. Returns the new notifications.
     */
    Result<QList<UsageNotification>> checkThresholds(qint64 accountId, QDate day) const;

    /** Notifications, newest first; of one account or of all. */
    Result<QList<UsageNotification>> notifications(std::optional<qint64> accountId = {}) const;
    Result<qint64> unreadCount(std::optional<qint64> accountId = {}) const;
    /** Marks one notification read; BadInput for an unknown id. */
    Status markRead(qint64 notificationId) const;
    /** Marks every notification read, of one account or of all. */
    Status markAllRead(std::optional<qint64> accountId = {}) const;

    /** "Nordljus Design has reached 90 % of its tier: 901 of 1,000 marketing contacts." */
    static QString notificationText(const UsageNotification &notification);
    /** "At the growth of the last 30 days, the limit is reached on 12 May 2026." … */
    static QString forecastText(const std::optional<QDate> &reachedOn, QDate today);
    /** "Hold" or "Auto-upgrade". */
    static QString policyName(OveragePolicy policy);
    /** What a policy does, in a sentence. */
    static QString policyDescription(OveragePolicy policy);

private:
    Result<UsageSummary> figures(qint64 accountId) const;
    /** Upserts the day's point of s; inside the caller's transaction. */
    Status storePoint(const UsageSummary &s, QDate day) const;
    /** checkThresholds() on figures already read; inside the caller's transaction. */
    Result<QList<UsageNotification>> fireLevels(const UsageSummary &s, QDate day) const;
    /** Reads the account's figures, stores the day's point if asked, fires the levels. */
    Result<QList<UsageNotification>> update(qint64 accountId, QDate day, bool storeDay) const;

    const Database &m_database;
    const Catalog &m_catalog;
};

} // namespace Tierline
