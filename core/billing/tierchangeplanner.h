// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/billingcycle.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Tierline {

class Catalog;

/** What a Campaigns tier change is, by the rules of P6–P8. */
enum class TierChangeKind { Upgrade, Downgrade, Unchanged, Refused };

QString tierChangeKindKey(TierChangeKind kind); ///< "upgrade", "downgrade", "unchanged", "refused"

/** A proposed change of the Campaigns tier, with everything the rules need to price it. */
struct TierChangeQuestion
{
    QString currency; ///< ISO 4217 code in the catalog
    BillingInterval interval = BillingInterval::Monthly;
    int fromTier = 0; ///< current tier, subscribers
    int toTier = 0; ///< wanted tier, subscribers
    CycleRange cycle; ///< the current cycle, [start, end)
    QDate changeDate; ///< the day of the change ("today")
    std::optional<int> subscribedCount; ///< Subscribed marketing contacts, for the floor (P8)
    std::optional<QDate> trialEnd; ///< set while a trial runs (P7)
};

/**
 * The priced answer. Amounts are minor units of the question's currency; credit and charge
 * are magnitudes, chargedToday = charge - credit.
 */
struct ProrationQuote
{
    TierChangeKind kind = TierChangeKind::Unchanged;
    QDate effective; ///< the day the new tier applies
    qint64 credit = 0; ///< part(old price): the unused part of the old tier
    qint64 charge = 0; ///< part(new price): the rest of the cycle at the new tier
    qint64 chargedToday = 0; ///< charge - credit
    qint64 nextCyclePrice = 0; ///< the full price of the resulting tier from the next cycle
    qint64 fromPrice = 0; ///< price of one cycle at the current tier
    qint64 toPrice = 0; ///< price of one cycle at the wanted tier
    qint64 daysLeft = 0; ///< days from the change day (counted) to the cycle end
    qint64 daysInCycle = 0;
    int floorTier = 0; ///< lowest tier allowed for the subscribed count (P8)
    QString reason; ///< why a change is refused; empty otherwise
};

/**
 * Prices Campaigns tier changes (P6–P8). A pure calculator: no storage, no clock, the same
 * answer for the same question in the GUI's preview pane, the billing service and
 * `tierline-cli quote-change`.
 *
 * - Upgrade: applies on the change day. credit = part(old), charge = part(new), where
 *   part(price) = round_half_up(price * days_left / days_in_cycle) and
 *   days_left = change_date .. cycle_end (the change day counts).
 * - Downgrade: applies at the cycle end, nothing charged now. A target under the floor
 *   (subscribed count rounded up to a step) is refused.
 * - During a trial (trial end after the change day) every change is free and applies on the
 *   trial end.
 */
class TierChangePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::TierChangePlanner)

public:
    explicit TierChangePlanner(const Catalog &catalog)
        : m_catalog(catalog)
    {
    }

    /**
     * Quotes the change. Malformed questions (unknown currency, a tier off the grid or out of
     * range, an invalid cycle, a change day outside the cycle) are Error::Kind::BadInput; a
     * change the rules forbid is a quote of kind Refused with its reason.
     */
    Result<ProrationQuote> quote(const TierChangeQuestion &question) const;

    /** part(price) of P6. */
    static qint64 proratedPart(qint64 cyclePrice, qint64 daysLeft, qint64 daysInCycle);

private:
    const Catalog &m_catalog;
};

} // namespace Tierline
