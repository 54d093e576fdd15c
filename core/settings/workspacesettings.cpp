// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesettings.h"

#include "storage/database.h"
#include "storage/transaction.h"

namespace Tierline {

namespace {

const QString subscriptionsKey = QStringLiteral("subscriptions_enabled");

} // namespace

WorkspaceSettings::WorkspaceSettings(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

bool WorkspaceSettings::subscriptionsEnabled() const
{
    const auto value = m_database.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                         {subscriptionsKey});
    return !value || value->isNull() || value->toString() != QLatin1String("0");
}

Status WorkspaceSettings::setSubscriptionsEnabled(bool enabled)
{
    if (enabled == subscriptionsEnabled())
        return Done {};
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto stored =
        m_database.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {subscriptionsKey, enabled ? QStringLiteral("1") : QStringLiteral("0")});
    if (!stored)
        return stored.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT subscriptionsEnabledChanged(enabled);
    return Done {};
}

} // namespace Tierline
