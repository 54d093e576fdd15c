// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/autoupgrade.h"
#include "billing/scheduler.h"
#include "testworld.h"
#include "usage/usageservice.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

QList<int> levelsOf(const QList<UsageNotification> &notifications)
{
    QList<int> levels;
    for (const UsageNotification &n : notifications)
        levels.append(int(n.level));
    std::sort(levels.begin(), levels.end());
    return levels;
}

/** Every contact of the account, oldest first, as a selection of ids. */
ContactSelection newestOf(TestWorld &world, qint64 accountId, int count)
{
    ContactSelection selection;
    auto rows = world.database().run(
        QStringLiteral("SELECT id FROM contacts WHERE account_id = ? ORDER BY id DESC LIMIT ?"),
        {accountId, count});
    while (rows && rows->next())
        selection.ids.append(rows->value(0).toLongLong());
    return selection;
}

} // namespace

class TestUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsFireOncePerCrossing_data();
    void thresholdsFireOncePerCrossing();
    void thresholdsRearmBelowAndFireAgain();
    void overagePolicy_data();
    void overagePolicy();
    void deletingNeverLowersTheTier();
    void settingThePolicyNeedsBillingAccess();
    void schedulerRecordsOnePointPerDay();
    void forecast_data();
    void forecast();
    void summaryFigures();
    void notificationsMarkRead();
};

void TestUsage::thresholdsFireOncePerCrossing_data()
{
    QTest::addColumn<int>("contacts");
    QTest::addColumn<QList<int>>("fired");

    QTest::newRow("740 of 1,000: none") << 740 << QList<int> {};
    QTest::newRow("750 of 1,000: 75 %") << 750 << QList<int> {75};
    QTest::newRow("900 of 1,000: 75 and 90 %") << 900 << QList<int> {75, 90};
    QTest::newRow("980 of 1,000: 75, 90 and 98 %") << 980 << QList<int> {75, 90, 98};
    QTest::newRow("1,000 of 1,000: not over yet") << 1000 << QList<int> {75, 90, 98};
    QTest::newRow("1,001 of 1,000: over") << 1001 << QList<int> {75, 90, 98, 100};
}

void TestUsage::thresholdsFireOncePerCrossing()
{
    QFETCH(int, contacts);
    QFETCH(QList<int>, fired);

    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, contacts);
    const UsageService usage(world.database(), world.catalog());
    auto all = usage.notifications(id);
    TL_VERIFY_OK(all);
    QCOMPARE(levelsOf(*all), fired);

    // Checking again, on the next day and through a second connection (a restart), fires
    // nothing more: the crossings are kept in the database.
    {
        auto reopened = Database::open(world.databasePath());
        TL_VERIFY_OK(reopened);
        const UsageService again(**reopened, world.catalog());
        const auto more = again.checkThresholds(id, QDate(2026, 3, 2));
        TL_VERIFY_OK(more);
        QVERIFY(more->isEmpty());
        TL_VERIFY_OK(again.recordDayForAll(QDate(2026, 3, 3)));
    }
    world.clock().setToday(QDate(2026, 3, 4));
    TL_VERIFY_OK(world.billing().catchUp());
    all = usage.notifications(id);
    TL_VERIFY_OK(all);
    QCOMPARE(levelsOf(*all), fired);
}

void TestUsage::thresholdsRearmBelowAndFireAgain()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 800); // 80 %: 75 fires
    const UsageService usage(world.database(), world.catalog());
    QCOMPARE(levelsOf(*usage.notifications(id)), QList<int> {75});

    // Down to 700 (70 %) re-arms 75; back to 760 fires it a second time.
    TL_VERIFY_OK(world.contacts().archive(world.owner, id, newestOf(world, id, 100)));
    QCOMPARE(levelsOf(*usage.notifications(id)), QList<int> {75});
    world.clock().setToday(QDate(2026, 3, 2));
    world.addContacts(id, 60);
    const auto all = usage.notifications(id);
    QCOMPARE(levelsOf(*all), (QList<int> {75, 75}));
    QCOMPARE(all->first().day, QDate(2026, 3, 2));
    QCOMPARE(all->first().marketingCount, 760);

    // An upgrade lowers the percentage: 760 of 2,000 re-arms; back at 1,500 it fires again.
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 2000));
    world.addContacts(id, 740);
    QCOMPARE(levelsOf(*usage.notifications(id)), (QList<int> {75, 75, 75}));
}

void TestUsage::overagePolicy_data()
{
    QTest::addColumn<bool>("autoUpgrade");
    QTest::addColumn<int>("arriving");
    QTest::addColumn<int>("expectedTier");
    QTest::addColumn<int>("expectedPending");

    QTest::newRow("hold: 5 over 1,000 wait") << false << 5 << 1000 << 5;
    QTest::newRow("auto-upgrade: 5 over 1,000 → 2,000") << true << 5 << 2000 << 0;
    QTest::newRow("auto-upgrade: 1,500 over 1,000 → 3,000") << true << 1500 << 3000 << 0;
    QTest::newRow("auto-upgrade: 60,000 over stops at 50,000") << true << 60000 << 50000 << 11000;
}

void TestUsage::overagePolicy()
{
    QFETCH(bool, autoUpgrade);
    QFETCH(int, arriving);
    QFETCH(int, expectedTier);
    QFETCH(int, expectedPending);

    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    if (autoUpgrade)
        TL_VERIFY_OK(world.billing().setOveragePolicy(world.owner, id, OveragePolicy::AutoUpgrade));
    world.addContacts(id, 1000);
    const qsizetype linesBefore = world.ledger(id).size();

    const QDate changeDay(2026, 3, 15);
    world.clock().setToday(changeDay);
    TL_VERIFY_OK(world.billing().catchUp());
    QList<NewContact> more;
    for (int i = 0; i < arriving; ++i)
        more.append({QStringLiteral("New %1").arg(i), QStringLiteral("new%1@example.com").arg(i)});
    TL_VERIFY_OK(world.contacts().addContacts(world.admin, id, more, changeDay));

    QCOMPARE(world.account(id).campaigns.tier, expectedTier);
    QCOMPARE(world.counts(id).pendingUpgrade, expectedPending);
    QCOMPARE(world.ledger(id).size(), linesBefore); // nothing is charged the same day

    // The next day the scheduler books the difference, priced as TierChangePlanner quotes an
    // upgrade on the day the tier rose; running again books nothing more.
    const Scheduler scheduler(world.database(), world.catalog(), world.clock());
    TL_VERIFY_OK(scheduler.runUntil(changeDay.addDays(1)));
    TL_VERIFY_OK(scheduler.runUntil(changeDay.addDays(1)));
    const QList<LedgerEntry> lines = world.ledger(id).mid(linesBefore);
    if (!autoUpgrade) {
        QVERIFY(lines.isEmpty());
        return;
    }
    TierChangeQuestion question;
    question.currency = QStringLiteral("USD");
    question.interval = BillingInterval::Monthly;
    question.fromTier = 1000;
    question.toTier = expectedTier;
    question.cycle = {QDate(2026, 3, 1), QDate(2026, 4, 1)};
    question.changeDate = changeDay;
    const auto quote = TierChangePlanner(world.catalog()).quote(question);
    TL_VERIFY_OK(quote);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].reason, LedgerReason::UpgradeCredit);
    QCOMPARE(lines[0].amount, -quote->credit);
    QCOMPARE(lines[0].date, changeDay.addDays(1));
    QCOMPARE(lines[1].reason, LedgerReason::UpgradeCharge);
    QCOMPARE(lines[1].amount, quote->charge);
    QCOMPARE(lines[1].tier, expectedTier);
    QCOMPARE(lines[1].period, (CycleRange {changeDay, QDate(2026, 4, 1)}));
    const qint64 oldPrice =
        *world.catalog().campaignsPrice(QStringLiteral("USD"), BillingInterval::Monthly, 1000);
    QCOMPARE(quote->credit, TierChangePlanner::proratedPart(oldPrice, 17, 31));
    QVERIFY(lines[0].eventKey != lines[1].eventKey);

    // The renewal bills the full new tier.
    TL_VERIFY_OK(scheduler.runUntil(QDate(2026, 4, 1)));
    QCOMPARE(world.ledger(id).constLast().reason, LedgerReason::Renewal);
    QCOMPARE(world.ledger(id).constLast().tier, expectedTier);
}

void TestUsage::deletingNeverLowersTheTier()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    TL_VERIFY_OK(world.billing().setOveragePolicy(world.owner, id, OveragePolicy::AutoUpgrade));
    world.addContacts(id, 1200);
    QCOMPARE(world.account(id).campaigns.tier, 2000);
    TL_VERIFY_OK(world.contacts().remove(world.admin, id, newestOf(world, id, 900)));
    QCOMPARE(world.account(id).campaigns.tier, 2000);
    QCOMPARE(world.counts(id).subscribed, 300);
    const auto upgrades = AutoUpgrades(world.database(), world.catalog()).list(id);
    TL_VERIFY_OK(upgrades);
    QCOMPARE(upgrades->size(), 1);
}

void TestUsage::settingThePolicyNeedsBillingAccess()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const Status refused =
        world.billing().setOveragePolicy(world.rep, id, OveragePolicy::AutoUpgrade);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(world.account(id).overagePolicy, OveragePolicy::Hold);

    TL_VERIFY_OK(world.billing().setOveragePolicy(world.owner, id, OveragePolicy::AutoUpgrade));
    QCOMPARE(world.account(id).overagePolicy, OveragePolicy::AutoUpgrade);
    const auto audit = AuditLog(world.database()).entries(id);
    TL_VERIFY_OK(audit);
    QCOMPARE(audit->constLast().action, QStringLiteral("overage.policy"));
    QCOMPARE(audit->constLast().userId, world.owner.id);
}

void TestUsage::schedulerRecordsOnePointPerDay()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 100);
    const Scheduler scheduler(world.database(), world.catalog(), world.clock());
    for (const QDate day : {QDate(2026, 3, 2), QDate(2026, 3, 3)}) {
        world.clock().setToday(day);
        world.addContacts(id, 100);
        TL_VERIFY_OK(scheduler.runUntil(day));
        TL_VERIFY_OK(scheduler.runUntil(day));
    }
    const auto points = UsageService(world.database(), world.catalog())
                            .series(id, QDate(2026, 3, 1), QDate(2026, 3, 31));
    TL_VERIFY_OK(points);
    const QList<UsagePoint> expected = {{QDate(2026, 3, 1), 100, 1000},
                                        {QDate(2026, 3, 2), 200, 1000},
                                        {QDate(2026, 3, 3), 300, 1000}};
    QCOMPARE(*points, expected);
}

void TestUsage::forecast_data()
{
    QTest::addColumn<int>("before"); // marketing contacts 30 days ago
    QTest::addColumn<int>("now");
    QTest::addColumn<int>("expectedDays"); // -1: none

    QTest::newRow("300 in 30 days, 300 left: in 30 days") << 400 << 700 << 30;
    QTest::newRow("100 in 30 days, 250 left: in 75 days") << 650 << 750 << 75;
    QTest::newRow("7 in 30 days, 1 left: rounded up to 5 days") << 992 << 999 << 5;
    QTest::newRow("not growing: none") << 500 << 500 << -1;
    QTest::newRow("at the limit: today") << 900 << 1000 << 0;
}

void TestUsage::forecast()
{
    QFETCH(int, before);
    QFETCH(int, now);
    QFETCH(int, expectedDays);

    const QDate start(2026, 3, 1);
    TestWorld world(start);
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, before);
    const UsageService usage(world.database(), world.catalog());
    TL_VERIFY_OK(usage.recordDay(id, start));
    const QDate today = start.addDays(30);
    world.clock().setToday(today);
    world.addContacts(id, now - before);

    const auto reached = usage.forecast(id, today);
    TL_VERIFY_OK(reached);
    if (expectedDays < 0)
        QVERIFY(!reached->has_value());
    else
        QCOMPARE(reached->value(), today.addDays(expectedDays));
}

void TestUsage::summaryFigures()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 960);
    world.addContacts(id, 40, false);
    world.addContacts(id, 50); // 10 wait
    const auto s = UsageService(world.database(), world.catalog()).summary(id, QDate(2026, 3, 10));
    TL_VERIFY_OK(s);
    QCOMPARE(s->marketingCount, 1010);
    QCOMPARE(s->subscribed, 1000);
    QCOMPARE(s->pendingUpgrade, 10);
    QCOMPARE(s->totalContacts, 1050);
    QCOMPARE(s->tierLimit, 1000);
    QCOMPARE(s->tier, 1000);
    QCOMPARE(s->percent, 101);
    QCOMPARE(s->nextUpdate, QDate(2026, 4, 1));
}

void TestUsage::notificationsMarkRead()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 a = world.createAccount();
    const qint64 b = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                         QStringLiteral("Kopi Kita"));
    world.buyCampaigns(a, 1000);
    world.buyCampaigns(b, 1000);
    world.addContacts(a, 950);
    world.addContacts(b, 800);
    const UsageService usage(world.database(), world.catalog());
    QCOMPARE(*usage.unreadCount(), 3);
    QCOMPARE(*usage.unreadCount(b), 1);
    const auto ofB = usage.notifications(b);
    QCOMPARE(ofB->size(), 1);
    QCOMPARE(ofB->first().accountName, QStringLiteral("Kopi Kita"));
    TL_VERIFY_OK(usage.markRead(ofB->first().id));
    QCOMPARE(*usage.unreadCount(), 2);
    QVERIFY(usage.notifications(b)->first().read);
    QVERIFY(!usage.markRead(9999));
    TL_VERIFY_OK(usage.markAllRead(a));
    QCOMPARE(*usage.unreadCount(), 0);
    QVERIFY(UsageService::notificationText(ofB->first()).contains(QStringLiteral("Kopi Kita")));
}

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
