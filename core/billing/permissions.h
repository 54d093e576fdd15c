// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace Tierline {

/** What a user may do (P1, P3, H6). Checked in the core services, not only in the UI. */
enum class Permission {
    BillingAccess = 0x1, ///< billing page actions: trial, tier changes, cancel, purchases
    CanSendCampaigns = 0x2, ///< request or expedite the account review
    ReviewDecisions = 0x4, ///< approve or reject account reviews
    SetMarketing = 0x8, ///< set contacts as marketing (H6)
};
Q_DECLARE_FLAGS(Permissions, Permission)
Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions)

/** The staff roles, each with its default permissions. */
enum class Role { Admin, AccountOwner, Reviewer, SalesManager, SalesRep, Ops };

QString roleKey(Role role); ///< stable key stored in the database: "admin", "account_owner" …
std::optional<Role> roleFromKey(const QString &key);
Permissions defaultPermissions(Role role);

/** A member of staff acting in Tierline. */
struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::SalesRep;
    Permissions permissions;

    bool has(Permission permission) const { return permissions.testFlag(permission); }
};

/** Translated names for roles and permissions, for messages and the UI. */
class PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::PermissionText)

public:
    static QString roleName(Role role);
    /** The role's name inside a sentence: "… is a sales rep and cannot …". */
    static QString roleInSentence(Role role);
    static QString permissionName(Permission permission);
    /** "Anna Owner does not have the “Billing access” permission." */
    static QString missing(const User &user, Permission permission);
};

class Database;

/** Staff members in the database. */
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::UserStore)

public:
    explicit UserStore(const Database &database)
        : m_database(database)
    {
    }

    Result<QList<User>> all() const;
    /** The user with this login; an unknown login is Error::Kind::BadInput. */
    Result<User> byLogin(const QString &login) const;
    Result<User> byId(qint64 id) const;
    /** Adds a user and returns the id. */
    Result<qint64> create(const User &user) const;

private:
    Result<QList<User>> query(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace Tierline
