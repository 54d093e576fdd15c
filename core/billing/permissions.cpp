// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "storage/database.h"
#include "storage/enumkeys.h"

namespace Tierline {

namespace {

constexpr std::pair<Role, const char *> roleKeys[] = {
    {Role::Admin, "admin"},        {Role::AccountOwner, "account_owner"},
    {Role::Reviewer, "reviewer"},  {Role::SalesManager, "sales_manager"},
    {Role::SalesRep, "sales_rep"}, {Role::Ops, "ops"},
};

} // namespace

QString roleKey(Role role)
{
    return EnumKeys::keyOf(role, roleKeys);
}

std::optional<Role> roleFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, roleKeys);
}

Permissions defaultPermissions(Role role)
{
    switch (role) {
    case Role::Admin:
        return Permission::BillingAccess | Permission::CanSendCampaigns
            | Permission::ReviewDecisions | Permission::SetMarketing;
    case Role::AccountOwner:
        return Permission::BillingAccess | Permission::CanSendCampaigns | Permission::SetMarketing;
    case Role::Reviewer:
        return Permission::ReviewDecisions;
    case Role::Ops:
        return Permission::SetMarketing;
    case Role::SalesManager:
    case Role::SalesRep:
        return {};
    }
    return {};
}

QString PermissionText::roleInSentence(Role role)
{
    // Role names are titles ("Sales rep", "Responsabile vendite"); in sv, id and it, as in
    // English, a role is lower case inside a sentence.
    return roleName(role).toLower();
}

QString PermissionText::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::AccountOwner:
        return tr("Account owner");
    case Role::Reviewer:
        return tr("Reviewer");
    case Role::SalesManager:
        return tr("Sales manager");
    case Role::SalesRep:
        return tr("Sales rep");
    case Role::Ops:
        return tr("Operations");
    }
    return {};
}

QString PermissionText::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::BillingAccess:
        return tr("Billing access");
    case Permission::CanSendCampaigns:
        return tr("Can send campaigns");
    case Permission::ReviewDecisions:
        return tr("Review decisions");
    case Permission::SetMarketing:
        return tr("Set contacts as marketing");
    }
    return {};
}

QString PermissionText::missing(const User &user, Permission permission)
{
    return tr("%1 does not have the “%2” permission.").arg(user.name, permissionName(permission));
}

Result<QList<User>> UserStore::query(const QString &where, const QVariantList &values) const
{
    auto rows =
        m_database.run(QStringLiteral("SELECT id, login, name, role, permissions FROM users ")
                           + where + QStringLiteral(" ORDER BY id"),
                       values);
    if (!rows)
        return rows.error();
    QList<User> users;
    while (rows->next()) {
        User u;
        u.id = rows->value(0).toLongLong();
        u.login = rows->value(1).toString();
        u.name = rows->value(2).toString();
        u.role = roleFromKey(rows->value(3).toString()).value_or(Role::SalesRep);
        u.permissions = Permissions::fromInt(rows->value(4).toInt());
        users.append(u);
    }
    return users;
}

Result<QList<User>> UserStore::all() const
{
    return query({}, {});
}

Result<User> UserStore::byLogin(const QString &login) const
{
    const auto found = query(QStringLiteral("WHERE login = ?"), {login});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::badInput(tr("There is no user “%1”.").arg(login));
    return found->constFirst();
}

Result<User> UserStore::byId(qint64 id) const
{
    const auto found = query(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::badInput(tr("There is no user %1.").arg(id));
    return found->constFirst();
}

Result<qint64> UserStore::create(const User &user) const
{
    const auto id = m_database.scalar(
        QStringLiteral("INSERT INTO users (login, name, role, permissions) VALUES (?, ?, ?, ?) "
                       "RETURNING id"),
        {user.login, user.name, roleKey(user.role), int(user.permissions.toInt())});
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace Tierline
