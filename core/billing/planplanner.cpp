// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planplanner.h"

#include "billing/campaigns.h"
#include "catalog/catalog.h"

namespace Tierline {

Result<qint64> PlanPlanner::cyclePrice(const Account &account, const QString &planId, int seats,
                                       const QStringList &addons) const
{
    const auto plan = m_catalog.plan(planId);
    if (!plan)
        return Error::badInput(tr("The catalog has no plan “%1”.").arg(planId));
    if (!plan->prices.contains(account.currency) || !plan->seatPrices.contains(account.currency))
        return Error::badInput(
            tr("The catalog has no %1 prices for the %2 plan.").arg(account.currency, plan->name));
    qint64 price = plan->prices.value(account.currency).forInterval(account.interval);
    const int extraSeats = std::max(0, seats - plan->includedUsers);
    price += extraSeats * plan->seatPrices.value(account.currency).forInterval(account.interval);
    for (const QString &id : addons) {
        const auto addon = std::find_if(m_catalog.addons().cbegin(), m_catalog.addons().cend(),
                                        [&](const Addon &a) { return a.id == id; });
        if (addon == m_catalog.addons().cend())
            return Error::badInput(tr("The catalog has no add-on “%1”.").arg(id));
        if (!addon->prices.contains(account.currency))
            return Error::badInput(
                tr("The catalog has no %1 price for %2.").arg(account.currency, addon->name));
        price += addon->prices.value(account.currency).forInterval(account.interval);
    }
    return price;
}

Result<qint64> PlanPlanner::cyclePrice(const Account &account) const
{
    return cyclePrice(account, account.plan, account.seats, account.addons);
}

CycleRange PlanPlanner::cycleOn(const Account &account, QDate day)
{
    return account.planCycles().cycleContaining(std::max(day, account.createdOn));
}

Result<ProrationQuote> PlanPlanner::quote(const Account &account, const PlanChange &change,
                                          QDate day) const
{
    const auto fromPrice = cyclePrice(account);
    if (!fromPrice)
        return fromPrice.error();
    const CycleRange cycle = cycleOn(account, day);

    QString plan = account.plan;
    int seats = account.seats;
    QStringList addons = account.addons;
    ProrationQuote quote;
    quote.fromPrice = *fromPrice;
    quote.daysInCycle = cycle.days();
    quote.daysLeft = std::max<qint64>(0, day.daysTo(cycle.end));
    auto refused = [&](const QString &reason) {
        quote.kind = TierChangeKind::Refused;
        quote.reason = reason;
        quote.toPrice = quote.nextCyclePrice = quote.fromPrice;
        return quote;
    };

    switch (change.kind) {
    case PlanChange::Kind::Seats:
        if (change.seats < 1 || change.seats > maxSeats)
            return Error::badInput(tr("%1 is not a number of seats: choose from 1 to %2.")
                                       .arg(change.seats)
                                       .arg(maxSeats));
        seats = change.seats;
        break;
    case PlanChange::Kind::AddAddon:
        if (addons.contains(change.addon))
            return refused(tr("%1 is already on the plan.").arg(change.addon));
        addons.append(change.addon);
        addons.sort();
        break;
    case PlanChange::Kind::Plan:
        if (!m_catalog.plan(change.plan))
            return Error::badInput(tr("The catalog has no plan “%1”.").arg(change.plan));
        plan = change.plan;
        break;
    }

    const auto toPrice = cyclePrice(account, plan, seats, addons);
    if (!toPrice)
        return toPrice.error();
    quote.toPrice = *toPrice;
    quote.nextCyclePrice = *toPrice;

    const bool same = plan == account.plan && seats == account.seats && addons == account.addons;
    if (same) {
        quote.kind = TierChangeKind::Unchanged;
        quote.effective = day;
        return quote;
    }
    if (change.kind == PlanChange::Kind::Plan && *toPrice < *fromPrice)
        return refused(tr("Moving to a cheaper plan is a request to our staff: use Request "
                          "account change."));
    if (change.kind == PlanChange::Kind::Seats && seats < account.seats) {
        // Fewer seats: from the next plan cycle, nothing charged now.
        quote.kind = TierChangeKind::Downgrade;
        quote.effective = cycle.end;
        return quote;
    }
    quote.kind = TierChangeKind::Upgrade;
    quote.effective = day;
    quote.credit = TierChangePlanner::proratedPart(*fromPrice, quote.daysLeft, quote.daysInCycle);
    quote.charge = TierChangePlanner::proratedPart(*toPrice, quote.daysLeft, quote.daysInCycle);
    quote.chargedToday = quote.charge - quote.credit;
    return quote;
}

QStringList PlanPlanner::featuresLost(const QString &from, const QString &to) const
{
    const auto fromPlan = m_catalog.plan(from);
    const auto toPlan = m_catalog.plan(to);
    if (!fromPlan || !toPlan)
        return {};
    QStringList lost;
    for (const QString &feature : fromPlan->features) {
        if (!toPlan->features.contains(feature))
            lost.append(feature);
    }
    return lost;
}

} // namespace Tierline
