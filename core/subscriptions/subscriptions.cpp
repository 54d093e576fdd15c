// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptions.h"

#include "billing/campaigns.h"
#include "billing/ledger.h"
#include "billing/planplanner.h"
#include "catalog/catalog.h"
#include "money/money.h"
#include "storage/database.h"
#include "storage/enumkeys.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace Tierline {

namespace {

constexpr std::pair<SubscriptionInterval, const char *> intervalKeys[] = {
    {SubscriptionInterval::Monthly, "monthly"},
    {SubscriptionInterval::Quarterly, "quarterly"},
    {SubscriptionInterval::Annual, "annual"},
};

constexpr std::pair<PeriodSource, const char *> sourceKeys[] = {
    {PeriodSource::Billing, "billing"},
    {PeriodSource::Manual, "manual"},
};

const QString periodColumns =
    QStringLiteral("id, account_id, source, currency, amount, billing_interval, monthly_rate, "
                   "start_on, end_on, note, version");

SubscriptionInterval fromBilling(BillingInterval interval)
{
    return interval == BillingInterval::Monthly ? SubscriptionInterval::Monthly
                                                : SubscriptionInterval::Annual;
}

/** One stretch of the billed amount from a day on, as the account's state implies it. */
struct Segment
{
    QDate start;
    qint64 amount = 0; ///< per billing interval
};

/** The note column is NOT NULL; a null QString would bind as NULL. */
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString subscriptionIntervalKey(SubscriptionInterval interval)
{
    return EnumKeys::keyOf(interval, intervalKeys);
}

std::optional<SubscriptionInterval> subscriptionIntervalFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, intervalKeys);
}

int monthsIn(SubscriptionInterval interval)
{
    switch (interval) {
    case SubscriptionInterval::Monthly:
        return 1;
    case SubscriptionInterval::Quarterly:
        return 3;
    case SubscriptionInterval::Annual:
        return 12;
    }
    return 1;
}

qint64 monthlyRateOf(qint64 amount, SubscriptionInterval interval)
{
    return mulDivRoundHalfUp(amount, 1, monthsIn(interval));
}

QString SubscriptionService::intervalName(SubscriptionInterval interval)
{
    switch (interval) {
    case SubscriptionInterval::Monthly:
        return tr("monthly");
    case SubscriptionInterval::Quarterly:
        return tr("quarterly");
    case SubscriptionInterval::Annual:
        return tr("annual");
    }
    return {};
}

bool SubscriptionService::canManageDeals(const User &user)
{
    return user.role != Role::Reviewer && user.role != Role::Ops;
}

Status SubscriptionService::refuseUnlessAllowed(const User &actor) const
{
    if (canManageDeals(actor))
        return Done {};
    return Error::forbidden(tr("%1 is a %2 and cannot enter subscription deals; ask the account's "
                               "owner or a sales rep.")
                                .arg(actor.name, PermissionText::roleInSentence(actor.role)));
}

Result<QList<SubscriptionPeriod>> SubscriptionService::query(const QString &where,
                                                             const QVariantList &values) const
{
    auto rows = m_database.run(QStringLiteral("SELECT ") + periodColumns
                                   + QStringLiteral(" FROM subscription_periods ") + where
                                   + QStringLiteral(" ORDER BY start_on, id"),
                               values);
    if (!rows)
        return rows.error();
    QList<SubscriptionPeriod> periods;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        SubscriptionPeriod p;
        p.id = q.value(0).toLongLong();
        p.accountId = q.value(1).toLongLong();
        p.source =
            EnumKeys::fromKey(q.value(2).toString(), sourceKeys).value_or(PeriodSource::Manual);
        p.currency = q.value(3).toString();
        p.amount = q.value(4).toLongLong();
        p.interval = subscriptionIntervalFromKey(q.value(5).toString())
                         .value_or(SubscriptionInterval::Monthly);
        p.monthlyRate = q.value(6).toLongLong();
        p.start = SqlValues::toDate(q.value(7));
        p.end = SqlValues::toDate(q.value(8));
        p.note = q.value(9).toString();
        p.version = q.value(10).toLongLong();
        periods.append(p);
    }
    return periods;
}

Result<QList<SubscriptionPeriod>> SubscriptionService::periods(qint64 accountId) const
{
    return query(QStringLiteral("WHERE account_id = ?"), {accountId});
}

Result<SubscriptionPeriod> SubscriptionService::period(qint64 periodId) const
{
    const auto found = query(QStringLiteral("WHERE id = ?"), {periodId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::badInput(tr("There is no subscription period %1.").arg(periodId));
    return found->constFirst();
}

Result<qint64> SubscriptionService::insert(const SubscriptionPeriod &p, qint64 createdBy) const
{
    const auto id = m_database.scalar(
        QStringLiteral("INSERT INTO subscription_periods (account_id, source, currency, amount, "
                       "billing_interval, monthly_rate, start_on, end_on, note, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.accountId, EnumKeys::keyOf(p.source, sourceKeys), p.currency, p.amount,
         subscriptionIntervalKey(p.interval), monthlyRateOf(p.amount, p.interval),
         SqlValues::fromDate(p.start), SqlValues::fromDate(p.end), nonNull(p.note),
         createdBy > 0 ? QVariant(createdBy) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> SubscriptionService::billedMonthlyRate(qint64 accountId) const
{
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    const auto plan = PlanPlanner(m_catalog).cyclePrice(*account);
    if (!plan)
        return plan.error();
    qint64 amount = *plan;
    if (account->campaigns.status == CampaignsStatus::Active)
        amount +=
            m_catalog.campaignsPrice(account->currency, account->interval, account->campaigns.tier)
                .value_or(0);
    return monthlyRateOf(amount, fromBilling(account->interval));
}

Status SubscriptionService::syncBilling(qint64 accountId, QDate day) const
{
    const auto fromBillingFlag = m_database.scalar(
        QStringLiteral("SELECT subscription_from_billing FROM accounts WHERE id = ?"), {accountId});
    if (!fromBillingFlag)
        return fromBillingFlag.error();
    if (fromBillingFlag->toInt() == 0)
        return Done {};
    const auto loaded = AccountStore(m_database).load(accountId);
    if (!loaded)
        return loaded.error();
    const Account &a = *loaded;
    const CampaignsState &c = a.campaigns;
    const PlanPlanner planner(m_catalog);

    // What each part costs per cycle now, and the days the state says it will change.
    auto planAmount = [&](int seats) -> Result<qint64> {
        return planner.cyclePrice(a, a.plan, seats, a.addons);
    };
    auto campaignsAmount = [&](int tier) -> qint64 {
        return m_catalog.campaignsPrice(a.currency, a.interval, tier).value_or(0);
    };
    const auto planNow = planAmount(a.seats);
    if (!planNow)
        return planNow.error();
    qint64 plan = *planNow;
    qint64 campaigns = c.status == CampaignsStatus::Active ? campaignsAmount(c.tier) : 0;
    std::map<QDate, std::pair<std::optional<qint64>, std::optional<qint64>>> changes;
    if (a.scheduledSeats) {
        const QDate next = a.planPaidUntil.isValid() && a.planPaidUntil > day
            ? a.planPaidUntil
            : PlanPlanner::cycleOn(a, day).end;
        const auto reduced = planAmount(*a.scheduledSeats);
        if (!reduced)
            return reduced.error();
        changes[next].first = *reduced;
    }
    if (c.status == CampaignsStatus::Active) {
        if (c.cancelOn.isValid())
            changes[c.cancelOn].second = 0;
        else if (c.scheduledTier)
            changes[c.cycle.end].second = campaignsAmount(*c.scheduledTier);
    } else if (c.status == CampaignsStatus::Trial && c.review == ReviewState::Approved
               && !c.cancelOn.isValid()) {
        changes[c.trialEnd].second = campaignsAmount(c.scheduledTier.value_or(m_catalog.minTier()));
    }
    QList<Segment> segments;
    auto addSegment = [&](QDate start) {
        const qint64 amount = plan + campaigns;
        if (!segments.isEmpty() && segments.constLast().amount == amount)
            return;
        if (!segments.isEmpty() && segments.constLast().start == start)
            segments.last().amount = amount;
        else
            segments.append({start, amount});
    };
    // Changes due by day already hold on day (they rewrite its segment); later ones each start
    // a segment of their own.
    addSegment(day);
    for (const auto &[when, change] : changes) {
        if (change.first)
            plan = *change.first;
        if (change.second)
            campaigns = *change.second;
        addSegment(std::max(when, day));
    }

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto existing =
        query(QStringLiteral("WHERE account_id = ? AND source = 'billing'"), {accountId});
    if (!existing)
        return existing.error();
    if (const auto forecasts = m_database.run(
            QStringLiteral("DELETE FROM subscription_periods WHERE account_id = ? AND "
                           "source = 'billing' AND start_on >= ?"),
            {accountId, SqlValues::fromDate(day)});
        !forecasts)
        return forecasts.error();

    bool hasHistory = false;
    const SubscriptionInterval interval = fromBilling(a.interval);
    for (const SubscriptionPeriod &p : *existing) {
        if (p.start >= day)
            continue;
        hasHistory = true;
        if (!p.activeOn(day))
            continue;
        // The period running on day: it goes on if the amount stays, else ends the day before.
        QDate end = day.addDays(-1);
        if (!segments.isEmpty() && p.amount == segments.constFirst().amount
            && p.interval == interval) {
            end = segments.size() > 1 ? segments.at(1).start.addDays(-1) : QDate();
            segments.removeFirst();
        }
        if (const auto closed = m_database.run(
                QStringLiteral("UPDATE subscription_periods SET end_on = ?, version = version + 1 "
                               "WHERE id = ?"),
                {SqlValues::fromDate(end), p.id});
            !closed)
            return closed.error();
    }
    // The first billing period of an account: it has paid its plan since it was opened.
    if (!hasHistory && !segments.isEmpty() && a.createdOn.isValid() && a.createdOn < day
        && segments.constFirst().start == day)
        segments.first().start = a.createdOn;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments.at(i).amount <= 0)
            continue;
        SubscriptionPeriod p;
        p.accountId = accountId;
        p.source = PeriodSource::Billing;
        p.currency = a.currency;
        p.amount = segments.at(i).amount;
        p.interval = interval;
        p.start = segments.at(i).start;
        if (i + 1 < segments.size())
            p.end = segments.at(i + 1).start.addDays(-1);
        if (const auto added = insert(p, 0); !added)
            return added.error();
    }
    return transaction.commit();
}

Status SubscriptionService::checkDeal(const DealInput &deal)
{
    if (deal.amount <= 0)
        return Error::badInput(tr("A deal needs an amount above zero."));
    if (!deal.start.isValid())
        return Error::badInput(tr("A deal needs a start date."));
    if (deal.end.isValid() && deal.end < deal.start)
        return Error::badInput(
            tr("The deal ends on %1, before it starts on %2.")
                .arg(deal.end.toString(Qt::ISODate), deal.start.toString(Qt::ISODate)));
    return Done {};
}

namespace {

QVariantMap dealDetails(const DealInput &deal)
{
    return {{QStringLiteral("amount"), deal.amount},
            {QStringLiteral("interval"), subscriptionIntervalKey(deal.interval)},
            {QStringLiteral("start"), deal.start.toString(Qt::ISODate)},
            {QStringLiteral("end"),
             deal.end.isValid() ? deal.end.toString(Qt::ISODate) : QStringLiteral("open")}};
}

} // namespace

Result<qint64> SubscriptionService::addDeal(const User &actor, qint64 accountId,
                                            const DealInput &deal, const QDateTime &at) const
{
    if (const Status allowed = refuseUnlessAllowed(actor); !allowed)
        return allowed.error();
    if (const Status valid = checkDeal(deal); !valid)
        return valid.error();
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    SubscriptionPeriod p;
    p.accountId = accountId;
    p.source = PeriodSource::Manual;
    p.currency = account->currency;
    p.amount = deal.amount;
    p.interval = deal.interval;
    p.start = deal.start;
    p.end = deal.end;
    p.note = deal.note;
    const auto id = insert(p, actor.id);
    if (!id)
        return id.error();
    QVariantMap details = dealDetails(deal);
    details.insert(QStringLiteral("deal"), *id);
    if (const Status logged =
            AuditLog(m_database)
                .record(at, actor.id, accountId, QStringLiteral("deal.add"), details);
        !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Result<SubscriptionPeriod> SubscriptionService::dealToChange(const User &actor,
                                                             qint64 periodId) const
{
    if (const Status allowed = refuseUnlessAllowed(actor); !allowed)
        return allowed.error();
    const auto old = period(periodId);
    if (!old)
        return old.error();
    if (old->source != PeriodSource::Manual)
        return Error::refused(tr("Billing writes this period itself; change the plan or the "
                                 "Campaigns tier instead, or add a deal."));
    return old;
}

Status SubscriptionService::editDeal(const User &actor, qint64 periodId, const DealInput &deal,
                                     const QDateTime &at,
                                     std::optional<qint64> expectedVersion) const
{
    if (const Status valid = checkDeal(deal); !valid)
        return valid;
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto old = dealToChange(actor, periodId);
    if (!old)
        return old.error();
    if (expectedVersion && *expectedVersion != old->version)
        return Error::conflict(tr("Someone else changed this deal since you opened it. Look at "
                                  "it again and repeat your change."));
    const auto saved = m_database.run(
        QStringLiteral("UPDATE subscription_periods SET amount = ?, billing_interval = ?, "
                       "monthly_rate = ?, start_on = ?, end_on = ?, note = ?, "
                       "version = version + 1 WHERE id = ?"),
        {deal.amount, subscriptionIntervalKey(deal.interval),
         monthlyRateOf(deal.amount, deal.interval), SqlValues::fromDate(deal.start),
         SqlValues::fromDate(deal.end), nonNull(deal.note), periodId});
    if (!saved)
        return saved.error();
    QVariantMap details = dealDetails(deal);
    details.insert(QStringLiteral("deal"), periodId);
    if (const Status logged =
            AuditLog(m_database)
                .record(at, actor.id, old->accountId, QStringLiteral("deal.edit"), details);
        !logged)
        return logged;
    return transaction.commit();
}

Status SubscriptionService::removeDeal(const User &actor, qint64 periodId,
                                       const QDateTime &at) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto old = dealToChange(actor, periodId);
    if (!old)
        return old.error();
    if (const auto removed = m_database.run(
            QStringLiteral("DELETE FROM subscription_periods WHERE id = ?"), {periodId});
        !removed)
        return removed.error();
    if (const Status logged =
            AuditLog(m_database)
                .record(at, actor.id, old->accountId, QStringLiteral("deal.remove"),
                        {{QStringLiteral("deal"), periodId}});
        !logged)
        return logged;
    return transaction.commit();
}

qint64 SubscriptionService::rateOn(const QList<SubscriptionPeriod> &periods, QDate day)
{
    qint64 rate = 0;
    for (const SubscriptionPeriod &p : periods) {
        if (p.activeOn(day))
            rate += p.monthlyRate;
    }
    return rate;
}

Result<SubscriptionSummary> SubscriptionService::summary(qint64 accountId, QDate day) const
{
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    const auto all = periods(accountId);
    if (!all)
        return all.error();
    SubscriptionSummary s;
    s.currency = account->currency;
    s.currentRate = rateOn(*all, day);
    // The days after `day` on which the rate can change: starts, and the days after ends.
    QList<QDate> changes;
    for (const SubscriptionPeriod &p : *all) {
        if (p.start > day)
            changes.append(p.start);
        if (!p.isOpen() && p.end >= day)
            changes.append(p.end.addDays(1));
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    // A change point where the sum stays the same is no change for the customer.
    QList<QDate> real;
    qint64 previous = s.currentRate;
    for (const QDate &d : std::as_const(changes)) {
        const qint64 rate = rateOn(*all, d);
        if (rate != previous)
            real.append(d);
        previous = rate;
    }
    if (!real.isEmpty()) {
        if (s.currentRate > 0)
            s.currentEnd = real.constFirst().addDays(-1);
        s.hasUpcoming = true;
        s.upcomingStart = real.constFirst();
        s.upcomingRate = rateOn(*all, s.upcomingStart);
        if (real.size() > 1)
            s.upcomingEnd = real.at(1).addDays(-1);
    }
    return s;
}

} // namespace Tierline
