// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Tierline {

class Clock;
class Database;

/**
 * Changes an account owner cannot make alone (A5): they are requested ("Contact us" →
 * "Request account change"), stored, and listed for staff to act on.
 */
enum class ChangeRequestKind { PlanDowngrade, AddonRemoval, Unbundle, ProductChange };

QString changeRequestKindKey(ChangeRequestKind kind);
std::optional<ChangeRequestKind> changeRequestKindFromKey(const QString &key);

/** One stored request. */
struct ChangeRequest
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountName;
    qint64 requestedBy = 0;
    QString requestedByName;
    QDateTime requestedAt;
    ChangeRequestKind kind = ChangeRequestKind::PlanDowngrade;
    QString details; ///< what the owner wrote
    bool handled = false;
    QString handledByName;
    QDateTime handledAt;
};

/** Stores and lists account change requests. */
class ChangeRequests
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::ChangeRequests)

public:
    ChangeRequests(const Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    /** Files a request; needs billing access. Details are required (what should change). */
    Result<qint64> submit(const User &actor, qint64 accountId, ChangeRequestKind kind,
                          const QString &details) const;
    /** Marks a request handled; staff with billing access close what they acted on. */
    Status markHandled(const User &actor, qint64 requestId) const;
    /** Requests, newest first; only open ones unless includeHandled. */
    Result<QList<ChangeRequest>> list(bool includeHandled = false,
                                      std::optional<qint64> accountId = std::nullopt) const;

    static QString kindText(ChangeRequestKind kind);

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace Tierline
