// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactservice.h"

#include "billing/campaigns.h"
#include "billing/permissions.h"
#include "catalog/catalog.h"
#include "storage/database.h"
#include "storage/enumkeys.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace Tierline {

namespace {

constexpr std::pair<ContactStatus, const char *> statusKeys[] = {
    {ContactStatus::Subscribed, "subscribed"},
    {ContactStatus::PendingUpgrade, "pending_upgrade"},
    {ContactStatus::Unsubscribed, "unsubscribed"},
    {ContactStatus::Archived, "archived"},
};

} // namespace

QString contactStatusKey(ContactStatus status)
{
    return EnumKeys::keyOf(status, statusKeys);
}

std::optional<ContactStatus> contactStatusFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, statusKeys);
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
    const auto limit = currentLimit(accountId);
    if (!limit)
        return limit.error();
    const auto subscribed = subscribedCount(accountId);
    if (!subscribed)
        return subscribed.error();

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO contacts (account_id, name, email, marketing, "
                                  "status, added_on) VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariant day = SqlValues::fromDate(addedOn);
    qint64 room = std::max<qint64>(0, *limit - *subscribed);
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

} // namespace Tierline
