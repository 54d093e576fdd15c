// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoupgrade.h"

#include "billing/campaigns.h"
#include "billing/ledger.h"
#include "billing/tierchangeplanner.h"
#include "catalog/catalog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace Tierline {

namespace {

const QString upgradeColumns =
    QStringLiteral("id, account_id, changed_on, charge_on, from_tier, to_tier, credit, charge, "
                   "currency, charged");

AutoUpgrade upgradeFrom(const QSqlQuery &q)
{
    AutoUpgrade u;
    u.id = q.value(0).toLongLong();
    u.accountId = q.value(1).toLongLong();
    u.changedOn = SqlValues::toDate(q.value(2));
    u.chargeOn = SqlValues::toDate(q.value(3));
    u.fromTier = q.value(4).toInt();
    u.toTier = q.value(5).toInt();
    u.credit = q.value(6).toLongLong();
    u.charge = q.value(7).toLongLong();
    u.currency = q.value(8).toString();
    u.charged = q.value(9).toBool();
    return u;
}

} // namespace

Result<bool> AutoUpgrades::makeRoom(qint64 accountId, qint64 needed, QDate day) const
{
    auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    CampaignsState &c = account->campaigns;
    if (account->overagePolicy != OveragePolicy::AutoUpgrade || c.status != CampaignsStatus::Active
        || c.cancelOn.isValid() || !day.isValid() || day < c.cycle.start || day >= c.cycle.end)
        return false;
    const int limitBefore = c.subscriberLimit(m_catalog.trialSubscriberCap());
    if (needed <= limitBefore)
        return false;
    const int wanted = m_catalog.tierFor(int(std::min<qint64>(needed, m_catalog.maxTier())));
    const AuditLog audit(m_database);
    const QDateTime at(day, QTime(0, 0));

    if (c.scheduledTier) {
        // A booked downgrade would hold the new contacts back: it gives way first, for free.
        const int from = *c.scheduledTier;
        if (wanted < c.tier)
            c.scheduledTier = wanted;
        else
            c.scheduledTier.reset();
        if (const Status saved = AccountStore(m_database).saveCampaigns(accountId, c); !saved)
            return saved.error();
        if (const Status logged =
                audit.record(at, 0, accountId, QStringLiteral("tier.auto_downgrade_raised"),
                             {{QStringLiteral("from"), from},
                              {QStringLiteral("to"), c.scheduledTier.value_or(c.tier)}});
            !logged)
            return logged.error();
    }
    if (wanted <= c.tier)
        return c.subscriberLimit(m_catalog.trialSubscriberCap()) > limitBefore;

    TierChangeQuestion question;
    question.currency = account->currency;
    question.interval = account->interval;
    question.fromTier = c.tier;
    question.toTier = wanted;
    question.cycle = c.cycle;
    question.changeDate = day;
    const auto quote = TierChangePlanner(m_catalog).quote(question);
    if (!quote)
        return quote.error();
    if (quote->kind != TierChangeKind::Upgrade)
        return false;

    auto inserted = m_database.run(
        QStringLiteral("INSERT INTO auto_upgrades (account_id, changed_on, charge_on, from_tier, "
                       "to_tier, credit, charge, currency, period_start, period_end) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {accountId, SqlValues::fromDate(day), SqlValues::fromDate(day.addDays(1)), c.tier, wanted,
         quote->credit, quote->charge, account->currency, SqlValues::fromDate(day),
         SqlValues::fromDate(c.cycle.end)});
    if (!inserted)
        return inserted.error();
    const qint64 upgradeId = inserted->next() ? inserted->value(0).toLongLong() : 0;
    inserted->finish();

    const int from = c.tier;
    c.tier = wanted;
    if (const Status saved = AccountStore(m_database).saveCampaigns(accountId, c); !saved)
        return saved.error();
    if (const Status logged =
            audit.record(at, 0, accountId, QStringLiteral("tier.auto_upgrade"),
                         {{QStringLiteral("from"), from},
                          {QStringLiteral("to"), wanted},
                          {QStringLiteral("credit"), quote->credit},
                          {QStringLiteral("charge"), quote->charge},
                          {QStringLiteral("charge_on"), day.addDays(1).toString(Qt::ISODate)},
                          {QStringLiteral("auto_upgrade"), upgradeId}});
        !logged)
        return logged.error();
    return true;
}

Result<int> AutoUpgrades::chargeDue(QDate day, QList<qint64> *changed) const
{
    auto due = m_database.run(QStringLiteral("SELECT id, account_id FROM auto_upgrades "
                                             "WHERE charged = 0 AND charge_on <= ? ORDER BY id"),
                              {SqlValues::fromDate(day)});
    if (!due)
        return due.error();
    QList<std::pair<qint64, qint64>> upgrades;
    while (due->next())
        upgrades.append({due->value(0).toLongLong(), due->value(1).toLongLong()});
    due->finish(); // no read may stay open while this connection writes

    int booked = 0;
    for (const auto &[upgradeId, accountId] : std::as_const(upgrades)) {
        if (const Status done = bookOne(upgradeId); !done)
            return done.error();
        ++booked;
        if (changed && !changed->contains(accountId))
            changed->append(accountId);
    }
    return booked;
}

Status AutoUpgrades::bookOne(qint64 upgradeId) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    // Re-read under the write lock: another process may have booked it already.
    auto row = m_database.run(QStringLiteral("SELECT ") + upgradeColumns
                                  + QStringLiteral(", period_start, period_end FROM auto_upgrades "
                                                   "WHERE id = ? AND charged = 0"),
                              {upgradeId});
    if (!row)
        return row.error();
    if (!row->next())
        return Done {};
    const AutoUpgrade upgrade = upgradeFrom(*row);
    const CycleRange period {SqlValues::toDate(row->value(10)), SqlValues::toDate(row->value(11))};
    row->finish();

    const QString key = QStringLiteral("auto-upgrade:%1").arg(upgradeId);
    LedgerEntry line;
    line.accountId = upgrade.accountId;
    line.date = upgrade.chargeOn;
    line.currency = upgrade.currency;
    line.period = period;
    line.reason = LedgerReason::UpgradeCredit;
    line.amount = -upgrade.credit;
    line.tier = upgrade.fromTier;
    line.eventKey = key + QStringLiteral(":credit");
    const Ledger ledger(m_database);
    if (const Status added = ledger.append(line); !added)
        return added;
    line.reason = LedgerReason::UpgradeCharge;
    line.amount = upgrade.charge;
    line.tier = upgrade.toTier;
    line.eventKey = key + QStringLiteral(":charge");
    if (const Status added = ledger.append(line); !added)
        return added;
    const auto marked = m_database.run(
        QStringLiteral("UPDATE auto_upgrades SET charged = 1 WHERE id = ?"), {upgradeId});
    if (!marked)
        return marked.error();
    if (const Status logged =
            AuditLog(m_database)
                .record(QDateTime(upgrade.chargeOn, QTime(0, 0)), 0, upgrade.accountId,
                        QStringLiteral("tier.auto_upgrade_charged"),
                        {{QStringLiteral("to"), upgrade.toTier},
                         {QStringLiteral("credit"), upgrade.credit},
                         {QStringLiteral("charge"), upgrade.charge}});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<AutoUpgrade>> AutoUpgrades::list(qint64 accountId) const
{
    auto rows = m_database.run(QStringLiteral("SELECT ") + upgradeColumns
                                   + QStringLiteral(" FROM auto_upgrades WHERE account_id = ? "
                                                    "ORDER BY id DESC"),
                               {accountId});
    if (!rows)
        return rows.error();
    QList<AutoUpgrade> all;
    while (rows->next())
        all.append(upgradeFrom(*rows));
    return all;
}

} // namespace Tierline
