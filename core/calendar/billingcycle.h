// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Tierline {

/** How often an account is billed (X5). */
enum class BillingInterval { Monthly, Annual };

QString billingIntervalKey(BillingInterval interval); ///< "monthly" or "annual"
std::optional<BillingInterval> billingIntervalFromKey(const QString &key);

/**
 * One billing cycle, the half-open range [start, end): start is the first billed day, end
 * the first day of the next cycle.
 */
struct CycleRange
{
    QDate start;
    QDate end;

    qint64 days() const { return start.daysTo(end); }
    bool contains(QDate day) const { return day >= start && day < end; }
    bool operator==(const CycleRange &) const = default;
};

/**
 * Billing cycles anchored on the purchase day (X5). Cycle n starts on anchor + n months (or
 * years), each counted from the anchor itself, so an anchor on the 31st gives 28/29 Feb and
 * 30 Apr, and the 31st again in March: the clamping never drifts.
 */
class BillingCycle
{
public:
    BillingCycle(QDate anchor, BillingInterval interval)
        : m_anchor(anchor)
        , m_interval(interval)
    {
    }

    QDate anchor() const { return m_anchor; }
    BillingInterval interval() const { return m_interval; }

    /** Start of the cycle with the given index; index 0 starts on the anchor. */
    QDate startOf(int index) const;
    /** The cycle containing day; a day before the anchor belongs to no cycle (invalid range). */
    CycleRange cycleContaining(QDate day) const;

private:
    QDate m_anchor;
    BillingInterval m_interval;
};

} // namespace Tierline
