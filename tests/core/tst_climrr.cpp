// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "mrr/exchangerates.h"
#include "subscriptions/subscriptions.h"
#include "testworld.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;
using namespace Qt::StringLiterals;

class TestCliMrr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mrrJsonHasExactlyTheContractedShape();
    void mrrByOwnerAndCurrency();
    void mrrRefusesBadMonths_data();
    void mrrRefusesBadMonths();
    void importDealsAndListThem();
    void importErrorsChangeNothing();
    void dealAddAndEdit();
};

namespace {

/** Writes content to a file of the world's folder; its path, or empty if it cannot. */
QString writeFile(const TestWorld &world, const char *name, const QByteArray &content)
{
    const QString path = world.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void addDeal(TestWorld &world, qint64 accountId, const QString &currency, qint64 amount,
             QDate start, QDate end = {})
{
    SubscriptionPeriod p;
    p.accountId = accountId;
    p.currency = currency;
    p.amount = amount;
    p.start = start;
    p.end = end;
    TL_VERIFY_OK(SubscriptionService(world.database(), world.catalog()).insert(p, 0));
}

} // namespace

void TestCliMrr::mrrJsonHasExactlyTheContractedShape()
{
    TestWorld world;
    const qint64 a = world.createAccount();
    const qint64 b = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                         QStringLiteral("Solvik Media"));
    addDeal(world, a, QStringLiteral("USD"), 10000, QDate(2026, 1, 1), QDate(2026, 2, 28));
    addDeal(world, b, QStringLiteral("USD"), 2500, QDate(2026, 2, 1));
    const CliRun run =
        runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--today"),
                QStringLiteral("2026-03-10"), QStringLiteral("--json"), QStringLiteral("mrr"),
                QStringLiteral("--from"), QStringLiteral("2026-01"), QStringLiteral("--to"),
                QStringLiteral("2026-03")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.keys(), (QStringList {QStringLiteral("currency"), QStringLiteral("months")}));
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    const QJsonArray months = json.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 3);
    const QStringList keys {u"churn"_s, u"contraction"_s, u"expansion"_s,   u"month"_s,
                            u"mrr"_s,   u"new"_s,         u"reactivation"_s};
    for (const QJsonValue &m : months) {
        QCOMPARE(m.toObject().keys(), keys);
        for (const QString &key : keys) {
            if (key != QLatin1String("month"))
                QVERIFY(m.toObject().value(key).isDouble());
        }
    }
    QCOMPARE(months.at(0).toObject(),
             (QJsonObject {{u"month"_s, u"2026-01"_s},
                           {u"mrr"_s, 10000},
                           {u"new"_s, 10000},
                           {u"expansion"_s, 0},
                           {u"contraction"_s, 0},
                           {u"churn"_s, 0},
                           {u"reactivation"_s, 0}}));
    QCOMPARE(months.at(1).toObject().value(QStringLiteral("mrr")).toInteger(), 12500);
    QCOMPARE(months.at(1).toObject().value(QStringLiteral("new")).toInteger(), 2500);
    QCOMPARE(months.at(2).toObject().value(QStringLiteral("churn")).toInteger(), -10000);
    // The compact document is one line.
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);

    const CliRun text =
        runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--today"),
                QStringLiteral("2026-03-10"), QStringLiteral("mrr"), QStringLiteral("--from"),
                QStringLiteral("2026-01"), QStringLiteral("--to"), QStringLiteral("2026-03")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("2026-02"))
                 && text.out.contains(QStringLiteral("125.00")),
             qPrintable(text.out));
}

void TestCliMrr::mrrByOwnerAndCurrency()
{
    TestWorld world;
    const qint64 a = world.createAccount(QStringLiteral("SEK"));
    addDeal(world, a, QStringLiteral("SEK"), 100000, QDate(2026, 1, 1));
    const qint64 b = world.createAccount();
    TL_VERIFY_OK(world.database().run(
        QStringLiteral("UPDATE accounts SET owner_id = ? WHERE id = ?"), {world.rep.id, b}));
    addDeal(world, b, QStringLiteral("USD"), 5000, QDate(2026, 1, 1));
    TL_VERIFY_OK(ExchangeRates(world.database())
                     .setRate(world.admin,
                              {QStringLiteral("SEK"), QStringLiteral("USD"), QDate(2020, 1, 1),
                               QStringLiteral("0.095")}));
    auto mrr = [&](const QStringList &extra) {
        return runCli(QStringList {QStringLiteral("--db"), world.databasePath(),
                                   QStringLiteral("--today"), QStringLiteral("2026-03-10"),
                                   QStringLiteral("--json"), QStringLiteral("mrr"),
                                   QStringLiteral("--from"), QStringLiteral("2026-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-01")}
                      + extra);
    };
    auto first = [](const CliRun &run) {
        return run.json()
            .value(QStringLiteral("months"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("mrr"))
            .toInteger();
    };
    QCOMPARE(first(mrr({})), 9500 + 5000);
    QCOMPARE(first(mrr({QStringLiteral("--owner"), QStringLiteral("Rob Rep")})), 5000);
    QCOMPARE(first(mrr({QStringLiteral("--owner"), QStringLiteral("anna")})), 9500);
    const CliRun sek = mrr({QStringLiteral("--owner"), QStringLiteral("anna"),
                            QStringLiteral("--currency"), QStringLiteral("SEK")});
    QCOMPARE(sek.json().value(QStringLiteral("currency")).toString(), QStringLiteral("SEK"));
    QCOMPARE(first(sek), 100000);
    const CliRun nobody = mrr({QStringLiteral("--owner"), QStringLiteral("Nobody")});
    QCOMPARE(nobody.exitCode, 2);
    // EUR has no rates: a clear error, not a wrong figure.
    const CliRun eur = mrr({QStringLiteral("--currency"), QStringLiteral("EUR")});
    QCOMPARE(eur.exitCode, 2);
    QVERIFY(eur.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("EUR")));
}

void TestCliMrr::mrrRefusesBadMonths_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no --to") << QStringList {u"--from"_s, u"2026-01"_s} << 1;
    QTest::newRow("day instead of month")
        << QStringList {u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02"_s} << 2;
    QTest::newRow("month 13") << QStringList {u"--from"_s, u"2026-01"_s, u"--to"_s, u"2026-13"_s}
                              << 2;
    QTest::newRow("backwards") << QStringList {u"--from"_s, u"2026-05"_s, u"--to"_s, u"2026-02"_s}
                               << 2;
    QTest::newRow("unknown currency") << QStringList {u"--from"_s,  u"2026-01"_s,    u"--to"_s,
                                                      u"2026-02"_s, u"--currency"_s, u"XYZ"_s}
                                      << 2;
}

void TestCliMrr::mrrRefusesBadMonths()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    TestWorld world;
    const CliRun run = runCli(QStringList {QStringLiteral("--db"), world.databasePath(),
                                           QStringLiteral("--json"), QStringLiteral("mrr")}
                              + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.json().contains(QStringLiteral("error")));
}

void TestCliMrr::importDealsAndListThem()
{
    TestWorld world;
    const QString file = writeFile(world, "deals.csv",
                                   "account,owner,currency,amount,interval,start,end\r\n"
                                   "Kencana Foods,Dewi Santoso,IDR,1500000,monthly,2026-01-01,\r\n"
                                   "Kencana Foods,Dewi Santoso,IDR,3000000.5,quarterly,2026-04-01,"
                                   "2026-12-31\r\n");
    QVERIFY(!file.isEmpty());
    const CliRun run = runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--as"),
                               QStringLiteral("ada"), QStringLiteral("--json"),
                               QStringLiteral("subscriptions"), QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json(),
             (QJsonObject {{u"deals"_s, 2}, {u"accounts_created"_s, 1}, {u"owners_created"_s, 1}}));
    const qint64 id = world.database()
                          .scalar(QStringLiteral("SELECT id FROM accounts WHERE name = ?"),
                                  {QStringLiteral("Kencana Foods")})
                          ->toLongLong();
    const CliRun deals =
        runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--today"),
                QStringLiteral("2026-05-01"), QStringLiteral("--json"), QStringLiteral("deals"),
                QString::number(id)});
    QCOMPARE(deals.exitCode, 0);
    const QJsonArray periods = deals.json().value(QStringLiteral("periods")).toArray();
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods.at(1).toObject().value(QStringLiteral("monthly_rate")).toInteger(),
             100000017); // 3,000,000.50 / 3 = 1,000,000.1667
    QCOMPARE(deals.json().value(QStringLiteral("current_rate")).toInteger(), 150000000 + 100000017);
    QCOMPARE(deals.json().value(QStringLiteral("current_end")).toString(),
             QStringLiteral("2026-12-31"));
}

void TestCliMrr::importErrorsChangeNothing()
{
    TestWorld world;
    const QString file = writeFile(world, "bad.csv",
                                   "account,owner,currency,amount,interval,start,end\n"
                                   "Good AB,,USD,10,monthly,2026-01-01,\n"
                                   "Bad AB,,USD,ten,monthly,2026-01-01,\n");
    QVERIFY(!file.isEmpty());
    const CliRun run = runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--as"),
                               QStringLiteral("ada"), QStringLiteral("subscriptions"),
                               QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("row 3, column amount")), qPrintable(run.err));
    QCOMPARE(world.database().scalar(QStringLiteral("SELECT COUNT(*) FROM accounts"))->toInt(), 0);
    QCOMPARE(world.database()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM subscription_periods"))
                 ->toInt(),
             0);
    const CliRun noActor =
        runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("subscriptions"),
                QStringLiteral("import"), file});
    QCOMPARE(noActor.exitCode, 1);
}

void TestCliMrr::dealAddAndEdit()
{
    TestWorld world;
    const qint64 id = world.createAccount(QStringLiteral("EUR"));
    auto cli = [&](const QStringList &args) {
        return runCli(QStringList {QStringLiteral("--db"), world.databasePath(),
                                   QStringLiteral("--today"), QStringLiteral("2026-03-10"),
                                   QStringLiteral("--as"), QStringLiteral("rob"),
                                   QStringLiteral("--json")}
                      + args);
    };
    const CliRun added =
        cli({QStringLiteral("deal"), QStringLiteral("add"), QString::number(id),
             QStringLiteral("--amount"), QStringLiteral("1199.99"), QStringLiteral("--interval"),
             QStringLiteral("annual"), QStringLiteral("--start"), QStringLiteral("2026-04-01")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.json().value(QStringLiteral("monthly_rate")).toInteger(), 10000); // 99.999…
    QCOMPARE(added.json().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(added.json().value(QStringLiteral("end")).isNull());
    const QString dealId = QString::number(added.json().value(QStringLiteral("id")).toInteger());
    const CliRun edited = cli({QStringLiteral("deal"), QStringLiteral("edit"), dealId,
                               QStringLiteral("--end"), QStringLiteral("2027-03-31")});
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.json().value(QStringLiteral("end")).toString(), QStringLiteral("2027-03-31"));
    QCOMPARE(edited.json().value(QStringLiteral("amount")).toInteger(), 119999);
    const CliRun bad =
        cli({QStringLiteral("deal"), QStringLiteral("add"), QString::number(id),
             QStringLiteral("--amount"), QStringLiteral("1,5"), QStringLiteral("--interval"),
             QStringLiteral("monthly"), QStringLiteral("--start"), QStringLiteral("2026-04-01")});
    QCOMPARE(bad.exitCode, 2);
    const CliRun reviewer =
        runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--as"),
                QStringLiteral("rita"), QStringLiteral("deal"), QStringLiteral("delete"), dealId});
    QCOMPARE(reviewer.exitCode, 3);
    const CliRun removed = cli({QStringLiteral("deal"), QStringLiteral("delete"), dealId});
    QCOMPARE(removed.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliMrr)
#include "tst_climrr.moc"
