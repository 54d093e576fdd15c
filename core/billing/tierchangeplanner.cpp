// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tierchangeplanner.h"

#include "catalog/catalog.h"
#include "money/money.h"

#include <QLocale>

namespace Tierline {

QString tierChangeKindKey(TierChangeKind kind)
{
    switch (kind) {
    case TierChangeKind::Upgrade:
        return QStringLiteral("upgrade");
    case TierChangeKind::Downgrade:
        return QStringLiteral("downgrade");
    case TierChangeKind::Unchanged:
        return QStringLiteral("unchanged");
    case TierChangeKind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

qint64 TierChangePlanner::proratedPart(qint64 cyclePrice, qint64 daysLeft, qint64 daysInCycle)
{
    return mulDivRoundHalfUp(cyclePrice, daysLeft, daysInCycle);
}

Result<ProrationQuote> TierChangePlanner::quote(const TierChangeQuestion &q) const
{
    if (!m_catalog.hasCurrency(q.currency))
        return Error::badInput(tr("The catalog has no prices in %1.").arg(q.currency));
    for (const int tier : {q.fromTier, q.toTier}) {
        if (const Status valid = m_catalog.checkTier(tier); !valid)
            return valid.error();
    }
    if (!q.cycle.start.isValid() || !q.cycle.end.isValid() || q.cycle.end <= q.cycle.start)
        return Error::badInput(tr("The billing cycle must end after it starts."));
    if (!q.changeDate.isValid() || !q.cycle.contains(q.changeDate)) {
        return Error::badInput(tr("The change date %1 is outside the billing cycle %2 to %3.")
                                   .arg(q.changeDate.toString(Qt::ISODate),
                                        q.cycle.start.toString(Qt::ISODate),
                                        q.cycle.end.toString(Qt::ISODate)));
    }
    if (q.subscribedCount && *q.subscribedCount < 0)
        return Error::badInput(tr("The subscribed count cannot be negative."));

    ProrationQuote quote;
    quote.fromPrice = *m_catalog.campaignsPrice(q.currency, q.interval, q.fromTier);
    quote.toPrice = *m_catalog.campaignsPrice(q.currency, q.interval, q.toTier);
    quote.daysInCycle = q.cycle.days();
    quote.daysLeft = q.changeDate.daysTo(q.cycle.end);
    quote.floorTier = m_catalog.tierFor(q.subscribedCount.value_or(0));

    if (q.toTier < quote.floorTier) {
        quote.kind = TierChangeKind::Refused;
        quote.effective = q.changeDate;
        quote.nextCyclePrice = quote.fromPrice;
        quote.reason = tr("%Ln subscribed contact(s) need a tier of at least %1 subscribers. "
                          "Archive contacts to go lower.",
                          nullptr, q.subscribedCount.value_or(0))
                           .arg(QLocale().toString(quote.floorTier));
        return quote;
    }

    quote.kind = q.toTier > q.fromTier ? TierChangeKind::Upgrade
        : q.toTier < q.fromTier        ? TierChangeKind::Downgrade
                                       : TierChangeKind::Unchanged;
    quote.nextCyclePrice = quote.toPrice;

    if (q.trialEnd && q.trialEnd->isValid() && *q.trialEnd > q.changeDate) {
        // P7: the trial costs nothing; the chosen tier applies when it ends.
        quote.effective = *q.trialEnd;
        return quote;
    }

    switch (quote.kind) {
    case TierChangeKind::Upgrade:
        quote.effective = q.changeDate;
        quote.credit = proratedPart(quote.fromPrice, quote.daysLeft, quote.daysInCycle);
        quote.charge = proratedPart(quote.toPrice, quote.daysLeft, quote.daysInCycle);
        quote.chargedToday = quote.charge - quote.credit;
        break;
    case TierChangeKind::Downgrade:
        quote.effective = q.cycle.end;
        break;
    case TierChangeKind::Unchanged:
    case TierChangeKind::Refused:
        quote.effective = q.changeDate;
        break;
    }
    return quote;
}

} // namespace Tierline
