// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworld.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

class TestContactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutCampaignsContactsWait();
    void trialCapHoldsAt500();
    void upgradePromotesPendingOldestFirst();
    void promotionStopsAtTheNewLimit();
    void nonMarketingContactsDoNotCount();
    void settingMarketingNeedsPermission();
    void scheduledDowngradeHoldsNewContacts();
};

void TestContactService::withoutCampaignsContactsWait()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.addContacts(id, 20);
    QCOMPARE(world.counts(id).pendingUpgrade, 20);
    QCOMPARE(world.counts(id).subscribed, 0);
}

void TestContactService::trialCapHoldsAt500()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    world.addContacts(id, 480);
    const auto pending = world.contacts().addContacts(
        world.admin, id,
        QList<NewContact>(
            40, NewContact {QStringLiteral("Late"), QStringLiteral("late@example.com"), true}),
        world.clock().today());
    TL_VERIFY_OK(pending);
    QCOMPARE(*pending, 20);
    QCOMPARE(world.counts(id).subscribed, 500);
    QCOMPARE(world.counts(id).pendingUpgrade, 20);
}

void TestContactService::upgradePromotesPendingOldestFirst()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1000);
    world.clock().setToday(QDate(2026, 3, 2));
    world.addContacts(id, 700); // pending, older
    world.clock().setToday(QDate(2026, 3, 3));
    world.addContacts(id, 800); // pending, newer
    QCOMPARE(world.counts(id).pendingUpgrade, 1500);

    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 2000));
    QCOMPARE(world.counts(id).subscribed, 2000);
    QCOMPARE(world.counts(id).pendingUpgrade, 500);

    // All of 2 March and the first 300 of 3 March were promoted; the newest 500 still wait.
    const auto promotedNewer = world.database().scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM contacts WHERE account_id = ? AND added_on = '2026-03-03' "
            "AND status = 'subscribed'"),
        {id});
    QCOMPARE(promotedNewer->toInt(), 300);
    const auto oldestWaiting = world.database().scalar(
        QStringLiteral(
            "SELECT MIN(id) FROM contacts WHERE account_id = ? AND status = 'pending_upgrade'"),
        {id});
    const auto newestPromoted = world.database().scalar(
        QStringLiteral(
            "SELECT MAX(id) FROM contacts WHERE account_id = ? AND status = 'subscribed'"),
        {id});
    QVERIFY(oldestWaiting->toLongLong() > newestPromoted->toLongLong());
}

void TestContactService::promotionStopsAtTheNewLimit()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 3500);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 3000));
    QCOMPARE(world.counts(id).subscribed, 3000);
    QCOMPARE(world.counts(id).pendingUpgrade, 500);
}

void TestContactService::nonMarketingContactsDoNotCount()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 900);
    world.addContacts(id, 400, false);
    world.addContacts(id, 150);
    const ContactCounts counts = world.counts(id);
    QCOMPARE(counts.subscribed, 1000);
    QCOMPARE(counts.pendingUpgrade, 50);
    QCOMPARE(counts.nonMarketing, 400);
    QCOMPARE(counts.total, 1450);
    QCOMPARE(*world.billing().floorTier(id), 1000);
}

void TestContactService::settingMarketingNeedsPermission()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const QList<NewContact> marketing {
        {QStringLiteral("A"), QStringLiteral("a@example.com"), true}};
    const QList<NewContact> plain {{QStringLiteral("B"), QStringLiteral("b@example.com"), false}};
    const auto refused =
        world.contacts().addContacts(world.rep, id, marketing, world.clock().today());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    TL_VERIFY_OK(world.contacts().addContacts(world.rep, id, plain, world.clock().today()));
    QCOMPARE(world.counts(id).total, 1);
}

void TestContactService::scheduledDowngradeHoldsNewContacts()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.addContacts(id, 1500);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 2000));
    world.addContacts(id, 800);
    QCOMPARE(world.counts(id).subscribed, 2000);
    QCOMPARE(world.counts(id).pendingUpgrade, 300);

    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.account(id).campaigns.tier, 2000);
    QCOMPARE(world.counts(id).subscribed, 2000);
}

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
