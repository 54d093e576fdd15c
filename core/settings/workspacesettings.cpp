// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesettings.h"

#include "storage/database.h"

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
    const auto value = m_database.meta(subscriptionsKey);
    return !value || value->isNull() || value->toString() != QLatin1String("0");
}

Status WorkspaceSettings::setSubscriptionsEnabled(bool enabled)
{
    if (enabled == subscriptionsEnabled())
        return Done {};
    if (const Status stored = m_database.setMeta(
            subscriptionsKey, enabled ? QStringLiteral("1") : QStringLiteral("0"));
        !stored)
        return stored;
    Q_EMIT subscriptionsEnabledChanged(enabled);
    return Done {};
}

} // namespace Tierline
