// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/tierchangeplanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Tierline {

class Catalog;
struct ContactCounts;
struct LedgerEntry;

/** Translated words for billing states, shared by the account views. */
class BillingText
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::BillingText)

public:
    static QString campaignsStatus(CampaignsStatus status);
    static QString review(ReviewState state, bool expedited = false);
    static QString interval(BillingInterval interval);
    /** "Marketing + Sales" for "marketing_sales"; an unknown id as it is. */
    static QString product(const QString &productId);
    /** The catalog's name for a plan id; the id itself when the catalog has no such plan. */
    static QString planName(const Catalog &catalog, const QString &planId);
    /** A tier for a table cell: "13,000", "13,000 → 9,000" with a downgrade booked, "–". */
    static QString tierCell(const CampaignsState &campaigns);
    /**
     * What happens next to the add-on, or an empty string when nothing is due:
     * "Downgrade to 20,000 subscribers on 1 Dec 2026", "Renews on 10 Dec 2026 at $162.00" …
     */
    static QString nextEvent(const Account &account, const Catalog &catalog);
    /** "Active · 13,000 subscribers", "Trial · up to 500 subscribers" … */
    static QString campaignsSummary(const Account &account, int trialCap);
    /** "%Ln day(s) left in your trial". */
    static QString trialDaysLeft(int days);
    /** "Campaigns is cancelled from 1 Dec 2026. You can use it until then." (P9) */
    static QString cancelledFrom(QDate effective);
    /** "per month" or "per year": what one cycle's price covers. */
    static QString perCycle(BillingInterval interval);
    /**
     * The price per 1,000 subscribers of a tier, "$3.24 per 1,000 subscribers", computed in
     * integer minor units (half-up), never with floating point.
     */
    static QString pricePerThousandSubscribers(qint64 cyclePrice, const QString &currency,
                                               int tier);
    /** "18 of 30 days left in this cycle" (P6; the change day counts). */
    static QString daysLeftInCycle(qint64 daysLeft, qint64 daysInCycle);
    /** A plan feature id of the catalog in words ("Marketing automation"); unknown ids as they are.
     */
    static QString feature(const QString &featureId);
    /** The catalog's name of an add-on; the id itself when the catalog has none. */
    static QString addonName(const Catalog &catalog, const QString &addonId);
    /**
     * A ledger line in words: its reason, and for a plan line what it prices ("Plan renewal ·
     * Pro plan", "Charge for … · 4 user seats", "… · SMS").
     */
    static QString ledgerLine(const LedgerEntry &entry, const Catalog &catalog);
    /** "%Ln user seat(s)". */
    static QString seats(int seats);
    /** "Upgrade", "Downgrade", "No change"; during a trial "Free during the trial" (P7). */
    static QString tierChangeKind(TierChangeKind kind, bool duringTrial);
};

} // namespace Tierline
