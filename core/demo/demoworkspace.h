// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace Tierline {

class Catalog;
class Database;

/** What the demo generator makes. */
struct DemoOptions
{
    int accounts = 24; ///< customer accounts
    quint32 seed = 1; ///< the same seed gives the same workspace
    QDate today; ///< the day the workspace is brought up to
};

/**
 * The demo workspace (X10): staff with each role, and accounts whose Campaigns history was
 * lived through the real billing services on a simulated clock over the past fourteen
 * months (trials converted and stopped, reviews, upgrades with prorated lines, scheduled
 * downgrades, cancellations, contacts held as Pending upgrade). Nothing is written directly.
 */
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::DemoWorkspace)

public:
    /** Called with progress (done of total); returning false cancels. */
    using Progress = std::function<bool(int done, int total)>;

    /** True when the database has no users and no accounts. */
    static Result<bool> isEmpty(const Database &database);

    /**
     * Fills an empty database. A database that already has data is refused (BadInput). When
     * cancelled, everything written so far is removed again and Error::Kind::Refused returned.
     */
    static Status generate(const Database &database, const Catalog &catalog,
                           const DemoOptions &options, const Progress &progress = {});
};

} // namespace Tierline
