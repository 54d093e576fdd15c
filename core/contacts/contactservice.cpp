// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactservice.h"

#include "billing/autoupgrade.h"
#include "billing/campaigns.h"
#include "billing/permissions.h"
#include "catalog/catalog.h"
#include "storage/database.h"
#include "storage/enumkeys.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "updatedates.h"
#include "usage/usageservice.h"

#include <QHash>
#include <QLocale>
#include <QSqlRecord>

namespace Tierline {

namespace {

constexpr std::pair<ContactStatus, const char *> statusKeys[] = {
    {ContactStatus::Subscribed, "subscribed"},
    {ContactStatus::PendingUpgrade, "pending_upgrade"},
    {ContactStatus::Unsubscribed, "unsubscribed"},
    {ContactStatus::Archived, "archived"},
};

/** Ids per statement of a bulk action: few statements, well under any engine's bind limit. */
constexpr qsizetype chunkSize = 500;

QString sortColumn(ContactSortKey key)
{
    switch (key) {
    case ContactSortKey::ByName:
        return QStringLiteral("name");
    case ContactSortKey::ByEmail:
        return QStringLiteral("email");
    case ContactSortKey::ByMarketing:
        return QStringLiteral("marketing");
    case ContactSortKey::ByStatus:
        return QStringLiteral("status");
    case ContactSortKey::ByAddedOn:
        return QStringLiteral("added_on");
    }
    return QStringLiteral("id");
}

QVariant sortValue(ContactSortKey key, const ContactRow &row)
{
    switch (key) {
    case ContactSortKey::ByName:
        return row.name;
    case ContactSortKey::ByEmail:
        return row.email;
    case ContactSortKey::ByMarketing:
        return row.marketing ? 1 : 0;
    case ContactSortKey::ByStatus:
        return contactStatusKey(row.status);
    case ContactSortKey::ByAddedOn:
        return SqlValues::fromDate(row.addedOn);
    }
    return row.id;
}

/** The WHERE conditions of a filter; its values are appended to values. */
QString whereOf(qint64 accountId, const ContactFilter &filter, QVariantList &values)
{
    QString where = QStringLiteral("account_id = ?");
    values.append(accountId);
    if (filter.status) {
        where += QStringLiteral(" AND status = ?");
        values.append(contactStatusKey(*filter.status));
    }
    if (filter.marketing) {
        where += QStringLiteral(" AND marketing = ?");
        values.append(*filter.marketing ? 1 : 0);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        where += QStringLiteral(" AND (lower(name) LIKE lower(?) ESCAPE '\\' "
                                "OR lower(email) LIKE lower(?) ESCAPE '\\')");
        values.append(SqlValues::containsPattern(text));
        values.append(SqlValues::containsPattern(text));
    }
    return where;
}

QString placeholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    return marks;
}

/**
 * Runs sql (with %1 standing for a list of ids) over ids in chunks, reporting progress after
 * each. Sets cancelled and stops when progress says so; the caller's transaction then rolls
 * everything back.
 */
Result<qint64> runForIds(const Database &database, const QString &sql, const QVariantList &leading,
                         const QList<qint64> &ids, qint64 &done, qint64 total,
                         const ContactProgress &progress, bool &cancelled)
{
    qint64 affected = 0;
    QSqlQuery full(database.connection());
    bool fullPrepared = false;
    for (qsizetype start = 0; start < ids.size(); start += chunkSize) {
        const qsizetype n = std::min(chunkSize, ids.size() - start);
        QSqlQuery tail(database.connection());
        QSqlQuery &query = n == chunkSize ? full : tail;
        if (n != chunkSize || !fullPrepared) {
            if (!query.prepare(sql.arg(placeholders(n))))
                return Database::errorFrom(query);
            fullPrepared = fullPrepared || n == chunkSize;
        }
        int index = 0;
        for (const QVariant &value : leading)
            query.bindValue(index++, value);
        for (qsizetype i = start; i < start + n; ++i)
            query.bindValue(index++, ids.at(i));
        if (!query.exec())
            return Database::errorFrom(query);
        affected += query.numRowsAffected();
        done += n;
        if (progress && !progress(done, total)) {
            cancelled = true;
            return affected;
        }
    }
    return affected;
}

ContactRow rowFrom(const QSqlQuery &query)
{
    ContactRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.email = query.value(2).toString();
    row.marketing = query.value(3).toInt() != 0;
    row.status =
        contactStatusFromKey(query.value(4).toString()).value_or(ContactStatus::Subscribed);
    row.addedOn = SqlValues::toDate(query.value(5));
    row.marketingSwitchOn = SqlValues::toDate(query.value(6));
    return row;
}

} // namespace

QString contactStatusKey(ContactStatus status)
{
    return EnumKeys::keyOf(status, statusKeys);
}

std::optional<ContactStatus> contactStatusFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, statusKeys);
}

QString ContactService::statusName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Subscribed:
        return tr("Subscribed");
    case ContactStatus::PendingUpgrade:
        return tr("Pending upgrade");
    case ContactStatus::Unsubscribed:
        return tr("Unsubscribed");
    case ContactStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString ContactService::importSummary(const ImportOutcome &outcome)
{
    const QLocale locale;
    return tr("Imported: %1 added, %2 updated, %3 skipped; %Ln wait(s) as Pending upgrade.",
              nullptr, outcome.pending)
        .arg(locale.toString(outcome.added), locale.toString(outcome.updated),
             locale.toString(outcome.skipped));
}

Result<ContactCounts> ContactService::counts(qint64 accountId) const
{
    auto rows = m_database.run(
        QStringLiteral("SELECT marketing, status, COUNT(*) FROM contacts WHERE account_id = ? "
                       "GROUP BY marketing, status"),
        {accountId});
    if (!rows)
        return rows.error();
    ContactCounts counts;
    while (rows->next()) {
        const bool marketing = rows->value(0).toBool();
        const auto status = contactStatusFromKey(rows->value(1).toString());
        const qint64 n = rows->value(2).toLongLong();
        counts.total += n;
        if (!marketing) {
            counts.nonMarketing += n;
            continue;
        }
        switch (status.value_or(ContactStatus::Subscribed)) {
        case ContactStatus::Subscribed:
            counts.subscribed += n;
            break;
        case ContactStatus::PendingUpgrade:
            counts.pendingUpgrade += n;
            break;
        case ContactStatus::Unsubscribed:
            counts.unsubscribed += n;
            break;
        case ContactStatus::Archived:
            counts.archived += n;
            break;
        }
    }
    return counts;
}

Result<qint64> ContactService::subscribedCount(qint64 accountId) const
{
    const auto n = m_database.scalar(
        QStringLiteral("SELECT COUNT(*) FROM contacts "
                       "WHERE account_id = ? AND marketing = 1 AND status = 'subscribed'"),
        {accountId});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> ContactService::currentLimit(qint64 accountId) const
{
    const auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    return qint64(account->campaigns.subscriberLimit(m_catalog.trialSubscriberCap()));
}

Result<qint64> ContactService::addContacts(const User &actor, qint64 accountId,
                                           const QList<NewContact> &contacts, QDate addedOn) const
{
    const bool anyMarketing = std::any_of(contacts.cbegin(), contacts.cend(),
                                          [](const NewContact &c) { return c.marketing; });
    if (anyMarketing && !actor.has(Permission::SetMarketing))
        return Error::forbidden(PermissionText::missing(actor, Permission::SetMarketing));

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const qint64 arriving = std::count_if(contacts.cbegin(), contacts.cend(),
                                          [](const NewContact &c) { return c.marketing; });
    const auto admitted = admitMarketing(accountId, arriving, addedOn);
    if (!admitted)
        return admitted.error();

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO contacts (account_id, name, email, marketing, "
                                  "status, added_on) VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariant day = SqlValues::fromDate(addedOn);
    qint64 room = *admitted;
    qint64 pending = 0;
    for (const NewContact &contact : contacts) {
        ContactStatus status = ContactStatus::Subscribed;
        if (contact.marketing) {
            if (room > 0) {
                --room;
            } else {
                status = ContactStatus::PendingUpgrade;
                ++pending;
            }
        }
        insert.addBindValue(accountId);
        insert.addBindValue(contact.name);
        insert.addBindValue(contact.email);
        insert.addBindValue(contact.marketing ? 1 : 0);
        insert.addBindValue(contactStatusKey(status));
        insert.addBindValue(day);
        if (!insert.exec())
            return Database::errorFrom(insert);
    }
    insert.finish();
    if (const Status noted = noteUsage(accountId, addedOn); !noted)
        return noted.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return pending;
}

Result<qint64> ContactService::promotePending(qint64 accountId) const
{
    const auto limit = currentLimit(accountId);
    if (!limit)
        return limit.error();
    const auto subscribed = subscribedCount(accountId);
    if (!subscribed)
        return subscribed.error();
    const qint64 room = *limit - *subscribed;
    if (room <= 0)
        return qint64(0);
    auto promoted = m_database.run(
        QStringLiteral("UPDATE contacts SET status = 'subscribed' WHERE id IN ("
                       "SELECT id FROM contacts WHERE account_id = ? AND marketing = 1 "
                       "AND status = 'pending_upgrade' ORDER BY added_on, id LIMIT ?)"),
        {accountId, room});
    if (!promoted)
        return promoted.error();
    return qint64(promoted->numRowsAffected());
}

/** A contact a bulk action works on, as it stands before the action. */
struct ContactService::Target
{
    qint64 id = 0;
    bool marketing = true;
    ContactStatus status = ContactStatus::Subscribed;
    bool switchPending = false;
    QDate addedOn;
};

Result<qint64> ContactService::admitMarketing(qint64 accountId, qint64 arriving, QDate day) const
{
    if (arriving <= 0)
        return qint64(0);
    auto limit = currentLimit(accountId);
    if (!limit)
        return limit.error();
    const auto subscribed = subscribedCount(accountId);
    if (!subscribed)
        return subscribed.error();
    if (*subscribed + arriving > *limit) {
        // H5: an auto-upgrade account makes room instead of letting contacts wait.
        const auto grown =
            AutoUpgrades(m_database, m_catalog).makeRoom(accountId, *subscribed + arriving, day);
        if (!grown)
            return grown.error();
        if (*grown)
            limit = currentLimit(accountId);
        if (!limit)
            return limit.error();
    }
    return std::clamp<qint64>(*limit - *subscribed, 0, arriving);
}

Status ContactService::noteUsage(qint64 accountId, QDate day) const
{
    const UsageService usage(m_database, m_catalog);
    if (day.isValid())
        return usage.recordDay(accountId, day);
    const auto checked = usage.checkThresholds(accountId, day);
    return checked ? Status(Done {}) : Status(checked.error());
}

Result<qint64> ContactService::countMatching(qint64 accountId, const ContactFilter &filter) const
{
    QVariantList values;
    const QString where = whereOf(accountId, filter, values);
    const auto n =
        m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE ") + where, values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QMap<ContactStatus, qint64>> ContactService::countByStatus(qint64 accountId,
                                                                  const ContactFilter &filter) const
{
    QVariantList values;
    const QString where = whereOf(accountId, filter, values);
    auto rows = m_database.run(QStringLiteral("SELECT status, COUNT(*) FROM contacts WHERE ")
                                   + where + QStringLiteral(" GROUP BY status"),
                               values);
    if (!rows)
        return rows.error();
    QMap<ContactStatus, qint64> counts;
    for (const auto &[status, key] : statusKeys)
        counts.insert(status, 0);
    while (rows->next()) {
        if (const auto status = contactStatusFromKey(rows->value(0).toString()))
            counts[*status] += rows->value(1).toLongLong();
    }
    return counts;
}

Result<QList<ContactRow>> ContactService::list(qint64 accountId, const ContactFilter &filter,
                                               const ContactOrder &order,
                                               const std::optional<ContactRow> &after,
                                               int limit) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, name, email, marketing, status, added_on, "
                                 "marketing_switch_on FROM contacts WHERE ")
        + whereOf(accountId, filter, values);
    const QString column = sortColumn(order.key);
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    if (after) {
        sql += QStringLiteral(" AND (%1, id) %2 (?, ?)")
                   .arg(column, order.descending ? QStringLiteral("<") : QStringLiteral(">"));
        values.append(sortValue(order.key, *after));
        values.append(after->id);
    }
    sql += QStringLiteral(" ORDER BY %1%2, id%2 LIMIT ?").arg(column, direction);
    values.append(std::max(limit, 0));
    auto rows = m_database.run(sql, values);
    if (!rows)
        return rows.error();
    QList<ContactRow> page;
    page.reserve(limit);
    while (rows->next())
        page.append(rowFrom(*rows));
    return page;
}

Result<QList<ContactService::Target>>
ContactService::targets(qint64 accountId, const ContactSelection &selection) const
{
    if (const auto account = AccountStore(m_database).load(accountId); !account)
        return account.error();
    const QString columns = QStringLiteral(
        "SELECT id, marketing, status, marketing_switch_on, added_on FROM contacts WHERE ");
    QList<Target> found;
    auto collect = [&found](QSqlQuery &query) {
        while (query.next()) {
            found.append({query.value(0).toLongLong(), query.value(1).toInt() != 0,
                          contactStatusFromKey(query.value(2).toString())
                              .value_or(ContactStatus::Subscribed),
                          !query.value(3).isNull(), SqlValues::toDate(query.value(4))});
        }
        query.finish();
    };
    if (selection.allMatching) {
        QVariantList values;
        const QString where = whereOf(accountId, selection.filter, values);
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(columns + where + QStringLiteral(" ORDER BY added_on, id"));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            return Database::errorFrom(query);
        collect(query);
        return found;
    }
    for (qsizetype start = 0; start < selection.ids.size(); start += chunkSize) {
        const qsizetype n = std::min(chunkSize, selection.ids.size() - start);
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(columns
                      + QStringLiteral("account_id = ? AND id IN (%1)").arg(placeholders(n)));
        query.addBindValue(accountId);
        for (qsizetype i = start; i < start + n; ++i)
            query.addBindValue(selection.ids.at(i));
        if (!query.exec())
            return Database::errorFrom(query);
        collect(query);
    }
    std::sort(found.begin(), found.end(), [](const Target &a, const Target &b) {
        return std::tie(a.addedOn, a.id) < std::tie(b.addedOn, b.id);
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Target &a, const Target &b) { return a.id == b.id; }),
                found.end());
    return found;
}

Result<BulkOutcome> ContactService::archive(const User &actor, qint64 accountId,
                                            const ContactSelection &selection,
                                            const ContactProgress &progress) const
{
    Q_UNUSED(actor)
    return runOnSelection(
        accountId, selection,
        QStringLiteral("UPDATE contacts SET status = 'archived' WHERE id IN (%1)"),
        [](const Target &t) { return t.status != ContactStatus::Archived; }, false, progress);
}

Result<BulkOutcome> ContactService::remove(const User &actor, qint64 accountId,
                                           const ContactSelection &selection,
                                           const ContactProgress &progress) const
{
    Q_UNUSED(actor)
    // H5: deleting frees room for waiting contacts; the tier stays as it is.
    return runOnSelection(
        accountId, selection, QStringLiteral("DELETE FROM contacts WHERE id IN (%1)"),
        [](const Target &) { return true; }, true, progress);
}

Result<BulkOutcome>
ContactService::runOnSelection(qint64 accountId, const ContactSelection &selection,
                               const QString &sql,
                               const std::function<bool(const Target &)> &include,
                               bool promoteAfter, const ContactProgress &progress) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto found = targets(accountId, selection);
    if (!found)
        return found.error();
    QList<qint64> ids;
    ids.reserve(found->size());
    for (const Target &t : *found) {
        if (include(t))
            ids.append(t.id);
    }
    BulkOutcome outcome;
    qint64 done = 0;
    const auto changed =
        runForIds(m_database, sql, {}, ids, done, ids.size(), progress, outcome.cancelled);
    if (!changed)
        return changed.error();
    if (outcome.cancelled)
        return outcome;
    outcome.changed = *changed;
    if (promoteAfter) {
        if (const auto promoted = promotePending(accountId); !promoted)
            return promoted.error();
    }
    if (const Status noted = noteUsage(accountId, QDate()); !noted)
        return noted.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<BulkOutcome> ContactService::setMarketing(const User &actor, qint64 accountId,
                                                 const ContactSelection &selection, bool marketing,
                                                 QDate today, const ContactProgress &progress) const
{
    if (!actor.has(Permission::SetMarketing))
        return Error::forbidden(PermissionText::missing(actor, Permission::SetMarketing));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto found = targets(accountId, selection);
    if (!found)
        return found.error();
    qint64 done = 0;
    auto outcome =
        applyMarketing(accountId, *found, marketing, today, done, found->size(), progress);
    if (!outcome || outcome->cancelled)
        return outcome;
    if (const Status noted = noteUsage(accountId, today); !noted)
        return noted.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<BulkOutcome> ContactService::applyMarketing(qint64 accountId, const QList<Target> &targets,
                                                   bool marketing, QDate today, qint64 &done,
                                                   qint64 total,
                                                   const ContactProgress &progress) const
{
    BulkOutcome outcome;
    struct Step
    {
        QString sql;
        QVariantList leading;
        QList<qint64> ids;
    };
    QList<Step> steps;
    if (marketing) {
        Step withdraw {QStringLiteral("UPDATE contacts SET marketing_switch_on = NULL "
                                      "WHERE id IN (%1)"),
                       {},
                       {}};
        QList<qint64> admitting; // counted once marketing: the P4 rule decides, oldest first
        Step plain {QStringLiteral("UPDATE contacts SET marketing = 1 WHERE id IN (%1)"), {}, {}};
        for (const Target &t : targets) {
            if (t.marketing && t.switchPending)
                withdraw.ids.append(t.id);
            else if (!t.marketing
                     && (t.status == ContactStatus::Subscribed
                         || t.status == ContactStatus::PendingUpgrade))
                admitting.append(t.id);
            else if (!t.marketing)
                plain.ids.append(t.id);
        }
        const auto admitted = admitMarketing(accountId, admitting.size(), today);
        if (!admitted)
            return admitted.error();
        Step subscribe {QStringLiteral("UPDATE contacts SET marketing = 1, status = 'subscribed', "
                                       "marketing_switch_on = NULL WHERE id IN (%1)"),
                        {},
                        admitting.first(*admitted)};
        Step wait {QStringLiteral("UPDATE contacts SET marketing = 1, status = 'pending_upgrade', "
                                  "marketing_switch_on = NULL WHERE id IN (%1)"),
                   {},
                   admitting.sliced(*admitted)};
        outcome.pending = wait.ids.size();
        steps = {withdraw, plain, subscribe, wait};
    } else {
        const auto account = AccountStore(m_database).load(accountId);
        if (!account)
            return account.error();
        outcome.switchOn = UpdateDates::forAccount(*account).nextAfter(today);
        // H4: a counted contact keeps counting until the next update date.
        Step schedule {QStringLiteral("UPDATE contacts SET marketing_switch_on = ? "
                                      "WHERE id IN (%1)"),
                       {SqlValues::fromDate(outcome.switchOn)},
                       {}};
        Step now {QStringLiteral("UPDATE contacts SET marketing = 0, marketing_switch_on = NULL, "
                                 "status = CASE WHEN status = 'pending_upgrade' "
                                 "THEN 'subscribed' ELSE status END WHERE id IN (%1)"),
                  {},
                  {}};
        for (const Target &t : targets) {
            if (t.marketing && t.status == ContactStatus::Subscribed && !t.switchPending)
                schedule.ids.append(t.id);
            else if (t.marketing && t.status != ContactStatus::Subscribed)
                now.ids.append(t.id);
        }
        outcome.scheduled = schedule.ids.size();
        steps = {schedule, now};
    }
    for (const Step &step : std::as_const(steps)) {
        const auto changed = runForIds(m_database, step.sql, step.leading, step.ids, done, total,
                                       progress, outcome.cancelled);
        if (!changed)
            return changed.error();
        if (outcome.cancelled)
            return outcome;
        outcome.changed += *changed;
    }
    if (progress && !progress(total, total))
        outcome.cancelled = true;
    return outcome;
}

Result<qint64> ContactService::applyDueMarketingSwitches(QDate day, QList<qint64> *changed) const
{
    auto due = m_database.run(
        QStringLiteral("SELECT DISTINCT account_id FROM contacts WHERE marketing_switch_on IS "
                       "NOT NULL AND marketing_switch_on <= ? ORDER BY account_id"),
        {SqlValues::fromDate(day)});
    if (!due)
        return due.error();
    QList<qint64> accounts;
    while (due->next())
        accounts.append(due->value(0).toLongLong());
    due->finish();

    qint64 switched = 0;
    for (const qint64 accountId : std::as_const(accounts)) {
        WriteTransaction transaction(m_database);
        if (!transaction.isOpen())
            return transaction.error();
        const auto applied = m_database.run(
            QStringLiteral("UPDATE contacts SET marketing = 0, marketing_switch_on = NULL, "
                           "status = CASE WHEN status = 'pending_upgrade' THEN 'subscribed' "
                           "ELSE status END WHERE account_id = ? AND marketing_switch_on IS NOT "
                           "NULL AND marketing_switch_on <= ?"),
            {accountId, SqlValues::fromDate(day)});
        if (!applied)
            return applied.error();
        const qint64 n = applied->numRowsAffected();
        // The freed room goes to waiting contacts, oldest first (P4).
        if (const auto promoted = promotePending(accountId); !promoted)
            return promoted.error();
        if (const Status committed = transaction.commit(); !committed)
            return committed.error();
        switched += n;
        if (changed && n > 0)
            changed->append(accountId);
    }
    return switched;
}

Result<ImportOutcome> ContactService::importContacts(const User &actor, qint64 accountId,
                                                     const QList<ImportedContact> &contacts,
                                                     DuplicatePolicy policy, QDate today,
                                                     const ContactProgress &progress) const
{
    const bool anyMarketing =
        std::any_of(contacts.cbegin(), contacts.cend(),
                    [](const ImportedContact &c) { return c.marketing.value_or(true); });
    if (anyMarketing && !actor.has(Permission::SetMarketing))
        return Error::forbidden(PermissionText::missing(actor, Permission::SetMarketing));

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (const auto account = AccountStore(m_database).load(accountId); !account)
        return account.error();

    // The account's emails, read once: no query per imported row.
    QHash<QString, Target> known;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, marketing, status, marketing_switch_on, "
                                     "added_on, email FROM contacts WHERE account_id = ?"));
        query.addBindValue(accountId);
        if (!query.exec())
            return Database::errorFrom(query);
        while (query.next()) {
            known.insert(query.value(5).toString().toLower(),
                         {query.value(0).toLongLong(), query.value(1).toInt() != 0,
                          contactStatusFromKey(query.value(2).toString())
                              .value_or(ContactStatus::Subscribed),
                          !query.value(3).isNull(), SqlValues::toDate(query.value(4))});
        }
    }

    ImportOutcome outcome;
    const qint64 total = contacts.size();
    // New contacts (first occurrence of each email wins its place; with Update, later rows of
    // the same email update it) and the updates of known ones.
    QList<ImportedContact> fresh;
    QHash<QString, qsizetype> freshIndex;
    QList<std::pair<Target, ImportedContact>> updates;
    for (const ImportedContact &contact : contacts) {
        const QString key = contact.email.toLower();
        if (const auto k = known.constFind(key); k != known.cend()) {
            if (policy == DuplicatePolicy::Skip)
                ++outcome.skipped;
            else
                updates.append({*k, contact});
        } else if (const auto f = freshIndex.constFind(key); f != freshIndex.cend()) {
            if (policy == DuplicatePolicy::Skip) {
                ++outcome.skipped;
            } else {
                ++outcome.updated;
                ImportedContact &first = fresh[*f];
                first.name = contact.name.isEmpty() ? first.name : contact.name;
                first.marketing = contact.marketing ? contact.marketing : first.marketing;
                first.status = contact.status ? contact.status : first.status;
            }
        } else {
            freshIndex.insert(key, fresh.size());
            fresh.append(contact);
        }
    }

    auto wantsRoom = [](const ImportedContact &c) {
        const ContactStatus s = c.status.value_or(ContactStatus::Subscribed);
        return c.marketing.value_or(true)
            && (s == ContactStatus::Subscribed || s == ContactStatus::PendingUpgrade);
    };
    const qint64 arriving = std::count_if(fresh.cbegin(), fresh.cend(), wantsRoom);
    const auto admitted = admitMarketing(accountId, arriving, today);
    if (!admitted)
        return admitted.error();
    qint64 room = *admitted;

    // Many rows per INSERT: a statement per row costs more in the driver than in SQLite.
    constexpr qsizetype rowsPerInsert = 100;
    const QString insertSql = QStringLiteral("INSERT INTO contacts (account_id, name, email, "
                                             "marketing, status, added_on) VALUES ");
    const QString rowMarks = QStringLiteral("(?, ?, ?, ?, ?, ?)");
    auto prepareInsert = [&](QSqlQuery &query, qsizetype rows) {
        QStringList marks(rows, rowMarks);
        return query.prepare(insertSql + marks.join(QLatin1Char(',')));
    };
    QSqlQuery fullInsert(m_database.connection());
    if (!prepareInsert(fullInsert, rowsPerInsert))
        return Database::errorFrom(fullInsert);
    const QVariant day = SqlValues::fromDate(today);
    const QVariant account(accountId);
    const QVariant statusValues[] = {contactStatusKey(ContactStatus::Subscribed),
                                     contactStatusKey(ContactStatus::PendingUpgrade),
                                     contactStatusKey(ContactStatus::Unsubscribed),
                                     contactStatusKey(ContactStatus::Archived)};
    const QVariant emptyName(QStringLiteral(""));
    const QVariant yes(1);
    const QVariant no(0);
    qint64 done = 0;
    for (qsizetype start = 0; start < fresh.size(); start += rowsPerInsert) {
        const qsizetype n = std::min(rowsPerInsert, fresh.size() - start);
        QSqlQuery tailInsert(m_database.connection());
        QSqlQuery &insert = n == rowsPerInsert ? fullInsert : tailInsert;
        if (n != rowsPerInsert && !prepareInsert(tailInsert, n))
            return Database::errorFrom(tailInsert);
        int index = 0;
        for (qsizetype i = start; i < start + n; ++i) {
            const ImportedContact &contact = fresh.at(i);
            ContactStatus status = contact.status.value_or(ContactStatus::Subscribed);
            if (wantsRoom(contact)) {
                if (room > 0) {
                    --room;
                    status = ContactStatus::Subscribed;
                } else {
                    status = ContactStatus::PendingUpgrade;
                    ++outcome.pending;
                }
            } else if (status == ContactStatus::PendingUpgrade) {
                status = ContactStatus::Subscribed; // non-marketing contacts never wait
            }
            insert.bindValue(index++, account);
            insert.bindValue(index++, contact.name.isNull() ? emptyName : QVariant(contact.name));
            insert.bindValue(index++, contact.email);
            insert.bindValue(index++, contact.marketing.value_or(true) ? yes : no);
            insert.bindValue(index++, statusValues[int(status)]);
            insert.bindValue(index++, day);
        }
        if (!insert.exec())
            return Database::errorFrom(insert);
        outcome.added += n;
        const qint64 before = done;
        done += n;
        if (progress && done / 10000 != before / 10000 && !progress(done, total)) {
            outcome.cancelled = true;
            return outcome;
        }
    }

    if (!updates.isEmpty()) {
        QSqlQuery rename(m_database.connection());
        rename.prepare(QStringLiteral("UPDATE contacts SET name = ? WHERE id = ?"));
        QList<qint64> toArchive, toUnsubscribe, reactivate, reactivateMarketing;
        QList<Target> toMarketing, toNonMarketing;
        for (auto &[target, contact] : updates) {
            if (!contact.name.isEmpty()) {
                rename.bindValue(0, contact.name);
                rename.bindValue(1, target.id);
                if (!rename.exec())
                    return Database::errorFrom(rename);
            }
            if (contact.status && *contact.status != target.status) {
                const bool inactive = target.status == ContactStatus::Archived
                    || target.status == ContactStatus::Unsubscribed;
                if (*contact.status == ContactStatus::Archived) {
                    toArchive.append(target.id);
                    target.status = ContactStatus::Archived;
                } else if (*contact.status == ContactStatus::Unsubscribed) {
                    toUnsubscribe.append(target.id);
                    target.status = ContactStatus::Unsubscribed;
                } else if (inactive) {
                    (target.marketing ? reactivateMarketing : reactivate).append(target.id);
                    target.status = ContactStatus::Subscribed;
                }
            }
            if (contact.marketing && *contact.marketing != target.marketing)
                (*contact.marketing ? toMarketing : toNonMarketing).append(target);
            ++outcome.updated;
        }
        const auto admittedBack = admitMarketing(accountId, reactivateMarketing.size(), today);
        if (!admittedBack)
            return admittedBack.error();
        outcome.pending += reactivateMarketing.size() - *admittedBack;
        reactivate += reactivateMarketing.first(*admittedBack);
        const QList<std::pair<QString, QList<qint64>>> statusSteps = {
            {QStringLiteral("archived"), toArchive},
            {QStringLiteral("unsubscribed"), toUnsubscribe},
            {QStringLiteral("subscribed"), reactivate},
            {QStringLiteral("pending_upgrade"), reactivateMarketing.sliced(*admittedBack)},
        };
        qint64 stepDone = 0;
        bool cancelled = false;
        for (const auto &[status, ids] : statusSteps) {
            const auto changed = runForIds(
                m_database, QStringLiteral("UPDATE contacts SET status = ? WHERE id IN (%1)"),
                {status}, ids, stepDone, ids.size(), {}, cancelled);
            if (!changed)
                return changed.error();
        }
        for (const bool marketing : {true, false}) {
            const QList<Target> &group = marketing ? toMarketing : toNonMarketing;
            const auto applied =
                applyMarketing(accountId, group, marketing, today, stepDone, group.size(), {});
            if (!applied)
                return applied.error();
            outcome.pending += applied->pending;
        }
    }
    if (progress && !progress(total, total)) {
        outcome.cancelled = true;
        return outcome;
    }
    if (const Status noted = noteUsage(accountId, today); !noted)
        return noted.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace Tierline
