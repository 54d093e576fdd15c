// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartliststore.h"

#include "storage/database.h"
#include "storage/transaction.h"

namespace Tierline {

namespace {

const QString selectLists = QStringLiteral(
    "SELECT id, name, filter, columns, sort_field, sort_descending FROM smart_lists");

SmartList listFrom(const QSqlQuery &query)
{
    SmartList list;
    list.id = query.value(0).toLongLong();
    list.name = query.value(1).toString();
    list.filter = SmartList::filterFromJson(query.value(2).toString());
    list.columns = SmartList::columnsFromText(query.value(3).toString());
    list.sort.field =
        smartListFieldFromKey(query.value(4).toString()).value_or(SmartListField::Name);
    list.sort.descending = query.value(5).toInt() != 0;
    return list;
}

} // namespace

QList<SmartList> SmartListStore::builtIns()
{
    using F = SmartListField;
    SmartList all;
    all.builtInKey = QStringLiteral("all_accounts");
    all.name = tr("All accounts");
    all.columns = {F::Name, F::Owner, F::Plan, F::Campaigns, F::CurrentMrr, F::UsagePercent};

    SmartList endingSoon;
    endingSoon.builtInKey = QStringLiteral("ending_soon");
    endingSoon.name = tr("Subscriptions ending soon");
    endingSoon.filter.subscriptionEnd = DateCondition::within(30);
    endingSoon.columns = {F::Name,        F::Owner,        F::CurrentMrr, F::SubscriptionEnd,
                          F::UpcomingMrr, F::UpcomingStart};
    endingSoon.sort = {F::SubscriptionEnd, false};
    return {all, endingSoon};
}

Result<QList<SmartList>> SmartListStore::all() const
{
    QList<SmartList> lists = builtIns();
    auto rows = m_database.run(selectLists + QStringLiteral(" ORDER BY lower(name), id"));
    if (!rows)
        return rows.error();
    while (rows->next())
        lists.append(listFrom(*rows));
    return lists;
}

Result<SmartList> SmartListStore::byId(qint64 id) const
{
    auto rows = m_database.run(selectLists + QStringLiteral(" WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error::badInput(tr("There is no smart list %1.").arg(id));
    return listFrom(*rows);
}

Result<SmartList> SmartListStore::byName(const QString &name) const
{
    const QString wanted = name.trimmed();
    auto rows =
        m_database.run(selectLists + QStringLiteral(" WHERE lower(name) = lower(?)"), {wanted});
    if (!rows)
        return rows.error();
    if (rows->next())
        return listFrom(*rows);
    const QList<SmartList> builtIn = builtIns();
    for (const SmartList &list : builtIn) {
        const QString english = list.builtInKey == QLatin1String("all_accounts")
            ? QStringLiteral("All accounts")
            : QStringLiteral("Subscriptions ending soon");
        if (wanted == list.builtInKey || wanted.compare(english, Qt::CaseInsensitive) == 0
            || wanted.compare(list.name, Qt::CaseInsensitive) == 0)
            return list;
    }
    return Error::badInput(
        tr("There is no smart list called “%1”. “tierline-cli smart-lists” lists them.")
            .arg(wanted));
}

Status SmartListStore::checkName(const QString &name, qint64 exceptId) const
{
    if (name.trimmed().isEmpty())
        return Error::badInput(tr("Give the smart list a name."));
    const QList<SmartList> builtIn = builtIns();
    for (const SmartList &list : builtIn) {
        if (name.trimmed().compare(list.name, Qt::CaseInsensitive) == 0)
            return Error::badInput(
                tr("“%1” is the name of a built-in smart list; choose another.").arg(name));
    }
    const auto taken = m_database.scalar(
        QStringLiteral("SELECT COUNT(*) FROM smart_lists WHERE lower(name) = lower(?) AND id <> ?"),
        {name.trimmed(), exceptId});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error::badInput(tr("A smart list called “%1” exists already; choose another name.")
                                   .arg(name.trimmed()));
    return Done {};
}

Result<qint64> SmartListStore::save(const SmartList &list) const
{
    if (list.isBuiltIn())
        return Error::refused(tr("A built-in smart list cannot be changed; save it under a new "
                                 "name instead."));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (const Status named = checkName(list.name, list.id); !named)
        return named.error();
    const QVariantList values {list.name.trimmed(), SmartList::filterToJson(list.filter),
                               SmartList::columnsToText(list.columns),
                               smartListFieldKey(list.sort.field), list.sort.descending ? 1 : 0};
    qint64 id = list.id;
    if (id == 0) {
        const auto inserted = m_database.scalar(
            QStringLiteral("INSERT INTO smart_lists (name, filter, columns, sort_field, "
                           "sort_descending) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            values);
        if (!inserted)
            return inserted.error();
        id = inserted->toLongLong();
    } else {
        const auto updated = m_database.run(
            QStringLiteral("UPDATE smart_lists SET name = ?, filter = ?, columns = ?, "
                           "sort_field = ?, sort_descending = ? WHERE id = ?"),
            values + QVariantList {id});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error::conflict(tr("The smart list was deleted meanwhile; save it anew."));
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status SmartListStore::rename(qint64 id, const QString &name) const
{
    if (id <= 0)
        return Error::refused(tr("A built-in smart list cannot be renamed."));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (const Status named = checkName(name, id); !named)
        return named;
    const auto updated = m_database.run(
        QStringLiteral("UPDATE smart_lists SET name = ? WHERE id = ?"), {name.trimmed(), id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::badInput(tr("There is no smart list %1.").arg(id));
    return transaction.commit();
}

Status SmartListStore::remove(qint64 id) const
{
    if (id <= 0)
        return Error::refused(tr("A built-in smart list cannot be deleted."));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto deleted =
        m_database.run(QStringLiteral("DELETE FROM smart_lists WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() != 1)
        return Error::badInput(tr("There is no smart list %1.").arg(id));
    return transaction.commit();
}

} // namespace Tierline
