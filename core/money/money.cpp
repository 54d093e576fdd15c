// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QStringList>

#include <limits>

namespace Tierline {

namespace {

// 128-bit intermediates keep value * numerator exact for every 64-bit amount.
__extension__ typedef __int128 Int128;

qint64 powerOfTen(int digits)
{
    qint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

int minorDigitsOf(const QString &code)
{
    const auto currency = Currency::fromCode(code);
    return currency ? currency->minorDigits : 2;
}

} // namespace

std::optional<Currency> Currency::fromCode(const QString &code)
{
    if (supportedCodes().contains(code))
        return Currency {code, 2};
    return std::nullopt;
}

QStringList Currency::supportedCodes()
{
    return {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("SEK"),
            QStringLiteral("IDR")};
}

qint64 mulDivRoundHalfUp(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const Int128 product = static_cast<Int128>(value) * numerator;
    const bool negative = product < 0;
    const Int128 magnitude = negative ? -product : product;
    const Int128 rounded = (magnitude * 2 + denominator) / (static_cast<Int128>(denominator) * 2);
    return static_cast<qint64>(negative ? -rounded : rounded);
}

QString Money::toDecimalString() const
{
    const int digits = minorDigitsOf(m_currency);
    const qint64 scale = powerOfTen(digits);
    // Work on the unsigned magnitude so that the most negative value prints correctly.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = QString::number(magnitude / quint64(scale));
    if (digits > 0)
        text += QLatin1Char('.')
            + QString::number(magnitude % quint64(scale)).rightJustified(digits, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

std::optional<Money> Money::fromDecimalString(const QString &text, const QString &currencyCode)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    int pos = 0;
    bool negative = false;
    if (trimmed.at(0) == QLatin1Char('-') || trimmed.at(0) == QLatin1Char('+')) {
        negative = trimmed.at(0) == QLatin1Char('-');
        ++pos;
    }

    const int digits = minorDigitsOf(currencyCode);
    Int128 whole = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    bool seenDigit = false;
    bool seenPoint = false;
    constexpr Int128 limit = std::numeric_limits<qint64>::max();

    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed.at(pos);
        if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        seenDigit = true;
        const int d = c.digitValue();
        if (!seenPoint) {
            whole = whole * 10 + d;
            if (whole > limit)
                return std::nullopt;
        } else if (fractionDigits < digits) {
            fraction = fraction * 10 + d;
            ++fractionDigits;
        } else if (fractionDigits == digits) {
            roundUp = d >= 5; // only the first dropped digit decides half-up
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return std::nullopt;

    for (int i = std::min(fractionDigits, digits); i < digits; ++i)
        fraction *= 10;
    Int128 minor = whole * powerOfTen(digits) + fraction + (roundUp ? 1 : 0);
    // The negative range reaches one further: INT64_MIN must round-trip through text.
    if (minor > limit + (negative ? 1 : 0))
        return std::nullopt;
    return Money(static_cast<qint64>(negative ? -minor : minor), currencyCode);
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_minor == 0 || other.m_minor == 0);
    return {m_minor + other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency};
}

Money Money::operator-(const Money &other) const
{
    return *this + (-other);
}

} // namespace Tierline
