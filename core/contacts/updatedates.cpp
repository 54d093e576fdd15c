// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatedates.h"

#include "billing/campaigns.h"

namespace Tierline {

UpdateDates UpdateDates::forAccount(const Account &account)
{
    const QDate anchor =
        account.campaigns.anchor.isValid() ? account.campaigns.anchor : account.createdOn;
    return UpdateDates(BillingCycle(anchor, account.interval));
}

bool UpdateDates::isUpdateDate(QDate day) const
{
    if (!day.isValid() || day < m_cycle.anchor())
        return false;
    if (m_cycle.interval() == BillingInterval::Annual && day.day() == 1)
        return true;
    return m_cycle.cycleContaining(day).start == day;
}

QDate UpdateDates::nextAfter(QDate day) const
{
    if (day < m_cycle.anchor())
        return m_cycle.anchor();
    const QDate renewal = m_cycle.cycleContaining(day).end;
    if (m_cycle.interval() == BillingInterval::Monthly)
        return renewal;
    const QDate firstOfNextMonth = QDate(day.year(), day.month(), 1).addMonths(1);
    return std::min(renewal, firstOfNextMonth);
}

} // namespace Tierline
