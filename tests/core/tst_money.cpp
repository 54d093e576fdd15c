// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/money.h"
#include "money/moneyformat.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Tierline;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max(); // 9223372036854775807
constexpr qint64 int64Min = std::numeric_limits<qint64>::min(); // -9223372036854775808

} // namespace

/**
 * Money (X1, X4): exact integer arithmetic, exact text conversion, and display strings with the
 * exact characters QLocale uses. Every expectation is worked out by hand in the row's comment.
 */
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void mulDivRoundHalfUp_data();
    void mulDivRoundHalfUp();
    void toDecimalString_data();
    void toDecimalString();
    void fromDecimalString_data();
    void fromDecimalString();
    void fromDecimalStringRejects_data();
    void fromDecimalStringRejects();
    void formatMoney_data();
    void formatMoney();
    void formatMoneyMatchesQtLayout_data();
    void formatMoneyMatchesQtLayout();
    void arithmetic();
    void currencies();
};

void TestMoney::mulDivRoundHalfUp_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << qint64(0) << qint64(17) << qint64(31) << qint64(0);
    QTest::newRow("exact 3000*31/31") << qint64(3000) << qint64(31) << qint64(31) << qint64(3000);
    // 1600*17/31 = 27200/31 = 877.42 -> 877
    QTest::newRow("proration 1600*17/31 rounds down")
        << qint64(1600) << qint64(17) << qint64(31) << qint64(877);
    // 15200*17/31 = 258400/31 = 8335.48 -> 8335; 43200*1/31 = 1393.55 -> 1394
    QTest::newRow("proration 15200*17/31")
        << qint64(15200) << qint64(17) << qint64(31) << qint64(8335);
    QTest::newRow("proration 43200*1/31 rounds up")
        << qint64(43200) << qint64(1) << qint64(31) << qint64(1394);
    // 1*1/3 = 0.33 -> 0; 2*1/3 = 0.67 -> 1
    QTest::newRow("one third -> 0") << qint64(1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("two thirds -> 1") << qint64(2) << qint64(1) << qint64(3) << qint64(1);
    // Exact halves go up, never to even: 0.5 -> 1, 1.5 -> 2, 2.5 -> 3 (banker's would give 2)
    QTest::newRow("half 0.5 -> 1") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("half 1.5 -> 2") << qint64(3) << qint64(1) << qint64(2) << qint64(2);
    QTest::newRow("half 2.5 -> 3, not to even") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    // 14*1/28 = 0.5 -> 1; 42*1/28 = 1.5 -> 2
    QTest::newRow("half 14/28 -> 1") << qint64(14) << qint64(1) << qint64(28) << qint64(1);
    QTest::newRow("half 42/28 -> 2") << qint64(42) << qint64(1) << qint64(28) << qint64(2);
    // 0.4999…: 4999/10000 -> 0; 5001/10000 -> 1
    QTest::newRow("just under a half") << qint64(4999) << qint64(1) << qint64(10000) << qint64(0);
    QTest::newRow("just over a half") << qint64(5001) << qint64(1) << qint64(10000) << qint64(1);
    // Negative halves away from zero: -0.5 -> -1, -1.5 -> -2, -2.5 -> -3
    QTest::newRow("negative half -0.5 -> -1") << qint64(-1) << qint64(1) << qint64(2) << qint64(-1);
    QTest::newRow("negative half -1.5 -> -2") << qint64(-3) << qint64(1) << qint64(2) << qint64(-2);
    QTest::newRow("negative half -2.5 -> -3") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    // 7*(-1)/2 = -3.5 -> -4: a negative numerator rounds the same way
    QTest::newRow("negative numerator -3.5 -> -4")
        << qint64(7) << qint64(-1) << qint64(2) << qint64(-4);
    // -1/3 = -0.33 -> 0; -2/3 = -0.67 -> -1
    QTest::newRow("negative one third -> 0") << qint64(-1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("negative two thirds -> -1")
        << qint64(-2) << qint64(1) << qint64(3) << qint64(-1);
    // -1600*17/31 = -877.42 -> -877
    QTest::newRow("negative proration -877.42 -> -877")
        << qint64(-1600) << qint64(17) << qint64(31) << qint64(-877);

    // Products beyond 64 bits (INT64_MAX = 9223372036854775807)
    QTest::newRow("INT64_MAX*INT64_MAX/INT64_MAX") << int64Max << int64Max << int64Max << int64Max;
    QTest::newRow("INT64_MAX*2/2") << int64Max << qint64(2) << qint64(2) << int64Max;
    // 9223372036854775807*3 = 27670116110564327421; /4 = 6917529027641081855.25 -> ...855
    QTest::newRow("INT64_MAX*3/4")
        << int64Max << qint64(3) << qint64(4) << qint64(6917529027641081855);
    // 9223372036854775807*5 = 46116860184273879035; /10 = 4611686018427387903.5 -> ...904
    QTest::newRow("INT64_MAX*5/10 half up")
        << int64Max << qint64(5) << qint64(10) << qint64(4611686018427387904);
    QTest::newRow("-INT64_MAX*5/10 half away from zero")
        << -int64Max << qint64(5) << qint64(10) << qint64(-4611686018427387904);
    // 9223372036854775807/2 = 4611686018427387903.5 -> ...904 (no overflow, but the half)
    QTest::newRow("INT64_MAX/2 half up")
        << int64Max << qint64(1) << qint64(2) << qint64(4611686018427387904);
    // -9223372036854775808/2 = -4611686018427387904 exactly
    QTest::newRow("INT64_MIN/2 exact")
        << int64Min << qint64(1) << qint64(2) << qint64(-4611686018427387904);
    QTest::newRow("INT64_MIN*INT64_MAX/INT64_MAX") << int64Min << int64Max << int64Max << int64Min;
    // 3037000501^2 = 9223372043074251001 (> INT64_MAX); /2 = 4611686021537125500.5 -> ...501
    QTest::newRow("3037000501^2/2 half up")
        << qint64(3037000501) << qint64(3037000501) << qint64(2) << qint64(4611686021537125501);
    QTest::newRow("-3037000501^2/2 half away from zero")
        << qint64(-3037000501) << qint64(3037000501) << qint64(2) << qint64(-4611686021537125501);
    // 10^15 * 10^6 = 10^21 overflows 64 bits; / 10^6 = 10^15
    QTest::newRow("1e15*1e6/1e6") << qint64(1000000000000000) << qint64(1000000) << qint64(1000000)
                                  << qint64(1000000000000000);
    // 2*10^18/3 = 666666666666666666.67 -> ...667
    QTest::newRow("2e18/3 rounds up")
        << qint64(2000000000000000000) << qint64(1) << qint64(3) << qint64(666666666666666667);
    // 6980000000 (IDR 50k annual) * 365 = 2547700000000 / 366 = 6960928961.75 -> 6960928962
    QTest::newRow("IDR annual 6980000000*365/366")
        << qint64(6980000000) << qint64(365) << qint64(366) << qint64(6960928962);
}

void TestMoney::mulDivRoundHalfUp()
{
    QFETCH(qint64, value);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    QCOMPARE(Tierline::mulDivRoundHalfUp(value, numerator, denominator), expected);
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("0.00");
    QTest::newRow("five cents") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
    QTest::newRow("minus five cents")
        << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
    QTest::newRow("fifty cents") << qint64(50) << QStringLiteral("EUR") << QStringLiteral("0.50");
    QTest::newRow("one unit") << qint64(100) << QStringLiteral("SEK") << QStringLiteral("1.00");
    QTest::newRow("123456 -> 1234.56, no grouping")
        << qint64(123456) << QStringLiteral("SEK") << QStringLiteral("1234.56");
    QTest::newRow("-123456 -> -1234.56")
        << qint64(-123456) << QStringLiteral("EUR") << QStringLiteral("-1234.56");
    QTest::newRow("IDR has two minor digits")
        << qint64(6980000000) << QStringLiteral("IDR") << QStringLiteral("69800000.00");
    QTest::newRow("INT64_MAX") << int64Max << QStringLiteral("USD")
                               << QStringLiteral("92233720368547758.07");
    QTest::newRow("INT64_MIN") << int64Min << QStringLiteral("USD")
                               << QStringLiteral("-92233720368547758.08");
    QTest::newRow("INT64_MIN+1") << int64Min + 1 << QStringLiteral("USD")
                                 << QStringLiteral("-92233720368547758.07");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);

    QCOMPARE(Money(minor, currency).toDecimalString(), expected);
}

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("integer 12") << QStringLiteral("12") << QStringLiteral("USD") << qint64(1200);
    QTest::newRow("one fraction digit 12.5")
        << QStringLiteral("12.5") << QStringLiteral("USD") << qint64(1250);
    QTest::newRow("two fraction digits 12.50")
        << QStringLiteral("12.50") << QStringLiteral("USD") << qint64(1250);
    QTest::newRow("negative -0.05")
        << QStringLiteral("-0.05") << QStringLiteral("EUR") << qint64(-5);
    QTest::newRow("explicit plus +3.1")
        << QStringLiteral("+3.1") << QStringLiteral("SEK") << qint64(310);
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("USD") << qint64(0);
    QTest::newRow("zero with fraction")
        << QStringLiteral("0.00") << QStringLiteral("USD") << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0") << QStringLiteral("USD") << qint64(0);
    QTest::newRow("1234.56") << QStringLiteral("1234.56") << QStringLiteral("IDR")
                             << qint64(123456);
    // The float trap: 1.005 * 100 is 100.4999… in binary; exactly it is 100.5 -> 101
    QTest::newRow("1.005 -> 101, half-up on the third digit")
        << QStringLiteral("1.005") << QStringLiteral("USD") << qint64(101);
    QTest::newRow("1.004 -> 100") << QStringLiteral("1.004") << QStringLiteral("USD")
                                  << qint64(100);
    // -1.005 = -100.5 minor units -> -101 (halves away from zero, as mulDivRoundHalfUp)
    QTest::newRow("-1.005 -> -101")
        << QStringLiteral("-1.005") << QStringLiteral("USD") << qint64(-101);
    // 0.995 = 99.5 -> 100: the rounding carries into the units
    QTest::newRow("0.995 carries to 1.00")
        << QStringLiteral("0.995") << QStringLiteral("USD") << qint64(100);
    // 9.999 = 999.9 -> 1000
    QTest::newRow("9.999 carries to 10.00")
        << QStringLiteral("9.999") << QStringLiteral("USD") << qint64(1000);
    // Only the first dropped digit decides, however many follow it
    QTest::newRow("1.00500000000000000000000001 -> 101")
        << QStringLiteral("1.00500000000000000000000001") << QStringLiteral("USD") << qint64(101);
    QTest::newRow("1.00499999999999999999999999 -> 100")
        << QStringLiteral("1.00499999999999999999999999") << QStringLiteral("USD") << qint64(100);
    QTest::newRow("largest amount")
        << QStringLiteral("92233720368547758.07") << QStringLiteral("USD") << int64Max;
    QTest::newRow("smallest amount")
        << QStringLiteral("-92233720368547758.08") << QStringLiteral("USD") << int64Min;
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, expected);

    const std::optional<Money> money = Money::fromDecimalString(text, currency);
    QVERIFY2(money.has_value(), qPrintable(text));
    QCOMPARE(money->minorUnits(), expected);
    QCOMPARE(money->currency(), currency);
}

void TestMoney::fromDecimalStringRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("decimal comma") << QStringLiteral("1,5");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("a space") << QStringLiteral(" ");
    QTest::newRow("double minus") << QStringLiteral("--1");
    QTest::newRow("plus minus") << QStringLiteral("+-1");
    QTest::newRow("sign alone") << QStringLiteral("-");
    QTest::newRow("dot alone") << QStringLiteral(".");
    QTest::newRow("grouped 1 234") << QStringLiteral("1 234");
    QTest::newRow("grouped 1,234.00") << QStringLiteral("1,234.00");
    QTest::newRow("with a symbol") << QStringLiteral("$12");
    QTest::newRow("with a code") << QStringLiteral("12 SEK");
    QTest::newRow("hexadecimal") << QStringLiteral("0x10");
    QTest::newRow("infinity") << QStringLiteral("inf");
    QTest::newRow("not a number") << QStringLiteral("nan");
    // U+0661 U+0662: digits to QChar::isDigit(), not to a plain decimal
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662");
    // One minor unit over INT64_MAX and under INT64_MIN
    QTest::newRow("overflow by one minor unit") << QStringLiteral("92233720368547758.08");
    QTest::newRow("negative overflow by one minor unit") << QStringLiteral("-92233720368547758.09");
    // …58.075 rounds half-up to …58.08, one over the limit
    QTest::newRow("overflow by rounding") << QStringLiteral("92233720368547758.075");
    QTest::newRow("overflow 10^20") << QStringLiteral("100000000000000000000");
    QTest::newRow("overflow 30 digits") << QStringLiteral("999999999999999999999999999999");
}

void TestMoney::fromDecimalStringRejects()
{
    QFETCH(QString, text);

    const std::optional<Money> money = Money::fromDecimalString(text, QStringLiteral("USD"));
    QVERIFY2(!money.has_value(), qPrintable(money ? money->toDecimalString() : QString()));
}

void TestMoney::formatMoney_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    // Checked on Qt 6.4.2: QLocale(sv_SE).toCurrencyString(1234.5) is "1\u00a0234,50\u00a0kr",
    // id_ID "Rp1.234,50", it_IT "1.234,50\u00a0€", en_US "$1,234.50". sv groups and separates
    // the symbol with U+00A0 and writes minus as U+2212; it separates the € with U+00A0.
    QTest::newRow("sv_SE SEK 1234.50")
        << qint64(123450) << QStringLiteral("SEK") << QStringLiteral("sv_SE")
        << QStringLiteral("1\u00a0234,50\u00a0kr");
    QTest::newRow("sv_SE SEK negative uses U+2212")
        << qint64(-123450) << QStringLiteral("SEK") << QStringLiteral("sv_SE")
        << QStringLiteral("\u22121\u00a0234,50\u00a0kr");
    QTest::newRow("sv_SE SEK zero") << qint64(0) << QStringLiteral("SEK") << QStringLiteral("sv_SE")
                                    << QStringLiteral("0,00\u00a0kr");
    QTest::newRow("sv_SE SEK 5 öre") << qint64(5) << QStringLiteral("SEK")
                                     << QStringLiteral("sv_SE") << QStringLiteral("0,05\u00a0kr");
    QTest::newRow("sv_SE SEK large grouping")
        << qint64(123456789012) << QStringLiteral("SEK") << QStringLiteral("sv_SE")
        << QStringLiteral("1\u00a0234\u00a0567\u00a0890,12\u00a0kr");
    QTest::newRow("sv_SE SEK INT64_MAX")
        << int64Max << QStringLiteral("SEK") << QStringLiteral("sv_SE")
        << QStringLiteral("92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,07\u00a0kr");
    QTest::newRow("sv_SE SEK INT64_MIN")
        << int64Min << QStringLiteral("SEK") << QStringLiteral("sv_SE")
        << QStringLiteral("\u221292\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,08\u00a0kr");
    QTest::newRow("sv_SE USD uses $ after the number")
        << qint64(123450) << QStringLiteral("USD") << QStringLiteral("sv_SE")
        << QStringLiteral("1\u00a0234,50\u00a0$");
    QTest::newRow("sv_SE EUR uses €")
        << qint64(123450) << QStringLiteral("EUR") << QStringLiteral("sv_SE")
        << QStringLiteral("1\u00a0234,50\u00a0€");
    QTest::newRow("sv_SE IDR uses the code")
        << qint64(123450) << QStringLiteral("IDR") << QStringLiteral("sv_SE")
        << QStringLiteral("1\u00a0234,50\u00a0IDR");

    QTest::newRow("id_ID IDR 1234.50") << qint64(123450) << QStringLiteral("IDR")
                                       << QStringLiteral("id_ID") << QStringLiteral("Rp1.234,50");
    QTest::newRow("id_ID IDR negative") << qint64(-123450) << QStringLiteral("IDR")
                                        << QStringLiteral("id_ID") << QStringLiteral("Rp-1.234,50");
    // IDR 50k annual tier: 6980000000 minor units = Rp69.800.000,00
    QTest::newRow("id_ID IDR large grouping")
        << qint64(6980000000) << QStringLiteral("IDR") << QStringLiteral("id_ID")
        << QStringLiteral("Rp69.800.000,00");
    QTest::newRow("id_ID SEK code kept apart from the digits")
        << qint64(123450) << QStringLiteral("SEK") << QStringLiteral("id_ID")
        << QStringLiteral("SEK\u00a01.234,50");

    QTest::newRow("it_IT EUR 1234.50")
        << qint64(123450) << QStringLiteral("EUR") << QStringLiteral("it_IT")
        << QStringLiteral("1.234,50\u00a0€");
    QTest::newRow("it_IT EUR negative")
        << qint64(-123450) << QStringLiteral("EUR") << QStringLiteral("it_IT")
        << QStringLiteral("-1.234,50\u00a0€");
    QTest::newRow("it_IT EUR large grouping")
        << qint64(123456789012) << QStringLiteral("EUR") << QStringLiteral("it_IT")
        << QStringLiteral("1.234.567.890,12\u00a0€");
    QTest::newRow("it_IT USD") << qint64(123450) << QStringLiteral("USD") << QStringLiteral("it_IT")
                               << QStringLiteral("1.234,50\u00a0$");

    QTest::newRow("en_US USD 1234.50") << qint64(123450) << QStringLiteral("USD")
                                       << QStringLiteral("en_US") << QStringLiteral("$1,234.50");
    QTest::newRow("en_US USD zero")
        << qint64(0) << QStringLiteral("USD") << QStringLiteral("en_US") << QStringLiteral("$0.00");
    QTest::newRow("en_US USD five cents")
        << qint64(5) << QStringLiteral("USD") << QStringLiteral("en_US") << QStringLiteral("$0.05");
    // Qt 6.4 writes en_US negatives in accounting brackets; Tierline uses the minus sign.
    QTest::newRow("en_US USD negative with a minus sign, not brackets")
        << qint64(-123450) << QStringLiteral("USD") << QStringLiteral("en_US")
        << QStringLiteral("-$1,234.50");
    QTest::newRow("en_US USD large grouping")
        << qint64(123456789012) << QStringLiteral("USD") << QStringLiteral("en_US")
        << QStringLiteral("$1,234,567,890.12");
    QTest::newRow("en_US EUR uses €") << qint64(123450) << QStringLiteral("EUR")
                                      << QStringLiteral("en_US") << QStringLiteral("€1,234.50");
    // Qt alone would give "SEK1,234.50"; the code is kept apart by U+00A0
    QTest::newRow("en_US SEK code kept apart from the digits")
        << qint64(123450) << QStringLiteral("SEK") << QStringLiteral("en_US")
        << QStringLiteral("SEK\u00a01,234.50");
    QTest::newRow("en_US IDR code kept apart from the digits")
        << qint64(123450) << QStringLiteral("IDR") << QStringLiteral("en_US")
        << QStringLiteral("IDR\u00a01,234.50");
}

void TestMoney::formatMoney()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QCOMPARE(Tierline::formatMoney(Money(minor, currency), QLocale(locale)), expected);
}

void TestMoney::formatMoneyMatchesQtLayout_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("symbol");

    // The formatter never uses floating point; Qt's own double formatting is the reference
    // layout for small amounts that doubles hold exactly (x.50, x.25, x.00).
    QTest::newRow("sv_SE SEK 1234.50") << qint64(123450) << QStringLiteral("SEK")
                                       << QStringLiteral("sv_SE") << 1234.5 << QStringLiteral("kr");
    QTest::newRow("sv_SE SEK -1234.50")
        << qint64(-123450) << QStringLiteral("SEK") << QStringLiteral("sv_SE") << -1234.5
        << QStringLiteral("kr");
    QTest::newRow("id_ID IDR 1234.50") << qint64(123450) << QStringLiteral("IDR")
                                       << QStringLiteral("id_ID") << 1234.5 << QStringLiteral("Rp");
    QTest::newRow("id_ID IDR -99.25") << qint64(-9925) << QStringLiteral("IDR")
                                      << QStringLiteral("id_ID") << -99.25 << QStringLiteral("Rp");
    QTest::newRow("it_IT EUR 1234.50") << qint64(123450) << QStringLiteral("EUR")
                                       << QStringLiteral("it_IT") << 1234.5 << QStringLiteral("€");
    QTest::newRow("it_IT EUR 1000000.00")
        << qint64(100000000) << QStringLiteral("EUR") << QStringLiteral("it_IT") << 1000000.0
        << QStringLiteral("€");
    QTest::newRow("en_US USD 1234.50") << qint64(123450) << QStringLiteral("USD")
                                       << QStringLiteral("en_US") << 1234.5 << QStringLiteral("$");
    QTest::newRow("sv_SE USD 1234.50") << qint64(123450) << QStringLiteral("USD")
                                       << QStringLiteral("sv_SE") << 1234.5 << QStringLiteral("$");
}

void TestMoney::formatMoneyMatchesQtLayout()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(double, amount);
    QFETCH(QString, symbol);

    const QLocale qlocale(locale);
    QCOMPARE(Tierline::formatMoney(Money(minor, currency), qlocale),
             qlocale.toCurrencyString(amount, symbol, 2));
}

void TestMoney::arithmetic()
{
    const Money a(1250, QStringLiteral("EUR"));
    const Money b(75, QStringLiteral("EUR"));
    QCOMPARE((a + b).minorUnits(), qint64(1325));
    QCOMPARE((a - b).minorUnits(), qint64(1175));
    QCOMPARE((b - a).minorUnits(), qint64(-1175));
    QCOMPARE((-a).minorUnits(), qint64(-1250));
    QCOMPARE((a + b).currency(), QStringLiteral("EUR"));
    QVERIFY(Money(0, QStringLiteral("EUR")).isZero());
    QVERIFY(!b.isZero());
    QVERIFY(a == Money(1250, QStringLiteral("EUR")));
    QVERIFY(!(a == Money(1250, QStringLiteral("USD"))));
}

void TestMoney::currencies()
{
    QCOMPARE(Currency::supportedCodes(),
             QStringList({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("SEK"),
                          QStringLiteral("IDR")}));
    for (const QString &code : Currency::supportedCodes()) {
        const std::optional<Currency> currency = Currency::fromCode(code);
        QVERIFY2(currency.has_value(), qPrintable(code));
        QCOMPARE(currency->code, code);
        QCOMPARE(currency->minorDigits, 2); // ISO 4217: USD, EUR, SEK and IDR all have 2
    }
    QVERIFY(!Currency::fromCode(QStringLiteral("GBP")).has_value());
    QVERIFY(!Currency::fromCode(QString()).has_value());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
