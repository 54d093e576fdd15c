// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/permissions.h"
#include "billing/planplanner.h"
#include "billing/tierchangeplanner.h"
#include "errors/error.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Tierline {

class Catalog;
class Clock;
class Database;

/**
 * The billing actions of the Campaigns add-on (P1–P9), shared by the GUI and the CLI. Every
 * action checks the acting user's permission here in the core, first brings the account up
 * to date with the scheduler, runs in one write transaction, and writes an audit entry (X7).
 */
class BillingService : public QObject
{
    Q_OBJECT

public:
    BillingService(const Database &database, const Catalog &catalog, const Clock &clock,
                   QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    const Clock &clock() const { return m_clock; }

    Result<Account> account(qint64 accountId) const;
    Result<QList<Account>> accounts() const;

    /**
     * Prices changing an account's tier today, exactly as changeTier() would apply it. Used by
     * the cost preview pane: no permission is needed to look.
     */
    Result<ProrationQuote> quoteTierChange(const Account &account, int toTier) const;
    /**
     * The question quoteTierChange() asks, with the subscribed count given: the preview pane
     * counts once and then asks per slider step. Refused for an account without usable
     * Campaigns.
     */
    Result<TierChangeQuestion> tierChangeQuestion(const Account &account, int toTier,
                                                  qint64 subscribedCount) const;
    /** The lowest tier the account may choose now (P8). */
    Result<int> floorTier(qint64 accountId) const;

    /** "Try for free" (P2): starts the 21-day trial. */
    Status startTrial(const User &actor, qint64 accountId);
    /**
     * Upgrades at once, schedules a downgrade, or during a trial picks the tier for its end.
     * With reviewed, the change is made only if it prices exactly as the quote the user
     * confirmed; otherwise it is refused as a Conflict (the day turned, or someone else changed
     * the account) and nothing is booked.
     */
    Result<ProrationQuote> changeTier(const User &actor, qint64 accountId, int toTier,
                                      const std::optional<ProrationQuote> &reviewed = std::nullopt);
    /** Prices a change to the CRM plan today, exactly as changePlan() would book it (A2). */
    Result<ProrationQuote> quotePlanChange(const Account &account, const PlanChange &change) const;
    /**
     * More seats, an add-on or a dearer plan: booked today with a prorated credit and charge on
     * the plan cycle. Fewer seats: from the next plan cycle. A cheaper plan is refused: it is a
     * request (A5). With reviewed, refused as a Conflict unless it still prices the same.
     */
    Result<ProrationQuote> changePlan(const User &actor, qint64 accountId, const PlanChange &change,
                                      const std::optional<ProrationQuote> &reviewed = std::nullopt);
    /** Cancels at the next cycle start (P9); returns the effective date. */
    Result<QDate> cancel(const User &actor, qint64 accountId);
    /** Withdraws a scheduled cancellation. */
    Status resume(const User &actor, qint64 accountId);
    /** Buys Campaigns outright at a tier; needs an approved review (P3). */
    Status buy(const User &actor, qint64 accountId, int tier,
               std::optional<qint64> reviewedCharge = std::nullopt);
    /**
     * Sets what happens when marketing contacts reach the tier (H5): hold them as Pending
     * upgrade, or upgrade automatically. Needs billing access; audited.
     */
    Status setOveragePolicy(const User &actor, qint64 accountId, OveragePolicy policy);
    /** Requests the account review, or expedites a pending one (P3). */
    Status requestReview(const User &actor, qint64 accountId);
    /** Approves or rejects a pending review (P3). */
    Status decideReview(const User &actor, qint64 accountId, bool approve);

    /**
     * Refuses a catalog that has no Campaigns prices in a currency the book bills in, naming
     * the currency and an account, so that a narrower `--catalog` fails clearly when the
     * database is opened rather than at the first renewal it cannot price.
     */
    Status checkCatalogCoversBook() const;

    /** Applies every billing event due by today. */
    Result<int> catchUp();

    /**
     * Optimistic check (X7): the next billing action on accountId is refused as a Conflict,
     * with nothing written, unless the account is still at version (Account::version) when
     * the action takes the write lock. For changes computed from what a user or a script saw
     * earlier. The expectation is used up by the next action, whatever its account.
     */
    void expectVersion(qint64 accountId, qint64 version);

Q_SIGNALS:
    /** An account's billing changed, by an action here or by the scheduler. */
    void accountChanged(qint64 accountId);

private:
    using Mutation =
        std::function<Status(Account &account, QVariantMap &auditDetails, QString &action)>;
    /** The common frame of every action: permission, clock, catch-up, transaction, audit. */
    Status mutate(const User &actor, Permission needed, qint64 accountId, const Mutation &change);
    Status refuseUnlessUsable(const Account &account) const;
    /** The Conflict refusal when what would be charged today is not what was reviewed. */
    Error reviewedAmountChanged(const Account &account, qint64 now, qint64 reviewed) const;

    const Database &m_database;
    const Catalog &m_catalog;
    const Clock &m_clock;
    struct ExpectedVersion
    {
        qint64 accountId;
        qint64 version;
    };
    std::optional<ExpectedVersion> m_expectedVersion;
};

} // namespace Tierline
