// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/scheduler.h"
#include "contacts/updatedates.h"
#include "testworld.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

ContactSelection idsOf(const QList<qint64> &ids)
{
    ContactSelection selection;
    selection.ids = ids;
    return selection;
}

/** Ids of the account's contacts matching filter, oldest first. */
QList<qint64> idsMatching(TestWorld &world, qint64 accountId, const ContactFilter &filter = {})
{
    const auto rows = world.contacts().list(accountId, filter, {}, std::nullopt, 1'000'000);
    QList<qint64> ids;
    for (const ContactRow &row : *rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestContactList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExample_data();
    void seedExample();
    void switchIsAppliedOnceAndPromotesOldestFirst();
    void settingMarketingFollowsTheLimitRule();
    void settingMarketingWithdrawsAPendingSwitch();
    void marketingChangesNeedPermission();
    void bulkArchiveMakesADowngradePossible();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
    void deleteFreesRoomButKeepsTheTier();
    void filtersCountInSql();
    void keysetPagingSeesEveryRowOnce_data();
    void keysetPagingSeesEveryRowOnce();
};

void TestContactList::seedExample_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("purchase");
    QTest::addColumn<QDate>("switchOn");

    // Seed 003: update date 1 May; marketing on 30 April counts for May; non-marketing on
    // 15 May still counts until 1 June.
    QTest::newRow("monthly, renewing on the 1st")
        << BillingInterval::Monthly << QDate(2026, 4, 1) << QDate(2026, 6, 1);
    QTest::newRow("annual: the 1st of every month")
        << BillingInterval::Annual << QDate(2026, 1, 15) << QDate(2026, 6, 1);
    QTest::newRow("monthly, renewing on the 15th: a switch on the 15th waits a month")
        << BillingInterval::Monthly << QDate(2026, 4, 15) << QDate(2026, 6, 15);
}

void TestContactList::seedExample()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, purchase);
    QFETCH(QDate, switchOn);

    TestWorld world(purchase);
    const qint64 id = world.createAccount(QStringLiteral("USD"), interval);
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1, false);
    const qint64 contact = idsMatching(world, id).constFirst();
    const ContactService contacts = world.contacts();

    world.clock().setToday(QDate(2026, 4, 30));
    TL_VERIFY_OK(world.billing().catchUp());
    TL_VERIFY_OK(
        contacts.setMarketing(world.owner, id, idsOf({contact}), true, world.clock().today()));
    QCOMPARE(*contacts.subscribedCount(id), 1); // marketing at once

    world.clock().setToday(QDate(2026, 5, 15));
    TL_VERIFY_OK(world.billing().catchUp());
    const auto outcome =
        contacts.setMarketing(world.owner, id, idsOf({contact}), false, world.clock().today());
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->scheduled, 1);
    QCOMPARE(outcome->switchOn, switchOn);
    QCOMPARE(outcome->switchOn,
             UpdateDates::forAccount(world.account(id)).nextAfter(QDate(2026, 5, 15)));
    const auto row = contacts.list(id, {}, {}, std::nullopt, 10)->constFirst();
    QVERIFY(row.marketing);
    QCOMPARE(row.marketingSwitchOn, switchOn);

    // Through the scheduler, day by day: still counted the day before, switched on the day.
    world.clock().setToday(switchOn.addDays(-1));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(*contacts.subscribedCount(id), 1);
    world.clock().setToday(switchOn);
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(*contacts.subscribedCount(id), 0);
    QCOMPARE(world.counts(id).nonMarketing, 1);
    const auto after = contacts.list(id, {}, {}, std::nullopt, 10)->constFirst();
    QVERIFY(!after.marketing);
    QVERIFY(!after.marketingSwitchOn.isValid());
}

void TestContactList::switchIsAppliedOnceAndPromotesOldestFirst()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1000);
    world.clock().setToday(QDate(2026, 3, 2));
    world.addContacts(id, 10); // pending, oldest waiting
    world.clock().setToday(QDate(2026, 3, 3));
    world.addContacts(id, 10); // pending, newer
    const ContactService contacts = world.contacts();
    const QList<qint64> first5 = idsMatching(world, id).first(5);
    const auto outcome =
        contacts.setMarketing(world.admin, id, idsOf(first5), false, world.clock().today());
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->switchOn, QDate(2026, 4, 1));
    QCOMPARE(world.counts(id).pendingUpgrade, 20); // still counting until 1 April

    // Catching up a month at once applies the switch on its day; the renewal promotes too.
    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.counts(id).subscribed, 1000);
    QCOMPARE(world.counts(id).nonMarketing, 5);
    QCOMPARE(world.counts(id).pendingUpgrade, 15);
    const auto promotedNewer = world.database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM contacts WHERE account_id = ? AND added_on = "
                       "'2026-03-03' AND status = 'subscribed'"),
        {id});
    QCOMPARE(promotedNewer->toInt(), 0);

    // Exactly once: a second run of the same day, or of a later one, changes nothing.
    const QString before = world.contactsFingerprint(id);
    Scheduler scheduler(world.database(), world.catalog(), world.clock());
    TL_VERIFY_OK(scheduler.runUntil(QDate(2026, 4, 1)));
    TL_VERIFY_OK(contacts.applyDueMarketingSwitches(QDate(2026, 4, 2)));
    QCOMPARE(world.contactsFingerprint(id), before);
}

void TestContactList::settingMarketingFollowsTheLimitRule()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 995);
    world.addContacts(id, 10, false);
    const auto outcome = world.contacts().setMarketing(
        world.owner, id, ContactSelection::matching({std::nullopt, false, {}}), true,
        world.clock().today());
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->changed, 10);
    QCOMPARE(outcome->pending, 5);
    QCOMPARE(world.counts(id).subscribed, 1000);
    QCOMPARE(world.counts(id).pendingUpgrade, 5);
    QCOMPARE(world.counts(id).nonMarketing, 0);
}

void TestContactList::settingMarketingWithdrawsAPendingSwitch()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 3);
    const ContactService contacts = world.contacts();
    const auto all = ContactSelection::matching({});
    TL_VERIFY_OK(contacts.setMarketing(world.owner, id, all, false, world.clock().today()));
    TL_VERIFY_OK(contacts.setMarketing(world.owner, id, all, true, world.clock().today()));
    world.clock().setToday(QDate(2026, 4, 1));
    TL_VERIFY_OK(world.billing().catchUp());
    QCOMPARE(world.counts(id).subscribed, 3);
    QCOMPARE(world.counts(id).nonMarketing, 0);
}

void TestContactList::marketingChangesNeedPermission()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.addContacts(id, 3, false);
    const QString before = world.contactsFingerprint(id);
    for (const bool marketing : {true, false}) {
        const auto refused = world.contacts().setMarketing(
            world.rep, id, ContactSelection::matching({}), marketing, world.clock().today());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Set contacts as marketing")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(world.contactsFingerprint(id), before);
}

void TestContactList::bulkArchiveMakesADowngradePossible()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.addContacts(id, 4500);
    QCOMPARE(*world.billing().floorTier(id), 5000);
    const auto refused = world.billing().changeTier(world.owner, id, 2000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);

    // P8: filter to the oldest contacts' search text, select all matching, set Archived.
    ContactFilter filter;
    filter.status = ContactStatus::Subscribed;
    filter.marketing = true;
    const QList<qint64> subscribed = idsMatching(world, id, filter);
    const auto archived = world.contacts().archive(world.owner, id, idsOf(subscribed.first(2600)));
    TL_VERIFY_OK(archived);
    QCOMPARE(archived->changed, 2600);
    QCOMPARE(*world.billing().floorTier(id), 2000);
    const auto accepted = world.billing().changeTier(world.owner, id, 2000);
    TL_VERIFY_OK(accepted);
    QCOMPARE(world.account(id).campaigns.scheduledTier, std::optional<int>(2000));
}

void TestContactList::cancelChangesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("archive") << QStringLiteral("archive");
    QTest::newRow("set marketing") << QStringLiteral("marketing");
    QTest::newRow("set non-marketing") << QStringLiteral("non-marketing");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void TestContactList::cancelChangesNothing()
{
    QFETCH(QString, action);
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1500);
    world.addContacts(id, 1500, false);
    const QString before = world.contactsFingerprint(id);

    qint64 calls = 0;
    const ContactProgress cancelSecond = [&calls](qint64 done, qint64 total) {
        Q_UNUSED(done)
        Q_UNUSED(total)
        return ++calls < 2;
    };
    const ContactService contacts = world.contacts();
    const auto all = ContactSelection::matching({});
    const QDate today = world.clock().today();
    Result<BulkOutcome> outcome = BulkOutcome {};
    if (action == QLatin1String("archive"))
        outcome = contacts.archive(world.admin, id, all, cancelSecond);
    else if (action == QLatin1String("delete"))
        outcome = contacts.remove(world.admin, id, all, cancelSecond);
    else
        outcome = contacts.setMarketing(world.admin, id, all, action == QLatin1String("marketing"),
                                        today, cancelSecond);
    TL_VERIFY_OK(outcome);
    QVERIFY(outcome->cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(world.contactsFingerprint(id), before);
}

void TestContactList::deleteFreesRoomButKeepsTheTier()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1005);
    QCOMPARE(world.counts(id).pendingUpgrade, 5);
    const auto deleted =
        world.contacts().remove(world.owner, id, idsOf(idsMatching(world, id).first(8)));
    TL_VERIFY_OK(deleted);
    QCOMPARE(deleted->changed, 8);
    QCOMPARE(world.counts(id).subscribed, 997);
    QCOMPARE(world.counts(id).pendingUpgrade, 0);
    QCOMPARE(world.account(id).campaigns.tier, 1000);
}

void TestContactList::filtersCountInSql()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    const qint64 other = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                             QStringLiteral("Other"));
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1200);
    world.addContacts(id, 300, false);
    world.addContacts(other, 50);
    TL_VERIFY_OK(world.contacts().addContacts(
        world.admin, id,
        {{QStringLiteral("Percy 100%_off"), QStringLiteral("percy@example.com"), true}},
        world.clock().today()));
    const ContactService contacts = world.contacts();
    QCOMPARE(*contacts.countMatching(id, {}), 1501);
    QCOMPARE(*contacts.countMatching(id, {ContactStatus::Subscribed, true, {}}), 1000);
    QCOMPARE(*contacts.countMatching(id, {ContactStatus::PendingUpgrade, {}, {}}), 201);
    QCOMPARE(*contacts.countMatching(id, {std::nullopt, false, {}}), 300);
    QCOMPARE(
        *contacts.countMatching(id, {std::nullopt, std::nullopt, QStringLiteral("CONTACT 11")}),
        (1 + 10 + 100) + (1 + 10));
    // LIKE's wildcards in the search text are taken literally.
    QCOMPARE(*contacts.countMatching(id, {std::nullopt, std::nullopt, QStringLiteral("0%_")}), 1);
    QCOMPARE(*contacts.countMatching(id, {std::nullopt, std::nullopt, QStringLiteral("%")}), 1);
    const auto byStatus = contacts.countByStatus(id);
    TL_VERIFY_OK(byStatus);
    QCOMPARE(byStatus->value(ContactStatus::Subscribed), 1300);
    QCOMPARE(byStatus->value(ContactStatus::PendingUpgrade), 201);
    QCOMPARE(byStatus->value(ContactStatus::Archived), 0);
}

void TestContactList::keysetPagingSeesEveryRowOnce_data()
{
    QTest::addColumn<ContactSortKey>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("sql");
    QTest::newRow("added on") << ContactSortKey::ByAddedOn << false
                              << QStringLiteral("added_on, id");
    QTest::newRow("name, descending")
        << ContactSortKey::ByName << true << QStringLiteral("name DESC, id DESC");
    QTest::newRow("email") << ContactSortKey::ByEmail << false << QStringLiteral("email, id");
    QTest::newRow("status") << ContactSortKey::ByStatus << false << QStringLiteral("status, id");
    QTest::newRow("marketing, descending")
        << ContactSortKey::ByMarketing << true << QStringLiteral("marketing DESC, id DESC");
}

void TestContactList::keysetPagingSeesEveryRowOnce()
{
    QFETCH(ContactSortKey, key);
    QFETCH(bool, descending);
    QFETCH(QString, sql);
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1100);
    world.clock().setToday(QDate(2026, 3, 5));
    world.addContacts(id, 150, false);

    QList<qint64> paged;
    std::optional<ContactRow> after;
    for (;;) {
        const auto page = world.contacts().list(id, {}, {key, descending}, after, 97);
        TL_VERIFY_OK(page);
        for (const ContactRow &row : *page)
            paged.append(row.id);
        if (page->size() < 97)
            break;
        after = page->constLast();
    }
    auto expected = world.database().run(
        QStringLiteral("SELECT id FROM contacts WHERE account_id = ? ORDER BY ") + sql, {id});
    QList<qint64> ordered;
    while (expected->next())
        ordered.append(expected->value(0).toLongLong());
    QCOMPARE(paged, ordered);
}

QTEST_GUILESS_MAIN(TestContactList)
#include "tst_contactlist.moc"
