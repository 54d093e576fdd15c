// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartlistquery.h"

#include "storage/sqlvalues.h"

namespace Tierline {

namespace {

const QString fromClause = QStringLiteral(" FROM accounts a LEFT JOIN users u ON u.id = a.owner_id "
                                          "LEFT JOIN campaigns c ON c.account_id = a.id");

/** A period of the account active on the bound day: start_on <= day <= end_on (or open). */
const QString activePeriod = QStringLiteral(
    "p.account_id = a.id AND p.start_on <= ? AND (p.end_on IS NULL OR p.end_on >= ?)");

const QString nextStart = QStringLiteral("(SELECT MIN(q.start_on) FROM subscription_periods q "
                                         "WHERE q.account_id = a.id AND q.start_on > ?)");

const QString countedContacts =
    QStringLiteral("(SELECT COUNT(*) FROM contacts k "
                   "WHERE k.account_id = a.id AND k.marketing = 1 AND k.status = 'subscribed')");

/** The subscriber limit (P4): the trial cap in a trial, the paid tier (or a booked lower one). */
BoundSql tierLimit(int trialCap)
{
    return {QStringLiteral("(CASE c.status WHEN 'trial' THEN ? WHEN 'active' THEN CASE WHEN "
                           "c.scheduled_tier < c.tier THEN c.scheduled_tier ELSE c.tier END "
                           "ELSE 0 END)"),
            {trialCap}};
}

void append(BoundSql &to, const QString &sql, const QVariantList &values = {})
{
    to.sql += sql;
    to.values += values;
}

} // namespace

SmartListQuery::SmartListQuery(const SmartList &list, QDate today, int trialCap)
    : m_list(list)
    , m_columns(list.columns.isEmpty() ? QList<SmartListField> {SmartListField::Name}
                                       : list.columns)
    , m_today(today)
    , m_trialCap(trialCap)
{
}

BoundSql SmartListQuery::expression(SmartListField field) const
{
    const QVariant today = SqlValues::fromDate(m_today);
    switch (field) {
    case SmartListField::Name:
        return {QStringLiteral("a.name"), {}};
    case SmartListField::Owner:
        return {QStringLiteral("u.name"), {}};
    case SmartListField::Plan:
        return {QStringLiteral("a.plan"), {}};
    case SmartListField::Currency:
        return {QStringLiteral("a.currency"), {}};
    case SmartListField::Campaigns:
        return {QStringLiteral("COALESCE(c.status, 'none')"), {}};
    case SmartListField::Tier:
        return {QStringLiteral("COALESCE(c.tier, 0)"), {}};
    case SmartListField::TrialEnd:
        return {QStringLiteral("c.trial_end"), {}};
    case SmartListField::CurrentMrr:
        return {QStringLiteral("(SELECT COALESCE(SUM(p.monthly_rate), 0) "
                               "FROM subscription_periods p WHERE ")
                    + activePeriod + QLatin1Char(')'),
                {today, today}};
    case SmartListField::SubscriptionEnd:
        // Open-ended while any current period has no end; none without a current period.
        return {QStringLiteral("(SELECT CASE WHEN COUNT(*) = COUNT(p.end_on) THEN MAX(p.end_on) "
                               "END FROM subscription_periods p WHERE ")
                    + activePeriod + QLatin1Char(')'),
                {today, today}};
    case SmartListField::UpcomingMrr:
        return {QStringLiteral("(SELECT SUM(p.monthly_rate) FROM subscription_periods p "
                               "WHERE p.account_id = a.id AND p.start_on = ")
                    + nextStart + QLatin1Char(')'),
                {today}};
    case SmartListField::UpcomingStart:
        return {nextStart, {today}};
    case SmartListField::MarketingContacts:
        return {countedContacts, {}};
    case SmartListField::UsagePercent: {
        // Integer division on both engines: whole percent, rounded down.
        const BoundSql limit = tierLimit(m_trialCap);
        BoundSql usage;
        append(usage, QStringLiteral("(CASE WHEN "), {});
        append(usage, limit.sql, limit.values);
        append(usage,
               QStringLiteral(" > 0 THEN (100 * ") + countedContacts + QStringLiteral(") / "));
        append(usage, limit.sql, limit.values);
        append(usage, QStringLiteral(" END)"));
        return usage;
    }
    }
    return {QStringLiteral("NULL"), {}};
}

BoundSql SmartListQuery::where() const
{
    const SmartListFilter &f = m_list.filter;
    BoundSql where {QStringLiteral(" WHERE 1 = 1"), {}};
    if (f.ownerId)
        append(where, QStringLiteral(" AND a.owner_id = ?"), {*f.ownerId});
    if (!f.plan.isEmpty())
        append(where, QStringLiteral(" AND a.plan = ?"), {f.plan});
    if (f.status)
        append(where, QStringLiteral(" AND COALESCE(c.status, 'none') = ?"),
               {campaignsStatusKey(*f.status)});
    const QString name = f.nameContains.trimmed();
    if (!name.isEmpty())
        append(where, QStringLiteral(" AND lower(a.name) LIKE lower(?) ESCAPE '\\'"),
               {SqlValues::containsPattern(name)});

    auto range = [&](SmartListField field, const RangeCondition &condition) {
        const BoundSql e = expression(field);
        if (condition.min)
            append(where, QStringLiteral(" AND ") + e.sql + QStringLiteral(" >= ?"),
                   e.values + QVariantList {*condition.min});
        if (condition.max)
            append(where, QStringLiteral(" AND ") + e.sql + QStringLiteral(" <= ?"),
                   e.values + QVariantList {*condition.max});
    };
    range(SmartListField::CurrentMrr, f.currentMrr);
    range(SmartListField::UpcomingMrr, f.upcomingMrr);
    if (f.usagePercent.isSet()) {
        // Compared exactly (contacts * 100 against percent * limit), not on the rounded value.
        const BoundSql usage = expression(SmartListField::UsagePercent);
        append(where, QStringLiteral(" AND ") + usage.sql + QStringLiteral(" IS NOT NULL"),
               usage.values);
        const BoundSql limit = tierLimit(m_trialCap);
        if (f.usagePercent.min)
            append(where,
                   QStringLiteral(" AND 100 * ") + countedContacts + QStringLiteral(" >= ? * ")
                       + limit.sql,
                   QVariantList {*f.usagePercent.min} + limit.values);
        if (f.usagePercent.max)
            append(where,
                   QStringLiteral(" AND 100 * ") + countedContacts + QStringLiteral(" <= ? * ")
                       + limit.sql,
                   QVariantList {*f.usagePercent.max} + limit.values);
    }

    auto dates = [&](SmartListField field, const DateCondition &condition) {
        QDate from;
        QDate to;
        switch (condition.kind) {
        case DateCondition::Kind::Any:
            return;
        case DateCondition::Kind::WithinDays:
            from = m_today;
            to = m_today.addDays(std::max(condition.days, 0));
            break;
        case DateCondition::Kind::Between:
            from = condition.from;
            to = condition.to;
            break;
        }
        const BoundSql e = expression(field);
        append(where, QStringLiteral(" AND ") + e.sql + QStringLiteral(" IS NOT NULL"), e.values);
        if (from.isValid())
            append(where, QStringLiteral(" AND ") + e.sql + QStringLiteral(" >= ?"),
                   e.values + QVariantList {SqlValues::fromDate(from)});
        if (to.isValid())
            append(where, QStringLiteral(" AND ") + e.sql + QStringLiteral(" <= ?"),
                   e.values + QVariantList {SqlValues::fromDate(to)});
    };
    dates(SmartListField::TrialEnd, f.trialEnd);
    dates(SmartListField::SubscriptionEnd, f.subscriptionEnd);
    return where;
}

BoundSql SmartListQuery::select() const
{
    BoundSql sql {QStringLiteral("SELECT "), {}};
    for (const SmartListField field : m_columns) {
        const BoundSql e = expression(field);
        append(sql, e.sql + QStringLiteral(", "), e.values);
    }
    append(sql, QStringLiteral("a.id, a.currency") + fromClause);
    const BoundSql filter = where();
    append(sql, filter.sql, filter.values);
    BoundSql order = expression(m_list.sort.field);
    if (m_list.sort.field == SmartListField::Name || m_list.sort.field == SmartListField::Owner)
        order.sql = QStringLiteral("lower(") + order.sql + QLatin1Char(')');
    const QString direction = m_list.sort.descending ? QStringLiteral(" DESC") : QString();
    // NULLs sort as the smallest value on both engines.
    append(sql,
           QStringLiteral(" ORDER BY CASE WHEN ") + order.sql
               + QStringLiteral(" IS NULL THEN 0 ELSE 1 END") + direction + QStringLiteral(", ")
               + order.sql + direction + QStringLiteral(", a.id") + direction,
           order.values + order.values);
    return sql;
}

BoundSql SmartListQuery::count() const
{
    BoundSql sql {QStringLiteral("SELECT COUNT(*)") + fromClause, {}};
    const BoundSql filter = where();
    append(sql, filter.sql, filter.values);
    return sql;
}

} // namespace Tierline
