// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Tierline {

/**
 * An ISO 4217 currency as Tierline knows it: its code and how many minor units make one
 * major unit (10^minorDigits). Tierline bills in USD, EUR, SEK and IDR, all with two minor
 * digits as ISO 4217 defines them.
 */
struct Currency
{
    QString code;
    int minorDigits = 2;

    /** The currency for an ISO 4217 code Tierline supports, or nothing. */
    static std::optional<Currency> fromCode(const QString &code);
    /** The codes Tierline bills in, in catalog order. */
    static QStringList supportedCodes();
};

/**
 * Rounds value * numerator / denominator to the nearest integer, halves away from zero
 * ("half-up" on magnitudes, as billing expects: 0.5 minor units become 1). The product is
 * computed in 128 bits, so no intermediate overflows. denominator must be positive.
 */
qint64 mulDivRoundHalfUp(qint64 value, qint64 numerator, qint64 denominator);

/**
 * An amount of money: a signed count of minor units (cents, öre, sen) and its currency.
 * No floating point touches it anywhere: arithmetic is integer, and conversion to and from
 * text is exact.
 */
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currencyCode)
        : m_minor(minorUnits)
        , m_currency(std::move(currencyCode))
    {
    }

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    /**
     * The amount as a plain decimal with a dot and the currency's minor digits, no grouping
     * and no symbol: "1234.50", "-0.05". For CSV, JSON and the CLI, never for display.
     */
    QString toDecimalString() const;

    /**
     * Parses a plain decimal ("1234.5", "-0.05", "12") into minor units exactly. More
     * fraction digits than the currency has are rounded half-up. Returns nothing for text
     * that is not a plain decimal or does not fit.
     */
    static std::optional<Money> fromDecimalString(const QString &text, const QString &currencyCode);

    Money operator-() const { return {-m_minor, m_currency}; }
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    bool operator==(const Money &other) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace Tierline
