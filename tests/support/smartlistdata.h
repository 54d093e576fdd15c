// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QDate>

/** Rows for the smart-list tests and benchmark, written straight to the tables they read. */
namespace Tierline::Testing {

/** One subscription period (Z1), as the MRR engine would keep it; end invalid for open. */
inline void addPeriod(const Database &database, qint64 accountId, qint64 monthlyRate, QDate start,
                      QDate end = {}, const QString &currency = QStringLiteral("USD"))
{
    const auto inserted = database.run(
        QStringLiteral("INSERT INTO subscription_periods (account_id, source, currency, amount, "
                       "billing_interval, monthly_rate, start_on, end_on) "
                       "VALUES (?, 'manual', ?, ?, 'monthly', ?, ?, ?)"),
        {accountId, currency, monthlyRate, monthlyRate, SqlValues::fromDate(start),
         SqlValues::fromDate(end)});
    if (!inserted)
        qFatal("cannot add a subscription period: %s", qPrintable(inserted.error().message));
}

/**
 * count accounts named "Account N" in one transaction, each with one period: rates and ends
 * vary with N, a third of them ending within 30 days of today. Returns the first id.
 */
inline qint64 addManyAccounts(const Database &database, qint64 ownerId, int count, QDate today)
{
    WriteTransaction transaction(database);
    if (!transaction.isOpen())
        qFatal("cannot write: %s", qPrintable(transaction.error().message));
    QSqlQuery account(database.connection());
    account.prepare(QStringLiteral(
        "INSERT INTO accounts (name, owner_id, plan, product, currency, billing_interval, seats, "
        "created_on) VALUES (?, ?, ?, 'marketing', ?, 'monthly', 1, ?) RETURNING id"));
    QSqlQuery period(database.connection());
    period.prepare(QStringLiteral(
        "INSERT INTO subscription_periods (account_id, source, currency, amount, "
        "billing_interval, monthly_rate, start_on, end_on) VALUES (?, 'billing', ?, ?, "
        "'monthly', ?, ?, ?)"));
    static const char *const plans[] = {"starter", "plus", "pro", "enterprise"};
    static const char *const currencies[] = {"USD", "EUR", "SEK", "IDR"};
    qint64 first = 0;
    const QVariant created = SqlValues::fromDate(today.addYears(-1));
    for (int i = 0; i < count; ++i) {
        const QString currency = QLatin1String(currencies[i % 4]);
        account.addBindValue(QStringLiteral("Account %1").arg(i + 1));
        account.addBindValue(ownerId);
        account.addBindValue(QLatin1String(plans[i % 4]));
        account.addBindValue(currency);
        account.addBindValue(created);
        if (!account.exec() || !account.next())
            qFatal("cannot add an account: %s", qPrintable(Database::errorFrom(account).message));
        const qint64 id = account.value(0).toLongLong();
        account.finish();
        first = first ? first : id;
        const qint64 rate = 1000 + (i % 97) * 1337;
        period.addBindValue(id);
        period.addBindValue(currency);
        period.addBindValue(rate);
        period.addBindValue(rate);
        period.addBindValue(SqlValues::fromDate(today.addMonths(-6)));
        period.addBindValue(i % 3 == 0 ? SqlValues::fromDate(today.addDays(i % 30))
                                       : SqlValues::fromDate(today.addDays(40 + i % 300)));
        if (!period.exec())
            qFatal("cannot add a period: %s", qPrintable(Database::errorFrom(period).message));
    }
    if (const Status committed = transaction.commit(); !committed)
        qFatal("cannot commit: %s", qPrintable(committed.error().message));
    return first;
}

} // namespace Tierline::Testing
