// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usageservice.h"

#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "contacts/updatedates.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace Tierline {

namespace {

constexpr UsageLevel allLevels[] = {UsageLevel::Percent75, UsageLevel::Percent90,
                                    UsageLevel::Percent98, UsageLevel::Over};

/** Whether count reaches level of limit: at or above a percentage, strictly over for Over. */
bool reaches(qint64 count, qint64 limit, UsageLevel level)
{
    if (limit <= 0)
        return false;
    if (level == UsageLevel::Over)
        return count > limit;
    return count * 100 >= qint64(level) * limit;
}

constexpr int forecastWindowDays = 30;

} // namespace

Result<UsageSummary> UsageService::figures(qint64 accountId) const
{
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    const auto counts = ContactService(m_database, m_catalog).counts(accountId);
    if (!counts)
        return counts.error();
    UsageSummary s;
    s.accountId = accountId;
    s.accountName = account->name;
    s.subscribed = counts->subscribed;
    s.pendingUpgrade = counts->pendingUpgrade;
    s.marketingCount = counts->subscribed + counts->pendingUpgrade;
    s.totalContacts = counts->total;
    const CampaignsState &c = account->campaigns;
    s.tierLimit = c.subscriberLimit(m_catalog.trialSubscriberCap());
    s.trial = c.status == CampaignsStatus::Trial;
    s.tier = c.status == CampaignsStatus::Active ? c.tier : 0;
    s.percent = s.tierLimit > 0 ? int(s.marketingCount * 100 / s.tierLimit) : 0;
    s.policy = account->overagePolicy;
    return s;
}

Result<UsageSummary> UsageService::summary(qint64 accountId, QDate day) const
{
    auto s = figures(accountId);
    if (!s)
        return s;
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    s->nextUpdate = UpdateDates::forAccount(*account).nextAfter(day);
    return s;
}

Status UsageService::storePoint(const UsageSummary &s, QDate day) const
{
    const auto stored = m_database.run(
        QStringLiteral("INSERT INTO usage_points (account_id, day, marketing_count, tier_limit) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, day) DO UPDATE SET "
                       "marketing_count = excluded.marketing_count, "
                       "tier_limit = excluded.tier_limit"),
        {s.accountId, SqlValues::fromDate(day), s.marketingCount, s.tierLimit});
    return stored ? Status(Done {}) : Status(stored.error());
}

Status UsageService::recordDay(qint64 accountId, QDate day) const
{
    const auto updated = update(accountId, day, true);
    return updated ? Status(Done {}) : Status(updated.error());
}

Result<QList<UsageNotification>> UsageService::update(qint64 accountId, QDate day,
                                                      bool storeDay) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto s = figures(accountId);
    if (!s)
        return s.error();
    if (storeDay) {
        if (const Status stored = storePoint(*s, day); !stored)
            return stored.error();
    }
    auto fired = fireLevels(*s, day);
    if (!fired)
        return fired;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return fired;
}

Status UsageService::recordDayForAll(QDate day) const
{
    const auto accounts = AccountStore(m_database).loadAll();
    if (!accounts)
        return accounts.error();
    // Every account's count in one pass, not one query per account and day.
    auto rows = m_database.run(QStringLiteral(
        "SELECT account_id, SUM(CASE WHEN marketing = 1 AND status IN ('subscribed', "
        "'pending_upgrade') THEN 1 ELSE 0 END) FROM contacts GROUP BY account_id"));
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> counts;
    while (rows->next())
        counts.insert(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    rows->finish(); // no read may stay open while this connection writes

    // One transaction for the day: one commit, however many accounts.
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    for (const Account &account : *accounts) {
        UsageSummary s;
        s.accountId = account.id;
        s.accountName = account.name;
        s.marketingCount = counts.value(account.id);
        s.tierLimit = account.campaigns.subscriberLimit(m_catalog.trialSubscriberCap());
        if (const Status stored = storePoint(s, day); !stored)
            return stored;
        if (const auto fired = fireLevels(s, day); !fired)
            return fired.error();
    }
    return transaction.commit();
}

Result<QList<UsagePoint>> UsageService::series(qint64 accountId, QDate from, QDate to) const
{
    auto rows = m_database.run(
        QStringLiteral("SELECT day, marketing_count, tier_limit FROM usage_points "
                       "WHERE account_id = ? AND day >= ? AND day <= ? ORDER BY day"),
        {accountId, SqlValues::fromDate(from), SqlValues::fromDate(to)});
    if (!rows)
        return rows.error();
    QList<UsagePoint> points;
    while (rows->next()) {
        points.append({SqlValues::toDate(rows->value(0)), rows->value(1).toLongLong(),
                       rows->value(2).toLongLong()});
    }
    return points;
}

Result<std::optional<QDate>> UsageService::forecast(qint64 accountId, QDate today) const
{
    const auto now = figures(accountId);
    if (!now)
        return now.error();
    if (now->tierLimit <= 0)
        return std::optional<QDate>();
    if (now->marketingCount >= now->tierLimit)
        return std::optional<QDate>(today);
    auto first = m_database.run(
        QStringLiteral("SELECT day, marketing_count FROM usage_points "
                       "WHERE account_id = ? AND day >= ? AND day < ? ORDER BY day LIMIT 1"),
        {accountId, SqlValues::fromDate(today.addDays(-forecastWindowDays)),
         SqlValues::fromDate(today)});
    if (!first)
        return first.error();
    if (!first->next())
        return std::optional<QDate>();
    const qint64 span = SqlValues::toDate(first->value(0)).daysTo(today);
    const qint64 growth = now->marketingCount - first->value(1).toLongLong();
    first->finish();
    if (span <= 0 || growth <= 0)
        return std::optional<QDate>();
    // Whole days until the limit at `growth` contacts per `span` days, rounded up.
    const qint64 missing = now->tierLimit - now->marketingCount;
    const qint64 days = (missing * span + growth - 1) / growth;
    return std::optional<QDate>(today.addDays(days));
}

Result<QList<UsageNotification>> UsageService::checkThresholds(qint64 accountId, QDate day) const
{
    return update(accountId, day, false);
}

Result<QList<UsageNotification>> UsageService::fireLevels(const UsageSummary &s, QDate day) const
{
    const qint64 accountId = s.accountId;
    auto crossedRows = m_database.run(
        QStringLiteral("SELECT level FROM usage_levels_crossed WHERE account_id = ?"), {accountId});
    if (!crossedRows)
        return crossedRows.error();
    QList<int> crossed;
    while (crossedRows->next())
        crossed.append(crossedRows->value(0).toInt());
    crossedRows->finish();

    QList<UsageNotification> fired;
    for (const UsageLevel level : allLevels) {
        const bool reached = reaches(s.marketingCount, s.tierLimit, level);
        const bool wasCrossed = crossed.contains(int(level));
        if (reached == wasCrossed || (reached && !day.isValid()))
            continue; // without a day, usage only fell: nothing to fire
        if (!reached) {
            // Fell back below: the level fires again at the next crossing.
            const auto rearmed = m_database.run(
                QStringLiteral(
                    "DELETE FROM usage_levels_crossed WHERE account_id = ? AND level = ?"),
                {accountId, int(level)});
            if (!rearmed)
                return rearmed.error();
            continue;
        }
        const auto marked = m_database.run(
            QStringLiteral("INSERT INTO usage_levels_crossed (account_id, level, crossed_on) "
                           "VALUES (?, ?, ?) ON CONFLICT (account_id, level) DO NOTHING"),
            {accountId, int(level), SqlValues::fromDate(day)});
        if (!marked)
            return marked.error();
        auto inserted = m_database.run(
            QStringLiteral("INSERT INTO notifications (account_id, level, day, marketing_count, "
                           "tier_limit) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {accountId, int(level), SqlValues::fromDate(day), s.marketingCount, s.tierLimit});
        if (!inserted)
            return inserted.error();
        UsageNotification n;
        n.id = inserted->next() ? inserted->value(0).toLongLong() : 0;
        inserted->finish();
        n.accountId = accountId;
        n.accountName = s.accountName;
        n.level = level;
        n.day = day;
        n.marketingCount = s.marketingCount;
        n.tierLimit = s.tierLimit;
        fired.append(n);
    }
    return fired;
}

Result<QList<UsageNotification>> UsageService::notifications(std::optional<qint64> accountId) const
{
    auto rows = m_database.run(
        QStringLiteral("SELECT n.id, n.account_id, a.name, n.level, n.day, n.marketing_count, "
                       "n.tier_limit, n.is_read FROM notifications n "
                       "JOIN accounts a ON a.id = n.account_id "
                       "WHERE ? = 0 OR n.account_id = ? ORDER BY n.id DESC"),
        {accountId ? 1 : 0, accountId.value_or(0)});
    if (!rows)
        return rows.error();
    QList<UsageNotification> all;
    while (rows->next()) {
        UsageNotification n;
        n.id = rows->value(0).toLongLong();
        n.accountId = rows->value(1).toLongLong();
        n.accountName = rows->value(2).toString();
        n.level = UsageLevel(rows->value(3).toInt());
        n.day = SqlValues::toDate(rows->value(4));
        n.marketingCount = rows->value(5).toLongLong();
        n.tierLimit = rows->value(6).toLongLong();
        n.read = rows->value(7).toBool();
        all.append(n);
    }
    return all;
}

Result<qint64> UsageService::unreadCount(std::optional<qint64> accountId) const
{
    const auto n =
        m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE is_read = 0 "
                                         "AND (? = 0 OR account_id = ?)"),
                          {accountId ? 1 : 0, accountId.value_or(0)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status UsageService::markRead(qint64 notificationId) const
{
    const auto known = m_database.scalar(
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE id = ?"), {notificationId});
    if (!known)
        return known.error();
    if (known->toLongLong() == 0)
        return Error::badInput(tr("There is no notification %1.").arg(notificationId));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto marked = m_database.run(
        QStringLiteral("UPDATE notifications SET is_read = 1 WHERE id = ?"), {notificationId});
    if (!marked)
        return marked.error();
    return transaction.commit();
}

Status UsageService::markAllRead(std::optional<qint64> accountId) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto marked =
        m_database.run(QStringLiteral("UPDATE notifications SET is_read = 1 WHERE is_read = 0 "
                                      "AND (? = 0 OR account_id = ?)"),
                       {accountId ? 1 : 0, accountId.value_or(0)});
    if (!marked)
        return marked.error();
    return transaction.commit();
}

QString UsageService::notificationText(const UsageNotification &n)
{
    const QLocale locale;
    if (n.level == UsageLevel::Over) {
        return tr("%1 is over its tier: %2 marketing contacts for a limit of %3. New contacts "
                  "wait as Pending upgrade until the limit is increased.")
            .arg(n.accountName, locale.toString(n.marketingCount), locale.toString(n.tierLimit));
    }
    return tr("%1 has reached %2 % of its tier: %3 of %4 marketing contacts.")
        .arg(n.accountName, locale.toString(int(n.level)), locale.toString(n.marketingCount),
             locale.toString(n.tierLimit));
}

QString UsageService::forecastText(const std::optional<QDate> &reachedOn, QDate today)
{
    if (!reachedOn)
        return tr("Usage has not grown over the last 30 days, so no date for reaching the "
                  "limit is forecast.");
    if (*reachedOn <= today)
        return tr("The limit is reached.");
    return tr("At the growth of the last 30 days, the limit is reached on %1.")
        .arg(formatDate(*reachedOn));
}

QString UsageService::policyName(OveragePolicy policy)
{
    switch (policy) {
    case OveragePolicy::Hold:
        return tr("Hold");
    case OveragePolicy::AutoUpgrade:
        return tr("Auto-upgrade");
    }
    return {};
}

QString UsageService::policyDescription(OveragePolicy policy)
{
    switch (policy) {
    case OveragePolicy::Hold:
        return tr("New marketing contacts beyond the limit wait as Pending upgrade until the "
                  "limit is increased.");
    case OveragePolicy::AutoUpgrade:
        return tr("The tier rises to the next step as soon as new marketing contacts need it; "
                  "the prorated difference is charged the next day.");
    }
    return {};
}

} // namespace Tierline
