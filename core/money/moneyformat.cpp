// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyformat.h"

namespace Tierline {

namespace {

/**
 * The symbol for a currency in a locale: the locale's own symbol for its own currency ("kr"
 * in Sweden, "Rp" in Indonesia), the sign for the dollar and the euro, else the ISO code.
 */
QString symbolFor(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    return code;
}

} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits =
        Currency::fromCode(money.currency()).value_or(Currency {money.currency(), 2}).minorDigits;
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const quint64 magnitude = money.minorUnits() < 0 ? quint64(0) - quint64(money.minorUnits())
                                                     : quint64(money.minorUnits());
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (digits > 0) {
        QString fraction = locale.toString(qulonglong(magnitude % scale));
        while (fraction.size() < digits)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }

    // The locale places the symbol and the sign around a one-digit stand-in; the real
    // number then takes the stand-in's place.
    const QString symbol = symbolFor(money.currency(), locale);
    QString text = locale.toCurrencyString(qlonglong(money.minorUnits() < 0 ? -7 : 7), symbol);
    // Some locales write negative amounts in accounting brackets ("($7.00)" in en_US); a
    // billing history reads better with the locale's minus sign, as every other language has.
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
        text = locale.negativeSign() + text.mid(1, text.size() - 2);
    const QString seven = locale.toString(7);
    const qsizetype at = text.lastIndexOf(seven);
    if (at < 0)
        return text;
    text.replace(at, seven.size(), number);

    // An alphabetic code glued to the digits ("SEK1,234.00") reads badly: keep them apart.
    if (symbol == money.currency()) {
        const qsizetype s = text.indexOf(symbol);
        const qsizetype after = s + symbol.size();
        if (s >= 0 && after < text.size() && !text.at(after).isSpace())
            text.insert(after, QChar(0x00A0));
        else if (s > 0 && !text.at(s - 1).isSpace())
            text.insert(s, QChar(0x00A0));
    }
    return text;
}

} // namespace Tierline
