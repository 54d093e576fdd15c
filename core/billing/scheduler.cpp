// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "autoupgrade.h"
#include "calendar/clock.h"
#include "campaigns.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "ledger.h"
#include "planplanner.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "subscriptions/subscriptions.h"
#include "usage/usageservice.h"

#include <QLocale>

namespace Tierline {

namespace {

const QString appliedThroughKey = QStringLiteral("scheduler.applied_through");

} // namespace

QDate Scheduler::todayOf() const
{
    return m_clock.today();
}

QDate Scheduler::appliedThrough() const
{
    const auto value = m_database.meta(appliedThroughKey);
    return value ? SqlValues::toDate(*value) : QDate();
}

Status Scheduler::checkClockNotBehind() const
{
    const QDate through = appliedThrough();
    if (through.isValid() && m_clock.today() < through) {
        return Error::refused(
            tr("Billing has already been applied through %2, so nothing can be changed as of "
               "%1, an earlier day.")
                .arg(formatDate(m_clock.today()), formatDate(through)));
    }
    return Done {};
}

Result<int> Scheduler::runUntil(QDate day, QList<qint64> *changed) const
{
    auto due = m_database.run(
        QStringLiteral("SELECT account_id FROM campaigns WHERE next_event_on <= ? "
                       "UNION SELECT id FROM accounts "
                       "WHERE plan_paid_until IS NULL OR plan_paid_until <= ? ORDER BY 1"),
        {SqlValues::fromDate(day), SqlValues::fromDate(day)});
    if (!due)
        return due.error();
    QList<qint64> accounts;
    while (due->next())
        accounts.append(due->value(0).toLongLong());
    due->finish(); // no read may stay open while this connection writes

    int applied = 0;
    for (const qint64 accountId : std::as_const(accounts)) {
        int appliedHere = 0;
        for (;;) {
            const auto step = applyNextEvent(accountId, day);
            if (!step) {
                if (changed && appliedHere > 0)
                    changed->append(accountId); // its earlier events are committed
                return step.error();
            }
            if (!*step)
                break;
            ++appliedHere;
        }
        applied += appliedHere;
        if (changed && appliedHere > 0)
            changed->append(accountId);
    }
    if (const auto switched =
            ContactService(m_database, m_catalog).applyDueMarketingSwitches(day, changed);
        !switched)
        return switched.error();
    // H5: the prorated difference of yesterday's automatic upgrades.
    if (const auto charged = AutoUpgrades(m_database, m_catalog).chargeDue(day, changed); !charged)
        return charged.error();

    if (!appliedThrough().isValid() || appliedThrough() < day) {
        // H2, H3: one usage point per account for the day passed, and its thresholds.
        if (const Status recorded = UsageService(m_database, m_catalog).recordDayForAll(day);
            !recorded)
            return recorded.error();
        WriteTransaction transaction(m_database);
        if (!transaction.isOpen())
            return transaction.error();
        const auto stored =
            m_database.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                          "WHERE excluded.value > meta.value"),
                           {appliedThroughKey, SqlValues::fromDate(day)});
        if (!stored)
            return stored.error();
        if (const Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return applied;
}

Result<bool> Scheduler::applyNextEvent(qint64 accountId, QDate day) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    // Re-read under the write lock: another process may have applied this event already.
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    // The plan's own cycle (A2) and Campaigns' events, earliest first; the plan on a tie.
    const QDate planDue = account->planPaidUntil.isValid() ? account->planPaidUntil : day;
    const QDate campaignsDue = account->campaigns.nextEventOn();
    const bool campaignsFirst = campaignsDue.isValid() && campaignsDue < planDue;
    const QDate due = campaignsFirst ? campaignsDue : planDue;
    if (due > day)
        return false;

    const Status applied = !campaignsFirst                    ? applyPlanRenewal(*account, day)
        : account->campaigns.status == CampaignsStatus::Trial ? applyTrialEnd(*account)
                                                              : applyCycleEnd(*account);
    if (!applied)
        return applied.error();
    // Z1: the periods change on the day the event fell due, however late it is applied.
    if (const Status synced =
            SubscriptionService(m_database, m_catalog).syncBilling(accountId, due);
        !synced)
        return synced.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

Status Scheduler::applyPlanRenewal(const Account &account, QDate day) const
{
    Account next = account;
    if (!account.planPaidUntil.isValid()) {
        // An account from before plan billing: its current cycle counts as paid.
        next.planPaidUntil = PlanPlanner::cycleOn(account, day).end;
        return AccountStore(m_database).savePlan(next);
    }

    const QDate start = account.planPaidUntil;
    const QDateTime at(start, QTime(0, 0));
    QVariantMap details;
    if (next.scheduledSeats) {
        details.insert(QStringLiteral("seats_from"), next.seats);
        next.seats = *next.scheduledSeats;
        next.scheduledSeats.reset();
    }
    const auto price = PlanPlanner(m_catalog).cyclePrice(next);
    if (!price)
        return Error::storage(tr("The catalog cannot price the plan of account %1: %2")
                                  .arg(account.id)
                                  .arg(price.error().message));
    LedgerEntry charge;
    charge.accountId = account.id;
    charge.date = start;
    charge.reason = LedgerReason::PlanRenewal;
    charge.amount = *price;
    charge.currency = account.currency;
    charge.item = QStringLiteral("plan:") + next.plan;
    charge.period = PlanPlanner::cycleOn(next, start);
    charge.eventKey = QStringLiteral("plan-renewal:") + start.toString(Qt::ISODate);
    if (const Status added = Ledger(m_database).append(charge); !added)
        return added;
    next.planPaidUntil = charge.period.end;
    if (const Status saved = AccountStore(m_database).savePlan(next); !saved)
        return saved;
    details.insert(QStringLiteral("plan"), next.plan);
    details.insert(QStringLiteral("seats"), next.seats);
    details.insert(QStringLiteral("addons"), next.addons.join(QLatin1Char(',')));
    details.insert(QStringLiteral("charge"), *price);
    return AuditLog(m_database).record(at, 0, account.id, QStringLiteral("plan.renewal"), details);
}

Status Scheduler::applyTrialEnd(const Account &account) const
{
    CampaignsState next = account.campaigns;
    const QDate day = next.trialEnd;
    const AuditLog audit(m_database);
    const bool converts = next.review == ReviewState::Approved && !next.cancelOn.isValid();

    if (!converts) {
        // P3: without an approved review the add-on stops; contacts and history stay.
        const QString why = next.cancelOn.isValid()
            ? QStringLiteral("cancelled")
            : QStringLiteral("review_") + reviewStateKey(next.review);
        next.status = CampaignsStatus::Stopped;
        next.scheduledTier.reset();
        next.cancelOn = {};
        if (const Status saved = AccountStore(m_database).saveCampaigns(account.id, next); !saved)
            return saved;
        return audit.record(QDateTime(day, QTime(0, 0)), 0, account.id,
                            QStringLiteral("trial.stop"), {{QStringLiteral("reason"), why}});
    }

    next.status = CampaignsStatus::Active;
    next.tier = next.scheduledTier.value_or(m_catalog.minTier());
    next.scheduledTier.reset();
    next.anchor = day;
    next.cycle = BillingCycle(day, account.interval).cycleContaining(day);
    return chargeCycle(account, next, LedgerReason::TrialConversion,
                       QStringLiteral("trial-conversion"), QStringLiteral("trial.convert"));
}

Status Scheduler::applyCycleEnd(const Account &account) const
{
    CampaignsState next = account.campaigns;
    const QDate day = next.cycle.end;
    const AuditLog audit(m_database);
    const QDateTime at(day, QTime(0, 0));

    if (next.cancelOn.isValid() && next.cancelOn <= day) {
        next.status = CampaignsStatus::Cancelled;
        next.scheduledTier.reset();
        if (const Status saved = AccountStore(m_database).saveCampaigns(account.id, next); !saved)
            return saved;
        return audit.record(at, 0, account.id, QStringLiteral("cancel.apply"),
                            {{QStringLiteral("tier"), next.tier}});
    }

    if (next.scheduledTier) {
        const int from = next.tier;
        next.tier = *next.scheduledTier;
        next.scheduledTier.reset();
        if (const Status logged =
                audit.record(at, 0, account.id, QStringLiteral("downgrade.apply"),
                             {{QStringLiteral("from"), from}, {QStringLiteral("to"), next.tier}});
            !logged)
            return logged;
    }
    next.cycle = BillingCycle(next.anchor, account.interval).cycleContaining(day);
    return chargeCycle(account, next, LedgerReason::Renewal, QStringLiteral("renewal"),
                       QStringLiteral("renewal"));
}

Status Scheduler::chargeCycle(const Account &account, const CampaignsState &next,
                              LedgerReason reason, const QString &eventName,
                              const QString &auditAction) const
{
    const QDate day = next.cycle.start;
    const auto price = m_catalog.campaignsPrice(account.currency, account.interval, next.tier);
    if (!price)
        return Error::storage(
            tr("The catalog has no Campaigns price for account %1.").arg(account.id));

    LedgerEntry charge;
    charge.accountId = account.id;
    charge.date = day;
    charge.reason = reason;
    charge.amount = *price;
    charge.currency = account.currency;
    charge.tier = next.tier;
    charge.period = next.cycle;
    // One key per account and day: the ledger refuses a second charge for the same event.
    charge.eventKey = eventName + QLatin1Char(':') + day.toString(Qt::ISODate);
    if (const Status added = Ledger(m_database).append(charge); !added)
        return added;
    if (const Status saved = AccountStore(m_database).saveCampaigns(account.id, next); !saved)
        return saved;
    const auto promoted = ContactService(m_database, m_catalog).promotePending(account.id);
    if (!promoted)
        return promoted.error();
    return AuditLog(m_database)
        .record(QDateTime(day, QTime(0, 0)), 0, account.id, auditAction,
                {{QStringLiteral("tier"), next.tier},
                 {QStringLiteral("charge"), *price},
                 {QStringLiteral("promoted"), *promoted}});
}

} // namespace Tierline
