// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Tierline {

class Catalog;
class Database;

/** An automatic upgrade (H5) and the prorated lines it books the next day. */
struct AutoUpgrade
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDate changedOn; ///< the day the tier rose
    QDate chargeOn; ///< the day the scheduler books credit and charge (the next day)
    int fromTier = 0;
    int toTier = 0;
    qint64 credit = 0; ///< part(old price), minor units, a magnitude
    qint64 charge = 0; ///< part(new price), minor units
    QString currency;
    bool charged = false;
};

/**
 * The auto-upgrade overage policy (H5). When marketing contacts arrive beyond the tier of an
 * account with that policy, the tier rises at once to the smallest tier that holds them (at
 * most the catalog's largest), so that they are Subscribed, and the change is priced exactly
 * as TierChangePlanner quotes an upgrade on that day (P6). The credit and charge are booked
 * the next day by the scheduler, each line with a unique event key. The tier never drops
 * before renewal: deleting or archiving contacts only frees room.
 */
class AutoUpgrades
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::AutoUpgrades)

public:
    AutoUpgrades(const Database &database, const Catalog &catalog)
        : m_database(database)
        , m_catalog(catalog)
    {
    }

    /**
     * Makes room for `needed` Subscribed marketing contacts on `day` if the account's policy
     * is auto-upgrade and its paid Campaigns is not being cancelled: first by withdrawing (or
     * raising) a booked downgrade, then by upgrading. Runs inside the caller's transaction.
     * Returns whether the limit grew; false for a hold account, during a trial, or at the
     * largest tier.
     */
    Result<bool> makeRoom(qint64 accountId, qint64 needed, QDate day) const;

    /**
     * Books every auto-upgrade due on or before day, each in its own transaction, exactly
     * once. Returns how many were booked; changed receives the accounts booked.
     */
    Result<int> chargeDue(QDate day, QList<qint64> *changed = nullptr) const;

    /** The account's auto-upgrades, newest first. */
    Result<QList<AutoUpgrade>> list(qint64 accountId) const;

private:
    Status bookOne(qint64 upgradeId) const;

    const Database &m_database;
    const Catalog &m_catalog;
};

} // namespace Tierline
