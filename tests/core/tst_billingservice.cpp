// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ledger.h"
#include "billing/scheduler.h"
#include "testworld.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result.ok() ? Status(Done {}) : Status(result.error());
}

qint64 auditCount(TestWorld &world)
{
    return world.database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
}

} // namespace

class TestBillingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trialStartsFor21Days();
    void trialCannotBeTakenTwice();
    void tierChangeDuringTrialIsFreeAndDeferred_data();
    void tierChangeDuringTrialIsFreeAndDeferred();
    void approvedTrialConvertsAtTrialEnd();
    void unapprovedTrialStopsAndKeepsData_data();
    void unapprovedTrialStopsAndKeepsData();
    void upgradeWritesCreditAndChargeLines_data();
    void upgradeWritesCreditAndChargeLines();
    void downgradeIsScheduledForNextCycle();
    void downgradeBelowFloorIsRefused();
    void upgradeWithdrawsScheduledDowngrade();
    void cancelTakesEffectAtNextCycleStart();
    void resumeWithdrawsCancellation();
    void buyNeedsApprovedReview();
    void buyRefusesACurrencyTheCatalogLacks();
    void confirmBooksOnlyWhatWasReviewed();
    void resumeKeepsAScheduledDowngrade();
    void reviewRequestExpediteAndDecide();
    void permissionRefusals_data();
    void permissionRefusals();
    void everyActionIsAudited();
    void changesDatedBeforeAppliedBillingAreRefused();
    void accountChangedIsSignalled();
    void catchUpSignalsExactlyTheAccountsItBilled();
};

void TestBillingService::trialStartsFor21Days()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));

    const Account account = world.account(id);
    QCOMPARE(account.campaigns.status, CampaignsStatus::Trial);
    QCOMPARE(account.campaigns.trialStart, QDate(2026, 3, 10));
    QCOMPARE(account.campaigns.trialEnd, QDate(2026, 3, 31));
    QCOMPARE(account.campaigns.trialDaysLeft(QDate(2026, 3, 10)), 21);
    QCOMPARE(account.campaigns.trialDaysLeft(QDate(2026, 3, 30)), 1);
    QCOMPARE(account.campaigns.subscriberLimit(world.catalog().trialSubscriberCap()), 500);
    QVERIFY(world.ledger(id).isEmpty());
}

void TestBillingService::trialCannotBeTakenTwice()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    const Status again = world.billing().startTrial(world.owner, id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Refused);

    // Not even after the trial has stopped.
    world.clock().advanceDays(30);
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Stopped);
    const Status afterStop = world.billing().startTrial(world.owner, id);
    QVERIFY(!afterStop);
    QCOMPARE(afterStop.error().kind, Error::Kind::Refused);
}

void TestBillingService::tierChangeDuringTrialIsFreeAndDeferred_data()
{
    QTest::addColumn<int>("firstChoice");
    QTest::addColumn<int>("secondChoice");
    QTest::newRow("pick 5,000 then raise to 12,000") << 5000 << 12000;
    QTest::newRow("pick 20,000 then lower to 3,000") << 20000 << 3000;
    QTest::newRow("pick 50,000 once") << 50000 << 50000;
}

void TestBillingService::tierChangeDuringTrialIsFreeAndDeferred()
{
    QFETCH(int, firstChoice);
    QFETCH(int, secondChoice);
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));

    for (const int tier : {firstChoice, secondChoice}) {
        world.clock().advanceDays(2);
        const auto quote = world.billing().changeTier(world.owner, id, tier);
        TL_VERIFY_OK(quote);
        QCOMPARE(quote->effective, QDate(2026, 3, 31));
        QCOMPARE(quote->credit, 0);
        QCOMPARE(quote->charge, 0);
        QCOMPARE(quote->chargedToday, 0);
    }
    const Account account = world.account(id);
    QCOMPARE(account.campaigns.status, CampaignsStatus::Trial);
    QCOMPARE(account.campaigns.tier, 0);
    QCOMPARE(account.campaigns.scheduledTier, std::optional<int>(secondChoice));
    QVERIFY(world.ledger(id).isEmpty());
}

void TestBillingService::approvedTrialConvertsAtTrialEnd()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount(QStringLiteral("EUR"));
    world.addContacts(id, 650); // 500 fit the trial, 150 wait
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    QCOMPARE(world.counts(id).subscribed, 500);
    QCOMPARE(world.counts(id).pendingUpgrade, 150);
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 2000));

    world.clock().setToday(QDate(2026, 3, 30));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Trial);

    world.clock().setToday(QDate(2026, 3, 31));
    TL_VERIFY_OK(world.billing().catchUp());
    const Account account = world.account(id);
    QCOMPARE(account.campaigns.status, CampaignsStatus::Active);
    QCOMPARE(account.campaigns.tier, 2000);
    QCOMPARE(account.campaigns.anchor, QDate(2026, 3, 31));
    QCOMPARE(account.campaigns.cycle, (CycleRange {QDate(2026, 3, 31), QDate(2026, 4, 30)}));
    QCOMPARE(world.counts(id).subscribed, 650); // pending promoted under the new limit
    QCOMPARE(world.counts(id).pendingUpgrade, 0);

    const QList<LedgerEntry> lines = world.ledger(id);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).reason, LedgerReason::TrialConversion);
    QCOMPARE(lines.at(0).date, QDate(2026, 3, 31));
    QCOMPARE(
        lines.at(0).amount,
        *world.catalog().campaignsPrice(QStringLiteral("EUR"), BillingInterval::Monthly, 2000));
    QCOMPARE(lines.at(0).currency, QStringLiteral("EUR"));
}

void TestBillingService::unapprovedTrialStopsAndKeepsData_data()
{
    QTest::addColumn<QString>("review");
    QTest::newRow("review never requested") << QStringLiteral("none");
    QTest::newRow("review still pending") << QStringLiteral("pending");
    QTest::newRow("review rejected") << QStringLiteral("rejected");
    QTest::newRow("approved but cancelled") << QStringLiteral("cancelled");
}

void TestBillingService::unapprovedTrialStopsAndKeepsData()
{
    QFETCH(QString, review);
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    world.addContacts(id, 300);
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    if (review != QLatin1String("none"))
        TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    if (review == QLatin1String("rejected"))
        TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, false));
    if (review == QLatin1String("cancelled")) {
        TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
        const auto effective = world.billing().cancel(world.owner, id);
        TL_VERIFY_OK(effective);
        QCOMPARE(*effective, QDate(2026, 3, 31));
    }

    world.clock().setToday(QDate(2026, 4, 2));
    TL_VERIFY_OK(world.billing().catchUp());
    const Account account = world.account(id);
    QCOMPARE(account.campaigns.status, CampaignsStatus::Stopped);
    QCOMPARE(account.campaigns.tier, 0);
    QVERIFY(!account.campaigns.nextEventOn().isValid());
    QVERIFY(world.ledger(id).isEmpty());
    QCOMPARE(world.counts(id).total, 300); // no data lost
}

void TestBillingService::upgradeWritesCreditAndChargeLines_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QDate>("bought");
    QTest::addColumn<QDate>("changed");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<qint64>("charge");

    const int monthly = int(BillingInterval::Monthly);
    const int annual = int(BillingInterval::Annual);
    // USD monthly: 5,000 = 7,200; 12,000 = 15,200. Cycle 1 Mar – 1 Apr: 31 days.
    // Change on 15 Mar: 17 days left. 7200*17/31 = 3948.39 → 3948; 15200*17/31 = 8335.48 → 8335.
    QTest::newRow("USD monthly 5k→12k on day 15 of 31")
        << QStringLiteral("USD") << monthly << QDate(2026, 3, 1) << QDate(2026, 3, 15) << 5000
        << 12000 << qint64(3948) << qint64(8335);
    // Same change on the cycle's first day: the whole old price back, the whole new one due.
    QTest::newRow("USD monthly 5k→12k on the first day")
        << QStringLiteral("USD") << monthly << QDate(2026, 3, 1) << QDate(2026, 3, 1) << 5000
        << 12000 << qint64(7200) << qint64(15200);
    // Last day: 1 of 31 days. 7200/31 = 232.26 → 232; 15200/31 = 490.32 → 490.
    QTest::newRow("USD monthly 5k→12k on the last day")
        << QStringLiteral("USD") << monthly << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 5000
        << 12000 << qint64(232) << qint64(490);
    // USD annual: 1,000 = 16,000; 2,000 = 30,000. 2026-01-01 .. 2027-01-01 = 365 days; change
    // on 2026-07-02 leaves 183 days. 16000*183/365 = 8021.92 → 8022; 30000*183/365 = 15041.10 →
    // 15041.
    QTest::newRow("USD annual 1k→2k on 2 Jul")
        << QStringLiteral("USD") << annual << QDate(2026, 1, 1) << QDate(2026, 7, 2) << 1000 << 2000
        << qint64(8022) << qint64(15041);
}

void TestBillingService::upgradeWritesCreditAndChargeLines()
{
    QFETCH(QString, currency);
    QFETCH(int, interval);
    QFETCH(QDate, bought);
    QFETCH(QDate, changed);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(qint64, credit);
    QFETCH(qint64, charge);

    TestWorld world(bought);
    const qint64 id = world.createAccount(currency, BillingInterval(interval));
    world.buyCampaigns(id, from);
    world.clock().setToday(changed);

    // The preview the GUI shows must be what is booked.
    const auto preview = world.billing().quoteTierChange(world.account(id), to);
    TL_VERIFY_OK(preview);
    const auto quote = world.billing().changeTier(world.owner, id, to);
    TL_VERIFY_OK(quote);
    QCOMPARE(quote->kind, TierChangeKind::Upgrade);
    QCOMPARE(quote->credit, credit);
    QCOMPARE(quote->charge, charge);
    QCOMPARE(quote->chargedToday, charge - credit);
    QCOMPARE(preview->chargedToday, quote->chargedToday);

    const QList<LedgerEntry> lines = world.ledger(id);
    QCOMPARE(lines.size(), 3); // purchase, credit, charge
    QCOMPARE(lines.at(1).reason, LedgerReason::UpgradeCredit);
    QCOMPARE(lines.at(1).amount, -credit);
    QCOMPARE(lines.at(1).date, changed);
    QCOMPARE(lines.at(1).tier, from);
    QCOMPARE(lines.at(2).reason, LedgerReason::UpgradeCharge);
    QCOMPARE(lines.at(2).amount, charge);
    QCOMPARE(lines.at(2).tier, to);
    QCOMPARE(lines.at(2).period.end, world.account(id).campaigns.cycle.end);
    QCOMPARE(world.account(id).campaigns.tier, to);
}

void TestBillingService::downgradeIsScheduledForNextCycle()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 20000);
    world.clock().setToday(QDate(2026, 3, 12));
    const auto quote = world.billing().changeTier(world.owner, id, 5000);
    TL_VERIFY_OK(quote);
    QCOMPARE(quote->kind, TierChangeKind::Downgrade);
    QCOMPARE(quote->effective, QDate(2026, 4, 1));
    QCOMPARE(quote->chargedToday, 0);

    Account account = world.account(id);
    QCOMPARE(account.campaigns.tier, 20000); // still usable until the cycle ends
    QCOMPARE(account.campaigns.scheduledTier, std::optional<int>(5000));
    QCOMPARE(world.ledger(id).size(), 1);

    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    account = world.account(id);
    QCOMPARE(account.campaigns.tier, 5000);
    QVERIFY(!account.campaigns.scheduledTier);
    const QList<LedgerEntry> lines = world.ledger(id);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).reason, LedgerReason::Renewal);
    QCOMPARE(
        lines.at(1).amount,
        *world.catalog().campaignsPrice(QStringLiteral("USD"), BillingInterval::Monthly, 5000));
}

void TestBillingService::downgradeBelowFloorIsRefused()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 30000);
    world.addContacts(id, 27001);
    QCOMPARE(*world.billing().floorTier(id), 28000);

    const qint64 versionBefore = world.account(id).version;
    const auto refused = world.billing().changeTier(world.owner, id, 27000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("28,000")));
    QCOMPARE(world.account(id).version, versionBefore);
    QVERIFY(!world.account(id).campaigns.scheduledTier);

    const auto allowed = world.billing().changeTier(world.owner, id, 28000);
    TL_VERIFY_OK(allowed);
    QCOMPARE(allowed->kind, TierChangeKind::Downgrade);
    // While the downgrade waits, new contacts may not push past it.
    QCOMPARE(world.account(id).campaigns.subscriberLimit(500), 28000);
}

void TestBillingService::upgradeWithdrawsScheduledDowngrade()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 10000);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 4000));
    QCOMPARE(world.account(id).campaigns.scheduledTier, std::optional<int>(4000));

    // Choosing the current tier again withdraws the downgrade without a charge.
    const auto same = world.billing().changeTier(world.owner, id, 10000);
    TL_VERIFY_OK(same);
    QCOMPARE(same->kind, TierChangeKind::Unchanged);
    QVERIFY(!world.account(id).campaigns.scheduledTier);

    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 4000));
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 11000));
    QCOMPARE(world.account(id).campaigns.tier, 11000);
    QVERIFY(!world.account(id).campaigns.scheduledTier);
}

void TestBillingService::cancelTakesEffectAtNextCycleStart()
{
    TestWorld world(QDate(2026, 1, 31));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 3000);
    world.clock().setToday(QDate(2026, 2, 10));
    const auto effective = world.billing().cancel(world.owner, id);
    TL_VERIFY_OK(effective);
    QCOMPARE(*effective, QDate(2026, 2, 28)); // anchored on the 31st, clamped to February

    // Usable until then, but no longer changeable.
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Active);
    const auto change = world.billing().changeTier(world.owner, id, 5000);
    QVERIFY(!change);
    QCOMPARE(change.error().kind, Error::Kind::Refused);

    world.clock().setToday(QDate(2026, 3, 15));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Cancelled);
    QCOMPARE(world.ledger(id).size(), 1); // the purchase only: no renewal
}

void TestBillingService::resumeWithdrawsCancellation()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 3000);
    TL_VERIFY_OK(world.billing().cancel(world.owner, id));
    TL_VERIFY_OK(world.billing().resume(world.owner, id));
    QVERIFY(!world.account(id).campaigns.cancelOn.isValid());
    QVERIFY(!world.billing().resume(world.owner, id)); // nothing left to resume

    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Active);
    QCOMPARE(world.ledger(id).size(), 2);
}

void TestBillingService::buyNeedsApprovedReview()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const Status refused = world.billing().buy(world.owner, id, 2000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    QVERIFY(!world.billing().buy(world.owner, id, 2000));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));

    const Status offGrid = world.billing().buy(world.owner, id, 2500);
    QVERIFY(!offGrid);
    QCOMPARE(offGrid.error().kind, Error::Kind::BadInput);
    TL_VERIFY_OK(world.billing().buy(world.owner, id, 2000));
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::Active);
    QVERIFY(!world.billing().buy(world.owner, id, 2000)); // already on
}

void TestBillingService::buyRefusesACurrencyTheCatalogLacks()
{
    TestWorld world;
    const qint64 id = world.createAccount(QStringLiteral("EUR"));
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
    const auto usdOnly =
        Catalog::loadFile(QStringLiteral(TIERLINE_TEST_DATA "/catalogs/custom_valid.json"));
    TL_VERIFY_OK(usdOnly);
    BillingService billing(world.database(), *usdOnly, world.clock());
    const Status bought = billing.buy(world.owner, id, 1000);
    QVERIFY(!bought);
    QCOMPARE(bought.error().kind, Error::Kind::BadInput);
    QVERIFY(bought.error().message.contains(QStringLiteral("EUR")));
    QVERIFY(world.ledger(id).isEmpty());
    QCOMPARE(world.account(id).campaigns.status, CampaignsStatus::None);
}

void TestBillingService::confirmBooksOnlyWhatWasReviewed()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount(QStringLiteral("SEK"));
    world.buyCampaigns(id, 5000);
    world.clock().setToday(QDate(2026, 3, 31));
    const auto reviewed = world.billing().quoteTierChange(world.account(id), 6000);
    TL_VERIFY_OK(reviewed);

    // Midnight passes before Confirm: the cycle renews and the prices differ. Nothing is booked.
    world.clock().setToday(QDate(2026, 4, 1));
    const auto stale = world.billing().changeTier(world.owner, id, 6000, *reviewed);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(world.account(id).campaigns.tier, 5000);
    const qsizetype lines = world.ledger(id).size(); // purchase and the renewal the day brought

    // Reviewed again on the new day, it goes through exactly as shown.
    const auto fresh = world.billing().quoteTierChange(world.account(id), 6000);
    TL_VERIFY_OK(fresh);
    const auto booked = world.billing().changeTier(world.owner, id, 6000, *fresh);
    TL_VERIFY_OK(booked);
    QCOMPARE(booked->chargedToday, fresh->chargedToday);
    QCOMPARE(world.ledger(id).size(), lines + 2);

    // A purchase whose price is not the reviewed one is refused too.
    const qint64 other = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                             QStringLiteral("Solvik Media"));
    TL_VERIFY_OK(world.billing().requestReview(world.owner, other));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, other, true));
    QCOMPARE(world.billing().buy(world.owner, other, 2000, 16900).error().kind,
             Error::Kind::Conflict);
    QVERIFY(world.ledger(other).isEmpty());
}

void TestBillingService::resumeKeepsAScheduledDowngrade()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 4000));
    TL_VERIFY_OK(world.billing().cancel(world.owner, id));
    TL_VERIFY_OK(world.billing().resume(world.owner, id));
    QCOMPARE(world.account(id).campaigns.scheduledTier, std::optional<int>(4000));

    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.tier, 4000);
    QCOMPARE(
        world.ledger(id).constLast().amount,
        *world.catalog().campaignsPrice(QStringLiteral("USD"), BillingInterval::Monthly, 4000));
}

void TestBillingService::reviewRequestExpediteAndDecide()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    QCOMPARE(world.account(id).campaigns.review, ReviewState::Pending);
    QVERIFY(!world.account(id).campaigns.reviewExpedited);
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    QVERIFY(world.account(id).campaigns.reviewExpedited);
    QCOMPARE(world.billing().requestReview(world.owner, id).error().kind, Error::Kind::Refused);

    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, false));
    QCOMPARE(world.account(id).campaigns.review, ReviewState::Rejected);
    QCOMPARE(world.billing().decideReview(world.reviewer, id, true).error().kind,
             Error::Kind::Refused);

    // A rejected review may be requested again, then approved once and for all.
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
    QCOMPARE(world.account(id).campaigns.review, ReviewState::Approved);
    QCOMPARE(world.billing().requestReview(world.owner, id).error().kind, Error::Kind::Refused);
}

void TestBillingService::permissionRefusals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("actor");
    for (const char *action : {"try", "set-tier", "cancel", "resume", "buy", "request-review"}) {
        QTest::addRow("%s as a sales rep", action)
            << QString::fromLatin1(action) << QStringLiteral("rep");
        QTest::addRow("%s as a reviewer", action)
            << QString::fromLatin1(action) << QStringLiteral("reviewer");
    }
    QTest::newRow("decide-review as the account owner")
        << QStringLiteral("decide-review") << QStringLiteral("owner");
    QTest::newRow("decide-review as a sales rep")
        << QStringLiteral("decide-review") << QStringLiteral("rep");
}

void TestBillingService::permissionRefusals()
{
    QFETCH(QString, action);
    QFETCH(QString, actor);
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 3000); // a state where every action would otherwise be possible
    TL_VERIFY_OK(world.billing().cancel(world.owner, id));
    const qint64 version = world.account(id).version;
    const qint64 audits = auditCount(world);
    const User &user = actor == QLatin1String("rep") ? world.rep
        : actor == QLatin1String("reviewer")         ? world.reviewer
                                                     : world.owner;

    Status outcome = Done {};
    BillingService &billing = world.billing();
    if (action == QLatin1String("try"))
        outcome = billing.startTrial(user, id);
    else if (action == QLatin1String("set-tier"))
        outcome = statusOf(billing.changeTier(user, id, 5000));
    else if (action == QLatin1String("cancel"))
        outcome = statusOf(billing.cancel(user, id));
    else if (action == QLatin1String("resume"))
        outcome = billing.resume(user, id);
    else if (action == QLatin1String("buy"))
        outcome = billing.buy(user, id, 3000);
    else if (action == QLatin1String("request-review"))
        outcome = billing.requestReview(user, id);
    else if (action == QLatin1String("decide-review"))
        outcome = billing.decideReview(user, id, true);

    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, Error::Kind::Forbidden);
    QVERIFY2(outcome.error().message.contains(user.name), qPrintable(outcome.error().message));
    QCOMPARE(world.account(id).version, version);
    QCOMPARE(auditCount(world), audits);
}

void TestBillingService::everyActionIsAudited()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    TL_VERIFY_OK(world.billing().requestReview(world.owner, id));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 3000));
    world.clock().setToday(QDate(2026, 3, 25));
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 5000));
    TL_VERIFY_OK(world.billing().cancel(world.owner, id));

    const auto entries = AuditLog(world.database()).entries(id);
    TL_VERIFY_OK(entries);
    QStringList actions;
    for (const AuditEntry &e : *entries)
        actions.append(e.action + QLatin1Char('/')
                       + (e.userId ? e.userName : QStringLiteral("scheduler")));
    QCOMPARE(actions,
             (QStringList {
                 QStringLiteral("trial.start/Anna Owner"),
                 QStringLiteral("review.request/Anna Owner"),
                 QStringLiteral("review.approve/Rita Reviewer"),
                 QStringLiteral("tier.trial_choice/Anna Owner"),
                 QStringLiteral("trial.convert/scheduler"),
                 QStringLiteral("tier.upgrade/Anna Owner"),
                 QStringLiteral("cancel.schedule/Anna Owner"),
             }));
    QVERIFY(entries->at(5).details.contains(QStringLiteral("\"credit\"")));
}

void TestBillingService::changesDatedBeforeAppliedBillingAreRefused()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 3000);
    world.clock().setToday(QDate(2026, 5, 1));
    TL_VERIFY_OK(world.billing().catchUp());

    world.clock().setToday(QDate(2026, 4, 15));
    const auto refused = world.billing().changeTier(world.owner, id, 5000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QCOMPARE(world.account(id).campaigns.tier, 3000);
}

void TestBillingService::accountChangedIsSignalled()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    QSignalSpy spy(&world.billing(), &BillingService::accountChanged);
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);
    QVERIFY(!world.billing().startTrial(world.owner, id));
    QCOMPARE(spy.count(), 1); // a refusal changes nothing and says nothing
}

void TestBillingService::catchUpSignalsExactlyTheAccountsItBilled()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 monthly = world.createAccount();
    const qint64 annual = world.createAccount(QStringLiteral("EUR"), BillingInterval::Annual,
                                              QStringLiteral("Solvik Media"));
    const qint64 untouched = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                                 QStringLiteral("Merapi Design"));
    world.buyCampaigns(monthly, 2000);
    world.buyCampaigns(annual, 2000);
    QCOMPARE(world.account(untouched).campaigns.status, CampaignsStatus::None);

    QSignalSpy spy(&world.billing(), &BillingService::accountChanged);
    // Three monthly Campaigns renewals and three plan renewals of each monthly account; the
    // annual account has nothing due.
    world.clock().setToday(QDate(2026, 6, 1));
    const auto applied = world.billing().catchUp();
    TL_VERIFY_OK(applied);
    QCOMPARE(*applied, 9);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toLongLong(), monthly);
    QCOMPARE(spy.at(1).at(0).toLongLong(), untouched);
    QCOMPARE(world.planLedger(untouched).size(), 3);
    QCOMPARE(world.planLedger(annual).size(), 0);

    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(spy.count(), 2); // nothing due, nothing said
}

QTEST_GUILESS_MAIN(TestBillingService)
#include "tst_billingservice.moc"
