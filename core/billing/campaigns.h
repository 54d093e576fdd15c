// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/billingcycle.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tierline {

class Database;

/** Where an account's Campaigns add-on stands. */
enum class CampaignsStatus {
    None, ///< never tried or bought
    Trial, ///< the free trial runs (P2)
    Active, ///< paid; may have a cancellation or downgrade scheduled
    Stopped, ///< the trial ended without an approved review (P3); data kept
    Cancelled, ///< cancelled and past its effective date (P9); data kept
};

/** The account review needed to buy Campaigns after the trial (P3). */
enum class ReviewState { NotRequested, Pending, Approved, Rejected };

/** What happens when marketing contacts reach the tier (H5). */
enum class OveragePolicy { Hold, AutoUpgrade };

QString campaignsStatusKey(CampaignsStatus status);
std::optional<CampaignsStatus> campaignsStatusFromKey(const QString &key);
QString reviewStateKey(ReviewState state);
std::optional<ReviewState> reviewStateFromKey(const QString &key);
QString overagePolicyKey(OveragePolicy policy); ///< "hold", "auto_upgrade"
std::optional<OveragePolicy> overagePolicyFromKey(const QString &key);

/** The Campaigns add-on of one account. */
struct CampaignsState
{
    CampaignsStatus status = CampaignsStatus::None;
    int tier = 0; ///< the paid tier; 0 while none is paid
    std::optional<int>
        scheduledTier; ///< active: a downgrade at the cycle end; trial: the chosen tier
    QDate trialStart;
    QDate trialEnd; ///< first day after the trial (the conversion day)
    QDate anchor; ///< purchase day the cycles are anchored on
    CycleRange cycle; ///< the current paid cycle
    QDate cancelOn; ///< a scheduled cancellation's effective day
    ReviewState review = ReviewState::NotRequested;
    bool reviewExpedited = false;

    bool trialTaken() const { return trialStart.isValid(); }
    bool isUsable() const
    {
        return status == CampaignsStatus::Trial || status == CampaignsStatus::Active;
    }
    /** The day the scheduler must act next, or an invalid date when nothing is due. */
    QDate nextEventOn() const;
    /**
     * How many marketing contacts may be Subscribed now (P2, P4, P8): the trial cap during a
     * trial; the tier when paid, or the scheduled lower tier once a downgrade is booked, so
     * that the downgrade's floor still holds when it applies; 0 without Campaigns.
     */
    int subscriberLimit(int trialCap) const;
    /** Days left in the trial on a day, counting that day; 0 outside a trial. */
    int trialDaysLeft(QDate today) const;
};

/** A customer account as billing sees it. */
struct Account
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0;
    QString ownerName;
    QString plan;
    QString product;
    QString currency;
    BillingInterval interval = BillingInterval::Monthly;
    int seats = 1;
    QDate createdOn;
    OveragePolicy overagePolicy = OveragePolicy::Hold;
    qint64 version = 1; ///< grows with every change, for optimistic checks
    QStringList addons; ///< add-on ids on the plan (A2), sorted
    std::optional<int> scheduledSeats; ///< a seat reduction booked for the next plan cycle
    QDate planPaidUntil; ///< first day of the plan not yet paid; invalid until taken over
    CampaignsState campaigns;

    /** The plan's billing cycles (A2), anchored on the day the account was created. */
    BillingCycle planCycles() const { return BillingCycle(createdOn, interval); }
};

/** Reads and writes accounts and their Campaigns state. Callers own the transactions. */
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::AccountStore)

public:
    explicit AccountStore(const Database &database)
        : m_database(database)
    {
    }

    Result<Account> load(qint64 accountId) const;
    Result<QList<Account>> loadAll() const;
    /** Inserts a new account with Campaigns not taken; returns its id. */
    Result<qint64> create(const Account &account) const;
    /**
     * Writes plan, seats, the scheduled seat reduction and the paid-until day, and bumps the
     * account's version.
     */
    Status savePlan(const Account &account) const;
    /** Adds an add-on to the plan from a day on. */
    Status addAddon(qint64 accountId, const QString &addon, QDate day) const;
    /** Writes the overage policy (H5) and bumps the account's version. */
    Status saveOveragePolicy(qint64 accountId, OveragePolicy policy) const;
    /** Writes the Campaigns state and bumps the account's version. */
    Status saveCampaigns(qint64 accountId, const CampaignsState &state) const;

private:
    Result<QList<Account>> query(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace Tierline
