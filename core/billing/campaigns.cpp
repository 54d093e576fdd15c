// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns.h"

#include "storage/database.h"
#include "storage/enumkeys.h"
#include "storage/sqlvalues.h"

namespace Tierline {

using EnumKeys::fromKey;
using EnumKeys::keyOf;

namespace {

constexpr std::pair<CampaignsStatus, const char *> statusKeys[] = {
    {CampaignsStatus::None, "none"},           {CampaignsStatus::Trial, "trial"},
    {CampaignsStatus::Active, "active"},       {CampaignsStatus::Stopped, "stopped"},
    {CampaignsStatus::Cancelled, "cancelled"},
};

constexpr std::pair<ReviewState, const char *> reviewKeys[] = {
    {ReviewState::NotRequested, "not_requested"},
    {ReviewState::Pending, "pending"},
    {ReviewState::Approved, "approved"},
    {ReviewState::Rejected, "rejected"},
};

constexpr std::pair<OveragePolicy, const char *> overageKeys[] = {
    {OveragePolicy::Hold, "hold"},
    {OveragePolicy::AutoUpgrade, "auto_upgrade"},
};

const QString accountColumns = QStringLiteral(
    "a.id, a.name, a.owner_id, u.name, a.plan, a.product, a.currency, a.billing_interval, "
    "a.seats, a.created_on, a.overage_policy, a.version, c.status, c.tier, c.scheduled_tier, "
    "c.trial_start, c.trial_end, c.anchor_on, c.cycle_start, c.cycle_end, c.cancel_on, "
    "c.review_state, c.review_expedited, a.plan_paid_until, a.scheduled_seats");

} // namespace

QString campaignsStatusKey(CampaignsStatus status)
{
    return keyOf(status, statusKeys);
}

std::optional<CampaignsStatus> campaignsStatusFromKey(const QString &key)
{
    return fromKey(key, statusKeys);
}

QString reviewStateKey(ReviewState state)
{
    return keyOf(state, reviewKeys);
}

std::optional<ReviewState> reviewStateFromKey(const QString &key)
{
    return fromKey(key, reviewKeys);
}

QString overagePolicyKey(OveragePolicy policy)
{
    return keyOf(policy, overageKeys);
}

std::optional<OveragePolicy> overagePolicyFromKey(const QString &key)
{
    return fromKey(key, overageKeys);
}

QDate CampaignsState::nextEventOn() const
{
    switch (status) {
    case CampaignsStatus::Trial:
        return trialEnd;
    case CampaignsStatus::Active:
        // Renewal, a scheduled downgrade and a cancellation all fall on the cycle end.
        return cycle.end;
    case CampaignsStatus::None:
    case CampaignsStatus::Stopped:
    case CampaignsStatus::Cancelled:
        break;
    }
    return {};
}

int CampaignsState::subscriberLimit(int trialCap) const
{
    switch (status) {
    case CampaignsStatus::Trial:
        return trialCap;
    case CampaignsStatus::Active:
        return scheduledTier ? std::min(tier, *scheduledTier) : tier;
    case CampaignsStatus::None:
    case CampaignsStatus::Stopped:
    case CampaignsStatus::Cancelled:
        break;
    }
    return 0;
}

int CampaignsState::trialDaysLeft(QDate today) const
{
    if (status != CampaignsStatus::Trial || today >= trialEnd)
        return 0;
    return int(today.daysTo(trialEnd));
}

Result<QList<Account>> AccountStore::query(const QString &where, const QVariantList &values) const
{
    auto rows = m_database.run(QStringLiteral("SELECT ") + accountColumns
                                   + QStringLiteral(" FROM accounts a "
                                                    "JOIN campaigns c ON c.account_id = a.id "
                                                    "LEFT JOIN users u ON u.id = a.owner_id ")
                                   + where + QStringLiteral(" ORDER BY a.id"),
                               values);
    if (!rows)
        return rows.error();
    QList<Account> accounts;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.ownerId = q.value(2).toLongLong();
        a.ownerName = q.value(3).toString();
        a.plan = q.value(4).toString();
        a.product = q.value(5).toString();
        a.currency = q.value(6).toString();
        a.interval =
            billingIntervalFromKey(q.value(7).toString()).value_or(BillingInterval::Monthly);
        a.seats = q.value(8).toInt();
        a.createdOn = SqlValues::toDate(q.value(9));
        a.overagePolicy =
            fromKey(q.value(10).toString(), overageKeys).value_or(OveragePolicy::Hold);
        a.version = q.value(11).toLongLong();
        CampaignsState &c = a.campaigns;
        c.status = campaignsStatusFromKey(q.value(12).toString()).value_or(CampaignsStatus::None);
        c.tier = q.value(13).toInt();
        if (!q.value(14).isNull())
            c.scheduledTier = q.value(14).toInt();
        c.trialStart = SqlValues::toDate(q.value(15));
        c.trialEnd = SqlValues::toDate(q.value(16));
        c.anchor = SqlValues::toDate(q.value(17));
        c.cycle = {SqlValues::toDate(q.value(18)), SqlValues::toDate(q.value(19))};
        c.cancelOn = SqlValues::toDate(q.value(20));
        c.review = reviewStateFromKey(q.value(21).toString()).value_or(ReviewState::NotRequested);
        c.reviewExpedited = q.value(22).toBool();
        a.planPaidUntil = SqlValues::toDate(q.value(23));
        if (!q.value(24).isNull())
            a.scheduledSeats = q.value(24).toInt();
        accounts.append(a);
    }
    q.finish();

    // Add-ons in one more query, not one per account.
    auto addons =
        m_database.run(QStringLiteral("SELECT x.account_id, x.addon FROM account_addons x "
                                      "JOIN accounts a ON a.id = x.account_id ")
                           + where + QStringLiteral(" ORDER BY x.account_id, x.addon"),
                       values);
    if (!addons)
        return addons.error();
    QHash<qint64, QStringList> byAccount;
    while (addons->next())
        byAccount[addons->value(0).toLongLong()].append(addons->value(1).toString());
    for (Account &a : accounts)
        a.addons = byAccount.value(a.id);
    return accounts;
}

Result<Account> AccountStore::load(qint64 accountId) const
{
    auto found = query(QStringLiteral("WHERE a.id = ?"), {accountId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::badInput(tr("There is no account %1.").arg(accountId));
    return found->constFirst();
}

Result<QList<Account>> AccountStore::loadAll() const
{
    return query({}, {});
}

Result<qint64> AccountStore::create(const Account &a) const
{
    const auto id = m_database.scalar(
        QStringLiteral("INSERT INTO accounts (name, owner_id, plan, product, currency, "
                       "billing_interval, seats, created_on, overage_policy, plan_paid_until) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.name, a.ownerId ? QVariant(a.ownerId) : SqlValues::null(), a.plan, a.product, a.currency,
         billingIntervalKey(a.interval), a.seats, SqlValues::fromDate(a.createdOn),
         overagePolicyKey(a.overagePolicy),
         // The first plan cycle is paid when the account is opened; renewals follow.
         SqlValues::fromDate(a.planCycles().cycleContaining(a.createdOn).end)});
    if (!id)
        return id.error();
    const qint64 accountId = id->toLongLong();
    const auto campaigns = m_database.run(
        QStringLiteral("INSERT INTO campaigns (account_id) VALUES (?)"), {accountId});
    if (!campaigns)
        return campaigns.error();
    return accountId;
}

Status AccountStore::savePlan(const Account &a) const
{
    const auto saved = m_database.run(
        QStringLiteral("UPDATE accounts SET plan = ?, seats = ?, scheduled_seats = ?, "
                       "plan_paid_until = ?, version = version + 1 WHERE id = ?"),
        {a.plan, a.seats, a.scheduledSeats ? QVariant(*a.scheduledSeats) : SqlValues::null(),
         SqlValues::fromDate(a.planPaidUntil), a.id});
    return saved ? Status(Done {}) : Status(saved.error());
}

Status AccountStore::addAddon(qint64 accountId, const QString &addon, QDate day) const
{
    const auto added = m_database.run(
        QStringLiteral("INSERT INTO account_addons (account_id, addon, added_on) VALUES (?, ?, ?)"),
        {accountId, addon, SqlValues::fromDate(day)});
    return added ? Status(Done {}) : Status(added.error());
}

Status AccountStore::saveOveragePolicy(qint64 accountId, OveragePolicy policy) const
{
    const auto saved = m_database.run(
        QStringLiteral(
            "UPDATE accounts SET overage_policy = ?, version = version + 1 WHERE id = ?"),
        {overagePolicyKey(policy), accountId});
    return saved ? Status(Done {}) : Status(saved.error());
}

Status AccountStore::saveCampaigns(qint64 accountId, const CampaignsState &c) const
{
    const auto saved = m_database.run(
        QStringLiteral("UPDATE campaigns SET status = ?, tier = ?, scheduled_tier = ?, "
                       "trial_start = ?, trial_end = ?, anchor_on = ?, cycle_start = ?, "
                       "cycle_end = ?, cancel_on = ?, review_state = ?, review_expedited = ?, "
                       "next_event_on = ? WHERE account_id = ?"),
        {campaignsStatusKey(c.status), c.tier,
         c.scheduledTier ? QVariant(*c.scheduledTier) : SqlValues::null(),
         SqlValues::fromDate(c.trialStart), SqlValues::fromDate(c.trialEnd),
         SqlValues::fromDate(c.anchor), SqlValues::fromDate(c.cycle.start),
         SqlValues::fromDate(c.cycle.end), SqlValues::fromDate(c.cancelOn),
         reviewStateKey(c.review), c.reviewExpedited ? 1 : 0, SqlValues::fromDate(c.nextEventOn()),
         accountId});
    if (!saved)
        return saved.error();
    const auto bumped = m_database.run(
        QStringLiteral("UPDATE accounts SET version = version + 1 WHERE id = ?"), {accountId});
    if (!bumped)
        return bumped.error();
    return Done {};
}

} // namespace Tierline
