// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingcycle.h"

namespace Tierline {

QString billingIntervalKey(BillingInterval interval)
{
    return interval == BillingInterval::Monthly ? QStringLiteral("monthly")
                                                : QStringLiteral("annual");
}

std::optional<BillingInterval> billingIntervalFromKey(const QString &key)
{
    if (key == QLatin1String("monthly"))
        return BillingInterval::Monthly;
    if (key == QLatin1String("annual"))
        return BillingInterval::Annual;
    return std::nullopt;
}

QDate BillingCycle::startOf(int index) const
{
    // QDate::addMonths/addYears clamp to the end of a short month; counting each cycle from
    // the anchor keeps day 31 from drifting to 28 after February.
    return m_interval == BillingInterval::Monthly ? m_anchor.addMonths(index)
                                                  : m_anchor.addYears(index);
}

CycleRange BillingCycle::cycleContaining(QDate day) const
{
    if (!m_anchor.isValid() || !day.isValid() || day < m_anchor)
        return {};
    int index = 0;
    if (m_interval == BillingInterval::Monthly) {
        index = (day.year() - m_anchor.year()) * 12 + (day.month() - m_anchor.month());
    } else {
        index = day.year() - m_anchor.year();
    }
    // The estimate can be one too high (day before the anchor's day of month) or, after
    // clamping, exactly right; settle it against the real boundaries.
    index = std::max(index, 0);
    while (index > 0 && startOf(index) > day)
        --index;
    while (startOf(index + 1) <= day)
        ++index;
    return {startOf(index), startOf(index + 1)};
}

} // namespace Tierline
