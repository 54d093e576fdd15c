// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"

#include "storage/database.h"
#include "storage/enumkeys.h"
#include "storage/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tierline {

namespace {

constexpr std::pair<LedgerReason, const char *> reasonKeys[] = {
    {LedgerReason::Purchase, "purchase"},
    {LedgerReason::TrialConversion, "trial_conversion"},
    {LedgerReason::Renewal, "renewal"},
    {LedgerReason::UpgradeCredit, "upgrade_credit"},
    {LedgerReason::UpgradeCharge, "upgrade_charge"},
    {LedgerReason::PlanRenewal, "plan_renewal"},
    {LedgerReason::PlanCredit, "plan_credit"},
    {LedgerReason::PlanCharge, "plan_charge"},
};

} // namespace

QString ledgerReasonKey(LedgerReason reason)
{
    return EnumKeys::keyOf(reason, reasonKeys);
}

std::optional<LedgerReason> ledgerReasonFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, reasonKeys);
}

QString Ledger::reasonText(LedgerReason reason)
{
    switch (reason) {
    case LedgerReason::Purchase:
        return tr("Campaigns purchase");
    case LedgerReason::TrialConversion:
        return tr("First cycle after the trial");
    case LedgerReason::Renewal:
        return tr("Renewal");
    case LedgerReason::UpgradeCredit:
        return tr("Credit for the unused part of the old tier");
    case LedgerReason::UpgradeCharge:
        return tr("Charge for the rest of the cycle at the new tier");
    case LedgerReason::PlanRenewal:
        return tr("Plan renewal");
    case LedgerReason::PlanCredit:
        return tr("Credit for the unused part of the old plan price");
    case LedgerReason::PlanCharge:
        return tr("Charge for the rest of the cycle at the new plan price");
    }
    return {};
}

Status Ledger::append(const LedgerEntry &e) const
{
    const auto done = m_database.run(
        QStringLiteral(
            "INSERT INTO ledger (account_id, entry_date, kind, reason, amount, currency, "
            "tier, period_start, period_end, event_key, item) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.accountId, SqlValues::fromDate(e.date),
         e.isCredit() ? QStringLiteral("credit") : QStringLiteral("charge"),
         ledgerReasonKey(e.reason), e.amount, e.currency,
         e.tier > 0 ? QVariant(e.tier) : SqlValues::null(), SqlValues::fromDate(e.period.start),
         SqlValues::fromDate(e.period.end), e.eventKey,
         e.item.isEmpty() ? SqlValues::null() : QVariant(e.item)});
    if (!done)
        return done.error();
    return Done {};
}

Result<QList<LedgerEntry>> Ledger::entries(qint64 accountId) const
{
    auto rows = m_database.run(
        QStringLiteral("SELECT id, entry_date, reason, amount, currency, tier, period_start, "
                       "period_end, event_key, item FROM ledger WHERE account_id = ? "
                       "ORDER BY entry_date, id"),
        {accountId});
    if (!rows)
        return rows.error();
    QList<LedgerEntry> result;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.accountId = accountId;
        e.date = SqlValues::toDate(q.value(1));
        e.reason = ledgerReasonFromKey(q.value(2).toString()).value_or(LedgerReason::Renewal);
        e.amount = q.value(3).toLongLong();
        e.currency = q.value(4).toString();
        e.tier = q.value(5).toInt();
        e.period = {SqlValues::toDate(q.value(6)), SqlValues::toDate(q.value(7))};
        e.eventKey = q.value(8).toString();
        e.item = q.value(9).toString();
        result.append(e);
    }
    return result;
}

Result<qint64> Ledger::balance(qint64 accountId) const
{
    const auto sum = m_database.scalar(
        QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE account_id = ?"),
        {accountId});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

Status AuditLog::record(const QDateTime &at, qint64 userId, qint64 accountId, const QString &action,
                        const QVariantMap &details) const
{
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact);
    const auto done = m_database.run(
        QStringLiteral("INSERT INTO audit_log (at, user_id, account_id, action, details) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {at.toString(Qt::ISODate), userId ? QVariant(userId) : SqlValues::null(),
         accountId ? QVariant(accountId) : SqlValues::null(), action, QString::fromUtf8(json)});
    if (!done)
        return done.error();
    return Done {};
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 accountId) const
{
    auto rows =
        m_database.run(QStringLiteral("SELECT l.id, l.at, l.user_id, u.name, l.action, l.details "
                                      "FROM audit_log l LEFT JOIN users u ON u.id = l.user_id "
                                      "WHERE l.account_id = ? ORDER BY l.id"),
                       {accountId});
    if (!rows)
        return rows.error();
    QList<AuditEntry> result;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        result.append({q.value(0).toLongLong(),
                       QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                       q.value(2).toLongLong(), q.value(3).toString(), accountId,
                       q.value(4).toString(), q.value(5).toString()});
    }
    return result;
}

} // namespace Tierline
