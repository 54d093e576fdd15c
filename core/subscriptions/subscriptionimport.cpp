// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionimport.h"

#include "billing/campaigns.h"
#include "billing/ledger.h"
#include "billing/permissions.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "csv/csvreader.h"
#include "money/money.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "subscriptions/subscriptions.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>

namespace Tierline {

namespace {

enum Column {
    AccountColumn,
    OwnerColumn,
    CurrencyColumn,
    AmountColumn,
    IntervalColumn,
    StartColumn,
    EndColumn,
    ColumnCount
};

constexpr const char *columnNames[ColumnCount] = {"account",  "owner", "currency", "amount",
                                                  "interval", "start", "end"};

struct Row
{
    QString account;
    QString owner;
    DealInput deal;
    QString currency;
};

/** A login made from a name: "Rob Esposito" → "rob.esposito", made unique with a number. */
QString loginFor(const QString &name, const QHash<QString, qint64> &taken)
{
    QString base;
    for (const QChar ch : name.trimmed().toLower()) {
        if (ch.isLetterOrNumber())
            base += ch;
        else if (!base.endsWith(QLatin1Char('.')))
            base += QLatin1Char('.');
    }
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("rep");
    QString login = base;
    for (int n = 2; taken.contains(login); ++n)
        login = base + QString::number(n);
    return login;
}

} // namespace

Result<SubscriptionImportOutcome>
SubscriptionImport::importFile(const User &actor, const QString &path, const QDateTime &at) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importData(actor, file.readAll(), at);
}

Result<SubscriptionImportOutcome>
SubscriptionImport::importData(const User &actor, const QByteArray &csv, const QDateTime &at) const
{
    if (!SubscriptionService::canManageDeals(actor))
        return Error::forbidden(tr("%1 is a %2 and cannot import subscription deals.")
                                    .arg(actor.name, PermissionText::roleInSentence(actor.role)));
    CsvReader reader(csv);
    if (!reader.ok())
        return reader.error();
    QStringList fields;
    if (!reader.readRecord(fields)) {
        return reader.ok() ? Error::badInput(tr("The file is empty: it needs a header line with "
                                                "account, owner, currency, amount, interval, "
                                                "start, end."))
                           : reader.error();
    }
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (int i = 0; i < fields.size(); ++i) {
        const QString header = fields.at(i).trimmed().toLower();
        for (int c = 0; c < ColumnCount; ++c) {
            if (header != QLatin1String(columnNames[c]))
                continue;
            if (index[c] >= 0)
                return Error::badInput(
                    tr("The header names the column “%1” twice.").arg(fields.at(i).trimmed()));
            index[c] = i;
        }
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (index[c] < 0 && c != EndColumn && c != OwnerColumn)
            return Error::badInput(tr("The file has no “%1” column. The header line must name "
                                      "the columns: account, owner, currency, amount, interval, "
                                      "start, end.")
                                       .arg(QLatin1String(columnNames[c])));
    }
    const qsizetype width = fields.size();

    // The accounts that exist already, by name, with their currency.
    QHash<QString, QList<std::pair<qint64, QString>>> accounts;
    {
        auto all = m_database.run(QStringLiteral("SELECT id, name, currency FROM accounts"));
        if (!all)
            return all.error();
        while (all->next())
            accounts[all->value(1).toString().trimmed().toLower()].append(
                {all->value(0).toLongLong(), all->value(2).toString()});
    }
    QHash<QString, qint64> users; // by lower-case login and name
    QHash<QString, qint64> logins;
    {
        const auto all = UserStore(m_database).all();
        if (!all)
            return all.error();
        for (const User &u : *all) {
            users.insert(u.login.toLower(), u.id);
            users.insert(u.name.trimmed().toLower(), u.id);
            logins.insert(u.login, u.id);
        }
    }

    QList<Row> rows;
    QStringList problems;
    int problemCount = 0;
    QHash<QString, QString> newAccountCurrency;
    auto cellProblem = [&](int row, Column column, const QString &text) {
        if (++problemCount <= listedProblems)
            problems.append(
                tr("row %1, column %2: %3").arg(row).arg(QLatin1String(columnNames[column]), text));
    };
    int rowNumber = 1;
    while (reader.readRecord(fields)) {
        ++rowNumber;
        if (fields.size() == 1 && fields.constFirst().isEmpty())
            continue;
        if (fields.size() != width) {
            if (++problemCount <= listedProblems)
                problems.append(
                    tr("row %1: %2")
                        .arg(rowNumber)
                        .arg(tr("%n field(s), but the header has %1", nullptr, int(fields.size()))
                                 .arg(width)));
            continue;
        }
        auto cell = [&](Column c) {
            return index[c] < 0 ? QString() : fields.at(index[c]).trimmed();
        };
        Row row;
        row.account = cell(AccountColumn);
        row.owner = cell(OwnerColumn);
        row.currency = cell(CurrencyColumn).toUpper();
        if (row.account.isEmpty())
            cellProblem(rowNumber, AccountColumn, tr("an account name is required"));
        const bool currencyKnown = Currency::fromCode(row.currency).has_value();
        if (!currencyKnown)
            cellProblem(
                rowNumber, CurrencyColumn,
                tr("“%1” is not a currency Tierline knows (%2)")
                    .arg(row.currency, Currency::supportedCodes().join(QStringLiteral(", "))));
        const QString key = row.account.toLower();
        const auto existing = accounts.value(key);
        if (existing.size() > 1) {
            cellProblem(rowNumber, AccountColumn,
                        tr("several accounts are called “%1”; rename them first").arg(row.account));
        } else if (currencyKnown && !row.account.isEmpty()) {
            const QString accountCurrency = existing.isEmpty()
                ? newAccountCurrency.value(key, row.currency)
                : existing.constFirst().second;
            if (accountCurrency != row.currency)
                cellProblem(rowNumber, CurrencyColumn,
                            tr("%1 is billed in %2, not %3")
                                .arg(row.account, accountCurrency, row.currency));
            else if (existing.isEmpty())
                newAccountCurrency.insert(key, row.currency);
        }
        const auto amount = Money::fromDecimalString(cell(AmountColumn), row.currency);
        if (!amount || amount->minorUnits() <= 0)
            cellProblem(
                rowNumber, AmountColumn,
                tr("“%1” is not an amount above zero, such as 1234.50").arg(cell(AmountColumn)));
        else
            row.deal.amount = amount->minorUnits();
        const auto interval = subscriptionIntervalFromKey(cell(IntervalColumn).toLower());
        if (!interval)
            cellProblem(rowNumber, IntervalColumn,
                        tr("“%1” is not monthly, quarterly or annual").arg(cell(IntervalColumn)));
        else
            row.deal.interval = *interval;
        row.deal.start = parseIsoDate(cell(StartColumn));
        if (!row.deal.start.isValid())
            cellProblem(rowNumber, StartColumn,
                        tr("“%1” is not a date as YYYY-MM-DD").arg(cell(StartColumn)));
        const QString endText = cell(EndColumn);
        if (!endText.isEmpty()) {
            row.deal.end = parseIsoDate(endText);
            if (!row.deal.end.isValid())
                cellProblem(rowNumber, EndColumn,
                            tr("“%1” is not a date as YYYY-MM-DD").arg(endText));
            else if (row.deal.start.isValid() && row.deal.end < row.deal.start)
                cellProblem(rowNumber, EndColumn,
                            tr("the deal ends on %1, before it starts").arg(endText));
        }
        rows.append(row);
    }
    if (!reader.ok())
        return reader.error();
    if (problemCount > 0) {
        QString message =
            tr("The file has %n problem(s), so nothing was imported:", nullptr, problemCount);
        for (const QString &p : std::as_const(problems))
            message += QLatin1Char('\n') + p;
        if (problemCount > listedProblems)
            message +=
                QLatin1Char('\n') + tr("… and %n more.", nullptr, problemCount - listedProblems);
        return Error::badInput(message);
    }
    if (rows.isEmpty())
        return Error::badInput(tr("The file has a header but no deals."));

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    SubscriptionImportOutcome outcome;
    const SubscriptionService service(m_database, m_catalog);
    QHash<qint64, int> dealsPerAccount;
    for (const Row &row : std::as_const(rows)) {
        qint64 ownerId = 0;
        if (!row.owner.isEmpty()) {
            ownerId = users.value(row.owner.toLower());
            if (ownerId == 0) {
                User rep;
                rep.login = loginFor(row.owner, logins);
                rep.name = row.owner;
                rep.role = Role::SalesRep;
                rep.permissions = defaultPermissions(Role::SalesRep);
                const auto id = UserStore(m_database).create(rep);
                if (!id)
                    return id.error();
                ownerId = *id;
                users.insert(row.owner.toLower(), ownerId);
                logins.insert(rep.login, ownerId);
                ++outcome.ownersCreated;
            }
        }
        const QString key = row.account.toLower();
        qint64 accountId = 0;
        if (const auto existing = accounts.value(key); !existing.isEmpty()) {
            accountId = existing.constFirst().first;
        } else {
            Account account;
            account.name = row.account;
            account.ownerId = ownerId;
            account.plan = m_catalog.plans().constFirst().id;
            account.product = m_catalog.products().constFirst();
            account.currency = row.currency;
            account.interval = BillingInterval::Monthly;
            account.seats = 1;
            account.createdOn = at.date();
            const auto id = AccountStore(m_database).create(account);
            if (!id)
                return id.error();
            accountId = *id;
            // Its subscription is what the deals say; billing must not add periods beside them.
            if (const auto flagged = m_database.run(
                    QStringLiteral(
                        "UPDATE accounts SET subscription_from_billing = 0 WHERE id = ?"),
                    {accountId});
                !flagged)
                return flagged.error();
            accounts[key].append({accountId, row.currency});
            ++outcome.accountsCreated;
        }
        SubscriptionPeriod p;
        p.accountId = accountId;
        p.source = PeriodSource::Manual;
        p.currency = row.currency;
        p.amount = row.deal.amount;
        p.interval = row.deal.interval;
        p.start = row.deal.start;
        p.end = row.deal.end;
        if (const auto added = service.insert(p, actor.id); !added)
            return added.error();
        ++dealsPerAccount[accountId];
        ++outcome.periods;
    }
    for (auto it = dealsPerAccount.cbegin(); it != dealsPerAccount.cend(); ++it) {
        if (const Status logged = AuditLog(m_database)
                                      .record(at, actor.id, it.key(), QStringLiteral("deal.import"),
                                              {{QStringLiteral("deals"), it.value()}});
            !logged)
            return logged.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace Tierline
