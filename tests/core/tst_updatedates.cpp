// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/campaigns.h"
#include "contacts/updatedates.h"

#include <QTest>

using namespace Tierline;

Q_DECLARE_METATYPE(Tierline::BillingInterval)

class TestUpdateDates : public QObject
{
    Q_OBJECT

private slots:
    void nextAfter_data();
    void nextAfter();
    void isUpdateDate_data();
    void isUpdateDate();
    void forAccountPrefersTheCampaignsAnchor();
};

void TestUpdateDates::nextAfter_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("expected");

    const auto monthly = BillingInterval::Monthly;
    const auto annual = BillingInterval::Annual;
    // Seed 003: update date 1 May; marketing on 30 Apr counts for May; non-marketing on 15 May
    // still counts until 1 June.
    QTest::newRow("seed: set marketing 30 Apr → 1 May")
        << monthly << QDate(2026, 1, 1) << QDate(2026, 4, 30) << QDate(2026, 5, 1);
    QTest::newRow("seed: non-marketing 15 May → 1 Jun")
        << monthly << QDate(2026, 1, 1) << QDate(2026, 5, 15) << QDate(2026, 6, 1);
    QTest::newRow("monthly: on the update date itself waits a cycle")
        << monthly << QDate(2026, 1, 1) << QDate(2026, 5, 1) << QDate(2026, 6, 1);
    // Seed 003: bought on 15 April, the next renewal is 15 May.
    QTest::newRow("monthly: bought 15 Apr → 15 May")
        << monthly << QDate(2026, 4, 15) << QDate(2026, 4, 20) << QDate(2026, 5, 15);
    QTest::newRow("monthly: anchor 31st clamps to 28 Feb")
        << monthly << QDate(2026, 1, 31) << QDate(2026, 2, 10) << QDate(2026, 2, 28);
    QTest::newRow("monthly: before the anchor → the anchor")
        << monthly << QDate(2026, 4, 15) << QDate(2026, 4, 1) << QDate(2026, 4, 15);
    QTest::newRow("annual: the 1st of next month")
        << annual << QDate(2026, 4, 15) << QDate(2026, 5, 15) << QDate(2026, 6, 1);
    QTest::newRow("annual: renewal day before the 1st")
        << annual << QDate(2025, 6, 20) << QDate(2026, 6, 2) << QDate(2026, 6, 20);
    QTest::newRow("annual: from the renewal day to the 1st")
        << annual << QDate(2025, 6, 20) << QDate(2026, 6, 20) << QDate(2026, 7, 1);
    QTest::newRow("annual: 31 Dec → 1 Jan")
        << annual << QDate(2025, 3, 10) << QDate(2026, 12, 31) << QDate(2027, 1, 1);
}

void TestUpdateDates::nextAfter()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, anchor);
    QFETCH(QDate, day);
    QFETCH(QDate, expected);
    QCOMPARE(UpdateDates(BillingCycle(anchor, interval)).nextAfter(day), expected);
}

void TestUpdateDates::isUpdateDate_data()
{
    QTest::addColumn<BillingInterval>("interval");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("expected");
    // Anchor 15 April 2026 for both.
    QTest::newRow("monthly renewal") << BillingInterval::Monthly << QDate(2026, 6, 15) << true;
    QTest::newRow("monthly 1st is not") << BillingInterval::Monthly << QDate(2026, 6, 1) << false;
    QTest::newRow("annual 1st") << BillingInterval::Annual << QDate(2026, 6, 1) << true;
    QTest::newRow("annual renewal") << BillingInterval::Annual << QDate(2027, 4, 15) << true;
    QTest::newRow("annual mid-month") << BillingInterval::Annual << QDate(2026, 6, 15) << false;
    QTest::newRow("before the anchor") << BillingInterval::Annual << QDate(2026, 4, 1) << false;
}

void TestUpdateDates::isUpdateDate()
{
    QFETCH(BillingInterval, interval);
    QFETCH(QDate, day);
    QFETCH(bool, expected);
    QCOMPARE(UpdateDates(BillingCycle(QDate(2026, 4, 15), interval)).isUpdateDate(day), expected);
}

void TestUpdateDates::forAccountPrefersTheCampaignsAnchor()
{
    Account account;
    account.createdOn = QDate(2026, 1, 3);
    account.interval = BillingInterval::Monthly;
    QCOMPARE(UpdateDates::forAccount(account).nextAfter(QDate(2026, 4, 20)), QDate(2026, 5, 3));
    account.campaigns.anchor = QDate(2026, 4, 15);
    QCOMPARE(UpdateDates::forAccount(account).nextAfter(QDate(2026, 4, 20)), QDate(2026, 5, 15));
}

QTEST_APPLESS_MAIN(TestUpdateDates)
#include "tst_updatedates.moc"
