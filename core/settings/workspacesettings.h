// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QObject>

namespace Tierline {

class Database;

/**
 * Settings of the whole workspace, shared by everyone on the database (unlike AppSettings,
 * which are one person's): kept in the `meta` table.
 *
 * Z7: the subscriptions feature can be switched off. Off hides the subscription widgets and
 * fields and takes them out of the smart-list field picker; columns already in smart lists
 * stay, and no data is removed. On shows everything again. It is on by default.
 */
class WorkspaceSettings : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSettings(const Database &database, QObject *parent = nullptr);

    bool subscriptionsEnabled() const;
    /** Stores the switch; emits subscriptionsEnabledChanged when it changed. */
    Status setSubscriptionsEnabled(bool enabled);

Q_SIGNALS:
    void subscriptionsEnabledChanged(bool enabled);

private:
    const Database &m_database;
};

} // namespace Tierline
