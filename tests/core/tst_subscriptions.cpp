// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/planplanner.h"
#include "money/money.h"
#include "subscriptions/subscriptionimport.h"
#include "subscriptions/subscriptions.h"
#include "testworld.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;
using namespace Qt::StringLiterals;

namespace {

/** "start..end amount" per period, end empty while open; billing periods only. */
QStringList billingPeriods(TestWorld &world, qint64 accountId)
{
    const auto periods = SubscriptionService(world.database(), world.catalog()).periods(accountId);
    if (!periods)
        qFatal("%s", qPrintable(periods.error().message));
    QStringList text;
    for (const SubscriptionPeriod &p : *periods) {
        if (p.source != PeriodSource::Billing)
            continue;
        text.append(QStringLiteral("%1..%2 %3")
                        .arg(p.start.toString(Qt::ISODate),
                             p.end.isValid() ? p.end.toString(Qt::ISODate) : QString())
                        .arg(p.monthlyRate));
    }
    return text;
}

qint64 planRate(TestWorld &world, qint64 accountId)
{
    return *PlanPlanner(world.catalog()).cyclePrice(world.account(accountId));
}

qint64 tierPrice(TestWorld &world, int tier)
{
    return *world.catalog().campaignsPrice(QStringLiteral("USD"), BillingInterval::Monthly, tier);
}

/** Rows of every table the import writes to, as one text. */
QString fingerprint(TestWorld &world)
{
    QString text;
    for (const char *sql :
         {"SELECT COUNT(*) FROM subscription_periods", "SELECT COUNT(*) FROM accounts",
          "SELECT COUNT(*) FROM users", "SELECT COUNT(*) FROM audit_log"})
        text += world.database().scalar(QString::fromLatin1(sql))->toString() + QLatin1Char(' ');
    return text;
}

} // namespace

class TestSubscriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billingWritesPeriodsThroughEveryChange();
    void trialConversionIsAnUpcomingPeriod();
    void annualBillingIsNormalised();
    void billedMonthlyRateAddsPlanSeatsAddonsAndTier();
    void dealsAreAddedAndEditedByStaff();
    void dealInputIsChecked_data();
    void dealInputIsChecked();
    void importCreatesAccountsAndOwners();
    void importErrorsLeaveTheDatabaseUntouched_data();
    void importErrorsLeaveTheDatabaseUntouched();
};

void TestSubscriptions::billingWritesPeriodsThroughEveryChange()
{
    TestWorld world; // 2026-03-10
    const qint64 id = world.createAccount();
    const qint64 plan = planRate(world, id);
    world.buyCampaigns(id, 5000);
    const qint64 full = plan + tierPrice(world, 5000);
    QCOMPARE(billingPeriods(world, id), QStringList {QStringLiteral("2026-03-10.. %1").arg(full)});

    world.clock().advanceDays(10);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 2000)); // scheduled for 10 April
    QCOMPARE(billingPeriods(world, id),
             (QStringList {QStringLiteral("2026-03-10..2026-04-09 %1").arg(full),
                           QStringLiteral("2026-04-10.. %1").arg(plan + tierPrice(world, 2000))}));
    const auto summary =
        SubscriptionService(world.database(), world.catalog()).summary(id, world.clock().today());
    TL_VERIFY_OK(summary);
    QCOMPARE(summary->currentRate, full);
    QCOMPARE(summary->currentEnd, QDate(2026, 4, 9));
    QVERIFY(summary->hasUpcoming);
    QCOMPARE(summary->upcomingStart, QDate(2026, 4, 10));
    QVERIFY(!summary->upcomingEnd.isValid());
    QCOMPARE(summary->upcomingRate, plan + tierPrice(world, 2000));

    TL_VERIFY_OK(world.billing().cancel(world.owner, id));
    QCOMPARE(billingPeriods(world, id),
             (QStringList {QStringLiteral("2026-03-10..2026-04-09 %1").arg(full),
                           QStringLiteral("2026-04-10.. %1").arg(plan)}));
    TL_VERIFY_OK(world.billing().resume(world.owner, id));
    QCOMPARE(billingPeriods(world, id).constLast(),
             QStringLiteral("2026-04-10.. %1").arg(plan + tierPrice(world, 2000)));
    TL_VERIFY_OK(world.billing().cancel(world.owner, id));

    // The scheduler applies the cancellation on its day, however late it runs.
    world.clock().setToday(QDate(2026, 5, 20));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(billingPeriods(world, id),
             (QStringList {QStringLiteral("2026-03-10..2026-04-09 %1").arg(full),
                           QStringLiteral("2026-04-10.. %1").arg(plan)}));

    // More seats apply today: the current period ends yesterday.
    TL_VERIFY_OK(world.billing().changePlan(world.owner, id, PlanChange::toSeats(4)));
    const qint64 more = planRate(world, id);
    QVERIFY(more > plan);
    QCOMPARE(billingPeriods(world, id),
             (QStringList {QStringLiteral("2026-03-10..2026-04-09 %1").arg(full),
                           QStringLiteral("2026-04-10..2026-05-19 %1").arg(plan),
                           QStringLiteral("2026-05-20.. %1").arg(more)}));
}

void TestSubscriptions::trialConversionIsAnUpcomingPeriod()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const qint64 plan = planRate(world, id);
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    QCOMPARE(billingPeriods(world, id), QStringList {QStringLiteral("2026-03-10.. %1").arg(plan)});
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 3000));
    const QDate conversion = world.account(id).campaigns.trialEnd;
    const qint64 converted = plan + tierPrice(world, 3000);
    QCOMPARE(billingPeriods(world, id),
             (QStringList {
                 QStringLiteral("2026-03-10..%1 %2")
                     .arg(conversion.addDays(-1).toString(Qt::ISODate))
                     .arg(plan),
                 QStringLiteral("%1.. %2").arg(conversion.toString(Qt::ISODate)).arg(converted)}));
    const auto summary =
        SubscriptionService(world.database(), world.catalog()).summary(id, world.clock().today());
    QCOMPARE(summary->upcomingStart, conversion);
    QVERIFY(summary->upcomingRate > summary->currentRate);

    world.clock().setToday(conversion.addDays(3));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Active);
    QCOMPARE(billingPeriods(world, id).constLast(),
             QStringLiteral("%1.. %2").arg(conversion.toString(Qt::ISODate)).arg(converted));
}

void TestSubscriptions::annualBillingIsNormalised()
{
    TestWorld world;
    const qint64 id = world.createAccount(QStringLiteral("USD"), BillingInterval::Annual);
    world.buyCampaigns(id, 1000);
    const qint64 annual = *PlanPlanner(world.catalog()).cyclePrice(world.account(id))
        + *world.catalog().campaignsPrice(QStringLiteral("USD"), BillingInterval::Annual, 1000);
    const auto periods = *SubscriptionService(world.database(), world.catalog()).periods(id);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.constFirst().amount, annual);
    QCOMPARE(periods.constFirst().interval, SubscriptionInterval::Annual);
    QCOMPARE(periods.constFirst().monthlyRate, mulDivRoundHalfUp(annual, 1, 12));
}

void TestSubscriptions::billedMonthlyRateAddsPlanSeatsAddonsAndTier()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const SubscriptionService service(world.database(), world.catalog());
    const qint64 before = *service.billedMonthlyRate(id);
    TL_VERIFY_OK(world.billing().changePlan(
        world.owner, id, PlanChange::addingAddon(world.catalog().addons().constFirst().id)));
    const qint64 withAddon = *service.billedMonthlyRate(id);
    QCOMPARE(
        withAddon,
        before + world.catalog().addons().constFirst().prices.value(QStringLiteral("USD")).monthly);
    world.buyCampaigns(id, 4000);
    QCOMPARE(*service.billedMonthlyRate(id), withAddon + tierPrice(world, 4000));
    QCOMPARE(SubscriptionService::rateOn(*service.periods(id), world.clock().today()),
             withAddon + tierPrice(world, 4000));
}

void TestSubscriptions::dealsAreAddedAndEditedByStaff()
{
    TestWorld world;
    const qint64 id = world.createAccount(QStringLiteral("SEK"));
    const SubscriptionService service(world.database(), world.catalog());
    DealInput deal;
    deal.amount =
        Money::fromDecimalString(QStringLiteral("1234.5"), QStringLiteral("SEK"))->minorUnits();
    deal.interval = SubscriptionInterval::Quarterly;
    deal.start = QDate(2026, 4, 1);
    deal.note = QStringLiteral("Consulting retainer");
    const auto added = service.addDeal(world.rep, id, deal, world.clock().now());
    TL_VERIFY_OK(added);
    auto period = *service.period(*added);
    QCOMPARE(period.amount, qint64(123450));
    QCOMPARE(period.monthlyRate, qint64(41150));
    QCOMPARE(period.currency, QStringLiteral("SEK"));
    QCOMPARE(period.source, PeriodSource::Manual);

    QCOMPARE(service.addDeal(world.reviewer, id, deal, world.clock().now()).error().kind,
             Error::Kind::Forbidden);

    deal.interval = SubscriptionInterval::Annual;
    deal.end = QDate(2027, 3, 31);
    TL_VERIFY_OK(service.editDeal(world.owner, *added, deal, world.clock().now(), period.version));
    period = *service.period(*added);
    QCOMPARE(period.monthlyRate, qint64(10288)); // 1234.50 / 12 = 102.875 → 102.88
    QCOMPARE(period.end, QDate(2027, 3, 31));
    // A second edit from what was read before the first is a conflict.
    QCOMPARE(service.editDeal(world.owner, *added, deal, world.clock().now(), period.version - 1)
                 .error()
                 .kind,
             Error::Kind::Conflict);

    world.buyCampaigns(id, 1000);
    const auto periods = *service.periods(id);
    const auto billing =
        std::find_if(periods.cbegin(), periods.cend(),
                     [](const SubscriptionPeriod &p) { return p.source == PeriodSource::Billing; });
    QVERIFY(billing != periods.cend());
    QCOMPARE(service.editDeal(world.owner, billing->id, deal, world.clock().now()).error().kind,
             Error::Kind::Refused);
    QCOMPARE(service.removeDeal(world.owner, billing->id, world.clock().now()).error().kind,
             Error::Kind::Refused);

    const auto audit = *AuditLog(world.database()).entries(id);
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
        return e.action == QLatin1String("deal.edit");
    }));
    TL_VERIFY_OK(service.removeDeal(world.rep, *added, world.clock().now()));
    QVERIFY(!service.period(*added));
}

void TestSubscriptions::dealInputIsChecked_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("valid");
    QTest::newRow("open deal") << qint64(100) << QDate(2026, 1, 1) << QDate() << true;
    QTest::newRow("one day") << qint64(100) << QDate(2026, 1, 1) << QDate(2026, 1, 1) << true;
    QTest::newRow("zero amount") << qint64(0) << QDate(2026, 1, 1) << QDate() << false;
    QTest::newRow("no start") << qint64(100) << QDate() << QDate() << false;
    QTest::newRow("ends before it starts")
        << qint64(100) << QDate(2026, 1, 2) << QDate(2026, 1, 1) << false;
}

void TestSubscriptions::dealInputIsChecked()
{
    QFETCH(qint64, amount);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, valid);
    DealInput deal;
    deal.amount = amount;
    deal.start = start;
    deal.end = end;
    QCOMPARE(SubscriptionService::checkDeal(deal).ok(), valid);
}

void TestSubscriptions::importCreatesAccountsAndOwners()
{
    TestWorld world;
    const qint64 existing = world.createAccount(); // "Nordljus Design", USD
    const QByteArray csv = "Account,Owner,Currency,Amount,Interval,Start,End\n"
                           "Nordljus Design,anna,USD,99.99,monthly,2026-01-01,\n"
                           "Acme AB,Nina Sälj,SEK,3000,quarterly,2025-10-01,2026-09-30\n"
                           "acme ab,Nina Sälj,SEK,1200.5,annual,2026-10-01,\n";
    const auto outcome = SubscriptionImport(world.database(), world.catalog())
                             .importData(world.admin, csv, world.clock().now());
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->periods, 3);
    QCOMPARE(outcome->accountsCreated, 1);
    QCOMPARE(outcome->ownersCreated, 1);
    const auto nina = UserStore(world.database()).byLogin(QStringLiteral("nina.sälj"));
    TL_VERIFY_OK(nina);
    QCOMPARE(nina->role, Role::SalesRep);
    const qint64 acme =
        world.database()
            .scalar(QStringLiteral("SELECT id FROM accounts WHERE name = 'Acme AB'"))
            ->toLongLong();
    QCOMPARE(world.account(acme).ownerId, nina->id);
    QCOMPARE(world.account(acme).currency, QStringLiteral("SEK"));
    const SubscriptionService service(world.database(), world.catalog());
    QCOMPARE(service.periods(acme)->size(), 2);
    QCOMPARE(service.periods(acme)->at(0).monthlyRate, qint64(100000));
    QCOMPARE(service.periods(acme)->at(1).monthlyRate, qint64(10004)); // 1200.50 / 12 = 100.041…
    QCOMPARE(service.periods(existing)->constFirst().amount, qint64(9999));

    // Billing leaves the imported account's periods to its deals.
    world.clock().setToday(QDate(2026, 6, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    TL_VERIFY_OK(world.billing().startTrial(world.owner, acme));
    QCOMPARE(service.periods(acme)->size(), 2);
}

void TestSubscriptions::importErrorsLeaveTheDatabaseUntouched_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("problems");
    const QByteArray header = "account,owner,currency,amount,interval,start,end\n";
    QTest::newRow("row by row")
        << header
            + "Good AB,New Rep,USD,10,monthly,2026-01-01,\n"
              ",x,USD,10,monthly,2026-01-01,\n"
              "Bad AB,x,XYZ,-3,weekly,2026-13-01,2025-01-01\n"
              "Nordljus Design,x,SEK,10,monthly,2026-01-01,\n"
              "Short AB,x,USD\n"
        << QStringList {u"row 3, column account"_s,
                        u"row 4, column currency"_s,
                        u"row 4, column amount"_s,
                        u"row 4, column interval"_s,
                        u"row 4, column start"_s,
                        u"row 5, column currency: Nordljus Design is billed in USD"_s,
                        u"row 6:"_s};
    QTest::newRow("end before start") << header + "Good AB,,USD,10,monthly,2026-02-01,2026-01-31\n"
                                      << QStringList {u"row 2, column end"_s};
    QTest::newRow("missing column")
        << QByteArray("account,currency,amount,start\nA,USD,1,2026-01-01\n")
        << QStringList {u"“interval”"_s};
    QTest::newRow("amount with a comma") << header + "Good AB,,USD,\"1,5\",monthly,2026-02-01,\n"
                                         << QStringList {u"row 2, column amount"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList {u"empty"_s};
}

void TestSubscriptions::importErrorsLeaveTheDatabaseUntouched()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, problems);
    TestWorld world;
    world.createAccount();
    const QString before = fingerprint(world);
    const auto outcome = SubscriptionImport(world.database(), world.catalog())
                             .importData(world.admin, csv, world.clock().now());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, Error::Kind::BadInput);
    for (const QString &problem : problems)
        QVERIFY2(outcome.error().message.contains(problem), qPrintable(outcome.error().message));
    QCOMPARE(fingerprint(world), before);
}

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
