// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Tierline {

class Database;
struct User;

/** An exact positive decimal as a fraction: "0.0915" is 915 / 10000. */
struct ExactRate
{
    qint64 numerator = 1;
    qint64 denominator = 1;

    /** Converts minor units of one currency to minor units of another, half-up. */
    qint64 convert(qint64 minorUnits) const;
    /** Parses a plain positive decimal (at most 18 digits, 12 after the point); nothing else. */
    static std::optional<ExactRate> parse(const QString &text);
};

/** One unit of `currency` is worth `rate` units of `reportingCurrency` from `validFrom` on. */
struct ExchangeRate
{
    QString currency;
    QString reportingCurrency;
    QDate validFrom;
    QString rate; ///< exact decimal text, as entered
};

/**
 * The reporting currency of MRR and the dated exchange rates into it (Z3), kept in the
 * database so that every user and the CLI report the same figures. Rates are exact decimals,
 * never floats; a rate applies from its day until the next one of the same pair.
 */
class ExchangeRates
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::ExchangeRates)

public:
    explicit ExchangeRates(const Database &database)
        : m_database(database)
    {
    }

    /**
     * Whether user may choose the reporting currency and set rates: they move every MRR figure
     * of the company, so administrators and sales managers only.
     */
    static bool canChange(const User &user);
    /** Why user may not change them: "Rob Esposito is a Sales rep and cannot …". */
    static QString whyNot(const User &user);

    /** The reporting currency; USD until one is chosen. */
    Result<QString> reportingCurrency() const;
    Status setReportingCurrency(const User &actor, const QString &code) const;

    /** Every rate, by currency, reporting currency and day. */
    Result<QList<ExchangeRate>> rates() const;
    /** Adds or replaces the rate of a pair from a day; the rate text must parse exactly. */
    Status setRate(const User &actor, const ExchangeRate &rate) const;
    Status removeRate(const User &actor, const QString &currency, const QString &reportingCurrency,
                      QDate validFrom) const;

private:
    const Database &m_database;
};

} // namespace Tierline
