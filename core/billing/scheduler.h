// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Tierline {

class Catalog;
struct CampaignsState;
enum class LedgerReason;
class Clock;
class Database;
struct Account;

/**
 * Applies billing events as the clock reaches them (X3): trial ends (conversion or stop),
 * renewals with their scheduled downgrades, and cancellations. Each event is applied in its
 * own transaction after re-reading the account, on the day it fell due (catching up a month
 * late bills the same lines as running daily), and exactly once: running the same day twice
 * changes nothing, and the ledger's unique event keys stop a second charge even from another
 * process.
 */
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::Scheduler)

public:
    Scheduler(const Database &database, const Catalog &catalog, const Clock &clock)
        : m_database(database)
        , m_catalog(catalog)
        , m_clock(clock)
    {
    }

    /**
     * Applies every event due on or before day; returns how many were applied. When changed
     * is given, it receives each account an event was applied to, once.
     */
    Result<int> runUntil(QDate day, QList<qint64> *changed = nullptr) const;
    /** runUntil(today). */
    Result<int> catchUp(QList<qint64> *changed = nullptr) const
    {
        return runUntil(todayOf(), changed);
    }

    /** The last day the scheduler has run through; invalid on a new database. */
    QDate appliedThrough() const;

    /**
     * Refuses work dated before the last applied day: billing that far back would rewrite
     * cycles that are already charged.
     */
    Status checkClockNotBehind() const;

private:
    QDate todayOf() const;
    /** Applies the next due event of one account if it is due by day; false when none was. */
    Result<bool> applyNextEvent(qint64 accountId, QDate day) const;
    /** Bills the next plan cycle, or takes over an account billed before Tierline did (A2). */
    Status applyPlanRenewal(const Account &account, QDate day) const;
    Status applyTrialEnd(const Account &account) const;
    Status applyCycleEnd(const Account &account) const;
    /** Bills the cycle that next starts, saves next, promotes waiting contacts, audits. */
    Status chargeCycle(const Account &account, const CampaignsState &next, LedgerReason reason,
                       const QString &eventName, const QString &auditAction) const;

    const Database &m_database;
    const Catalog &m_catalog;
    const Clock &m_clock;
};

} // namespace Tierline
