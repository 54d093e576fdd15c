// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ledger.h"
#include "billing/scheduler.h"
#include "testworld.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

/** The ledger as comparable text, without ids and random event keys. */
QStringList ledgerLines(TestWorld &world, qint64 accountId)
{
    QStringList lines;
    for (const LedgerEntry &e : world.ledger(accountId)) {
        lines.append(
            QStringLiteral("%1 %2 %3 %4 %5..%6")
                .arg(e.date.toString(Qt::ISODate), ledgerReasonKey(e.reason))
                .arg(e.amount)
                .arg(e.tier)
                .arg(e.period.start.toString(Qt::ISODate), e.period.end.toString(Qt::ISODate)));
    }
    return lines;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningTheSameDayTwiceChangesNothing();
    void catchingUpLateBillsLikeRunningDaily();
    void monthlyRenewalsFollowTheAnchor_data();
    void monthlyRenewalsFollowTheAnchor();
    void annualRenewalOnLeapDay();
    void secondChargeForOneEventIsRefusedByTheLedger();
    void appliedThroughOnlyMovesForward();
    void aCreditRoundedToZeroIsStillACredit();
};

void TestScheduler::runningTheSameDayTwiceChangesNothing()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 trial = world.createAccount(QStringLiteral("SEK"));
    const qint64 paid = world.createAccount(QStringLiteral("USD"));
    TL_VERIFY_OK(world.billing().startTrial(world.owner, trial));
    TL_VERIFY_OK(world.billing().requestReview(world.owner, trial));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, trial, true));
    world.buyCampaigns(paid, 4000);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, paid, 2000));

    const Scheduler scheduler(world.database(), world.catalog(), world.clock());
    const auto first = scheduler.runUntil(QDate(2026, 4, 1));
    TL_VERIFY_OK(first);
    // The trial converts on 22 Mar, the paid account renews on 1 Apr, and both plans renew.
    QCOMPARE(*first, 4);
    const QStringList trialLedger = ledgerLines(world, trial);
    const QStringList paidLedger = ledgerLines(world, paid);
    const qint64 trialVersion = world.account(trial).version;
    const qint64 paidVersion = world.account(paid).version;

    const auto second = scheduler.runUntil(QDate(2026, 4, 1));
    TL_VERIFY_OK(second);
    QCOMPARE(*second, 0);
    QCOMPARE(ledgerLines(world, trial), trialLedger);
    QCOMPARE(ledgerLines(world, paid), paidLedger);
    QCOMPARE(world.account(trial).version, trialVersion);
    QCOMPARE(world.account(paid).version, paidVersion);
    QCOMPARE(world.account(paid).campaigns.tier, 2000);
}

void TestScheduler::catchingUpLateBillsLikeRunningDaily()
{
    auto prepare = [](TestWorld &world) -> qint64 {
        const qint64 id = world.createAccount(QStringLiteral("IDR"));
        world.buyCampaigns(id, 7000);
        if (!world.billing().changeTier(world.owner, id, 6000))
            qFatal("cannot schedule the downgrade");
        return id;
    };
    TestWorld daily(QDate(2026, 1, 31));
    TestWorld late(QDate(2026, 1, 31));
    const qint64 dailyId = prepare(daily);
    const qint64 lateId = prepare(late);

    const Scheduler dailyScheduler(daily.database(), daily.catalog(), daily.clock());
    for (QDate day(2026, 1, 31); day <= QDate(2026, 9, 30); day = day.addDays(1))
        TL_VERIFY_OK(dailyScheduler.runUntil(day));
    const Scheduler lateScheduler(late.database(), late.catalog(), late.clock());
    TL_VERIFY_OK(lateScheduler.runUntil(QDate(2026, 9, 30)));

    QCOMPARE(ledgerLines(late, lateId), ledgerLines(daily, dailyId));
    QCOMPARE(late.ledger(lateId).size(), 9); // purchase + 8 renewals
}

void TestScheduler::monthlyRenewalsFollowTheAnchor_data()
{
    QTest::addColumn<QDate>("bought");
    QTest::addColumn<QList<QDate>>("renewals");
    QTest::newRow("anchor 31 Jan: clamped, never drifting")
        << QDate(2026, 1, 31)
        << QList<QDate> {QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30),
                         QDate(2026, 5, 31)};
    QTest::newRow("anchor 30 Jan in a leap year")
        << QDate(2028, 1, 30)
        << QList<QDate> {QDate(2028, 2, 29), QDate(2028, 3, 30), QDate(2028, 4, 30),
                         QDate(2028, 5, 30)};
    QTest::newRow("anchor 15 Nov across the year end")
        << QDate(2026, 11, 15)
        << QList<QDate> {QDate(2026, 12, 15), QDate(2027, 1, 15), QDate(2027, 2, 15),
                         QDate(2027, 3, 15)};
}

void TestScheduler::monthlyRenewalsFollowTheAnchor()
{
    QFETCH(QDate, bought);
    QFETCH(QList<QDate>, renewals);
    TestWorld world(bought);
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.clock().setToday(renewals.constLast());
    TL_VERIFY_OK(world.billing().catchUp());

    const QList<LedgerEntry> lines = world.ledger(id);
    QCOMPARE(lines.size(), renewals.size() + 1);
    for (qsizetype i = 0; i < renewals.size(); ++i) {
        const LedgerEntry &renewal = lines.at(i + 1);
        QCOMPARE(renewal.reason, LedgerReason::Renewal);
        QCOMPARE(renewal.date, renewals.at(i));
        QCOMPARE(renewal.period.start, renewals.at(i));
        QCOMPARE(renewal.amount, 1600);
        if (i + 1 < renewals.size())
            QCOMPARE(renewal.period.end, renewals.at(i + 1));
    }
}

void TestScheduler::annualRenewalOnLeapDay()
{
    TestWorld world(QDate(2028, 2, 29));
    const qint64 id = world.createAccount(QStringLiteral("EUR"), BillingInterval::Annual);
    world.buyCampaigns(id, 1000);
    QCOMPARE(world.account(id).campaigns.cycle.end, QDate(2029, 2, 28));
    world.clock().setToday(QDate(2032, 3, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    QStringList dates;
    for (const LedgerEntry &e : world.ledger(id))
        dates.append(e.date.toString(Qt::ISODate));
    QCOMPARE(dates,
             (QStringList {QStringLiteral("2028-02-29"), QStringLiteral("2029-02-28"),
                           QStringLiteral("2030-02-28"), QStringLiteral("2031-02-28"),
                           QStringLiteral("2032-02-29")}));
}

void TestScheduler::secondChargeForOneEventIsRefusedByTheLedger()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());

    LedgerEntry duplicate = world.ledger(id).constLast();
    QCOMPARE(duplicate.eventKey, QStringLiteral("renewal:2026-04-01"));
    const Status again = Ledger(world.database()).append(duplicate);
    QVERIFY(!again);
    QCOMPARE(world.ledger(id).size(), 2);
}

void TestScheduler::appliedThroughOnlyMovesForward()
{
    TestWorld world(QDate(2026, 3, 1));
    const Scheduler scheduler(world.database(), world.catalog(), world.clock());
    QVERIFY(!scheduler.appliedThrough().isValid());
    TL_VERIFY_OK(scheduler.runUntil(QDate(2026, 6, 1)));
    QCOMPARE(scheduler.appliedThrough(), QDate(2026, 6, 1));
    TL_VERIFY_OK(scheduler.runUntil(QDate(2026, 5, 1)));
    QCOMPARE(scheduler.appliedThrough(), QDate(2026, 6, 1));

    world.clock().setToday(QDate(2026, 5, 1));
    QCOMPARE(scheduler.checkClockNotBehind().error().kind, Error::Kind::Refused);
    world.clock().setToday(QDate(2026, 6, 1));
    TL_VERIFY_OK(scheduler.checkClockNotBehind());
}

void TestScheduler::aCreditRoundedToZeroIsStillACredit()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    LedgerEntry credit;
    credit.accountId = id;
    credit.date = world.clock().today();
    credit.reason = LedgerReason::UpgradeCredit;
    credit.amount = 0; // e.g. a tiny price over a one-day remainder
    credit.currency = QStringLiteral("USD");
    credit.eventKey = QStringLiteral("upgrade:test:credit");
    TL_VERIFY_OK(Ledger(world.database()).append(credit));
    QCOMPARE(world.database()
                 .scalar(QStringLiteral("SELECT kind FROM ledger WHERE account_id = ?"), {id})
                 ->toString(),
             QStringLiteral("credit"));
    QVERIFY(world.ledger(id).constFirst().isCredit());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
