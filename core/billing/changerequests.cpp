// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changerequests.h"

#include "billing/ledger.h"
#include "calendar/clock.h"
#include "storage/database.h"
#include "storage/enumkeys.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace Tierline {

namespace {

constexpr std::pair<ChangeRequestKind, const char *> kindKeys[] = {
    {ChangeRequestKind::PlanDowngrade, "plan_downgrade"},
    {ChangeRequestKind::AddonRemoval, "addon_removal"},
    {ChangeRequestKind::Unbundle, "unbundle"},
    {ChangeRequestKind::ProductChange, "product_change"},
};

constexpr int maxDetails = 4000;

} // namespace

QString changeRequestKindKey(ChangeRequestKind kind)
{
    return EnumKeys::keyOf(kind, kindKeys);
}

std::optional<ChangeRequestKind> changeRequestKindFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, kindKeys);
}

QString ChangeRequests::kindText(ChangeRequestKind kind)
{
    switch (kind) {
    case ChangeRequestKind::PlanDowngrade:
        return tr("Downgrade the plan");
    case ChangeRequestKind::AddonRemoval:
        return tr("Remove an add-on");
    case ChangeRequestKind::Unbundle:
        return tr("Unbundle Marketing and Sales");
    case ChangeRequestKind::ProductChange:
        return tr("Change the product");
    }
    return {};
}

Result<qint64> ChangeRequests::submit(const User &actor, qint64 accountId, ChangeRequestKind kind,
                                      const QString &details) const
{
    if (!actor.has(Permission::BillingAccess))
        return Error::forbidden(PermissionText::missing(actor, Permission::BillingAccess));
    const QString text = details.trimmed();
    if (text.isEmpty())
        return Error::badInput(tr("Describe the change you need, so that staff can act on it."));
    if (text.size() > maxDetails)
        return Error::badInput(
            tr("The description is too long: at most %1 characters.").arg(maxDetails));

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto exists = m_database.scalar(
        QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ?"), {accountId});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error::badInput(tr("There is no account %1.").arg(accountId));
    const QDateTime now = m_clock.now();
    const auto id = m_database.scalar(
        QStringLiteral(
            "INSERT INTO change_requests (account_id, requested_by, requested_at, kind, details) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {accountId, actor.id, now.toString(Qt::ISODate), changeRequestKindKey(kind), text});
    if (!id)
        return id.error();
    if (const Status logged =
            AuditLog(m_database)
                .record(now, actor.id, accountId, QStringLiteral("change_request.submit"),
                        {{QStringLiteral("request"), id->toLongLong()},
                         {QStringLiteral("kind"), changeRequestKindKey(kind)}});
        !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id->toLongLong();
}

Status ChangeRequests::markHandled(const User &actor, qint64 requestId) const
{
    if (!actor.has(Permission::BillingAccess))
        return Error::forbidden(PermissionText::missing(actor, Permission::BillingAccess));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto account = m_database.scalar(
        QStringLiteral(
            "SELECT account_id FROM change_requests WHERE id = ? AND handled_at IS NULL"),
        {requestId});
    if (!account)
        return account.error();
    if (account->isNull())
        return Error::refused(
            tr("Request %1 does not exist or is already handled.").arg(requestId));
    const QDateTime now = m_clock.now();
    const auto updated = m_database.run(
        QStringLiteral("UPDATE change_requests SET handled_by = ?, handled_at = ? WHERE id = ?"),
        {actor.id, now.toString(Qt::ISODate), requestId});
    if (!updated)
        return updated.error();
    if (const Status logged = AuditLog(m_database)
                                  .record(now, actor.id, account->toLongLong(),
                                          QStringLiteral("change_request.handled"),
                                          {{QStringLiteral("request"), requestId}});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<ChangeRequest>> ChangeRequests::list(bool includeHandled,
                                                  std::optional<qint64> accountId) const
{
    QString where = includeHandled ? QStringLiteral("WHERE 1 = 1")
                                   : QStringLiteral("WHERE r.handled_at IS NULL");
    QVariantList values;
    if (accountId) {
        where += QStringLiteral(" AND r.account_id = ?");
        values.append(*accountId);
    }
    auto rows = m_database.run(
        QStringLiteral(
            "SELECT r.id, r.account_id, a.name, r.requested_by, u.name, r.requested_at, r.kind, "
            "r.details, r.handled_at, h.name FROM change_requests r "
            "JOIN accounts a ON a.id = r.account_id "
            "LEFT JOIN users u ON u.id = r.requested_by "
            "LEFT JOIN users h ON h.id = r.handled_by ")
            + where + QStringLiteral(" ORDER BY r.id DESC"),
        values);
    if (!rows)
        return rows.error();
    QList<ChangeRequest> result;
    while (rows->next()) {
        const QSqlQuery &q = rows.value();
        ChangeRequest r;
        r.id = q.value(0).toLongLong();
        r.accountId = q.value(1).toLongLong();
        r.accountName = q.value(2).toString();
        r.requestedBy = q.value(3).toLongLong();
        r.requestedByName = q.value(4).toString();
        r.requestedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        r.kind = changeRequestKindFromKey(q.value(6).toString())
                     .value_or(ChangeRequestKind::PlanDowngrade);
        r.details = q.value(7).toString();
        r.handled = !q.value(8).isNull();
        r.handledAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        r.handledByName = q.value(9).toString();
        result.append(r);
    }
    return result;
}

} // namespace Tierline
