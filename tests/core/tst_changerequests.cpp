// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/changerequests.h"
#include "testworld.h"

#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

class TestChangeRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submittedRequestsAreListedForStaff();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void handledRequestsLeaveTheOpenList();
};

void TestChangeRequests::submittedRequestsAreListedForStaff()
{
    TestWorld world(QDate(2026, 5, 4));
    const qint64 id = world.createAccount();
    const ChangeRequests requests(world.database(), world.clock());
    const auto first = requests.submit(world.owner, id, ChangeRequestKind::PlanDowngrade,
                                       QStringLiteral("  From Pro to Plus at renewal, please.  "));
    TL_VERIFY_OK(first);
    TL_VERIFY_OK(requests.submit(world.owner, id, ChangeRequestKind::AddonRemoval,
                                 QStringLiteral("Drop SMS")));

    const auto open = requests.list();
    TL_VERIFY_OK(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(1).id, *first);
    QCOMPARE(open->at(1).details, QStringLiteral("From Pro to Plus at renewal, please."));
    QCOMPARE(open->at(1).kind, ChangeRequestKind::PlanDowngrade);
    QCOMPARE(open->at(1).accountName, QStringLiteral("Nordljus Design"));
    QCOMPARE(open->at(1).requestedByName, QStringLiteral("Anna Owner"));
    QCOMPARE(open->at(1).requestedAt.date(), QDate(2026, 5, 4));
    QVERIFY(!open->at(1).handled);
    // Nothing about the plan changes by itself (A5).
    QCOMPARE(world.account(id).plan, QStringLiteral("plus"));
}

void TestChangeRequests::badRequestsAreRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<qint64>("account");
    QTest::addColumn<QString>("details");
    QTest::addColumn<int>("kind");
    QTest::newRow("no billing access")
        << QStringLiteral("rep") << qint64(1) << QStringLiteral("x") << int(Error::Kind::Forbidden);
    QTest::newRow("empty description") << QStringLiteral("owner") << qint64(1)
                                       << QStringLiteral("   ") << int(Error::Kind::BadInput);
    QTest::newRow("description too long")
        << QStringLiteral("owner") << qint64(1) << QString(4001, QLatin1Char('x'))
        << int(Error::Kind::BadInput);
    QTest::newRow("unknown account") << QStringLiteral("owner") << qint64(999)
                                     << QStringLiteral("x") << int(Error::Kind::BadInput);
}

void TestChangeRequests::badRequestsAreRefused()
{
    QFETCH(QString, who);
    QFETCH(qint64, account);
    QFETCH(QString, details);
    QFETCH(int, kind);
    TestWorld world;
    QCOMPARE(world.createAccount(), 1);
    const ChangeRequests requests(world.database(), world.clock());
    const auto filed = requests.submit(who == QLatin1String("rep") ? world.rep : world.owner,
                                       account, ChangeRequestKind::ProductChange, details);
    QVERIFY(!filed);
    QCOMPARE(int(filed.error().kind), kind);
    QVERIFY(requests.list(true)->isEmpty());
}

void TestChangeRequests::handledRequestsLeaveTheOpenList()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const ChangeRequests requests(world.database(), world.clock());
    const auto filed =
        requests.submit(world.owner, id, ChangeRequestKind::Unbundle, QStringLiteral("Sales only"));
    TL_VERIFY_OK(filed);
    QCOMPARE(requests.markHandled(world.rep, *filed).error().kind, Error::Kind::Forbidden);
    TL_VERIFY_OK(requests.markHandled(world.admin, *filed));
    QVERIFY(requests.list()->isEmpty());
    const auto all = requests.list(true, id);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->at(0).handled);
    QCOMPARE(all->at(0).handledByName, QStringLiteral("Ada Admin"));
    QCOMPARE(requests.markHandled(world.admin, *filed).error().kind, Error::Kind::Refused);
}

QTEST_GUILESS_MAIN(TestChangeRequests)
#include "tst_changerequests.moc"
