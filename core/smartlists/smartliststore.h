// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"
#include "smartlist.h"

#include <QCoreApplication>

namespace Tierline {

class Database;

/**
 * The smart lists of the workspace (Z5): the built-in ones, which cannot be renamed or
 * deleted, and the saved ones in the `smart_lists` table, their names unique regardless of
 * case.
 */
class SmartListStore
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::SmartListStore)

public:
    explicit SmartListStore(const Database &database)
        : m_database(database)
    {
    }

    /** "All accounts" and "Subscriptions ending soon" (the next 30 days), names translated. */
    static QList<SmartList> builtIns();

    /** The built-in lists, then the saved ones by name. */
    Result<QList<SmartList>> all() const;
    Result<SmartList> byId(qint64 id) const;
    /**
     * A list by name: a saved list's name (any case), or a built-in's key ("ending_soon"),
     * English name or translated name.
     */
    Result<SmartList> byName(const QString &name) const;

    /** Saves a new list (id 0) or updates a saved one; returns its id. */
    Result<qint64> save(const SmartList &list) const;
    Status rename(qint64 id, const QString &name) const;
    Status remove(qint64 id) const;

private:
    Status checkName(const QString &name, qint64 exceptId) const;

    const Database &m_database;
};

} // namespace Tierline
