// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/billingservice.h"
#include "billing/campaigns.h"
#include "billing/ledger.h"
#include "billing/permissions.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Tierline::Testing {

/**
 * A small real world for tests: a fresh SQLite file in a temporary folder, a fixed clock,
 * the built-in catalog, the services, and one user per role. No mocks: everything runs
 * through the same code as the application.
 *
 * With `TIERLINE_TEST_ENGINE=postgresql` the world lives in a fresh schema of a throwaway
 * PostgreSQL server instead (see PostgreSqlServer); databasePath() is then its URL, which
 * `tierline-cli --db` takes as well. Without PostgreSQL's programs the test process exits
 * with code 77, which CTest reports as skipped.
 */
class TestWorld
{
public:
    explicit TestWorld(QDate today = QDate(2026, 3, 10));

    Database &database() { return *m_database; }
    FixedClock &clock() { return m_clock; }
    const Catalog &catalog() const { return Catalog::builtIn(); }
    BillingService &billing() { return *m_billing; }
    ContactService contacts() const { return ContactService(*m_database, catalog()); }
    /** The SQLite file, or the `postgresql://` URL: what `--db` takes. */
    QString databasePath() const;
    /** A path in the world's own temporary folder, for files a test writes (on either engine). */
    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    /** Whether tests run on PostgreSQL (`TIERLINE_TEST_ENGINE=postgresql`). */
    static bool onPostgreSql();
    /**
     * A `--db` location of a new, empty database on the engine under test: a file in folder
     * for SQLite, a new schema for PostgreSQL.
     */
    static QString newDatabaseLocation(const QString &folder, const QString &fileName);

    User admin; ///< every permission
    User owner; ///< billing access, can send campaigns, set marketing
    User reviewer; ///< review decisions only
    User rep; ///< no billing permission

    /** A new account with Campaigns not taken; returns its id. */
    qint64 createAccount(const QString &currency = QStringLiteral("USD"),
                         BillingInterval interval = BillingInterval::Monthly,
                         const QString &name = QStringLiteral("Nordljus Design"));
    /** Adds count marketing contacts on today's date. */
    void addContacts(qint64 accountId, int count, bool marketing = true);
    /** Campaigns active at a tier from today: review approved, bought. */
    void buyCampaigns(qint64 accountId, int tier);
    Account account(qint64 accountId);
    ContactCounts counts(qint64 accountId);
    /**
     * Every contact's every column as one text (of one account, or of all with 0): equal
     * before and after means an action changed nothing.
     */
    QString contactsFingerprint(qint64 accountId = 0);
    /** The account's Campaigns ledger lines, oldest first (plan lines left out). */
    QList<LedgerEntry> ledger(qint64 accountId);
    /** The account's plan lines (A2): renewals, credits and charges. */
    QList<LedgerEntry> planLedger(qint64 accountId);
    /** Every ledger line of the account. */
    QList<LedgerEntry> allLedger(qint64 accountId);

private:
    QTemporaryDir m_folder;
    QString m_location;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BillingService> m_billing;
};

/** Fails the current test with the error's message when a Result or Status is not ok. */
#define TL_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &tl_result_ = (expr);                                                           \
        QVERIFY2(tl_result_.ok(),                                                                  \
                 qPrintable(tl_result_.ok() ? QString() : tl_result_.error().message));            \
    } while (false)

} // namespace Tierline::Testing
