// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Tierline {

class Catalog;
class Database;
struct User;

/** Marketing status of a contact (P4). */
enum class ContactStatus { Subscribed, PendingUpgrade, Unsubscribed, Archived };

QString contactStatusKey(ContactStatus status); ///< "subscribed", "pending_upgrade" …
std::optional<ContactStatus> contactStatusFromKey(const QString &key);

/** A contact to add. Only marketing contacts count against the tier (H1). */
struct NewContact
{
    QString name;
    QString email;
    bool marketing = true;
};

/** How an account's contacts stand; the by-status counts are of marketing contacts. */
struct ContactCounts
{
    qint64 subscribed = 0;
    qint64 pendingUpgrade = 0;
    qint64 unsubscribed = 0;
    qint64 archived = 0;
    qint64 nonMarketing = 0;
    qint64 total = 0;
};

/**
 * Contacts and the tier's hold on them (P4): new marketing contacts are Subscribed while the
 * account is under its subscriber limit and Pending upgrade beyond it; when the limit grows,
 * pending contacts are promoted, oldest first, as far as the new limit holds.
 */
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::ContactService)

public:
    ContactService(const Database &database, const Catalog &catalog)
        : m_database(database)
        , m_catalog(catalog)
    {
    }

    Result<ContactCounts> counts(qint64 accountId) const;
    /** Subscribed marketing contacts: what the tier floor of P8 is computed from. */
    Result<qint64> subscribedCount(qint64 accountId) const;

    /**
     * Adds contacts in one transaction, each Subscribed or Pending upgrade by the hold rule.
     * Adding marketing contacts needs the Set marketing permission (H6). Returns how many
     * became Pending upgrade.
     */
    Result<qint64> addContacts(const User &actor, qint64 accountId,
                               const QList<NewContact> &contacts, QDate addedOn) const;

    /**
     * Promotes Pending upgrade contacts to Subscribed, oldest first, up to the account's
     * current limit. Runs inside the caller's transaction. Returns how many were promoted.
     */
    Result<qint64> promotePending(qint64 accountId) const;

private:
    Result<qint64> currentLimit(qint64 accountId) const;

    const Database &m_database;
    const Catalog &m_catalog;
};

} // namespace Tierline
