// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/tierchangeplanner.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tierline {

class Catalog;
struct Account;

/** One change to an account's CRM plan (A2); only the field of its kind is read. */
struct PlanChange
{
    enum class Kind {
        Seats, ///< set the number of user seats
        AddAddon, ///< "Add to plan"
        Plan, ///< move to another plan
    };
    Kind kind = Kind::Seats;
    int seats = 0;
    QString addon;
    QString plan;

    static PlanChange toSeats(int seats) { return {Kind::Seats, seats, {}, {}}; }
    static PlanChange addingAddon(const QString &addon) { return {Kind::AddAddon, 0, addon, {}}; }
    static PlanChange toPlan(const QString &plan) { return {Kind::Plan, 0, {}, plan}; }
};

/**
 * Prices changes to the CRM plan (A2–A5). A pure calculator like TierChangePlanner, on the
 * plan's own cycle (anchored on the account's creation day):
 *
 * - One cycle of the plan costs the plan price, plus each seat beyond the plan's included
 *   users, plus each add-on, all for the account's interval and currency.
 * - More seats, an add-on, or a dearer plan apply today: the unused part of the old cycle
 *   price is credited and the rest of the cycle at the new price charged, with P6's
 *   part(price) rule.
 * - Fewer seats apply at the next cycle start, nothing charged now (like P8).
 * - A cheaper plan and removing an add-on are requests to staff (A5): refused here with a
 *   reason that says so.
 */
class PlanPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::PlanPlanner)

public:
    static constexpr int maxSeats = 500;

    explicit PlanPlanner(const Catalog &catalog)
        : m_catalog(catalog)
    {
    }

    /** The price of one plan cycle for that plan, seats and add-ons. */
    Result<qint64> cyclePrice(const Account &account, const QString &plan, int seats,
                              const QStringList &addons) const;
    /** The account's own cycle price as it stands. */
    Result<qint64> cyclePrice(const Account &account) const;
    /** The plan cycle containing day. */
    static CycleRange cycleOn(const Account &account, QDate day);
    /** Prices a change on a day. Malformed changes are BadInput; forbidden ones Refused quotes. */
    Result<ProrationQuote> quote(const Account &account, const PlanChange &change, QDate day) const;
    /** Feature ids of `from` that `to` lacks (A4), in `from`'s order. */
    QStringList featuresLost(const QString &from, const QString &to) const;

private:
    const Catalog &m_catalog;
};

} // namespace Tierline
