// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ledger.h"
#include "billing/planplanner.h"
#include "billing/scheduler.h"
#include "storage/database.h"
#include "testworld.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

/** A2–A5: plan, seats and add-ons, billed on the account's own cycle. */
class TestPlanBilling : public QObject
{
    Q_OBJECT

private slots:
    void cyclePriceAddsPlanExtraSeatsAndAddons_data();
    void cyclePriceAddsPlanExtraSeatsAndAddons();
    void moreSeatsAreProratedToday();
    void fewerSeatsWaitForTheNextCycle();
    void moreSeatsWithdrawAScheduledReduction();
    void addonAddedOnceAndRenewedWithThePlan();
    void dearerPlanAppliesTodayCheaperIsARequest();
    void featuresLostNamesWhatTheNewPlanLacks();
    void renewalsAreChargedOnceOnTheAccountsCycle();
    void accountFromBeforePlanBillingIsTakenOverWithoutCharge();
    void reviewedQuoteMustStillHold();
    void badInputAndPermissions();
};

void TestPlanBilling::cyclePriceAddsPlanExtraSeatsAndAddons_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("seats");
    QTest::addColumn<QStringList>("addons");
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<qint64>("expected");
    // USD: Plus 59.00/month with 1 user included, 15.00 per extra seat; SMS 10.00; Pro 99.00
    // with 3 users, 20.00 per extra seat; annual Plus 588.00, seat 144.00, SMS 108.00.
    QTest::newRow("plus, included user only")
        << QStringLiteral("plus") << 1 << QStringList() << BillingInterval::Monthly << qint64(5900);
    QTest::newRow("plus, 3 seats")
        << QStringLiteral("plus") << 3 << QStringList() << BillingInterval::Monthly << qint64(8900);
    QTest::newRow("plus, 3 seats, SMS")
        << QStringLiteral("plus") << 3 << QStringList {QStringLiteral("sms")}
        << BillingInterval::Monthly << qint64(9900);
    QTest::newRow("pro, 2 seats under the included 3")
        << QStringLiteral("pro") << 2 << QStringList() << BillingInterval::Monthly << qint64(9900);
    QTest::newRow("plus annual, 2 seats, SMS")
        << QStringLiteral("plus") << 2 << QStringList {QStringLiteral("sms")}
        << BillingInterval::Annual << qint64(84000);
}

void TestPlanBilling::cyclePriceAddsPlanExtraSeatsAndAddons()
{
    QFETCH(QString, plan);
    QFETCH(int, seats);
    QFETCH(QStringList, addons);
    QFETCH(BillingInterval, interval);
    QFETCH(qint64, expected);
    Account account;
    account.currency = QStringLiteral("USD");
    account.interval = interval;
    const auto price = PlanPlanner(Catalog::builtIn()).cyclePrice(account, plan, seats, addons);
    TL_VERIFY_OK(price);
    QCOMPARE(*price, expected);
}

void TestPlanBilling::moreSeatsAreProratedToday()
{
    TestWorld world(QDate(2026, 3, 10)); // plan cycle [10 Mar, 10 Apr): 31 days
    const qint64 id = world.createAccount(); // Plus, 2 seats: 74.00 a month
    world.clock().setToday(QDate(2026, 3, 20)); // 21 days left

    const auto quote = world.billing().quotePlanChange(world.account(id), PlanChange::toSeats(4));
    TL_VERIFY_OK(quote);
    QCOMPARE(quote->kind, TierChangeKind::Upgrade);
    QCOMPARE(quote->fromPrice, 7400);
    QCOMPARE(quote->toPrice, 10400);
    QCOMPARE(quote->daysLeft, 21);
    QCOMPARE(quote->daysInCycle, 31);
    QCOMPARE(quote->credit, 5013); // 7400 × 21 / 31 = 5012.9
    QCOMPARE(quote->charge, 7045); // 10400 × 21 / 31 = 7045.16
    QCOMPARE(quote->chargedToday, 2032);

    const auto booked = world.billing().changePlan(world.owner, id, PlanChange::toSeats(4), *quote);
    TL_VERIFY_OK(booked);
    QCOMPARE(world.account(id).seats, 4);
    const QList<LedgerEntry> lines = world.planLedger(id);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).reason, LedgerReason::PlanCredit);
    QCOMPARE(lines.at(0).amount, -5013);
    QCOMPARE(lines.at(1).reason, LedgerReason::PlanCharge);
    QCOMPARE(lines.at(1).amount, 7045);
    QCOMPARE(lines.at(1).item, QStringLiteral("seats:4"));
    QCOMPARE(lines.at(1).period, (CycleRange {QDate(2026, 3, 20), QDate(2026, 4, 10)}));
    QVERIFY(world.ledger(id).isEmpty()); // nothing on Campaigns
}

void TestPlanBilling::fewerSeatsWaitForTheNextCycle()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().changePlan(world.owner, id, PlanChange::toSeats(5)));
    world.clock().setToday(QDate(2026, 3, 25));

    const auto quote = world.billing().changePlan(world.owner, id, PlanChange::toSeats(1));
    TL_VERIFY_OK(quote);
    QCOMPARE(quote->kind, TierChangeKind::Downgrade);
    QCOMPARE(quote->effective, QDate(2026, 4, 10));
    QCOMPARE(quote->chargedToday, 0);
    QCOMPARE(quote->nextCyclePrice, 5900);
    Account account = world.account(id);
    QCOMPARE(account.seats, 5); // usable until the cycle ends
    QCOMPARE(account.scheduledSeats, std::optional<int>(1));

    world.clock().setToday(QDate(2026, 4, 10));
    TL_VERIFY_OK(world.billing().catchUp());
    account = world.account(id);
    QCOMPARE(account.seats, 1);
    QVERIFY(!account.scheduledSeats);
    const LedgerEntry renewal = world.planLedger(id).constLast();
    QCOMPARE(renewal.reason, LedgerReason::PlanRenewal);
    QCOMPARE(renewal.amount, 5900);
    QCOMPARE(renewal.period, (CycleRange {QDate(2026, 4, 10), QDate(2026, 5, 10)}));
}

void TestPlanBilling::moreSeatsWithdrawAScheduledReduction()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount(); // 2 seats
    TL_VERIFY_OK(world.billing().changePlan(world.owner, id, PlanChange::toSeats(1)));
    QCOMPARE(world.account(id).scheduledSeats, std::optional<int>(1));
    // Asking for the seats the account has withdraws the reduction, and charges nothing.
    const auto kept = world.billing().changePlan(world.owner, id, PlanChange::toSeats(2));
    TL_VERIFY_OK(kept);
    QCOMPARE(kept->kind, TierChangeKind::Unchanged);
    QVERIFY(!world.account(id).scheduledSeats);
    QVERIFY(world.planLedger(id).isEmpty());
}

void TestPlanBilling::addonAddedOnceAndRenewedWithThePlan()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    const auto added =
        world.billing().changePlan(world.owner, id, PlanChange::addingAddon(QStringLiteral("sms")));
    TL_VERIFY_OK(added);
    QCOMPARE(added->chargedToday, 1000); // the whole cycle is left on its first day
    QCOMPARE(world.account(id).addons, QStringList {QStringLiteral("sms")});

    const auto again =
        world.billing().changePlan(world.owner, id, PlanChange::addingAddon(QStringLiteral("sms")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Refused);

    world.clock().setToday(QDate(2026, 4, 10));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.planLedger(id).constLast().amount, 8400); // 59.00 + 15.00 + 10.00
}

void TestPlanBilling::dearerPlanAppliesTodayCheaperIsARequest()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount(); // Plus, 2 seats
    const auto pro =
        world.billing().changePlan(world.owner, id, PlanChange::toPlan(QStringLiteral("pro")));
    TL_VERIFY_OK(pro);
    QCOMPARE(pro->kind, TierChangeKind::Upgrade);
    QCOMPARE(pro->toPrice, 9900); // Pro includes 3 users
    QCOMPARE(world.account(id).plan, QStringLiteral("pro"));

    const auto starter =
        world.billing().changePlan(world.owner, id, PlanChange::toPlan(QStringLiteral("starter")));
    QVERIFY(!starter);
    QCOMPARE(starter.error().kind, Error::Kind::Refused);
    QVERIFY2(starter.error().message.contains(QStringLiteral("Request account change")),
             qPrintable(starter.error().message));
    QCOMPARE(world.account(id).plan, QStringLiteral("pro"));
}

void TestPlanBilling::featuresLostNamesWhatTheNewPlanLacks()
{
    const PlanPlanner planner(Catalog::builtIn());
    QCOMPARE(planner.featuresLost(QStringLiteral("plus"), QStringLiteral("starter")),
             (QStringList {QStringLiteral("marketing_automation"), QStringLiteral("landing_pages"),
                           QStringLiteral("ab_testing")}));
    QVERIFY(planner.featuresLost(QStringLiteral("starter"), QStringLiteral("plus")).isEmpty());
}

void TestPlanBilling::renewalsAreChargedOnceOnTheAccountsCycle()
{
    TestWorld world(QDate(2026, 1, 31)); // anchor on the 31st: 28 Feb, 31 Mar, 30 Apr
    const qint64 id = world.createAccount();
    const Scheduler scheduler(world.database(), world.catalog(), world.clock());
    TL_VERIFY_OK(scheduler.runUntil(QDate(2026, 4, 30)));
    TL_VERIFY_OK(scheduler.runUntil(QDate(2026, 4, 30)));
    QList<QDate> days;
    for (const LedgerEntry &line : world.planLedger(id)) {
        QCOMPARE(line.amount, 7400);
        days.append(line.date);
    }
    QCOMPARE(days, (QList<QDate> {QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30)}));
    QCOMPARE(world.account(id).planPaidUntil, QDate(2026, 5, 31));
}

void TestPlanBilling::accountFromBeforePlanBillingIsTakenOverWithoutCharge()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    // As a database from before schema version 7 leaves it.
    TL_VERIFY_OK(world.database().run(
        QStringLiteral("UPDATE accounts SET plan_paid_until = NULL WHERE id = ?"), {id}));
    world.clock().setToday(QDate(2026, 7, 20));
    TL_VERIFY_OK(world.billing().catchUp());
    QVERIFY(world.planLedger(id).isEmpty());
    QCOMPARE(world.account(id).planPaidUntil, QDate(2026, 8, 10));
}

void TestPlanBilling::reviewedQuoteMustStillHold()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    const auto reviewed =
        world.billing().quotePlanChange(world.account(id), PlanChange::toSeats(3));
    TL_VERIFY_OK(reviewed);
    world.clock().setToday(QDate(2026, 3, 11)); // the day turned: one day less is left
    const auto booked =
        world.billing().changePlan(world.owner, id, PlanChange::toSeats(3), *reviewed);
    QVERIFY(!booked);
    QCOMPARE(booked.error().kind, Error::Kind::Conflict);
    QCOMPARE(world.account(id).seats, 2);
    QVERIFY(world.planLedger(id).isEmpty());
}

void TestPlanBilling::badInputAndPermissions()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    for (const PlanChange &change : {PlanChange::toSeats(0), PlanChange::toSeats(501),
                                     PlanChange::toPlan(QStringLiteral("platinum")),
                                     PlanChange::addingAddon(QStringLiteral("fax"))}) {
        const auto refused = world.billing().changePlan(world.owner, id, change);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    }
    const auto forbidden = world.billing().changePlan(world.rep, id, PlanChange::toSeats(3));
    QVERIFY(!forbidden);
    QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
    QCOMPARE(world.account(id).seats, 2);
    QVERIFY(world.allLedger(id).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanBilling)
#include "tst_planbilling.moc"
