// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "settings/workspacesettings.h"
#include "smartlistdata.h"
#include "smartlists/smartlistexport.h"
#include "smartlists/smartlistquery.h"
#include "smartlists/smartliststore.h"
#include "testworld.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

Q_DECLARE_METATYPE(Tierline::SmartListFilter)
Q_DECLARE_METATYPE(Tierline::SmartListSort)

namespace {

using F = SmartListField;

/** Setting up the world must not fail; a failure ends the run with its message. */
template<typename T>
void requireOk(const Result<T> &result)
{
    if (!result)
        qFatal("setup failed: %s", qPrintable(result.error().message));
}

/**
 * Four accounts on 10 Mar 2026 (USD unless said):
 * - Alfa Studio (owner): $100.00 a month until 31 Mar, then $120.00 from 1 Apr, open.
 * - Bravo Shop (admin, plan pro, EUR): €50.00 open since 2025; Campaigns 1,000 with 800
 *   subscribed (80 %).
 * - Charlie_Co (owner, SEK): no period; Campaigns trial (ends 31 Mar) with 100 of 500 (20 %).
 * - delta 100% (owner): a churned period, then $200.00 until 15 May.
 */
struct Book
{
    qint64 alfa = 0;
    qint64 bravo = 0;
    qint64 charlie = 0;
    qint64 delta = 0;
};

Book makeBook(TestWorld &world)
{
    Book book;
    const Database &db = world.database();
    const QDate today = world.clock().today();
    book.alfa = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                    QStringLiteral("Alfa Studio"));
    addPeriod(db, book.alfa, 10000, QDate(2026, 1, 1), QDate(2026, 3, 31));
    addPeriod(db, book.alfa, 12000, QDate(2026, 4, 1));

    book.bravo = world.createAccount(QStringLiteral("EUR"), BillingInterval::Monthly,
                                     QStringLiteral("Bravo Shop"));
    addPeriod(db, book.bravo, 5000, QDate(2025, 6, 1), {}, QStringLiteral("EUR"));
    world.buyCampaigns(book.bravo, 1000);
    world.addContacts(book.bravo, 800);
    requireOk(db.run(QStringLiteral("UPDATE accounts SET owner_id = ?, plan = 'pro' WHERE id = ?"),
                     {world.admin.id, book.bravo}));

    book.charlie = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                       QStringLiteral("Charlie_Co"));
    if (const Status trial = world.billing().startTrial(world.owner, book.charlie); !trial)
        qFatal("no trial: %s", qPrintable(trial.error().message));
    world.addContacts(book.charlie, 100);

    book.delta = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                     QStringLiteral("delta 100%"));
    addPeriod(db, book.delta, 7000, QDate(2025, 1, 1), QDate(2026, 2, 28));
    addPeriod(db, book.delta, 20000, QDate(2026, 3, 1), QDate(2026, 5, 15));
    // The periods above are the book's whole MRR: as for accounts known from imported deals,
    // billing writes none beside them (Z1).
    requireOk(db.run(QStringLiteral("DELETE FROM subscription_periods WHERE source = 'billing'")));
    requireOk(db.run(QStringLiteral("UPDATE accounts SET subscription_from_billing = 0")));
    Q_UNUSED(today)
    return book;
}

SmartList listOf(const SmartListFilter &filter, QList<SmartListField> columns = {F::Name},
                 SmartListSort sort = {})
{
    SmartList list;
    list.name = QStringLiteral("test");
    list.filter = filter;
    list.columns = columns;
    list.sort = sort;
    return list;
}

/** The rows of a list, each its cells as text ("" for NULL), by the list's own SQL. */
QList<QStringList> rowsOf(TestWorld &world, const SmartList &list)
{
    const SmartListQuery query(list, world.clock().today(), world.catalog().trialSubscriberCap());
    const BoundSql sql = query.select();
    auto rows = world.database().run(sql.sql, sql.values);
    if (!rows)
        qFatal("query failed: %s", qPrintable(rows.error().message));
    QList<QStringList> result;
    while (rows->next()) {
        QStringList cells;
        for (int c = 0; c < query.columns().size(); ++c)
            cells.append(rows->value(c).isNull() ? QString() : rows->value(c).toString());
        result.append(cells);
    }
    return result;
}

QStringList namesOf(TestWorld &world, const SmartList &list)
{
    QStringList names;
    for (const QStringList &row : rowsOf(world, list))
        names.append(row.constFirst());
    return names;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(file.readAll());
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    return records;
}

} // namespace

class TestSmartLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterSelectsAccounts_data();
    void filterSelectsAccounts();
    void sqlBindsEveryValue();
    void columnsReadTheSubscriptionPeriods();
    void sortOrders_data();
    void sortOrders();
    void builtInLists();
    void builtInsCannotBeChanged();
    void savedListsRoundTrip();
    void namesAreUnique_data();
    void namesAreUnique();
    void exportWritesTheList();
    void exportNeutralisesFormulas();
    void exportSemicolonAndBom();
    void cancelledExportLeavesNothing();
    void unwritableExportLeavesNothing();
    void subscriptionsSwitchKeepsDataAndColumns();
};

void TestSmartLists::filterSelectsAccounts_data()
{
    QTest::addColumn<SmartListFilter>("filter");
    QTest::addColumn<QStringList>("names");
    // Owner ids are filled in by the test (the world's users are made there).
    const QStringList all {QStringLiteral("Alfa Studio"), QStringLiteral("Bravo Shop"),
                           QStringLiteral("Charlie_Co"), QStringLiteral("delta 100%")};
    SmartListFilter f;
    QTest::newRow("no filter: every account") << f << all;

    f = {};
    f.ownerId = -1; // the admin
    QTest::newRow("owner is the admin") << f << QStringList {QStringLiteral("Bravo Shop")};
    f = {};
    f.plan = QStringLiteral("pro");
    QTest::newRow("plan pro") << f << QStringList {QStringLiteral("Bravo Shop")};
    f = {};
    f.status = CampaignsStatus::Trial;
    QTest::newRow("status trial") << f << QStringList {QStringLiteral("Charlie_Co")};
    f = {};
    f.status = CampaignsStatus::None;
    QTest::newRow("status none") << f
                                 << QStringList {QStringLiteral("Alfa Studio"),
                                                 QStringLiteral("delta 100%")};
    f = {};
    f.currentMrr.min = 10000;
    QTest::newRow("current MRR at least 100.00")
        << f << QStringList {QStringLiteral("Alfa Studio"), QStringLiteral("delta 100%")};
    f = {};
    f.currentMrr.max = 5000;
    QTest::newRow("current MRR at most 50.00, none counts as 0")
        << f << QStringList {QStringLiteral("Bravo Shop"), QStringLiteral("Charlie_Co")};
    f = {};
    f.currentMrr = {5001, 19999};
    QTest::newRow("current MRR between 50.01 and 199.99")
        << f << QStringList {QStringLiteral("Alfa Studio")};
    f = {};
    f.upcomingMrr.min = 0;
    QTest::newRow("has an upcoming period") << f << QStringList {QStringLiteral("Alfa Studio")};
    f = {};
    f.upcomingMrr.min = 12001;
    QTest::newRow("upcoming MRR above 120.00") << f << QStringList {};
    f = {};
    f.subscriptionEnd = DateCondition::within(30);
    QTest::newRow("subscription ends within 30 days")
        << f << QStringList {QStringLiteral("Alfa Studio")};
    f = {};
    f.subscriptionEnd = DateCondition::within(21);
    QTest::newRow("within 21 days: the end day counts")
        << f << QStringList {QStringLiteral("Alfa Studio")};
    f = {};
    f.subscriptionEnd = DateCondition::within(20);
    QTest::newRow("within 20 days: 31 Mar is out") << f << QStringList {};
    f = {};
    f.subscriptionEnd = DateCondition::between(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QTest::newRow("subscription ends in May") << f << QStringList {QStringLiteral("delta 100%")};
    f = {};
    f.subscriptionEnd = DateCondition::between(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QTest::newRow("a churned period's end is not the current end") << f << QStringList {};
    f = {};
    f.trialEnd = DateCondition::within(30);
    QTest::newRow("trial ends within 30 days") << f << QStringList {QStringLiteral("Charlie_Co")};
    f = {};
    f.usagePercent.min = 75;
    QTest::newRow("usage at least 75 %") << f << QStringList {QStringLiteral("Bravo Shop")};
    f = {};
    f.usagePercent.min = 80;
    QTest::newRow("usage at least 80 %: exactly 80 counts")
        << f << QStringList {QStringLiteral("Bravo Shop")};
    f = {};
    f.usagePercent.max = 50;
    QTest::newRow("usage at most 50 %: accounts without a tier drop out")
        << f << QStringList {QStringLiteral("Charlie_Co")};
    f = {};
    f.nameContains = QStringLiteral("BRAVO");
    QTest::newRow("name contains, any case") << f << QStringList {QStringLiteral("Bravo Shop")};
    f = {};
    f.nameContains = QStringLiteral("%");
    QTest::newRow("name contains a literal %") << f << QStringList {QStringLiteral("delta 100%")};
    f = {};
    f.nameContains = QStringLiteral("_");
    QTest::newRow("name contains a literal _") << f << QStringList {QStringLiteral("Charlie_Co")};
    f = {};
    f.nameContains = QStringLiteral("' OR 1=1 --");
    QTest::newRow("name text is a value, not SQL") << f << QStringList {};
    f = {};
    f.ownerId = -2; // the owner
    f.currentMrr.min = 10000;
    f.subscriptionEnd = DateCondition::within(90);
    QTest::newRow("owner, MRR and end together")
        << f << QStringList {QStringLiteral("Alfa Studio"), QStringLiteral("delta 100%")};
}

void TestSmartLists::filterSelectsAccounts()
{
    QFETCH(SmartListFilter, filter);
    QFETCH(QStringList, names);
    TestWorld world;
    makeBook(world);
    if (filter.ownerId == -1)
        filter.ownerId = world.admin.id;
    else if (filter.ownerId == -2)
        filter.ownerId = world.owner.id;
    QCOMPARE(namesOf(world, listOf(filter)), names);
    const auto count = SmartListExport(world.database(), world.catalog(), world.clock().today())
                           .count(listOf(filter));
    TL_VERIFY_OK(count);
    QCOMPARE(*count, qint64(names.size()));
}

void TestSmartLists::sqlBindsEveryValue()
{
    SmartListFilter f;
    f.nameContains = QStringLiteral("O'Brien");
    f.plan = QStringLiteral("pro");
    f.subscriptionEnd = DateCondition::within(30);
    f.currentMrr.min = 123456;
    const BoundSql sql =
        SmartListQuery(listOf(f, allSmartListFields()), QDate(2026, 3, 10), 500).select();
    QVERIFY(!sql.sql.contains(QStringLiteral("O'Brien")));
    QVERIFY(!sql.sql.contains(QStringLiteral("2026")));
    QVERIFY(!sql.sql.contains(QStringLiteral("123456")));
    QVERIFY(!sql.sql.contains(QStringLiteral("'pro'")));
    QVERIFY(!sql.sql.contains(QStringLiteral("date("), Qt::CaseInsensitive));
    QCOMPARE(sql.sql.count(QLatin1Char('?')), sql.values.size());
    QVERIFY(sql.values.contains(QStringLiteral("2026-04-09"))); // today + 30, computed in C++
}

void TestSmartLists::columnsReadTheSubscriptionPeriods()
{
    TestWorld world;
    makeBook(world);
    const QList<SmartListField> columns {F::Name,        F::Owner,         F::Plan,
                                         F::Currency,    F::Campaigns,     F::Tier,
                                         F::TrialEnd,    F::CurrentMrr,    F::SubscriptionEnd,
                                         F::UpcomingMrr, F::UpcomingStart, F::MarketingContacts,
                                         F::UsagePercent};
    QCOMPARE(columns, allSmartListFields());
    const QString owner = world.owner.name;
    const QString admin = world.admin.name;
    const QList<QStringList> expected {
        {QStringLiteral("Alfa Studio"), owner, QStringLiteral("plus"), QStringLiteral("USD"),
         QStringLiteral("none"), QStringLiteral("0"), QString(), QStringLiteral("10000"),
         QStringLiteral("2026-03-31"), QStringLiteral("12000"), QStringLiteral("2026-04-01"),
         QStringLiteral("0"), QString()},
        {QStringLiteral("Bravo Shop"), admin, QStringLiteral("pro"), QStringLiteral("EUR"),
         QStringLiteral("active"), QStringLiteral("1000"), QString(), QStringLiteral("5000"),
         QString(), QString(), QString(), QStringLiteral("800"), QStringLiteral("80")},
        {QStringLiteral("Charlie_Co"), owner, QStringLiteral("plus"), QStringLiteral("SEK"),
         QStringLiteral("trial"), QStringLiteral("0"), QStringLiteral("2026-03-31"),
         QStringLiteral("0"), QString(), QString(), QString(), QStringLiteral("100"),
         QStringLiteral("20")},
        {QStringLiteral("delta 100%"), owner, QStringLiteral("plus"), QStringLiteral("USD"),
         QStringLiteral("none"), QStringLiteral("0"), QString(), QStringLiteral("20000"),
         QStringLiteral("2026-05-15"), QString(), QString(), QStringLiteral("0"), QString()},
    };
    QCOMPARE(rowsOf(world, listOf({}, columns)), expected);

    // The next day the rate of 1 Apr is still upcoming; on 1 Apr it is current.
    world.clock().setToday(QDate(2026, 4, 1));
    SmartListFilter alfa;
    alfa.nameContains = QStringLiteral("Alfa");
    QCOMPARE(rowsOf(world, listOf(alfa, {F::CurrentMrr, F::SubscriptionEnd, F::UpcomingMrr})),
             (QList<QStringList> {{QStringLiteral("12000"), QString(), QString()}}));
}

void TestSmartLists::sortOrders_data()
{
    QTest::addColumn<SmartListSort>("sort");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name, any case")
        << SmartListSort {F::Name, false}
        << QStringList {QStringLiteral("Alfa Studio"), QStringLiteral("Bravo Shop"),
                        QStringLiteral("Charlie_Co"), QStringLiteral("delta 100%")};
    QTest::newRow("current MRR descending")
        << SmartListSort {F::CurrentMrr, true}
        << QStringList {QStringLiteral("delta 100%"), QStringLiteral("Alfa Studio"),
                        QStringLiteral("Bravo Shop"), QStringLiteral("Charlie_Co")};
    QTest::newRow("subscription end, none first")
        << SmartListSort {F::SubscriptionEnd, false}
        << QStringList {QStringLiteral("Bravo Shop"), QStringLiteral("Charlie_Co"),
                        QStringLiteral("Alfa Studio"), QStringLiteral("delta 100%")};
    QTest::newRow("usage descending, none last")
        << SmartListSort {F::UsagePercent, true}
        << QStringList {QStringLiteral("Bravo Shop"), QStringLiteral("Charlie_Co"),
                        QStringLiteral("delta 100%"), QStringLiteral("Alfa Studio")};
}

void TestSmartLists::sortOrders()
{
    QFETCH(SmartListSort, sort);
    QFETCH(QStringList, names);
    TestWorld world;
    makeBook(world);
    QCOMPARE(namesOf(world, listOf({}, {F::Name}, sort)), names);
}

void TestSmartLists::builtInLists()
{
    TestWorld world;
    makeBook(world);
    const QList<SmartList> builtIns = SmartListStore::builtIns();
    QCOMPARE(builtIns.size(), 2);
    QCOMPARE(builtIns.at(0).name, QStringLiteral("All accounts"));
    QCOMPARE(builtIns.at(1).name, QStringLiteral("Subscriptions ending soon"));
    QCOMPARE(namesOf(world, builtIns.at(0)).size(), 4);
    QCOMPARE(namesOf(world, builtIns.at(1)), QStringList {QStringLiteral("Alfa Studio")});
    // Thirty days on, delta's 15 May end is within the window and Alfa's has passed.
    world.clock().setToday(QDate(2026, 4, 20));
    QCOMPARE(namesOf(world, builtIns.at(1)), QStringList {QStringLiteral("delta 100%")});

    const SmartListStore store(world.database());
    for (const QString &name :
         {QStringLiteral("ending_soon"), QStringLiteral("subscriptions ending soon")}) {
        const auto found = store.byName(name);
        TL_VERIFY_OK(found);
        QCOMPARE(found->builtInKey, QStringLiteral("ending_soon"));
    }
    const auto all = store.all();
    TL_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
}

void TestSmartLists::builtInsCannotBeChanged()
{
    TestWorld world;
    const SmartListStore store(world.database());
    const SmartList endingSoon = SmartListStore::builtIns().at(1);
    QCOMPARE(store.remove(endingSoon.id).error().kind, Error::Kind::Refused);
    QCOMPARE(store.rename(endingSoon.id, QStringLiteral("Mine")).error().kind,
             Error::Kind::Refused);
    QCOMPARE(store.save(endingSoon).error().kind, Error::Kind::Refused);
    QCOMPARE(store.all()->size(), 2);
}

void TestSmartLists::savedListsRoundTrip()
{
    TestWorld world;
    const SmartListStore store(world.database());
    SmartList list;
    list.name = QStringLiteral("Big EUR renewals");
    list.filter.ownerId = world.owner.id;
    list.filter.plan = QStringLiteral("pro");
    list.filter.status = CampaignsStatus::Active;
    list.filter.currentMrr = {9223372036854775000LL, std::nullopt}; // beyond a double's precision
    list.filter.upcomingMrr = {std::nullopt, 50000};
    list.filter.trialEnd = DateCondition::between(QDate(2026, 1, 1), {});
    list.filter.subscriptionEnd = DateCondition::within(45);
    list.filter.usagePercent = {90, 120};
    list.filter.nameContains = QStringLiteral("Åre \"AB\"");
    list.columns = {F::UsagePercent, F::Name, F::UpcomingMrr};
    list.sort = {F::UpcomingMrr, true};

    const auto id = store.save(list);
    TL_VERIFY_OK(id);
    list.id = *id;
    const auto loaded = store.byId(*id);
    TL_VERIFY_OK(loaded);
    QCOMPARE(*loaded, list);

    TL_VERIFY_OK(store.rename(*id, QStringLiteral("Renewals")));
    QCOMPARE(store.byName(QStringLiteral("renewals"))->id, *id);
    list.name = QStringLiteral("Renewals");
    list.columns.append(F::Owner);
    TL_VERIFY_OK(store.save(list));
    QCOMPARE(store.byId(*id)->columns, list.columns);
    QCOMPARE(store.all()->size(), 3);

    TL_VERIFY_OK(store.remove(*id));
    QCOMPARE(store.all()->size(), 2);
    QCOMPARE(store.byName(QStringLiteral("Renewals")).error().kind, Error::Kind::BadInput);
}

void TestSmartLists::namesAreUnique_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("same name") << QStringLiteral("Renewals");
    QTest::newRow("other case") << QStringLiteral("RENEWALS");
    QTest::newRow("spaces around") << QStringLiteral("  Renewals ");
    QTest::newRow("a built-in's name") << QStringLiteral("All accounts");
    QTest::newRow("empty") << QStringLiteral("   ");
}

void TestSmartLists::namesAreUnique()
{
    QFETCH(QString, name);
    TestWorld world;
    const SmartListStore store(world.database());
    SmartList first;
    first.name = QStringLiteral("Renewals");
    TL_VERIFY_OK(store.save(first));
    SmartList second;
    second.name = name;
    const auto saved = store.save(second);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::BadInput);
    QCOMPARE(store.all()->size(), 3);
}

void TestSmartLists::exportWritesTheList()
{
    TestWorld world;
    makeBook(world);
    const QString path = world.filePath(QStringLiteral("x.csv"));
    const SmartList list = listOf(
        {}, {F::Name, F::CurrentMrr, F::SubscriptionEnd, F::Campaigns, F::Plan, F::UsagePercent},
        {F::Name, false});
    QList<qint64> reported;
    const auto outcome = SmartListExport(world.database(), world.catalog(), world.clock().today())
                             .toCsv(list, path, {}, [&](qint64 done, qint64 total) {
                                 reported.append(done);
                                 return total == 4;
                             });
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->rows, qint64(4));
    QVERIFY(!outcome->cancelled);
    QCOMPARE(reported.constFirst(), qint64(0));
    QCOMPARE(reported.constLast(), qint64(4));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(
        readCsv(path),
        (QList<QStringList> {
            {QStringLiteral("Account"), QStringLiteral("Current MRR"),
             QStringLiteral("Subscription end"), QStringLiteral("Campaigns status"),
             QStringLiteral("Plan"), QStringLiteral("Usage %"), QStringLiteral("Currency")},
            {QStringLiteral("Alfa Studio"), QStringLiteral("100.00"), QStringLiteral("2026-03-31"),
             QStringLiteral("Not taken"), QStringLiteral("Plus"), QString(), QStringLiteral("USD")},
            {QStringLiteral("Bravo Shop"), QStringLiteral("50.00"), QString(),
             QStringLiteral("Active"), QStringLiteral("Pro"), QStringLiteral("80"),
             QStringLiteral("EUR")},
            {QStringLiteral("Charlie_Co"), QStringLiteral("0.00"), QString(),
             QStringLiteral("Trial"), QStringLiteral("Plus"), QStringLiteral("20"),
             QStringLiteral("SEK")},
            {QStringLiteral("delta 100%"), QStringLiteral("200.00"), QStringLiteral("2026-05-15"),
             QStringLiteral("Not taken"), QStringLiteral("Plus"), QString(), QStringLiteral("USD")},
        }));
}

void TestSmartLists::exportNeutralisesFormulas()
{
    TestWorld world;
    world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                        QStringLiteral("=HYPERLINK(\"http://x\")"));
    world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly, QStringLiteral("@home"));
    world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly, QStringLiteral("-minus"));
    const QString path = world.filePath(QStringLiteral("f.csv"));
    TL_VERIFY_OK(SmartListExport(world.database(), world.catalog(), world.clock().today())
                     .toCsv(listOf({}, {F::Name, F::CurrentMrr}), path));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(
        rows.at(1),
        (QStringList {QStringLiteral("'-minus"), QStringLiteral("0.00"), QStringLiteral("USD")}));
    QCOMPARE(rows.at(2).constFirst(), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(rows.at(3).constFirst(), QStringLiteral("'@home"));
}

void TestSmartLists::exportSemicolonAndBom()
{
    TestWorld world;
    makeBook(world);
    const QString path = world.filePath(QStringLiteral("s.csv"));
    TL_VERIFY_OK(SmartListExport(world.database(), world.catalog(), world.clock().today())
                     .toCsv(SmartListStore::builtIns().at(1), path, CsvOptions {';', true}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("\xEF\xBB\xBF"
                        "Account;Owner;Current MRR;Subscription end;Upcoming MRR;"
                        "Upcoming start;Currency\r\nAlfa Studio;")
                 + world.owner.name.toUtf8()
                 + QByteArray(";100.00;2026-03-31;120.00;2026-04-01;USD\r\n"));
}

void TestSmartLists::cancelledExportLeavesNothing()
{
    TestWorld world;
    addManyAccounts(world.database(), world.owner.id, 2500, world.clock().today());
    const QString folder = world.filePath({});
    const QString path = QDir(folder).filePath(QStringLiteral("cancel.csv"));
    const QStringList before = QDir(folder).entryList(QDir::Files);
    qint64 cancelledAt = 0;
    qint64 reportedTotal = 0;
    const auto outcome =
        SmartListExport(world.database(), world.catalog(), world.clock().today())
            .toCsv(SmartListStore::builtIns().at(0), path, {}, [&](qint64 done, qint64 total) {
                reportedTotal = total;
                cancelledAt = done;
                return done < 2000;
            });
    TL_VERIFY_OK(outcome);
    QCOMPARE(reportedTotal, qint64(2500));
    QVERIFY(outcome->cancelled);
    QCOMPARE(cancelledAt, qint64(2000));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(folder).entryList(QDir::Files), before);
}

void TestSmartLists::unwritableExportLeavesNothing()
{
    TestWorld world;
    makeBook(world);
    const QString folder = world.filePath({});
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const auto outcome = SmartListExport(world.database(), world.catalog(), world.clock().today())
                             .toCsv(SmartListStore::builtIns().at(0),
                                    QDir(folder).filePath(QStringLiteral("missing/x.csv")));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, Error::Kind::BadInput);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestSmartLists::subscriptionsSwitchKeepsDataAndColumns()
{
    TestWorld world;
    makeBook(world);
    const SmartListStore store(world.database());
    SmartList list = listOf({}, {F::Name, F::CurrentMrr, F::SubscriptionEnd});
    list.name = QStringLiteral("With MRR");
    const auto id = store.save(list);
    TL_VERIFY_OK(id);
    const auto periods = [&] {
        return world.database()
            .scalar(QStringLiteral("SELECT COUNT(*) || ':' || SUM(monthly_rate) FROM "
                                   "subscription_periods"))
            ->toString();
    };
    const QString before = periods();
    const QList<QStringList> rowsBefore = rowsOf(world, *store.byId(*id));

    WorkspaceSettings settings(world.database());
    QVERIFY(settings.subscriptionsEnabled()); // on by default
    QSignalSpy changed(&settings, &WorkspaceSettings::subscriptionsEnabledChanged);
    TL_VERIFY_OK(settings.setSubscriptionsEnabled(false));
    TL_VERIFY_OK(settings.setSubscriptionsEnabled(false)); // no change, no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
    QVERIFY(!WorkspaceSettings(world.database()).subscriptionsEnabled()); // stored

    QCOMPARE(periods(), before);
    QCOMPARE(store.byId(*id)->columns, list.columns);
    QCOMPARE(rowsOf(world, *store.byId(*id)), rowsBefore);

    TL_VERIFY_OK(settings.setSubscriptionsEnabled(true));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), true);
    QVERIFY(WorkspaceSettings(world.database()).subscriptionsEnabled());
    QCOMPARE(periods(), before);
    QCOMPARE(rowsOf(world, *store.byId(*id)), rowsBefore);
}

QTEST_GUILESS_MAIN(TestSmartLists)
#include "tst_smartlists.moc"
