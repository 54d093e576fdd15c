// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangerates.h"

#include "billing/permissions.h"
#include "money/money.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace Tierline {

namespace {

const QString reportingCurrencyKey = QStringLiteral("mrr.reporting_currency");

} // namespace

qint64 ExactRate::convert(qint64 minorUnits) const
{
    // Every currency Tierline bills in has two minor digits, so minor units convert as units do.
    return mulDivRoundHalfUp(minorUnits, numerator, denominator);
}

std::optional<ExactRate> ExactRate::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qint64 numerator = 0;
    qint64 denominator = 1;
    int digits = 0;
    int fraction = 0;
    bool point = false;
    for (const QChar ch : t) {
        if (ch == QLatin1Char('.')) {
            if (point)
                return std::nullopt;
            point = true;
            continue;
        }
        if (!ch.isDigit() || ch.unicode() > '9')
            return std::nullopt;
        if (++digits > 18)
            return std::nullopt;
        numerator = numerator * 10 + (ch.unicode() - '0');
        if (point) {
            if (++fraction > 12)
                return std::nullopt;
            denominator *= 10;
        }
    }
    if (digits == 0 || numerator == 0 || t.endsWith(QLatin1Char('.'))
        || t.startsWith(QLatin1Char('.')))
        return std::nullopt;
    return ExactRate {numerator, denominator};
}

Result<QString> ExchangeRates::reportingCurrency() const
{
    const auto value = m_database.meta(reportingCurrencyKey);
    if (!value)
        return value.error();
    const QString code = value->toString();
    return code.isEmpty() ? QStringLiteral("USD") : code;
}

bool ExchangeRates::canChange(const User &user)
{
    return user.role == Role::Admin || user.role == Role::SalesManager;
}

QString ExchangeRates::whyNot(const User &user)
{
    return tr("%1 is a %2 and cannot change the reporting currency or exchange rates; ask an "
              "administrator or a sales manager.")
        .arg(user.name, PermissionText::roleInSentence(user.role));
}

Status ExchangeRates::setReportingCurrency(const User &actor, const QString &code) const
{
    if (!canChange(actor))
        return Error::forbidden(whyNot(actor));
    if (!Currency::fromCode(code))
        return Error::badInput(
            tr("%1 is not a currency Tierline knows; choose one of %2.")
                .arg(code, Currency::supportedCodes().join(QStringLiteral(", "))));
    return m_database.setMeta(reportingCurrencyKey, code);
}

Result<QList<ExchangeRate>> ExchangeRates::rates() const
{
    auto rows = m_database.run(
        QStringLiteral("SELECT currency, reporting_currency, valid_from, rate FROM exchange_rates "
                       "ORDER BY reporting_currency, currency, valid_from"));
    if (!rows)
        return rows.error();
    QList<ExchangeRate> all;
    while (rows->next()) {
        all.append({rows->value(0).toString(), rows->value(1).toString(),
                    SqlValues::toDate(rows->value(2)), rows->value(3).toString()});
    }
    return all;
}

Status ExchangeRates::setRate(const User &actor, const ExchangeRate &rate) const
{
    if (!canChange(actor))
        return Error::forbidden(whyNot(actor));
    for (const QString &code : {rate.currency, rate.reportingCurrency}) {
        if (!Currency::fromCode(code))
            return Error::badInput(
                tr("%1 is not a currency Tierline knows; choose one of %2.")
                    .arg(code, Currency::supportedCodes().join(QStringLiteral(", "))));
    }
    if (rate.currency == rate.reportingCurrency)
        return Error::badInput(tr("A currency needs no exchange rate into itself."));
    if (!rate.validFrom.isValid())
        return Error::badInput(tr("An exchange rate needs the day it applies from."));
    if (!ExactRate::parse(rate.rate))
        return Error::badInput(tr("“%1” is not an exchange rate: write a positive decimal with a "
                                  "point, such as 0.0915.")
                                   .arg(rate.rate));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto stored = m_database.run(
        QStringLiteral(
            "INSERT INTO exchange_rates (currency, reporting_currency, valid_from, rate) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (currency, reporting_currency, valid_from) "
            "DO UPDATE SET rate = excluded.rate"),
        {rate.currency, rate.reportingCurrency, SqlValues::fromDate(rate.validFrom),
         rate.rate.trimmed()});
    if (!stored)
        return stored.error();
    return transaction.commit();
}

Status ExchangeRates::removeRate(const User &actor, const QString &currency,
                                 const QString &reportingCurrency, QDate validFrom) const
{
    if (!canChange(actor))
        return Error::forbidden(whyNot(actor));
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    const auto removed = m_database.run(
        QStringLiteral("DELETE FROM exchange_rates WHERE currency = ? AND reporting_currency = ? "
                       "AND valid_from = ?"),
        {currency, reportingCurrency, SqlValues::fromDate(validFrom)});
    if (!removed)
        return removed.error();
    return transaction.commit();
}

} // namespace Tierline
