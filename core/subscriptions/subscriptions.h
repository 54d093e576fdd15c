// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Tierline {

class Catalog;
class Clock;
class Database;

/** How often a subscription's amount is due (Z1). Billing uses monthly and annual only. */
enum class SubscriptionInterval { Monthly, Quarterly, Annual };

QString
subscriptionIntervalKey(SubscriptionInterval interval); ///< "monthly", "quarterly", "annual"
std::optional<SubscriptionInterval> subscriptionIntervalFromKey(const QString &key);
/** Months in one interval: 1, 3 or 12. */
int monthsIn(SubscriptionInterval interval);
/** An amount due every interval as a monthly rate, rounded half-up to the minor unit (Z1). */
qint64 monthlyRateOf(qint64 amount, SubscriptionInterval interval);

/** Where a subscription period comes from. */
enum class PeriodSource {
    Billing, ///< written by Tierline's billing from the account's plan and Campaigns tier
    Manual, ///< a deal entered by sales
};

/**
 * One stretch of time an account pays a monthly rate (Z1). Dates are inclusive: the rate
 * applies from start through end; an invalid end means the period is open.
 */
struct SubscriptionPeriod
{
    qint64 id = 0;
    qint64 accountId = 0;
    PeriodSource source = PeriodSource::Manual;
    QString currency;
    qint64 amount = 0; ///< minor units per interval, as billed or as the deal was written
    SubscriptionInterval interval = SubscriptionInterval::Monthly;
    qint64 monthlyRate = 0; ///< amount normalised to one month, half-up
    QDate start;
    QDate end; ///< last day the rate applies; invalid while open
    QString note;
    qint64 version = 1;

    bool isOpen() const { return !end.isValid(); }
    /** Whether the rate applies on day (start ≤ day ≤ end). */
    bool activeOn(QDate day) const { return start <= day && (isOpen() || day <= end); }
};

/** A manual deal as staff enter it (Z1): the amount in the account's currency. */
struct DealInput
{
    qint64 amount = 0; ///< minor units per interval
    SubscriptionInterval interval = SubscriptionInterval::Monthly;
    QDate start;
    QDate end; ///< invalid for an open deal
    QString note;
};

/** An account's subscription on a day, for the subscription widget (Z2). */
struct SubscriptionSummary
{
    QString currency;
    qint64 currentRate = 0; ///< sum of monthly rates active today
    QDate currentEnd; ///< last day of the current rate; invalid when open (or no rate)
    bool hasUpcoming = false;
    QDate upcomingStart; ///< the day the rate next changes
    QDate upcomingEnd; ///< last day of that rate; invalid when open
    qint64 upcomingRate = 0;
};

/**
 * Subscription periods and manual deals (Z1). Billing writes its own periods through
 * syncBilling() whenever an account's billing changes; staff add and edit deals. Callers of
 * the write methods outside a WriteTransaction get one of their own.
 */
class SubscriptionService
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::SubscriptionService)

public:
    SubscriptionService(const Database &database, const Catalog &catalog)
        : m_database(database)
        , m_catalog(catalog)
    {
    }

    /** "monthly", "quarterly", "annual" in the UI language. */
    static QString intervalName(SubscriptionInterval interval);

    /** Whether a staff member may enter deals: everyone but reviewers and ops. */
    static bool canManageDeals(const User &user);

    /** The account's periods, oldest first. */
    Result<QList<SubscriptionPeriod>> periods(qint64 accountId) const;
    /** One period by id. */
    Result<SubscriptionPeriod> period(qint64 periodId) const;

    /**
     * The monthly rate the account's billing amounts to as it stands: plan, extra seats,
     * add-ons and the paid Campaigns tier (nothing during a trial), normalised half-up.
     */
    Result<qint64> billedMonthlyRate(qint64 accountId) const;

    /**
     * Rewrites the account's billing periods from `day` on (Z1): the period covering day is
     * closed the day before if the rate changes, forecast periods are replaced by the ones the
     * account's current state implies (a scheduled seat reduction or downgrade, a trial that
     * converts, a cancellation). Periods that ended before day stay as history. An account
     * without billing periods starts its first one on its creation day. Accounts whose
     * subscription comes from imported deals only are left alone.
     */
    Status syncBilling(qint64 accountId, QDate day) const;

    /** Adds a deal; returns its id. Checks the actor, the amount and the dates. */
    Result<qint64> addDeal(const User &actor, qint64 accountId, const DealInput &deal,
                           const QDateTime &at) const;
    /**
     * Changes a deal. With expectedVersion, refused as a Conflict when someone else changed
     * it since it was read. Billing periods cannot be edited.
     */
    Status editDeal(const User &actor, qint64 periodId, const DealInput &deal, const QDateTime &at,
                    std::optional<qint64> expectedVersion = std::nullopt) const;
    /** Deletes a deal. */
    Status removeDeal(const User &actor, qint64 periodId, const QDateTime &at) const;

    /** Checks a deal's amount and dates; the message names the problem. */
    static Status checkDeal(const DealInput &deal);

    /** The current rate and the upcoming change on day (Z2). */
    Result<SubscriptionSummary> summary(qint64 accountId, QDate day) const;
    /** The account's monthly rate on a day: the sum of periods active then. */
    static qint64 rateOn(const QList<SubscriptionPeriod> &periods, QDate day);

    /** Inserts a period as given (import, demo); monthlyRate is computed here. */
    Result<qint64> insert(const SubscriptionPeriod &period, qint64 createdBy) const;

private:
    Status refuseUnlessAllowed(const User &actor) const;
    /** A manual period the actor may change; billing periods are refused. */
    Result<SubscriptionPeriod> dealToChange(const User &actor, qint64 periodId) const;
    Result<QList<SubscriptionPeriod>> query(const QString &where, const QVariantList &values) const;

    const Database &m_database;
    const Catalog &m_catalog;
};

} // namespace Tierline
