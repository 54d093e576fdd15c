// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Tierline {

class Database;

/**
 * One month of MRR in minor units of the reporting currency (Z3). The five movements compare
 * each account with the month before: new (first paying month ever), reactivation (paying
 * again after a pause), expansion and contraction (pays more or less), churn (stopped
 * paying). Contraction and churn are negative; the five add up to change().
 */
struct MrrMonth
{
    int year = 0;
    int month = 0; ///< 1–12
    qint64 mrr = 0;
    qint64 newMrr = 0;
    qint64 expansion = 0;
    qint64 contraction = 0;
    qint64 churn = 0;
    qint64 reactivation = 0;

    /** "2026-01". */
    QString key() const;
    /** The month's last day, on which its MRR is measured. */
    QDate lastDay() const;
    qint64 change() const { return newMrr + expansion + contraction + churn + reactivation; }
};

/** Which MRR to compute: whole months, from and to inclusive. */
struct MrrQuery
{
    QDate from; ///< any day of the first month
    QDate to; ///< any day of the last month
    qint64 ownerId = 0; ///< only this owner's accounts; 0 for all
    QString currency; ///< the reporting currency; empty for the one in settings
};

struct MrrSeries
{
    QString currency;
    QList<MrrMonth> months;
};

/**
 * Computes MRR and its movements (Z3). The MRR of a month is the sum of the monthly rates
 * active on its last day (start ≤ day ≤ end), per account converted to the reporting currency
 * at the rate valid on that day, half-up. One forward-only pass over the periods, ordered by
 * account: no query per account, so 100,000 accounts take a fraction of a second.
 */
class MrrEngine
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::MrrEngine)

public:
    explicit MrrEngine(const Database &database)
        : m_database(database)
    {
    }

    /** The most months one series may span (a century). */
    static constexpr int maxMonths = 1200;

    Result<MrrSeries> series(const MrrQuery &query) const;
    /** The first day of the earliest month any period covers; invalid without periods. */
    Result<QDate> firstMonth(qint64 ownerId = 0) const;
    /** Parses "YYYY-MM" strictly into the month's first day; invalid otherwise. */
    static QDate parseMonth(const QString &text);

private:
    const Database &m_database;
};

} // namespace Tierline
