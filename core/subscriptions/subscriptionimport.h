// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tierline {

class Catalog;
class Database;
struct User;

/** What an import of subscription deals did. */
struct SubscriptionImportOutcome
{
    int periods = 0; ///< deals added
    int accountsCreated = 0;
    int ownersCreated = 0;
};

/**
 * Imports manual deals from CSV (Z1, X11): the header names the columns account, owner,
 * currency, amount, interval, start, end (any order and case). Accounts are found by name;
 * missing ones are created in the row's currency, with their subscription from deals only,
 * owned by the row's owner, found by login or name or else created as a sales rep. Amounts
 * are plain decimals ("1234.50"); intervals monthly, quarterly or annual; dates YYYY-MM-DD;
 * an empty end leaves the deal open.
 *
 * All or nothing: every row is checked first, and a file with any problem is refused with
 * the problems listed by row (the header is row 1), writing nothing.
 */
class SubscriptionImport
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::SubscriptionImport)

public:
    SubscriptionImport(const Database &database, const Catalog &catalog)
        : m_database(database)
        , m_catalog(catalog)
    {
    }

    Result<SubscriptionImportOutcome> importFile(const User &actor, const QString &path,
                                                 const QDateTime &at) const;
    Result<SubscriptionImportOutcome> importData(const User &actor, const QByteArray &csv,
                                                 const QDateTime &at) const;

    /** How many problems an error message lists before "and N more". */
    static constexpr int listedProblems = 20;

private:
    const Database &m_database;
    const Catalog &m_catalog;
};

} // namespace Tierline
