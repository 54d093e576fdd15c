// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/tierchangeplanner.h"
#include "catalog/catalog.h"

#include <QTest>

#include <array>

using namespace Tierline;

Q_DECLARE_METATYPE(Tierline::BillingInterval)
Q_DECLARE_METATYPE(Tierline::TierChangeKind)

namespace Tierline {

// Readable QCOMPARE failures, found by argument-dependent lookup
char *toString(const TierChangeKind &kind)
{
    switch (kind) {
    case TierChangeKind::Upgrade:
        return qstrdup("Upgrade");
    case TierChangeKind::Downgrade:
        return qstrdup("Downgrade");
    case TierChangeKind::Unchanged:
        return qstrdup("Unchanged");
    case TierChangeKind::Refused:
        return qstrdup("Refused");
    }
    return qstrdup("?");
}

} // namespace Tierline

namespace {

constexpr auto monthly = BillingInterval::Monthly;
constexpr auto annual = BillingInterval::Annual;

/** USD monthly tier prices copied by hand from core/catalog/default.json: 1,000 … 50,000. */
constexpr std::array<qint64, 50> usdMonthly = {
    1600,  3000,  4400,  5800,  7200,  8400,  9600,  10800, 12000, 13200, //
    14200, 15200, 16200, 17200, 18200, 19200, 20200, 21200, 22200, 23200, //
    24000, 24800, 25600, 26400, 27200, 28000, 28800, 29600, 30400, 31200, //
    31800, 32400, 33000, 33600, 34200, 34800, 35400, 36000, 36600, 37200, //
    37800, 38400, 39000, 39600, 40200, 40800, 41400, 42000, 42600, 43200};

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

/**
 * P6's part(), written again from first principles for the property test: price * daysLeft
 * / daysInCycle rounded half-up, as (2 * price * daysLeft + daysInCycle) / (2 * daysInCycle).
 * Catalog prices are small enough that nothing here overflows.
 */
qint64 expectedPart(qint64 price, qint64 daysLeft, qint64 daysInCycle)
{
    return (2 * price * daysLeft + daysInCycle) / (2 * daysInCycle);
}

TierChangeQuestion question(const QString &currency, BillingInterval interval, int fromTier,
                            int toTier, CycleRange cycle, QDate changeDate)
{
    TierChangeQuestion q;
    q.currency = currency;
    q.interval = interval;
    q.fromTier = fromTier;
    q.toTier = toTier;
    q.cycle = cycle;
    q.changeDate = changeDate;
    return q;
}

} // namespace

/**
 * The Campaigns tier-change rules (P6–P8) against the built-in catalog. Every expected amount
 * is worked out by hand in its row's comment, from the prices in default.json (a monthly price
 * is one month, an annual price one year) and part(price) = round_half_up(price * days_left /
 * days_in_cycle), days_left = cycle_end - change_date.
 *
 * No catalog row can land on an exact half: that needs price * days_left ≡ n / 2 (mod n) for
 * a cycle of n days. Odd n (29, 31, 365) has no halves; every tier price is a multiple of 100,
 * hence of 4, and n / 2 = 14, 15, 183 for n = 28, 30, 366 is not a multiple of gcd(4, n).
 * Exact halves are covered by proratedPart() directly.
 */
class TestTierChangePlanner : public QObject
{
    Q_OBJECT

private slots:
    void proratedPart_data();
    void proratedPart();
    void upgrade_data();
    void upgrade();
    void downgrade_data();
    void downgrade();
    void unchanged_data();
    void unchanged();
    void floor_data();
    void floor();
    void trial_data();
    void trial();
    void badInput_data();
    void badInput();
    void usdMonthlyLiteralsMatchCatalog();
    void everyUpgradePairProperty_data();
    void everyUpgradePairProperty();
    void fullCycleEqualsPriceEverywhere();
    void kindKeys();

private:
    const TierChangePlanner m_planner {Catalog::builtIn()};
};

void TestTierChangePlanner::proratedPart_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("daysLeft");
    QTest::addColumn<qint64>("daysInCycle");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("whole cycle = price")
        << qint64(1600) << qint64(31) << qint64(31) << qint64(1600);
    QTest::newRow("whole leap year = price")
        << qint64(6980000000) << qint64(366) << qint64(366) << qint64(6980000000);
    QTest::newRow("zero price") << qint64(0) << qint64(17) << qint64(31) << qint64(0);
    // 1600*17/31 = 877.42 -> 877
    QTest::newRow("1600*17/31 = 877.42 -> 877")
        << qint64(1600) << qint64(17) << qint64(31) << qint64(877);
    // 7200*17/31 = 3948.39 -> 3948
    QTest::newRow("7200*17/31 = 3948.39 -> 3948")
        << qint64(7200) << qint64(17) << qint64(31) << qint64(3948);
    // 43200*1/31 = 1393.55 -> 1394
    QTest::newRow("43200*1/31 = 1393.55 -> 1394")
        << qint64(43200) << qint64(1) << qint64(31) << qint64(1394);
    // 100/3 = 33.33 -> 33; 200/3 = 66.67 -> 67
    QTest::newRow("100*1/3 = 33.33 -> 33") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
    QTest::newRow("200*1/3 = 66.67 -> 67") << qint64(200) << qint64(1) << qint64(3) << qint64(67);
    // Exact halves round up: 14/28 = 0.5 -> 1, 42/28 = 1.5 -> 2, 5*1/2 = 2.5 -> 3, 15*15/30
    // = 7.5 -> 8
    QTest::newRow("14*1/28 = 0.5 -> 1") << qint64(14) << qint64(1) << qint64(28) << qint64(1);
    QTest::newRow("42*1/28 = 1.5 -> 2") << qint64(42) << qint64(1) << qint64(28) << qint64(2);
    QTest::newRow("5*1/2 = 2.5 -> 3, not to even")
        << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("15*15/30 = 7.5 -> 8") << qint64(15) << qint64(15) << qint64(30) << qint64(8);
    // 183*1/366 = 0.5 -> 1
    QTest::newRow("183*1/366 = 0.5 -> 1") << qint64(183) << qint64(1) << qint64(366) << qint64(1);
    // 6980000000*365/366 = 6960928961.75 -> 6960928962 (price * days > 2^31)
    QTest::newRow("6980000000*365/366 = 6960928961.75")
        << qint64(6980000000) << qint64(365) << qint64(366) << qint64(6960928962);
}

void TestTierChangePlanner::proratedPart()
{
    QFETCH(qint64, price);
    QFETCH(qint64, daysLeft);
    QFETCH(qint64, daysInCycle);
    QFETCH(qint64, expected);

    QCOMPARE(TierChangePlanner::proratedPart(price, daysLeft, daysInCycle), expected);
}

void TestTierChangePlanner::upgrade_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<int>("fromTier");
    QTest::addColumn<int>("toTier");
    QTest::addColumn<QDate>("cycleStart");
    QTest::addColumn<QDate>("cycleEnd");
    QTest::addColumn<QDate>("changeDate");
    QTest::addColumn<qint64>("fromPrice");
    QTest::addColumn<qint64>("toPrice");
    QTest::addColumn<qint64>("daysLeft");
    QTest::addColumn<qint64>("daysInCycle");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<qint64>("charge");

    // USD monthly: 1k 1600, 2k 3000, 5k 7200, 12k 15200, 25k 27200, 26k 28000, 27k 28800,
    // 30k 31200, 50k 43200
    // Jan 15..Feb 1 = 17 days of 31; 7200*17/31 = 3948.39 -> 3948; 15200*17/31 = 8335.48 -> 8335
    QTest::newRow("USD monthly upgrade 5k→12k on day 15 of 31")
        << QStringLiteral("USD") << monthly << 5000 << 12000 << d(2026, 1, 1) << d(2026, 2, 1)
        << d(2026, 1, 15) << qint64(7200) << qint64(15200) << qint64(17) << qint64(31)
        << qint64(3948) << qint64(8335);
    // First day: days_left = 31 = days_in_cycle, so credit = 1600 and charge = 3000 in full
    QTest::newRow("USD monthly upgrade 1k→2k on the first day of 31")
        << QStringLiteral("USD") << monthly << 1000 << 2000 << d(2026, 1, 1) << d(2026, 2, 1)
        << d(2026, 1, 1) << qint64(1600) << qint64(3000) << qint64(31) << qint64(31) << qint64(1600)
        << qint64(3000);
    // Last day: days_left = 1; 1600/31 = 51.61 -> 52; 43200/31 = 1393.55 -> 1394
    QTest::newRow("USD monthly upgrade 1k→50k on the last day of 31")
        << QStringLiteral("USD") << monthly << 1000 << 50000 << d(2026, 1, 1) << d(2026, 2, 1)
        << d(2026, 1, 31) << qint64(1600) << qint64(43200) << qint64(1) << qint64(31) << qint64(52)
        << qint64(1394);
    // 31st-anchored Mar 31..Apr 30 = 30 days; Apr 15..30 = 15; 27200*15/30 = 13600,
    // 31200*15/30 = 15600
    QTest::newRow("USD monthly upgrade 25k→30k on day 16 of 30 (Mar 31..Apr 30)")
        << QStringLiteral("USD") << monthly << 25000 << 30000 << d(2026, 3, 31) << d(2026, 4, 30)
        << d(2026, 4, 15) << qint64(27200) << qint64(31200) << qint64(15) << qint64(30)
        << qint64(13600) << qint64(15600);
    // Apr 8..May 1 = 23 days of 30; 28000*23/30 = 21466.67 -> 21467; 28800*23/30 = 22080
    QTest::newRow("USD monthly upgrade 26k→27k on day 8 of 30")
        << QStringLiteral("USD") << monthly << 26000 << 27000 << d(2026, 4, 1) << d(2026, 5, 1)
        << d(2026, 4, 8) << qint64(28000) << qint64(28800) << qint64(23) << qint64(30)
        << qint64(21467) << qint64(22080);
    // USD annual: 1k 16000, 2k 30000, 10k 132000, 20k 232000
    // Jun 1 2026..Jun 1 2027 = 365 days; Dec 1..Jun 1 = 31+31+28+31+30+31 = 182;
    // 132000*182/365 = 65819.18 -> 65819; 232000*182/365 = 115682.19 -> 115682
    QTest::newRow("USD annual upgrade 10k→20k mid-year of 365")
        << QStringLiteral("USD") << annual << 10000 << 20000 << d(2026, 6, 1) << d(2027, 6, 1)
        << d(2026, 12, 1) << qint64(132000) << qint64(232000) << qint64(182) << qint64(365)
        << qint64(65819) << qint64(115682);
    // Jun 1 2027..Jun 1 2028 = 366 days; last day: 16000/366 = 43.72 -> 44, 30000/366 = 81.97 -> 82
    QTest::newRow("USD annual upgrade 1k→2k on the last day of 366")
        << QStringLiteral("USD") << annual << 1000 << 2000 << d(2027, 6, 1) << d(2028, 6, 1)
        << d(2028, 5, 31) << qint64(16000) << qint64(30000) << qint64(1) << qint64(366)
        << qint64(44) << qint64(82);

    // EUR monthly: 1k 1500, 3k 4100, 7k 8900, 10k 12200
    // 31st-anchored Jan 31..Feb 28 2026 = 28 days; Feb 14..28 = 14; 4100*14/28 = 2050,
    // 12200*14/28 = 6100
    QTest::newRow("EUR monthly upgrade 3k→10k mid-cycle of 28 (Jan 31..Feb 28)")
        << QStringLiteral("EUR") << monthly << 3000 << 10000 << d(2026, 1, 31) << d(2026, 2, 28)
        << d(2026, 2, 14) << qint64(4100) << qint64(12200) << qint64(14) << qint64(28)
        << qint64(2050) << qint64(6100);
    // Feb 27: days_left 1; 1500/28 = 53.57 -> 54; 8900/28 = 317.86 -> 318
    QTest::newRow("EUR monthly upgrade 1k→7k on the last day of 28 (Jan 31..Feb 28)")
        << QStringLiteral("EUR") << monthly << 1000 << 7000 << d(2026, 1, 31) << d(2026, 2, 28)
        << d(2026, 2, 27) << qint64(1500) << qint64(8900) << qint64(1) << qint64(28) << qint64(54)
        << qint64(318);
    // EUR annual: 1k 15000, 50k 382000. Jun 1 2027..Jun 1 2028 = 366 days; Feb 29..Jun 1 2028 =
    // 1+31+30+31 = 93; 15000*93/366 = 3811.48 -> 3811; 382000*93/366 = 97065.57 -> 97066
    QTest::newRow("EUR annual upgrade 1k→50k on leap day, 93 of 366")
        << QStringLiteral("EUR") << annual << 1000 << 50000 << d(2027, 6, 1) << d(2028, 6, 1)
        << d(2028, 2, 29) << qint64(15000) << qint64(382000) << qint64(93) << qint64(366)
        << qint64(3811) << qint64(97066);

    // SEK monthly: 10k 141000, 20k 250000, 27k 312300, 28k 321200
    // Mar 31..Apr 30 = 30 days; Apr 10..30 = 20; 312300*20/30 = 208200; 321200*20/30 =
    // 214133.33 -> 214133
    QTest::newRow("SEK monthly upgrade 27k→28k on day 11 of 30 (Mar 31..Apr 30)")
        << QStringLiteral("SEK") << monthly << 27000 << 28000 << d(2026, 3, 31) << d(2026, 4, 30)
        << d(2026, 4, 10) << qint64(312300) << qint64(321200) << qint64(20) << qint64(30)
        << qint64(208200) << qint64(214133);
    QTest::newRow("SEK monthly upgrade 10k→20k on the first day of 30 (Mar 31..Apr 30)")
        << QStringLiteral("SEK") << monthly << 10000 << 20000 << d(2026, 3, 31) << d(2026, 4, 30)
        << d(2026, 3, 31) << qint64(141000) << qint64(250000) << qint64(30) << qint64(30)
        << qint64(141000) << qint64(250000);
    // SEK annual: 5k 765000, 6k 894000; 2028 has 366 days, first day -> full prices
    QTest::newRow("SEK annual upgrade 5k→6k on the first day of 366")
        << QStringLiteral("SEK") << annual << 5000 << 6000 << d(2028, 1, 1) << d(2029, 1, 1)
        << d(2028, 1, 1) << qint64(765000) << qint64(894000) << qint64(366) << qint64(366)
        << qint64(765000) << qint64(894000);

    // IDR monthly: 1k 25000000, 2k 47000000, 5k 113000000. Feb 2028 = 29 days
    // Feb 20..Mar 1 = 10 days; 25000000*10/29 = 8620689.66 -> 8620690;
    // 113000000*10/29 = 38965517.24 -> 38965517
    QTest::newRow("IDR monthly upgrade 1k→5k in leap February, 10 of 29")
        << QStringLiteral("IDR") << monthly << 1000 << 5000 << d(2028, 2, 1) << d(2028, 3, 1)
        << d(2028, 2, 20) << qint64(25000000) << qint64(113000000) << qint64(10) << qint64(29)
        << qint64(8620690) << qint64(38965517);
    // Feb 29: 1 of 29; 25000000/29 = 862068.97 -> 862069; 47000000/29 = 1620689.66 -> 1620690
    QTest::newRow("IDR monthly upgrade 1k→2k on leap day, last of 29")
        << QStringLiteral("IDR") << monthly << 1000 << 2000 << d(2028, 2, 1) << d(2028, 3, 1)
        << d(2028, 2, 29) << qint64(25000000) << qint64(47000000) << qint64(1) << qint64(29)
        << qint64(862069) << qint64(1620690);
    // IDR annual: 49k 6880000000, 50k 6980000000; 2026 = 365 days, Dec 31 is the last one;
    // 6880000000/365 = 18849315.07 -> 18849315; 6980000000/365 = 19123287.67 -> 19123288
    QTest::newRow("IDR annual upgrade 49k→50k on the last day of 365")
        << QStringLiteral("IDR") << annual << 49000 << 50000 << d(2026, 1, 1) << d(2027, 1, 1)
        << d(2026, 12, 31) << qint64(6880000000) << qint64(6980000000) << qint64(1) << qint64(365)
        << qint64(18849315) << qint64(19123288);
}

void TestTierChangePlanner::upgrade()
{
    QFETCH(QString, currency);
    QFETCH(BillingInterval, interval);
    QFETCH(int, fromTier);
    QFETCH(int, toTier);
    QFETCH(QDate, cycleStart);
    QFETCH(QDate, cycleEnd);
    QFETCH(QDate, changeDate);
    QFETCH(qint64, fromPrice);
    QFETCH(qint64, toPrice);
    QFETCH(qint64, daysLeft);
    QFETCH(qint64, daysInCycle);
    QFETCH(qint64, credit);
    QFETCH(qint64, charge);

    const Result<ProrationQuote> result = m_planner.quote(
        question(currency, interval, fromTier, toTier, {cycleStart, cycleEnd}, changeDate));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ProrationQuote &quote = result.value();
    QCOMPARE(quote.kind, TierChangeKind::Upgrade);
    QCOMPARE(quote.effective, changeDate);
    QCOMPARE(quote.fromPrice, fromPrice);
    QCOMPARE(quote.toPrice, toPrice);
    QCOMPARE(quote.daysLeft, daysLeft);
    QCOMPARE(quote.daysInCycle, daysInCycle);
    QCOMPARE(quote.credit, credit);
    QCOMPARE(quote.charge, charge);
    QCOMPARE(quote.chargedToday, charge - credit);
    QCOMPARE(quote.nextCyclePrice, toPrice);
    QVERIFY(quote.reason.isEmpty());
}

void TestTierChangePlanner::downgrade_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<int>("fromTier");
    QTest::addColumn<int>("toTier");
    QTest::addColumn<QDate>("cycleStart");
    QTest::addColumn<QDate>("cycleEnd");
    QTest::addColumn<QDate>("changeDate");
    QTest::addColumn<int>("subscribed"); // -1: not given
    QTest::addColumn<qint64>("fromPrice");
    QTest::addColumn<qint64>("toPrice");

    // Effective on the cycle end, nothing now, the new price from the next cycle
    QTest::newRow("USD monthly downgrade 30k→28k mid-cycle, 27,001 subscribed")
        << QStringLiteral("USD") << monthly << 30000 << 28000 << d(2026, 1, 1) << d(2026, 2, 1)
        << d(2026, 1, 15) << 27001 << qint64(31200) << qint64(29600);
    QTest::newRow("USD annual downgrade 2k→1k, no count given")
        << QStringLiteral("USD") << annual << 2000 << 1000 << d(2026, 6, 1) << d(2027, 6, 1)
        << d(2026, 9, 1) << -1 << qint64(30000) << qint64(16000);
    QTest::newRow("EUR annual downgrade 10k→5k on the first day of the year")
        << QStringLiteral("EUR") << annual << 10000 << 5000 << d(2026, 6, 1) << d(2027, 6, 1)
        << d(2026, 6, 1) << 4200 << qint64(122000) << qint64(67000);
    QTest::newRow("SEK monthly downgrade 2k→1k on the last day of Jan 31..Feb 28")
        << QStringLiteral("SEK") << monthly << 2000 << 1000 << d(2026, 1, 31) << d(2026, 2, 28)
        << d(2026, 2, 27) << 0 << qint64(31800) << qint64(16900);
    QTest::newRow("IDR monthly downgrade 50k→1k on leap day, 0 subscribed")
        << QStringLiteral("IDR") << monthly << 50000 << 1000 << d(2028, 2, 1) << d(2028, 3, 1)
        << d(2028, 2, 29) << 0 << qint64(698000000) << qint64(25000000);
    QTest::newRow("IDR annual downgrade 50k→49k mid-year of 366")
        << QStringLiteral("IDR") << annual << 50000 << 49000 << d(2028, 1, 1) << d(2029, 1, 1)
        << d(2028, 7, 1) << 48500 << qint64(6980000000) << qint64(6880000000);
}

void TestTierChangePlanner::downgrade()
{
    QFETCH(QString, currency);
    QFETCH(BillingInterval, interval);
    QFETCH(int, fromTier);
    QFETCH(int, toTier);
    QFETCH(QDate, cycleStart);
    QFETCH(QDate, cycleEnd);
    QFETCH(QDate, changeDate);
    QFETCH(int, subscribed);
    QFETCH(qint64, fromPrice);
    QFETCH(qint64, toPrice);

    TierChangeQuestion q =
        question(currency, interval, fromTier, toTier, {cycleStart, cycleEnd}, changeDate);
    if (subscribed >= 0)
        q.subscribedCount = subscribed;
    const Result<ProrationQuote> result = m_planner.quote(q);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ProrationQuote &quote = result.value();
    QCOMPARE(quote.kind, TierChangeKind::Downgrade);
    QCOMPARE(quote.effective, cycleEnd);
    QCOMPARE(quote.credit, qint64(0));
    QCOMPARE(quote.charge, qint64(0));
    QCOMPARE(quote.chargedToday, qint64(0));
    QCOMPARE(quote.nextCyclePrice, toPrice);
    QCOMPARE(quote.fromPrice, fromPrice);
    QCOMPARE(quote.toPrice, toPrice);
    QVERIFY(quote.reason.isEmpty());
}

void TestTierChangePlanner::unchanged_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<int>("tier");
    QTest::addColumn<qint64>("price");

    QTest::newRow("USD monthly 5k→5k") << QStringLiteral("USD") << monthly << 5000 << qint64(7200);
    QTest::newRow("SEK annual 50k→50k")
        << QStringLiteral("SEK") << annual << 50000 << qint64(4770000);
    QTest::newRow("IDR monthly 1k→1k")
        << QStringLiteral("IDR") << monthly << 1000 << qint64(25000000);
}

void TestTierChangePlanner::unchanged()
{
    QFETCH(QString, currency);
    QFETCH(BillingInterval, interval);
    QFETCH(int, tier);
    QFETCH(qint64, price);

    const Result<ProrationQuote> result = m_planner.quote(
        question(currency, interval, tier, tier, {d(2026, 1, 1), d(2026, 2, 1)}, d(2026, 1, 10)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->kind, TierChangeKind::Unchanged);
    QCOMPARE(result->credit, qint64(0));
    QCOMPARE(result->charge, qint64(0));
    QCOMPARE(result->chargedToday, qint64(0));
    QCOMPARE(result->nextCyclePrice, price);
    QCOMPARE(result->fromPrice, price);
    QCOMPARE(result->toPrice, price);
}

void TestTierChangePlanner::floor_data()
{
    QTest::addColumn<int>("subscribed");
    QTest::addColumn<int>("fromTier");
    QTest::addColumn<int>("toTier");
    QTest::addColumn<TierChangeKind>("kind");
    QTest::addColumn<int>("floorTier");

    // The floor is the subscribed count rounded up to a 1,000 step, at least 1,000 (P8)
    QTest::newRow("27,001 subscribed: 30k→27k refused, floor 28k")
        << 27001 << 30000 << 27000 << TierChangeKind::Refused << 28000;
    QTest::newRow("27,001 subscribed: 30k→1k refused, floor 28k")
        << 27001 << 30000 << 1000 << TierChangeKind::Refused << 28000;
    QTest::newRow("27,001 subscribed: 30k→28k allowed as downgrade")
        << 27001 << 30000 << 28000 << TierChangeKind::Downgrade << 28000;
    QTest::newRow("27,001 subscribed: 28k→29k upgrade")
        << 27001 << 28000 << 29000 << TierChangeKind::Upgrade << 28000;
    QTest::newRow("27,000 subscribed: 30k→27k allowed, floor 27k")
        << 27000 << 30000 << 27000 << TierChangeKind::Downgrade << 27000;
    QTest::newRow("0 subscribed: 5k→1k allowed, floor 1k")
        << 0 << 5000 << 1000 << TierChangeKind::Downgrade << 1000;
    QTest::newRow("1 subscribed: floor 1k")
        << 1 << 2000 << 1000 << TierChangeKind::Downgrade << 1000;
    QTest::newRow("999 subscribed: floor 1k")
        << 999 << 2000 << 1000 << TierChangeKind::Downgrade << 1000;
    QTest::newRow("1,000 subscribed: floor 1k")
        << 1000 << 2000 << 1000 << TierChangeKind::Downgrade << 1000;
    QTest::newRow("1,001 subscribed: 3k→1k refused, floor 2k")
        << 1001 << 3000 << 1000 << TierChangeKind::Refused << 2000;
    QTest::newRow("1,001 subscribed: 3k→2k allowed, floor 2k")
        << 1001 << 3000 << 2000 << TierChangeKind::Downgrade << 2000;
    QTest::newRow("49,001 subscribed: 50k→49k refused, floor 50k")
        << 49001 << 50000 << 49000 << TierChangeKind::Refused << 50000;
    QTest::newRow("50,000 subscribed: 50k→49k refused, floor 50k")
        << 50000 << 50000 << 49000 << TierChangeKind::Refused << 50000;
}

void TestTierChangePlanner::floor()
{
    QFETCH(int, subscribed);
    QFETCH(int, fromTier);
    QFETCH(int, toTier);
    QFETCH(TierChangeKind, kind);
    QFETCH(int, floorTier);

    TierChangeQuestion q = question(QStringLiteral("USD"), monthly, fromTier, toTier,
                                    {d(2026, 1, 1), d(2026, 2, 1)}, d(2026, 1, 15));
    q.subscribedCount = subscribed;
    const Result<ProrationQuote> result = m_planner.quote(q);
    // A refusal by the rules is a quote, not an error
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->kind, kind);
    QCOMPARE(result->floorTier, floorTier);
    if (kind == TierChangeKind::Refused) {
        QVERIFY(!result->reason.isEmpty());
        QCOMPARE(result->credit, qint64(0));
        QCOMPARE(result->charge, qint64(0));
        QCOMPARE(result->chargedToday, qint64(0));
    } else {
        QVERIFY(result->reason.isEmpty());
    }
    if (kind == TierChangeKind::Downgrade)
        QCOMPARE(result->effective, d(2026, 2, 1));
}

void TestTierChangePlanner::trial_data()
{
    QTest::addColumn<int>("fromTier");
    QTest::addColumn<int>("toTier");
    QTest::addColumn<QDate>("changeDate");
    QTest::addColumn<QDate>("trialEnd");
    QTest::addColumn<TierChangeKind>("kind");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<qint64>("charge");
    QTest::addColumn<qint64>("nextCyclePrice");

    // USD monthly, cycle Jan 1..Feb 1 2026 (31 days): 1k 1600, 5k 7200, 12k 15200
    QTest::newRow("trial: upgrade 1k→5k applies at trial end, free")
        << 1000 << 5000 << d(2026, 1, 10) << d(2026, 1, 22) << TierChangeKind::Upgrade
        << d(2026, 1, 22) << qint64(0) << qint64(0) << qint64(7200);
    QTest::newRow("trial: downgrade 5k→1k applies at trial end, not cycle end")
        << 5000 << 1000 << d(2026, 1, 10) << d(2026, 1, 22) << TierChangeKind::Downgrade
        << d(2026, 1, 22) << qint64(0) << qint64(0) << qint64(1600);
    QTest::newRow("trial: ends tomorrow, still deferred")
        << 1000 << 5000 << d(2026, 1, 21) << d(2026, 1, 22) << TierChangeKind::Upgrade
        << d(2026, 1, 22) << qint64(0) << qint64(0) << qint64(7200);
    QTest::newRow("trial: ends after the cycle end")
        << 1000 << 5000 << d(2026, 1, 25) << d(2026, 2, 5) << TierChangeKind::Upgrade
        << d(2026, 2, 5) << qint64(0) << qint64(0) << qint64(7200);
    // trialEnd == change day: the trial is over, P6 applies; Jan 15..Feb 1 = 17 of 31:
    // 7200*17/31 = 3948.39 -> 3948, 15200*17/31 = 8335.48 -> 8335
    QTest::newRow("trial ended today: upgrade 5k→12k prorated as usual")
        << 5000 << 12000 << d(2026, 1, 15) << d(2026, 1, 15) << TierChangeKind::Upgrade
        << d(2026, 1, 15) << qint64(3948) << qint64(8335) << qint64(15200);
    QTest::newRow("trial ended today: downgrade 5k→1k at cycle end")
        << 5000 << 1000 << d(2026, 1, 15) << d(2026, 1, 15) << TierChangeKind::Downgrade
        << d(2026, 2, 1) << qint64(0) << qint64(0) << qint64(1600);
    // Trial ended a week ago; Jan 22..Feb 1 = 10 of 31: 1600*10/31 = 516.13 -> 516,
    // 7200*10/31 = 2322.58 -> 2323
    QTest::newRow("trial ended last week: upgrade 1k→5k prorated as usual")
        << 1000 << 5000 << d(2026, 1, 22) << d(2026, 1, 15) << TierChangeKind::Upgrade
        << d(2026, 1, 22) << qint64(516) << qint64(2323) << qint64(7200);
}

void TestTierChangePlanner::trial()
{
    QFETCH(int, fromTier);
    QFETCH(int, toTier);
    QFETCH(QDate, changeDate);
    QFETCH(QDate, trialEnd);
    QFETCH(TierChangeKind, kind);
    QFETCH(QDate, effective);
    QFETCH(qint64, credit);
    QFETCH(qint64, charge);
    QFETCH(qint64, nextCyclePrice);

    TierChangeQuestion q = question(QStringLiteral("USD"), monthly, fromTier, toTier,
                                    {d(2026, 1, 1), d(2026, 2, 1)}, changeDate);
    q.trialEnd = trialEnd;
    const Result<ProrationQuote> result = m_planner.quote(q);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->kind, kind);
    QCOMPARE(result->effective, effective);
    QCOMPARE(result->credit, credit);
    QCOMPARE(result->charge, charge);
    QCOMPARE(result->chargedToday, charge - credit);
    QCOMPARE(result->nextCyclePrice, nextCyclePrice);
}

void TestTierChangePlanner::badInput_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("fromTier");
    QTest::addColumn<int>("toTier");
    QTest::addColumn<QDate>("cycleStart");
    QTest::addColumn<QDate>("cycleEnd");
    QTest::addColumn<QDate>("changeDate");

    const QString usd = QStringLiteral("USD");
    const QDate jan1 = d(2026, 1, 1);
    const QDate feb1 = d(2026, 2, 1);
    const QDate jan15 = d(2026, 1, 15);

    QTest::newRow("to tier 1500, off the grid") << usd << 1000 << 1500 << jan1 << feb1 << jan15;
    QTest::newRow("to tier 0") << usd << 1000 << 0 << jan1 << feb1 << jan15;
    QTest::newRow("to tier -1000") << usd << 1000 << -1000 << jan1 << feb1 << jan15;
    QTest::newRow("to tier 51000, over the top") << usd << 1000 << 51000 << jan1 << feb1 << jan15;
    QTest::newRow("from tier 1500, off the grid") << usd << 1500 << 5000 << jan1 << feb1 << jan15;
    QTest::newRow("from tier 0") << usd << 0 << 5000 << jan1 << feb1 << jan15;
    QTest::newRow("from tier 51000") << usd << 51000 << 5000 << jan1 << feb1 << jan15;
    QTest::newRow("unknown currency GBP")
        << QStringLiteral("GBP") << 1000 << 5000 << jan1 << feb1 << jan15;
    QTest::newRow("empty currency") << QString() << 1000 << 5000 << jan1 << feb1 << jan15;
    QTest::newRow("change day before the cycle start")
        << usd << 1000 << 5000 << jan1 << feb1 << d(2025, 12, 31);
    QTest::newRow("change day == cycle end") << usd << 1000 << 5000 << jan1 << feb1 << feb1;
    QTest::newRow("change day after the cycle end")
        << usd << 1000 << 5000 << jan1 << feb1 << d(2026, 2, 2);
    QTest::newRow("cycle end == start") << usd << 1000 << 5000 << jan15 << jan15 << jan15;
    QTest::newRow("cycle end before start") << usd << 1000 << 5000 << feb1 << jan1 << jan15;
    QTest::newRow("null cycle") << usd << 1000 << 5000 << QDate() << QDate() << jan15;
    QTest::newRow("null change day") << usd << 1000 << 5000 << jan1 << feb1 << QDate();
    QTest::newRow("downgrade with change day == cycle end")
        << usd << 5000 << 1000 << jan1 << feb1 << feb1;
}

void TestTierChangePlanner::badInput()
{
    QFETCH(QString, currency);
    QFETCH(int, fromTier);
    QFETCH(int, toTier);
    QFETCH(QDate, cycleStart);
    QFETCH(QDate, cycleEnd);
    QFETCH(QDate, changeDate);

    const Result<ProrationQuote> result = m_planner.quote(
        question(currency, monthly, fromTier, toTier, {cycleStart, cycleEnd}, changeDate));
    QVERIFY2(!result.ok(), "a malformed question was priced");
    QCOMPARE(result.error().kind, Error::Kind::BadInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestTierChangePlanner::usdMonthlyLiteralsMatchCatalog()
{
    // Guards the hand-copied table the property test relies on
    for (int i = 0; i < int(usdMonthly.size()); ++i) {
        const int tier = (i + 1) * 1000;
        QCOMPARE(Catalog::builtIn().campaignsPrice(QStringLiteral("USD"), monthly, tier),
                 std::optional<qint64>(usdMonthly.at(i)));
    }
}

void TestTierChangePlanner::everyUpgradePairProperty_data()
{
    QTest::addColumn<QDate>("cycleStart");
    QTest::addColumn<QDate>("cycleEnd");

    QTest::newRow("31 days: Jan 2026") << d(2026, 1, 1) << d(2026, 2, 1);
    QTest::newRow("28 days: Jan 31..Feb 28 2026") << d(2026, 1, 31) << d(2026, 2, 28);
    QTest::newRow("29 days: Feb 2028") << d(2028, 2, 1) << d(2028, 3, 1);
    QTest::newRow("30 days: Mar 31..Apr 30 2026") << d(2026, 3, 31) << d(2026, 4, 30);
}

void TestTierChangePlanner::everyUpgradePairProperty()
{
    QFETCH(QDate, cycleStart);
    QFETCH(QDate, cycleEnd);

    // Every pair a < b of the USD monthly table, on every day of the cycle: credit <= charge
    // (a dearer tier never costs less for the same days), charged today >= 0, and part() is
    // the price for a whole cycle.
    const qint64 daysInCycle = cycleStart.daysTo(cycleEnd);
    int checked = 0;
    for (QDate day = cycleStart; day < cycleEnd; day = day.addDays(1)) {
        const qint64 daysLeft = day.daysTo(cycleEnd);
        for (int a = 0; a < int(usdMonthly.size()); ++a) {
            for (int b = a + 1; b < int(usdMonthly.size()); ++b) {
                const qint64 oldPrice = usdMonthly.at(a);
                const qint64 newPrice = usdMonthly.at(b);
                const Result<ProrationQuote> result =
                    m_planner.quote(question(QStringLiteral("USD"), monthly, (a + 1) * 1000,
                                             (b + 1) * 1000, {cycleStart, cycleEnd}, day));
                const QByteArray where = day.toString(Qt::ISODate).toLatin1() + " "
                    + QByteArray::number((a + 1) * 1000) + "→" + QByteArray::number((b + 1) * 1000);
                QVERIFY2(result.ok(), where.constData());
                const ProrationQuote &quote = result.value();
                QVERIFY2(quote.kind == TierChangeKind::Upgrade, where.constData());
                QVERIFY2(quote.credit <= quote.charge, where.constData());
                QVERIFY2(quote.chargedToday >= 0, where.constData());
                QVERIFY2(quote.chargedToday == quote.charge - quote.credit, where.constData());
                QVERIFY2(quote.credit == expectedPart(oldPrice, daysLeft, daysInCycle),
                         where.constData());
                QVERIFY2(quote.charge == expectedPart(newPrice, daysLeft, daysInCycle),
                         where.constData());
                QVERIFY2(quote.daysLeft == daysLeft, where.constData());
                QVERIFY2(quote.daysInCycle == daysInCycle, where.constData());
                QVERIFY2(quote.nextCyclePrice == newPrice, where.constData());
                if (daysLeft == daysInCycle) {
                    QVERIFY2(quote.credit == oldPrice, where.constData());
                    QVERIFY2(quote.charge == newPrice, where.constData());
                }
                ++checked;
            }
        }
        QCOMPARE(TierChangePlanner::proratedPart(usdMonthly.front(), daysInCycle, daysInCycle),
                 usdMonthly.front());
    }
    QCOMPARE(checked, int(daysInCycle) * 50 * 49 / 2);
}

void TestTierChangePlanner::fullCycleEqualsPriceEverywhere()
{
    // In every currency and interval, a change on the first day credits and charges the whole
    // cycle prices: part(price) at days_left == days_in_cycle is the price itself.
    const Catalog &catalog = Catalog::builtIn();
    for (const QString &currency : {QStringLiteral("USD"), QStringLiteral("EUR"),
                                    QStringLiteral("SEK"), QStringLiteral("IDR")}) {
        for (const BillingInterval interval : {monthly, annual}) {
            const CycleRange cycle = interval == monthly
                ? CycleRange {d(2028, 2, 1), d(2028, 3, 1)}
                : CycleRange {d(2028, 1, 1), d(2029, 1, 1)};
            const QList<TierPrice> tiers = catalog.campaignsTiers(currency, interval);
            QCOMPARE(tiers.size(), qsizetype(50));
            for (qsizetype i = 0; i + 1 < tiers.size(); ++i) {
                const Result<ProrationQuote> result =
                    m_planner.quote(question(currency, interval, tiers.at(i).subscribers,
                                             tiers.at(i + 1).subscribers, cycle, cycle.start));
                QVERIFY(result.ok());
                QCOMPARE(result->credit, tiers.at(i).price);
                QCOMPARE(result->charge, tiers.at(i + 1).price);
                QCOMPARE(result->chargedToday, tiers.at(i + 1).price - tiers.at(i).price);
                QVERIFY(result->chargedToday > 0); // more subscribers always cost more in total
            }
        }
    }
}

void TestTierChangePlanner::kindKeys()
{
    QCOMPARE(tierChangeKindKey(TierChangeKind::Upgrade), QStringLiteral("upgrade"));
    QCOMPARE(tierChangeKindKey(TierChangeKind::Downgrade), QStringLiteral("downgrade"));
    QCOMPARE(tierChangeKindKey(TierChangeKind::Unchanged), QStringLiteral("unchanged"));
    QCOMPARE(tierChangeKindKey(TierChangeKind::Refused), QStringLiteral("refused"));
}

QTEST_GUILESS_MAIN(TestTierChangePlanner)
#include "tst_tierchangeplanner.moc"
