// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/billingcycle.h"

#include <QDate>

namespace Tierline {

struct Account;

/**
 * H4: the days on which marketing contacts are counted afresh. A switch to non-marketing
 * takes effect on the next update date; until then the contact still counts.
 *
 * Monthly billing: every renewal date (the cycle starts). Annual billing: the 1st of every
 * month and the renewal date. Seed 003: with the update date on 1 May, a contact set to
 * non-marketing on 15 May still counts until 1 June.
 */
class UpdateDates
{
public:
    explicit UpdateDates(BillingCycle cycle)
        : m_cycle(cycle)
    {
    }
    /** The cycle of the account's Campaigns purchase, else of the account itself. */
    static UpdateDates forAccount(const Account &account);

    /** Whether `day` is an update date. */
    bool isUpdateDate(QDate day) const;
    /** The first update date strictly after `day` (a switch made on an update date waits). */
    QDate nextAfter(QDate day) const;

private:
    BillingCycle m_cycle;
};

} // namespace Tierline
