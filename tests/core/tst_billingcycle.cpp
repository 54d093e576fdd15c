// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/billingcycle.h"
#include "calendar/clock.h"

#include <QLocale>
#include <QTest>

using namespace Tierline;

Q_DECLARE_METATYPE(Tierline::BillingInterval)

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

const char *intervalName(BillingInterval interval)
{
    return interval == BillingInterval::Monthly ? "monthly" : "annual";
}

/**
 * One startOf() row per index: expected[i] is the hand-written start of cycle i. The names
 * read "monthly anchor 2026-01-31 #2 → 2026-03-31".
 */
void addStartRows(BillingInterval interval, QDate anchor, const QList<QDate> &expected)
{
    for (int i = 0; i < expected.size(); ++i) {
        const QByteArray name = QByteArray(intervalName(interval)) + " anchor "
            + iso(anchor).toLatin1() + " #" + QByteArray::number(i) + " → "
            + iso(expected.at(i)).toLatin1();
        QTest::newRow(name.constData()) << interval << anchor << i << expected.at(i);
    }
}

} // namespace

/**
 * Billing cycles (X5), ISO dates and date display (X3, X4). Cycle starts are written out by
 * hand from the calendar: January 31, February 28 (29 in 2028), March 31, April 30, May 31,
 * June 30, July 31, August 31, September 30, October 31, November 30, December 31.
 */
class TestBillingCycle : public QObject
{
    Q_OBJECT

private slots:
    void startOf_data();
    void startOf();
    void cycleContaining_data();
    void cycleContaining();
    void cycleContainingMatchesCalendar_data();
    void cycleContainingMatchesCalendar();
    void dayBeforeAnchorHasNoCycle_data();
    void dayBeforeAnchorHasNoCycle();
    void cycleRange_data();
    void cycleRange();
    void intervalKeys();
    void parseIsoDate_data();
    void parseIsoDate();
    void formatDate_data();
    void formatDate();
    void fixedClock();
};

void TestBillingCycle::startOf_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<int>("index");
    QTest::addColumn<QDate>("expected");

    const auto monthly = BillingInterval::Monthly;
    const auto annual = BillingInterval::Annual;

    addStartRows(monthly, d(2026, 1, 1),
                 {d(2026, 1, 1), d(2026, 2, 1), d(2026, 3, 1), d(2026, 4, 1), d(2026, 5, 1),
                  d(2026, 6, 1), d(2026, 7, 1), d(2026, 8, 1), d(2026, 9, 1), d(2026, 10, 1),
                  d(2026, 11, 1), d(2026, 12, 1), d(2027, 1, 1)});
    addStartRows(monthly, d(2026, 1, 15),
                 {d(2026, 1, 15), d(2026, 2, 15), d(2026, 3, 15), d(2026, 4, 15), d(2026, 5, 15),
                  d(2026, 6, 15), d(2026, 7, 15), d(2026, 8, 15), d(2026, 9, 15), d(2026, 10, 15),
                  d(2026, 11, 15), d(2026, 12, 15), d(2027, 1, 15)});
    // The 28th exists in every month
    addStartRows(monthly, d(2026, 1, 28),
                 {d(2026, 1, 28), d(2026, 2, 28), d(2026, 3, 28), d(2026, 4, 28), d(2026, 5, 28),
                  d(2026, 6, 28), d(2026, 7, 28), d(2026, 8, 28), d(2026, 9, 28), d(2026, 10, 28),
                  d(2026, 11, 28), d(2026, 12, 28), d(2027, 1, 28)});
    // 29 → Feb 28 in 2026, back to the 29th in March
    addStartRows(monthly, d(2026, 1, 29),
                 {d(2026, 1, 29), d(2026, 2, 28), d(2026, 3, 29), d(2026, 4, 29), d(2026, 5, 29),
                  d(2026, 6, 29), d(2026, 7, 29), d(2026, 8, 29), d(2026, 9, 29), d(2026, 10, 29),
                  d(2026, 11, 29), d(2026, 12, 29), d(2027, 1, 29)});
    // 30 → Feb 28, then the 30th again
    addStartRows(monthly, d(2026, 1, 30),
                 {d(2026, 1, 30), d(2026, 2, 28), d(2026, 3, 30), d(2026, 4, 30), d(2026, 5, 30),
                  d(2026, 6, 30), d(2026, 7, 30), d(2026, 8, 30), d(2026, 9, 30), d(2026, 10, 30),
                  d(2026, 11, 30), d(2026, 12, 30), d(2027, 1, 30)});
    // 31 → the last day of each short month, the 31st again in every long one: no drift
    addStartRows(monthly, d(2026, 1, 31),
                 {d(2026, 1, 31), d(2026, 2, 28), d(2026, 3, 31), d(2026, 4, 30), d(2026, 5, 31),
                  d(2026, 6, 30), d(2026, 7, 31), d(2026, 8, 31), d(2026, 9, 30), d(2026, 10, 31),
                  d(2026, 11, 30), d(2026, 12, 31), d(2027, 1, 31)});
    addStartRows(monthly, d(2027, 1, 31),
                 {d(2027, 1, 31), d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30), d(2027, 5, 31)});
    addStartRows(monthly, d(2028, 1, 31),
                 {d(2028, 1, 31), d(2028, 2, 29), d(2028, 3, 31), d(2028, 4, 30), d(2028, 5, 31)});
    // A 31st anchor bought in a short month's end still comes back to the 31st
    addStartRows(monthly, d(2026, 3, 31), {d(2026, 3, 31), d(2026, 4, 30), d(2026, 5, 31)});
    // 2026-01 + 25 months = 2028-02 (leap); + 120 months = 2036-01
    QTest::newRow("monthly anchor 2026-01-31 #25 → 2028-02-29")
        << monthly << d(2026, 1, 31) << 25 << d(2028, 2, 29);
    QTest::newRow("monthly anchor 2026-01-31 #120 → 2036-01-31")
        << monthly << d(2026, 1, 31) << 120 << d(2036, 1, 31);
    // A leap-day anchor: Feb 29 in leap years, Feb 28 otherwise, every year from the anchor
    addStartRows(annual, d(2028, 2, 29),
                 {d(2028, 2, 29), d(2029, 2, 28), d(2030, 2, 28), d(2031, 2, 28), d(2032, 2, 29),
                  d(2033, 2, 28)});
    addStartRows(annual, d(2026, 3, 15), {d(2026, 3, 15), d(2027, 3, 15), d(2028, 3, 15)});
    addStartRows(annual, d(2026, 12, 31), {d(2026, 12, 31), d(2027, 12, 31)});
}

void TestBillingCycle::startOf()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, anchor);
    QFETCH(int, index);
    QFETCH(QDate, expected);

    const BillingCycle cycle(anchor, interval);
    QCOMPARE(cycle.anchor(), anchor);
    QCOMPARE(cycle.interval(), interval);
    QCOMPARE(cycle.startOf(index), expected);
}

void TestBillingCycle::cycleContaining_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<qint64>("days");

    const auto monthly = BillingInterval::Monthly;
    const auto annual = BillingInterval::Annual;

    // Anchor 1st
    QTest::newRow("anchor 1st: the anchor day itself")
        << monthly << d(2026, 1, 1) << d(2026, 1, 1) << d(2026, 1, 1) << d(2026, 2, 1)
        << qint64(31);
    QTest::newRow("anchor 1st: Dec 31 is in the December cycle")
        << monthly << d(2026, 1, 1) << d(2026, 12, 31) << d(2026, 12, 1) << d(2027, 1, 1)
        << qint64(31);
    QTest::newRow("anchor 1st: Jan 1 2027 starts the next cycle")
        << monthly << d(2026, 1, 1) << d(2027, 1, 1) << d(2027, 1, 1) << d(2027, 2, 1)
        << qint64(31);
    QTest::newRow("anchor 1st: February 2026 has 28 days")
        << monthly << d(2026, 1, 1) << d(2026, 2, 14) << d(2026, 2, 1) << d(2026, 3, 1)
        << qint64(28);
    QTest::newRow("anchor 1st: February 2028 has 29 days")
        << monthly << d(2028, 2, 1) << d(2028, 2, 15) << d(2028, 2, 1) << d(2028, 3, 1)
        << qint64(29);
    QTest::newRow("anchor 1st: leap day 2028-02-29 is in the February cycle")
        << monthly << d(2026, 1, 1) << d(2028, 2, 29) << d(2028, 2, 1) << d(2028, 3, 1)
        << qint64(29);
    // Anchor 15th: Jan 15..Feb 15 = 31 days, Feb 15..Mar 15 = 28
    QTest::newRow("anchor 15th: day before the cycle end")
        << monthly << d(2026, 1, 15) << d(2026, 2, 14) << d(2026, 1, 15) << d(2026, 2, 15)
        << qint64(31);
    QTest::newRow("anchor 15th: the cycle end belongs to the next cycle")
        << monthly << d(2026, 1, 15) << d(2026, 2, 15) << d(2026, 2, 15) << d(2026, 3, 15)
        << qint64(28);
    QTest::newRow("anchor 15th: day after the anchor in a later month")
        << monthly << d(2026, 1, 15) << d(2026, 7, 16) << d(2026, 7, 15) << d(2026, 8, 15)
        << qint64(31);
    // Anchor 28th
    QTest::newRow("anchor 28th: Feb 28 starts a cycle")
        << monthly << d(2026, 1, 28) << d(2026, 2, 28) << d(2026, 2, 28) << d(2026, 3, 28)
        << qint64(28);
    // Anchor 29th: Jan 29..Feb 28 2026 = 3 + 27 = 30 days; Feb 28..Mar 29 = 28 + 1 = 29
    QTest::newRow("anchor 29th: clamped to Feb 28 2026")
        << monthly << d(2026, 1, 29) << d(2026, 2, 28) << d(2026, 2, 28) << d(2026, 3, 29)
        << qint64(29);
    QTest::newRow("anchor 29th: Feb 27 is still in the January cycle")
        << monthly << d(2026, 1, 29) << d(2026, 2, 27) << d(2026, 1, 29) << d(2026, 2, 28)
        << qint64(30);
    QTest::newRow("anchor 29th: Feb 29 2028 exists")
        << monthly << d(2026, 1, 29) << d(2028, 3, 1) << d(2028, 2, 29) << d(2028, 3, 29)
        << qint64(29);
    // Anchor 30th: Feb 28..Mar 30 = 28 + 2 = 30 days; Apr 30..May 30 = 30
    QTest::newRow("anchor 30th: Mar 1 is in the Feb 28 cycle")
        << monthly << d(2026, 1, 30) << d(2026, 3, 1) << d(2026, 2, 28) << d(2026, 3, 30)
        << qint64(30);
    QTest::newRow("anchor 30th: Apr 30 starts a cycle")
        << monthly << d(2026, 1, 30) << d(2026, 4, 30) << d(2026, 4, 30) << d(2026, 5, 30)
        << qint64(30);
    // Anchor 31st: Jan 31..Feb 28 = 28 days, Feb 28..Mar 31 = 31, Mar 31..Apr 30 = 30,
    // Apr 30..May 31 = 31
    QTest::newRow("anchor 31st: the anchor day itself")
        << monthly << d(2026, 1, 31) << d(2026, 1, 31) << d(2026, 1, 31) << d(2026, 2, 28)
        << qint64(28);
    QTest::newRow("anchor 31st: Feb 15 in the 28-day cycle")
        << monthly << d(2026, 1, 31) << d(2026, 2, 15) << d(2026, 1, 31) << d(2026, 2, 28)
        << qint64(28);
    QTest::newRow("anchor 31st: Feb 27, last day of the 28-day cycle")
        << monthly << d(2026, 1, 31) << d(2026, 2, 27) << d(2026, 1, 31) << d(2026, 2, 28)
        << qint64(28);
    QTest::newRow("anchor 31st: Feb 28 starts the 31-day cycle")
        << monthly << d(2026, 1, 31) << d(2026, 2, 28) << d(2026, 2, 28) << d(2026, 3, 31)
        << qint64(31);
    QTest::newRow("anchor 31st: Mar 30 is still in the Feb 28 cycle")
        << monthly << d(2026, 1, 31) << d(2026, 3, 30) << d(2026, 2, 28) << d(2026, 3, 31)
        << qint64(31);
    QTest::newRow("anchor 31st: Mar 31 starts the 30-day cycle")
        << monthly << d(2026, 1, 31) << d(2026, 3, 31) << d(2026, 3, 31) << d(2026, 4, 30)
        << qint64(30);
    QTest::newRow("anchor 31st: Apr 29 in the 30-day cycle")
        << monthly << d(2026, 1, 31) << d(2026, 4, 29) << d(2026, 3, 31) << d(2026, 4, 30)
        << qint64(30);
    QTest::newRow("anchor 31st: Apr 30 starts the cycle to May 31")
        << monthly << d(2026, 1, 31) << d(2026, 4, 30) << d(2026, 4, 30) << d(2026, 5, 31)
        << qint64(31);
    QTest::newRow("anchor 31st: leap February 2028, Jan 31..Feb 29 = 29 days")
        << monthly << d(2028, 1, 31) << d(2028, 2, 10) << d(2028, 1, 31) << d(2028, 2, 29)
        << qint64(29);
    QTest::newRow("anchor 31st: leap day starts the cycle to Mar 31")
        << monthly << d(2028, 1, 31) << d(2028, 2, 29) << d(2028, 2, 29) << d(2028, 3, 31)
        << qint64(31);
    QTest::newRow("anchor 31st: four years on, Jun 15 2030")
        << monthly << d(2026, 1, 31) << d(2030, 6, 15) << d(2030, 5, 31) << d(2030, 6, 30)
        << qint64(30);
    // Annual: Jun 1 2026..Jun 1 2027 has no Feb 29 (365), Jun 1 2027..Jun 1 2028 has one (366)
    QTest::newRow("annual: last day of a 365-day year")
        << annual << d(2026, 6, 1) << d(2027, 5, 31) << d(2026, 6, 1) << d(2027, 6, 1)
        << qint64(365);
    QTest::newRow("annual: the cycle end starts a 366-day year")
        << annual << d(2026, 6, 1) << d(2027, 6, 1) << d(2027, 6, 1) << d(2028, 6, 1)
        << qint64(366);
    QTest::newRow("annual: calendar year 2028 has 366 days")
        << annual << d(2028, 1, 1) << d(2028, 12, 31) << d(2028, 1, 1) << d(2029, 1, 1)
        << qint64(366);
    // Leap-day anchor: 2028-02-29..2029-02-28 = 365; 2031-02-28..2032-02-29 = 366
    QTest::newRow("annual leap anchor: first year")
        << annual << d(2028, 2, 29) << d(2029, 2, 27) << d(2028, 2, 29) << d(2029, 2, 28)
        << qint64(365);
    QTest::newRow("annual leap anchor: Feb 28 2029 starts the second year")
        << annual << d(2028, 2, 29) << d(2029, 2, 28) << d(2029, 2, 28) << d(2030, 2, 28)
        << qint64(365);
    QTest::newRow("annual leap anchor: year to the next leap day")
        << annual << d(2028, 2, 29) << d(2031, 12, 31) << d(2031, 2, 28) << d(2032, 2, 29)
        << qint64(366);
    QTest::newRow("annual leap anchor: back on Feb 29 in 2032")
        << annual << d(2028, 2, 29) << d(2032, 2, 29) << d(2032, 2, 29) << d(2033, 2, 28)
        << qint64(365);
}

void TestBillingCycle::cycleContaining()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, anchor);
    QFETCH(QDate, day);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(qint64, days);

    const CycleRange range = BillingCycle(anchor, interval).cycleContaining(day);
    QCOMPARE(range.start, start);
    QCOMPARE(range.end, end);
    QCOMPARE(range.days(), days);
    QVERIFY(range.contains(day));
}

void TestBillingCycle::cycleContainingMatchesCalendar_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("anchor");

    for (int day : {1, 15, 28, 29, 30, 31}) {
        const QDate anchor(2026, 1, day);
        const QByteArray name = "monthly anchor " + iso(anchor).toLatin1();
        QTest::newRow(name.constData()) << BillingInterval::Monthly << anchor;
    }
    QTest::newRow("monthly anchor 2028-01-31 (leap)") << BillingInterval::Monthly << d(2028, 1, 31);
    QTest::newRow("annual anchor 2028-02-29") << BillingInterval::Annual << d(2028, 2, 29);
    QTest::newRow("annual anchor 2026-12-31") << BillingInterval::Annual << d(2026, 12, 31);
}

void TestBillingCycle::cycleContainingMatchesCalendar()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, anchor);

    // Every day for six years: the cycle is [anchor + n, anchor + n + 1) months (or years),
    // each counted from the anchor itself (QDate::addMonths clamps to the month's end).
    const BillingCycle cycle(anchor, interval);
    const int step = interval == BillingInterval::Monthly ? 1 : 12;
    int index = 0;
    for (QDate day = anchor; day < anchor.addYears(6); day = day.addDays(1)) {
        while (anchor.addMonths((index + 1) * step) <= day)
            ++index;
        const CycleRange expected {anchor.addMonths(index * step),
                                   anchor.addMonths((index + 1) * step)};
        const CycleRange actual = cycle.cycleContaining(day);
        if (actual != expected) {
            const QByteArray message = iso(day).toLatin1() + ": got " + iso(actual.start).toLatin1()
                + ".." + iso(actual.end).toLatin1() + ", expected " + iso(expected.start).toLatin1()
                + ".." + iso(expected.end).toLatin1();
            QFAIL(message.constData());
        }
        QCOMPARE(cycle.startOf(index), expected.start);
    }
}

void TestBillingCycle::dayBeforeAnchorHasNoCycle_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QDate>("day");

    QTest::newRow("monthly: the day before the anchor")
        << BillingInterval::Monthly << d(2026, 1, 15) << d(2026, 1, 14);
    QTest::newRow("monthly: a year before the anchor")
        << BillingInterval::Monthly << d(2026, 1, 31) << d(2025, 1, 31);
    QTest::newRow("annual: the day before the anchor")
        << BillingInterval::Annual << d(2028, 2, 29) << d(2028, 2, 28);
    QTest::newRow("monthly: a null day") << BillingInterval::Monthly << d(2026, 1, 15) << QDate();
}

void TestBillingCycle::dayBeforeAnchorHasNoCycle()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, anchor);
    QFETCH(QDate, day);

    const CycleRange range = BillingCycle(anchor, interval).cycleContaining(day);
    QVERIFY2(!range.start.isValid(), qPrintable(iso(range.start)));
    QVERIFY2(!range.end.isValid(), qPrintable(iso(range.end)));
}

void TestBillingCycle::cycleRange_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<qint64>("days");

    QTest::newRow("January: 31 days") << d(2026, 1, 1) << d(2026, 2, 1) << qint64(31);
    QTest::newRow("Jan 31..Feb 28 2026: 28 days") << d(2026, 1, 31) << d(2026, 2, 28) << qint64(28);
    QTest::newRow("Mar 31..Apr 30 2026: 30 days") << d(2026, 3, 31) << d(2026, 4, 30) << qint64(30);
    QTest::newRow("February 2028: 29 days") << d(2028, 2, 1) << d(2028, 3, 1) << qint64(29);
    QTest::newRow("year 2026: 365 days") << d(2026, 1, 1) << d(2027, 1, 1) << qint64(365);
    QTest::newRow("year 2028: 366 days") << d(2028, 1, 1) << d(2029, 1, 1) << qint64(366);
    QTest::newRow("one day") << d(2026, 5, 5) << d(2026, 5, 6) << qint64(1);
}

void TestBillingCycle::cycleRange()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(qint64, days);

    const CycleRange range {start, end};
    QCOMPARE(range.days(), days);
    // Half-open: the start is in, the day before and the end are out, the last day is in
    QVERIFY(range.contains(start));
    QVERIFY(range.contains(end.addDays(-1)));
    QVERIFY(!range.contains(end));
    QVERIFY(!range.contains(start.addDays(-1)));
    QVERIFY(range == (CycleRange {start, end}));
    QVERIFY(!(range == (CycleRange {start, end.addDays(1)})));
}

void TestBillingCycle::intervalKeys()
{
    QCOMPARE(billingIntervalKey(BillingInterval::Monthly), QStringLiteral("monthly"));
    QCOMPARE(billingIntervalKey(BillingInterval::Annual), QStringLiteral("annual"));
    QCOMPARE(billingIntervalFromKey(QStringLiteral("monthly")),
             std::optional(BillingInterval::Monthly));
    QCOMPARE(billingIntervalFromKey(QStringLiteral("annual")),
             std::optional(BillingInterval::Annual));
    QVERIFY(!billingIntervalFromKey(QStringLiteral("weekly")).has_value());
    QVERIFY(!billingIntervalFromKey(QString()).has_value());
}

void TestBillingCycle::parseIsoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: the text must be refused

    QTest::newRow("plain date") << QStringLiteral("2026-02-03") << d(2026, 2, 3);
    QTest::newRow("last day of the year") << QStringLiteral("2026-12-31") << d(2026, 12, 31);
    QTest::newRow("leap day 2028") << QStringLiteral("2028-02-29") << d(2028, 2, 29);
    QTest::newRow("Feb 30 does not exist") << QStringLiteral("2026-02-30") << QDate();
    QTest::newRow("Feb 29 in a common year") << QStringLiteral("2027-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2026-13-01") << QDate();
    QTest::newRow("month 00") << QStringLiteral("2026-00-10") << QDate();
    QTest::newRow("day 00") << QStringLiteral("2026-01-00") << QDate();
    QTest::newRow("single-digit month and day") << QStringLiteral("2026-2-3") << QDate();
    QTest::newRow("no separators") << QStringLiteral("20260203") << QDate();
    QTest::newRow("leading space") << QStringLiteral(" 2026-02-03") << QDate();
    QTest::newRow("trailing space") << QStringLiteral("2026-02-03 ") << QDate();
    QTest::newRow("trailing newline") << QStringLiteral("2026-02-03\n") << QDate();
    QTest::newRow("slashes") << QStringLiteral("2026/02/03") << QDate();
    QTest::newRow("with a time") << QStringLiteral("2026-02-03T00:00") << QDate();
    QTest::newRow("five-digit year") << QStringLiteral("02026-02-03") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("26-02-03") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("letters") << QStringLiteral("yyyy-mm-dd") << QDate();
    // U+0662 U+0660 …: Arabic-Indic digits are not YYYY-MM-DD
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0662\u0660\u0662\u0666-\u0660\u0662-\u0660\u0663") << QDate();
}

void TestBillingCycle::parseIsoDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);

    const QDate parsed = Tierline::parseIsoDate(text);
    if (expected.isValid())
        QCOMPARE(parsed, expected);
    else
        QVERIFY2(!parsed.isValid(), qPrintable(iso(parsed)));
}

void TestBillingCycle::formatDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    // Pinned from Qt 6.4.2's CLDR data: day, abbreviated month, year
    QTest::newRow("en_US Dec") << d(2026, 12, 1) << QStringLiteral("en_US")
                               << QStringLiteral("1 Dec 2026");
    QTest::newRow("en_US May") << d(2026, 5, 31) << QStringLiteral("en_US")
                               << QStringLiteral("31 May 2026");
    QTest::newRow("sv_SE Dec") << d(2026, 12, 1) << QStringLiteral("sv_SE")
                               << QStringLiteral("1 dec. 2026");
    QTest::newRow("sv_SE Mar") << d(2026, 3, 31) << QStringLiteral("sv_SE")
                               << QStringLiteral("31 mars 2026");
    QTest::newRow("sv_SE May") << d(2026, 5, 9) << QStringLiteral("sv_SE")
                               << QStringLiteral("9 maj 2026");
    QTest::newRow("id_ID Dec") << d(2026, 12, 1) << QStringLiteral("id_ID")
                               << QStringLiteral("1 Des 2026");
    QTest::newRow("id_ID Aug") << d(2026, 8, 17) << QStringLiteral("id_ID")
                               << QStringLiteral("17 Agu 2026");
    QTest::newRow("it_IT Dec") << d(2026, 12, 1) << QStringLiteral("it_IT")
                               << QStringLiteral("1 dic 2026");
    QTest::newRow("it_IT Jan") << d(2027, 1, 6) << QStringLiteral("it_IT")
                               << QStringLiteral("6 gen 2027");
    QTest::newRow("en_US leap day")
        << d(2028, 2, 29) << QStringLiteral("en_US") << QStringLiteral("29 Feb 2028");
    QTest::newRow("en_US invalid date is an en dash")
        << QDate() << QStringLiteral("en_US") << QStringLiteral("\u2013");
    QTest::newRow("sv_SE invalid date is an en dash")
        << QDate() << QStringLiteral("sv_SE") << QStringLiteral("\u2013");
}

void TestBillingCycle::formatDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QCOMPARE(Tierline::formatDate(date, QLocale(locale)), expected);
}

void TestBillingCycle::fixedClock()
{
    FixedClock clock(d(2026, 1, 31));
    QCOMPARE(clock.today(), d(2026, 1, 31));
    QCOMPARE(clock.now().date(), d(2026, 1, 31));
    clock.advanceDays(29); // Jan 31 + 29 days = Mar 1 (2026: Feb has 28)
    QCOMPARE(clock.today(), d(2026, 3, 1));
    clock.setToday(d(2028, 2, 29));
    QCOMPARE(clock.today(), d(2028, 2, 29));
    const Clock &asClock = clock;
    QCOMPARE(asClock.today(), d(2028, 2, 29));
}

QTEST_GUILESS_MAIN(TestBillingCycle)
#include "tst_billingcycle.moc"
