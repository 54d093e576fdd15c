// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
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

/** What the contacts list shows: each criterion narrows it; an empty one does not. */
struct ContactFilter
{
    std::optional<ContactStatus> status;
    std::optional<bool> marketing;
    QString text; ///< part of the name or email, case-insensitive

    bool operator==(const ContactFilter &) const = default;
};

/** The columns the contacts list can be sorted by; ties are broken by id. */
enum class ContactSortKey { ByName, ByEmail, ByMarketing, ByStatus, ByAddedOn };

struct ContactOrder
{
    ContactSortKey key = ContactSortKey::ByAddedOn;
    bool descending = false;
};

/** One contact as the list shows it. */
struct ContactRow
{
    qint64 id = 0;
    QString name;
    QString email;
    bool marketing = true;
    ContactStatus status = ContactStatus::Subscribed;
    QDate addedOn;
    QDate marketingSwitchOn; ///< H4: the day a pending switch to non-marketing takes effect
};

/** The contacts a bulk action works on: listed ids, or every contact matching a filter. */
struct ContactSelection
{
    QList<qint64> ids;
    bool allMatching = false;
    ContactFilter filter; ///< used when allMatching

    static ContactSelection matching(const ContactFilter &filter) { return {{}, true, filter}; }
};

/**
 * Reports progress of long work (done of total); returning false cancels it, and a
 * cancelled action changes nothing.
 */
using ContactProgress = std::function<bool(qint64 done, qint64 total)>;

/** What a bulk action did. When cancelled, nothing was changed. */
struct BulkOutcome
{
    qint64 changed = 0; ///< contacts changed (or deleted)
    qint64 pending = 0; ///< of them, how many now wait as Pending upgrade
    qint64 scheduled = 0; ///< of them, how many got a switch to non-marketing (H4)
    QDate switchOn; ///< the update date those switches take effect
    bool cancelled = false;
};

/** A contact read from an import file; unset fields keep the defaults or the existing value. */
struct ImportedContact
{
    QString name;
    QString email;
    std::optional<bool> marketing;
    std::optional<ContactStatus> status; ///< Subscribed asks for the P4 rule
};

/** What an import does with a contact whose email the account already has. */
enum class DuplicatePolicy { Update, Skip };

struct ImportOutcome
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 pending = 0; ///< added or updated contacts waiting as Pending upgrade
    bool cancelled = false;
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

    /** The translated name of a status: "Subscribed", "Pending upgrade" … */
    static QString statusName(ContactStatus status);
    /** "Imported: 4 added, 0 updated, 0 skipped; 1 waits as Pending upgrade." */
    static QString importSummary(const ImportOutcome &outcome);

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

    /**
     * The P4 limit rule, in one place: of `arriving` contacts about to become Subscribed
     * marketing contacts on `day`, how many may be Subscribed; the rest wait as Pending
     * upgrade. An account with the auto-upgrade overage policy (H5) first gets the room: its
     * tier rises and the prorated difference is charged the next day (AutoUpgrades). Runs
     * inside the caller's transaction.
     */
    Result<qint64> admitMarketing(qint64 accountId, qint64 arriving, QDate day) const;

    /** How many of the account's contacts match filter: an SQL COUNT, never a loaded list. */
    Result<qint64> countMatching(qint64 accountId, const ContactFilter &filter) const;
    /** The account's contacts by status (all of them, marketing or not), by SQL. */
    Result<QMap<ContactStatus, qint64>> countByStatus(qint64 accountId,
                                                      const ContactFilter &filter = {}) const;
    /**
     * Up to limit contacts matching filter in order, starting after the row `after` (keyset
     * paging: pass the last row of the previous page; nothing for the first page).
     */
    Result<QList<ContactRow>> list(qint64 accountId, const ContactFilter &filter,
                                   const ContactOrder &order,
                                   const std::optional<ContactRow> &after, int limit) const;

    /**
     * Sets the selected contacts Archived, in one transaction. Archived contacts stop counting
     * at once, which lowers the tier floor (P8); pending contacts are not promoted into the
     * room, so that the downgrade stays possible.
     */
    Result<BulkOutcome> archive(const User &actor, qint64 accountId,
                                const ContactSelection &selection,
                                const ContactProgress &progress = {}) const;
    /**
     * Sets the selected contacts marketing or non-marketing (H1, H4, H6), in one transaction;
     * needs the Set marketing permission. To marketing: at once, Subscribed contacts through
     * the P4 rule (Subscribed while there is room, else Pending upgrade); a pending switch to
     * non-marketing is withdrawn. To non-marketing: a counted (Subscribed) contact switches on
     * the account's next update date after today and counts until then; a contact that does
     * not count switches at once.
     */
    Result<BulkOutcome> setMarketing(const User &actor, qint64 accountId,
                                     const ContactSelection &selection, bool marketing, QDate today,
                                     const ContactProgress &progress = {}) const;
    /**
     * Deletes the selected contacts in one transaction. Deleting frees room, so waiting
     * contacts are promoted into it; it never lowers the tier (H5).
     */
    Result<BulkOutcome> remove(const User &actor, qint64 accountId,
                               const ContactSelection &selection,
                               const ContactProgress &progress = {}) const;

    /**
     * Applies every switch to non-marketing due on or before day, of every account, each
     * account in its own transaction, and promotes waiting contacts into the freed room. A
     * switch is applied once: it is cleared as it is applied. Called by the scheduler.
     * Returns how many contacts switched; changed receives the accounts touched.
     */
    Result<qint64> applyDueMarketingSwitches(QDate day, QList<qint64> *changed = nullptr) const;

    /**
     * Imports contacts in one transaction (all or nothing): new emails are added through the
     * P4 rule, known ones (by email, case-insensitive) updated or skipped as policy says; a
     * repeated email in contacts counts as known from its first occurrence. Adding or
     * setting marketing contacts needs the Set marketing permission.
     */
    Result<ImportOutcome> importContacts(const User &actor, qint64 accountId,
                                         const QList<ImportedContact> &contacts,
                                         DuplicatePolicy policy, QDate today,
                                         const ContactProgress &progress = {}) const;

private:
    Result<qint64> currentLimit(qint64 accountId) const;
    /**
     * After a change to the account's contacts, inside its transaction: records the day's
     * usage point and fires or re-arms the usage thresholds (H2, H3). Without a day (an
     * action that only lowers usage) it only re-arms.
     */
    Status noteUsage(qint64 accountId, QDate day) const;
    struct Target;
    Result<QList<Target>> targets(qint64 accountId, const ContactSelection &selection) const;
    /** Runs sql (%1: the ids) on the selected contacts that include() keeps, in one transaction. */
    Result<BulkOutcome> runOnSelection(qint64 accountId, const ContactSelection &selection,
                                       const QString &sql,
                                       const std::function<bool(const Target &)> &include,
                                       bool promoteAfter, const ContactProgress &progress) const;
    Result<BulkOutcome> applyMarketing(qint64 accountId, const QList<Target> &targets,
                                       bool marketing, QDate today, qint64 &done, qint64 total,
                                       const ContactProgress &progress) const;

    const Database &m_database;
    const Catalog &m_catalog;
};

} // namespace Tierline
