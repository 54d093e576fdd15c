// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smartlists/smartlist.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

/**
 * Generated books for the benchmarks, written straight to the tables with multi-row INSERTs
 * of bound values: the same rows on SQLite and on PostgreSQL, loaded in seconds on either.
 * Everything here qFatal()s on an error: a benchmark on half its data would mislead.
 */
namespace Tierline::Testing {

/** Collects rows and inserts them rowsPerStatement at a time, in the caller's transaction. */
class BatchInsert
{
public:
    BatchInsert(const Database &database, const QString &table, const QStringList &columns,
                int rowsPerStatement = 400)
        : m_database(database)
        , m_table(table)
        , m_columns(columns)
        , m_rowsPerStatement(rowsPerStatement)
        , m_full(database.connection())
    {
        m_full.setForwardOnly(true);
        if (!m_full.prepare(statement(rowsPerStatement)))
            qFatal("cannot prepare: %s", qPrintable(Database::errorFrom(m_full).message));
    }
    ~BatchInsert() { flush(); }
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    void add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns.size());
        m_values.append(row);
        if (++m_rows == m_rowsPerStatement)
            write(m_full);
    }

    /** Writes the rows still collected. */
    void flush()
    {
        if (m_rows == 0)
            return;
        QSqlQuery rest(m_database.connection());
        if (!rest.prepare(statement(m_rows)))
            qFatal("cannot prepare: %s", qPrintable(Database::errorFrom(rest).message));
        write(rest);
    }

private:
    QString statement(int rows) const
    {
        const QString one = QLatin1Char('(')
            + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                   .arg(m_table, m_columns.join(QLatin1Char(',')))
            + QStringList(rows, one).join(QLatin1Char(','));
    }
    void write(QSqlQuery &query)
    {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query.bindValue(int(i), m_values.at(i));
        if (!query.exec())
            qFatal("cannot insert into %s: %s", qPrintable(m_table),
                   qPrintable(Database::errorFrom(query).message));
        m_values.clear();
        m_rows = 0;
    }

    const Database &m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    QVariantList m_values;
    int m_rows = 0;
};

/** What generateMrrBook() wrote. */
struct MrrBook
{
    QList<qint64> ownerIds; ///< the sales reps, in the order they were added
    qint64 accounts = 0;
    qint64 periods = 0;
};

/**
 * A book of accounts with five years (2021–2025) of subscription periods, in four
 * currencies, owned by twenty sales reps, plus yearly exchange rates to USD. A customer's
 * life: periods of a few months to two years, a price change or a pause between them, now
 * and then churned for good. The same seed gives the same rows on every engine.
 */
inline MrrBook generateMrrBook(const Database &database, int accountCount, quint32 seed = 7)
{
    MrrBook book;
    WriteTransaction transaction(database);
    if (!transaction.isOpen())
        qFatal("cannot write: %s", qPrintable(transaction.error().message));
    for (int i = 0; i < 20; ++i) {
        const auto added = database.scalar(
            QStringLiteral(
                "INSERT INTO users (login, name, role) VALUES (?, ?, 'sales_rep') RETURNING id"),
            {QStringLiteral("rep%1").arg(i), QStringLiteral("Rep %1").arg(i)});
        if (!added)
            qFatal("cannot add a sales rep: %s", qPrintable(added.error().message));
        book.ownerIds.append(added->toLongLong());
    }
    const qint64 firstId =
        database.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM accounts"))
            ->toLongLong();
    {
        BatchInsert accounts(database, QStringLiteral("accounts"),
                             {QStringLiteral("id"), QStringLiteral("name"),
                              QStringLiteral("owner_id"), QStringLiteral("plan"),
                              QStringLiteral("product"), QStringLiteral("currency"),
                              QStringLiteral("billing_interval"), QStringLiteral("seats"),
                              QStringLiteral("created_on")});
        BatchInsert periods(database, QStringLiteral("subscription_periods"),
                            {QStringLiteral("account_id"), QStringLiteral("source"),
                             QStringLiteral("currency"), QStringLiteral("amount"),
                             QStringLiteral("billing_interval"), QStringLiteral("monthly_rate"),
                             QStringLiteral("start_on"), QStringLiteral("end_on")});
        static const QString currencies[] = {QStringLiteral("USD"), QStringLiteral("EUR"),
                                             QStringLiteral("SEK"), QStringLiteral("IDR")};
        static const QString plans[] = {QStringLiteral("starter"), QStringLiteral("plus"),
                                        QStringLiteral("pro"), QStringLiteral("enterprise")};
        const QString billing = QStringLiteral("billing");
        const QString monthly = QStringLiteral("monthly");
        const QString marketing = QStringLiteral("marketing");
        const QVariant created = SqlValues::fromDate(QDate(2021, 1, 1));
        QRandomGenerator random(seed);
        const QDate first(2021, 1, 1);
        const QDate last(2025, 12, 31);
        for (int n = 0; n < accountCount; ++n) {
            accounts.add({firstId + n, QStringLiteral("Account %1").arg(n + 1),
                          book.ownerIds.at(n % book.ownerIds.size()), plans[n % 4], marketing,
                          currencies[n % 4], monthly, 1, created});
            ++book.accounts;
        }
        accounts.flush(); // before the periods that refer to them
        for (int n = 0; n < accountCount; ++n) {
            const qint64 id = firstId + n;
            const QString &currency = currencies[n % 4];
            QDate day = first.addDays(random.bounded(600));
            while (day <= last) {
                const QDate end = day.addMonths(random.bounded(3, 25)).addDays(-1);
                const bool open = end > last && random.bounded(3) > 0;
                const qint64 rate = random.bounded(2000, 90000);
                periods.add({id, billing, currency, rate, monthly, rate, SqlValues::fromDate(day),
                             open ? SqlValues::fromDate(QDate()) : SqlValues::fromDate(end)});
                ++book.periods;
                if (open || random.bounded(12) == 0)
                    break;
                day = end.addDays(1 + (random.bounded(5) == 0 ? random.bounded(30, 200) : 0));
            }
        }
    }
    for (const QString &currency :
         {QStringLiteral("EUR"), QStringLiteral("SEK"), QStringLiteral("IDR")}) {
        for (int year = 2020; year <= 2025; ++year) {
            const QString rate = currency == QLatin1String("EUR")
                ? QStringLiteral("1.0%1").arg(year % 10)
                : currency == QLatin1String("SEK") ? QStringLiteral("0.09%1").arg(year % 10)
                                                   : QStringLiteral("0.0000%1").arg(60 + year % 10);
            if (!database.run(QStringLiteral("INSERT INTO exchange_rates VALUES (?, 'USD', ?, ?)"),
                              {currency, QStringLiteral("%1-01-01").arg(year), rate}))
                qFatal("cannot add an exchange rate");
        }
    }
    if (const Status committed = transaction.commit(); !committed)
        qFatal("cannot commit: %s", qPrintable(committed.error().message));
    return book;
}

/**
 * count contacts of one account added over the days from 2025-01-01: every tenth
 * non-marketing, the marketing ones after the first 50,000 Pending upgrade.
 */
inline void generateContacts(const Database &database, qint64 accountId, int count)
{
    WriteTransaction transaction(database);
    if (!transaction.isOpen())
        qFatal("cannot write: %s", qPrintable(transaction.error().message));
    {
        BatchInsert insert(database, QStringLiteral("contacts"),
                           {QStringLiteral("account_id"), QStringLiteral("name"),
                            QStringLiteral("email"), QStringLiteral("marketing"),
                            QStringLiteral("status"), QStringLiteral("added_on")});
        const QString subscribed = QStringLiteral("subscribed");
        const QString pending = QStringLiteral("pending_upgrade");
        for (int i = 0; i < count; ++i) {
            const bool marketing = i % 10 != 3;
            insert.add({accountId, QStringLiteral("Contact %1").arg(i),
                        QStringLiteral("contact%1@example.com").arg(i), marketing ? 1 : 0,
                        marketing && i >= 50000 ? pending : subscribed,
                        SqlValues::fromDate(QDate(2025, 1, 1).addDays(i / 2000))});
        }
    }
    if (const Status committed = transaction.commit(); !committed)
        qFatal("cannot commit: %s", qPrintable(committed.error().message));
}

/** The benchmarks' export: every account, with the columns an ops export would have. */
inline SmartList everyAccountList()
{
    SmartList list;
    list.name = QStringLiteral("Every account");
    list.columns = {SmartListField::Name,       SmartListField::Owner,
                    SmartListField::Plan,       SmartListField::Currency,
                    SmartListField::CurrentMrr, SmartListField::SubscriptionEnd,
                    SmartListField::UpcomingMrr};
    return list;
}

} // namespace Tierline::Testing
