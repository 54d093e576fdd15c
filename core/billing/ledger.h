// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/billingcycle.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Tierline {

class Database;

/** Why a ledger line exists. */
enum class LedgerReason {
    Purchase, ///< Campaigns bought outright: the first cycle
    TrialConversion, ///< the trial converted: the first paid cycle (P3)
    Renewal, ///< a new cycle at the (possibly downgraded) tier
    UpgradeCredit, ///< unused part of the old tier (P6)
    UpgradeCharge, ///< rest of the cycle at the new tier (P6)
    PlanRenewal, ///< a new plan cycle: plan, extra seats and add-ons (A2)
    PlanCredit, ///< unused part of the old plan price when the plan grows (A2)
    PlanCharge, ///< rest of the plan cycle at the new plan price (A2)
};

QString ledgerReasonKey(LedgerReason reason);
std::optional<LedgerReason> ledgerReasonFromKey(const QString &key);

/** One charge or credit on an account (X6). */
struct LedgerEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDate date;
    LedgerReason reason = LedgerReason::Renewal;
    qint64 amount = 0; ///< minor units; negative for a credit
    QString currency;
    int tier = 0; ///< the Campaigns tier the line prices; 0 on plan lines
    QString item; ///< what a plan line prices: "plan:pro", "seats:5", "addon:sms"
    CycleRange period; ///< the days the line pays for, [start, end)
    QString eventKey; ///< unique per account: what makes a scheduled charge happen once

    /** A credit by its reason, so that one rounded to zero is still a credit line. */
    bool isCredit() const
    {
        return amount < 0 || reason == LedgerReason::UpgradeCredit
            || reason == LedgerReason::PlanCredit;
    }
    /** A line of the CRM plan rather than of Campaigns. */
    bool isPlanLine() const
    {
        return reason == LedgerReason::PlanRenewal || reason == LedgerReason::PlanCredit
            || reason == LedgerReason::PlanCharge;
    }
};

/** The per-account ledger of charges and credits. Lines are only ever added. */
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::Ledger)

public:
    explicit Ledger(const Database &database)
        : m_database(database)
    {
    }

    /** Adds a line; a second line with the same account and event key is refused by the schema. */
    Status append(const LedgerEntry &entry) const;
    /** Lines of an account, oldest first. */
    Result<QList<LedgerEntry>> entries(qint64 accountId) const;
    /** Sum of an account's lines in minor units. */
    Result<qint64> balance(qint64 accountId) const;

    /** "Upgrade credit", "Renewal" … for people. */
    static QString reasonText(LedgerReason reason);

private:
    const Database &m_database;
};

/** One line of the append-only audit log (X7). */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; ///< 0 for the scheduler
    QString userName;
    qint64 accountId = 0;
    QString action; ///< stable key, e.g. "tier.upgrade"
    QString details; ///< JSON object with the change's facts
};

/** Who changed what in billing, and when. It has no update and no delete path. */
class AuditLog
{
public:
    explicit AuditLog(const Database &database)
        : m_database(database)
    {
    }

    Status record(const QDateTime &at, qint64 userId, qint64 accountId, const QString &action,
                  const QVariantMap &details) const;
    Result<QList<AuditEntry>> entries(qint64 accountId) const;

private:
    const Database &m_database;
};

} // namespace Tierline
