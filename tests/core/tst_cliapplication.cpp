// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "clirun.h"
#include "testworld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;
using Tierline::Testing::CliRun;
using Tierline::Testing::runCli;

namespace {

QStringList quoteArgs(const QString &from, const QString &to, const QString &on,
                      const QStringList &extra = {})
{
    return QStringList {QStringLiteral("--json"),        QStringLiteral("quote-change"),
                        QStringLiteral("--currency"),    QStringLiteral("USD"),
                        QStringLiteral("--cycle"),       QStringLiteral("monthly"),
                        QStringLiteral("--from"),        from,
                        QStringLiteral("--to"),          to,
                        QStringLiteral("--cycle-start"), QStringLiteral("2026-03-01"),
                        QStringLiteral("--cycle-end"),   QStringLiteral("2026-04-01"),
                        QStringLiteral("--on"),          on}
    + extra;
}

} // namespace

class TestCliApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void priceTableContract_data();
    void priceTableContract();
    void quoteChangeContract_data();
    void quoteChangeContract();
    void exitCodes_data();
    void exitCodes();
    void jsonErrorsAreOneDocument();
    void customCatalogIsUsed();
    void catalogMustCoverTheBooksCurrencies();
    void billingActionsThroughTheCli();
    void planChangeQuotesAndBooksLikeTheCore();
    void actionsNeedAnActingUser();
    void advanceAppliesDueEvents();
    void changeRequestsThroughTheCli();
    void realBinarySeparatesOutputAndErrors();
    void usageNotificationsAndOverage();

private:
    /** A new database on the engine under test: a file here, or a PostgreSQL schema. */
    QString db(const QString &name) const
    {
        return Tierline::Testing::TestWorld::newDatabaseLocation(m_folder.path(), name);
    }
    QTemporaryDir m_folder;
};

void TestCliApplication::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestCliApplication::priceTableContract_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<qint64>("entryPrice");
    QTest::newRow("USD monthly") << QStringLiteral("USD") << QStringLiteral("monthly")
                                 << qint64(1600);
    QTest::newRow("USD annual") << QStringLiteral("USD") << QStringLiteral("annual")
                                << qint64(16000);
    QTest::newRow("EUR monthly") << QStringLiteral("EUR") << QStringLiteral("monthly")
                                 << qint64(1500);
    QTest::newRow("SEK annual") << QStringLiteral("SEK") << QStringLiteral("annual")
                                << qint64(169000);
    QTest::newRow("IDR monthly, lower-case code")
        << QStringLiteral("idr") << QStringLiteral("monthly") << qint64(25000000);
}

void TestCliApplication::priceTableContract()
{
    QFETCH(QString, currency);
    QFETCH(QString, cycle);
    QFETCH(qint64, entryPrice);
    const CliRun run =
        runCli({QStringLiteral("--json"), QStringLiteral("price-table"),
                QStringLiteral("--currency"), currency, QStringLiteral("--cycle"), cycle});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), currency.toUpper());
    QCOMPARE(json.value(QStringLiteral("cycle")).toString(), cycle);
    const QJsonArray tiers = json.value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 50);
    QCOMPARE(tiers.first().toObject().value(QStringLiteral("subscribers")).toInt(), 1000);
    QCOMPARE(tiers.first().toObject().value(QStringLiteral("price")).toInteger(), entryPrice);
    QCOMPARE(tiers.last().toObject().value(QStringLiteral("subscribers")).toInt(), 50000);
    QCOMPARE(tiers.first().toObject().keys(),
             (QStringList {QStringLiteral("price"), QStringLiteral("subscribers")}));
}

void TestCliApplication::quoteChangeContract_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("effective");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<qint64>("charge");
    QTest::addColumn<qint64>("nextCyclePrice");

    // 5,000 = 7,200; 12,000 = 15,200 a month. 17 of 31 days left on 15 March:
    // 7200*17/31 = 3948.4 → 3948; 15200*17/31 = 8335.5 → 8335.
    QTest::newRow("upgrade mid-cycle")
        << quoteArgs(QStringLiteral("5000"), QStringLiteral("12000"), QStringLiteral("2026-03-15"))
        << 0 << QStringLiteral("upgrade") << QStringLiteral("2026-03-15") << qint64(3948)
        << qint64(8335) << qint64(15200);
    QTest::newRow("downgrade at the cycle end")
        << quoteArgs(QStringLiteral("12000"), QStringLiteral("5000"), QStringLiteral("2026-03-15"))
        << 0 << QStringLiteral("downgrade") << QStringLiteral("2026-04-01") << qint64(0)
        << qint64(0) << qint64(7200);
    QTest::newRow("unchanged") << quoteArgs(QStringLiteral("5000"), QStringLiteral("5000"),
                                            QStringLiteral("2026-03-15"))
                               << 0 << QStringLiteral("unchanged") << QStringLiteral("2026-03-15")
                               << qint64(0) << qint64(0) << qint64(7200);
    QTest::newRow("under the floor for 27,001 subscribed")
        << quoteArgs(QStringLiteral("30000"), QStringLiteral("27000"), QStringLiteral("2026-03-15"),
                     {QStringLiteral("--subscribed"), QStringLiteral("27001")})
        << 3 << QStringLiteral("refused") << QStringLiteral("2026-03-15") << qint64(0) << qint64(0)
        << qint64(31200);
    QTest::newRow("during the trial: free until the trial end")
        << quoteArgs(QStringLiteral("5000"), QStringLiteral("12000"), QStringLiteral("2026-03-15"),
                     {QStringLiteral("--trial-end"), QStringLiteral("2026-03-22")})
        << 0 << QStringLiteral("upgrade") << QStringLiteral("2026-03-22") << qint64(0) << qint64(0)
        << qint64(15200);
}

void TestCliApplication::quoteChangeContract()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    QFETCH(QString, effective);
    QFETCH(qint64, credit);
    QFETCH(qint64, charge);
    QFETCH(qint64, nextCyclePrice);

    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject json = run.json();
    QCOMPARE(
        json.keys(),
        (QStringList {QStringLiteral("charge"), QStringLiteral("charged_today"),
                      QStringLiteral("credit"), QStringLiteral("effective"), QStringLiteral("kind"),
                      QStringLiteral("next_cycle_price"), QStringLiteral("reason")}));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(json.value(QStringLiteral("effective")).toString(), effective);
    QCOMPARE(json.value(QStringLiteral("credit")).toInteger(), credit);
    QCOMPARE(json.value(QStringLiteral("charge")).toInteger(), charge);
    QCOMPARE(json.value(QStringLiteral("charged_today")).toInteger(), charge - credit);
    QCOMPARE(json.value(QStringLiteral("next_cycle_price")).toInteger(), nextCyclePrice);
    QCOMPARE(json.value(QStringLiteral("reason")).toString().isEmpty(),
             kind != QLatin1String("refused"));
    QCOMPARE(run.err.isEmpty(), exitCode == 0);
}

void TestCliApplication::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList {} << 1 << QStringLiteral("no command");
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("frobnicate")} << 1 << QStringLiteral("frobnicate");
    QTest::newRow("unknown global option")
        << QStringList {QStringLiteral("--bogus"), QStringLiteral("accounts")} << 1
        << QStringLiteral("bogus");
    QTest::newRow("missing required option")
        << QStringList {QStringLiteral("price-table"), QStringLiteral("--currency"),
                        QStringLiteral("USD")}
        << 1 << QStringLiteral("--cycle");
    QTest::newRow("tier off the grid")
        << quoteArgs(QStringLiteral("5500"), QStringLiteral("12000"), QStringLiteral("2026-03-15"))
        << 2 << QStringLiteral("5,500 is not a subscriber tier");
    QTest::newRow("tier above 50,000")
        << quoteArgs(QStringLiteral("5000"), QStringLiteral("51000"), QStringLiteral("2026-03-15"))
        << 2 << QStringLiteral("51,000 is not a subscriber tier");
    QTest::newRow("change day outside the cycle")
        << quoteArgs(QStringLiteral("5000"), QStringLiteral("12000"), QStringLiteral("2026-04-01"))
        << 2 << QStringLiteral("outside");
    QTest::newRow("malformed date")
        << quoteArgs(QStringLiteral("5000"), QStringLiteral("12000"), QStringLiteral("2026-02-30"))
        << 2 << QStringLiteral("2026-02-30");
    QTest::newRow("tier not a number")
        << quoteArgs(QStringLiteral("five"), QStringLiteral("12000"), QStringLiteral("2026-03-15"))
        << 2 << QStringLiteral("five");
    QTest::newRow("unknown currency")
        << QStringList {QStringLiteral("price-table"), QStringLiteral("--currency"),
                        QStringLiteral("GBP"), QStringLiteral("--cycle"), QStringLiteral("monthly")}
        << 2 << QStringLiteral("GBP");
    QTest::newRow("unknown cycle")
        << QStringList {QStringLiteral("price-table"), QStringLiteral("--currency"),
                        QStringLiteral("USD"), QStringLiteral("--cycle"), QStringLiteral("weekly")}
        << 2 << QStringLiteral("weekly");
    QTest::newRow("bad --today") << QStringList {QStringLiteral("--today"),
                                                 QStringLiteral("tomorrow"),
                                                 QStringLiteral("accounts")}
                                 << 2 << QStringLiteral("tomorrow");
    QTest::newRow("missing catalog file")
        << QStringList {QStringLiteral("--catalog"), QStringLiteral("/no/such/catalog.json"),
                        QStringLiteral("accounts")}
        << 2 << QStringLiteral("/no/such/catalog.json");
    QTest::newRow("database in a missing folder")
        << QStringList {QStringLiteral("--db"), QStringLiteral("/no/such/folder/x.sqlite"),
                        QStringLiteral("accounts")}
        << 2 << QStringLiteral("does not exist");
}

void TestCliApplication::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliApplication::jsonErrorsAreOneDocument()
{
    const CliRun run = runCli(
        quoteArgs(QStringLiteral("5500"), QStringLiteral("12000"), QStringLiteral("2026-03-15")));
    QCOMPARE(run.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("bad_input"));
}

void TestCliApplication::customCatalogIsUsed()
{
    const QString catalog = QStringLiteral(TIERLINE_TEST_DATA "/catalogs/custom_valid.json");
    QVERIFY(!catalog.isEmpty());
    const CliRun run =
        runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("--json"),
                QStringLiteral("price-table"), QStringLiteral("--currency"), QStringLiteral("USD"),
                QStringLiteral("--cycle"), QStringLiteral("monthly")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("tiers")).toArray().size(), 5);
    const CliRun eur = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("price-table"),
                               QStringLiteral("--currency"), QStringLiteral("EUR"),
                               QStringLiteral("--cycle"), QStringLiteral("monthly")});
    QCOMPARE(eur.exitCode, 2);
}

void TestCliApplication::catalogMustCoverTheBooksCurrencies()
{
    const QString path = db(QStringLiteral("currencies.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"),
                     QStringLiteral("--accounts"), QStringLiteral("6")})
                 .exitCode,
             0);
    // The demo bills in four currencies; a USD-only catalog cannot price that book.
    const CliRun refused = runCli({QStringLiteral("--db"), path, QStringLiteral("--catalog"),
                                   QStringLiteral(TIERLINE_TEST_DATA "/catalogs/custom_valid.json"),
                                   QStringLiteral("accounts")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("no Campaigns prices in")),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
}

void TestCliApplication::planChangeQuotesAndBooksLikeTheCore()
{
    const QString path = db(QStringLiteral("plan.sqlite"));
    auto cli = [&](const QStringList &args) {
        return runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--today"),
                                   QStringLiteral("2026-03-20"), QStringLiteral("--json"),
                                   QStringLiteral("--as"), QStringLiteral("anna")}
                      + args);
    };
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("3")}).exitCode,
        0);
    const QJsonObject first = cli({QStringLiteral("accounts")}).jsonArray().at(0).toObject();
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
    const int seats = first.value(QStringLiteral("seats")).toInt();
    const QStringList more = {QStringLiteral("plan-change"), id, QStringLiteral("--seats"),
                              QString::number(seats + 2)};

    const CliRun dry = cli(more + QStringList {QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject quoted = dry.json().value(QStringLiteral("change")).toObject();
    QCOMPARE(quoted.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(dry.json().value(QStringLiteral("seats")).toInt(), seats);
    QVERIFY(quoted.value(QStringLiteral("charged_today")).toInteger() > 0);

    const CliRun booked = cli(more);
    QCOMPARE(booked.exitCode, 0);
    QCOMPARE(booked.json().value(QStringLiteral("seats")).toInt(), seats + 2);
    const QJsonObject change = booked.json().value(QStringLiteral("change")).toObject();
    for (const char *key : {"credit", "charge", "charged_today", "next_cycle_price"})
        QCOMPARE(change.value(QLatin1String(key)), quoted.value(QLatin1String(key)));

    // A cheaper plan is a request, and exactly one change at a time.
    const CliRun cheaper = cli(
        {QStringLiteral("plan-change"), id, QStringLiteral("--plan"), QStringLiteral("starter")});
    if (first.value(QStringLiteral("plan")).toString() != QLatin1String("starter"))
        QCOMPARE(cheaper.exitCode, 3);
    QCOMPARE(cli({QStringLiteral("plan-change"), id}).exitCode, 1);
    QCOMPARE(
        cli({QStringLiteral("plan-change"), id, QStringLiteral("--seats"), QStringLiteral("many")})
            .exitCode,
        2);
}

void TestCliApplication::billingActionsThroughTheCli()
{
    const QString path = db(QStringLiteral("actions.sqlite"));
    auto cli = [&](const QString &today, const QStringList &args) {
        return runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--today"), today,
                                   QStringLiteral("--json")}
                      + args);
    };
    QCOMPARE(cli(QStringLiteral("2026-03-01"),
                 {QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("6")})
                 .exitCode,
             0);
    const CliRun accounts = cli(QStringLiteral("2026-03-01"), {QStringLiteral("accounts")});
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.jsonArray().size(), 6);

    // Find an account with Campaigns not taken yet and take it through its life.
    QString id;
    for (const QJsonValue &a : accounts.jsonArray()) {
        const QJsonObject campaigns = a.toObject().value(QStringLiteral("campaigns")).toObject();
        if (campaigns.value(QStringLiteral("status")).toString() == QLatin1String("none")
            && campaigns.value(QStringLiteral("trial_start")).isNull()) {
            id = QString::number(a.toObject().value(QStringLiteral("id")).toInteger());
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "the demo has an untouched account");

    const CliRun forbidden =
        cli(QStringLiteral("2026-03-02"),
            {QStringLiteral("--as"), QStringLiteral("rob"), QStringLiteral("try"), id});
    QCOMPARE(forbidden.exitCode, 3);
    QCOMPARE(forbidden.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("forbidden"));

    const CliRun trial =
        cli(QStringLiteral("2026-03-02"),
            {QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("try"), id});
    QCOMPARE(trial.exitCode, 0);
    const QJsonObject campaigns = trial.json().value(QStringLiteral("campaigns")).toObject();
    QCOMPARE(campaigns.value(QStringLiteral("status")).toString(), QStringLiteral("trial"));
    QCOMPARE(campaigns.value(QStringLiteral("trial_end")).toString(), QStringLiteral("2026-03-23"));
    QCOMPARE(campaigns.value(QStringLiteral("trial_days_left")).toInt(), 21);

    QCOMPARE(
        cli(QStringLiteral("2026-03-03"),
            {QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("request-review"), id})
            .exitCode,
        0);
    QCOMPARE(cli(QStringLiteral("2026-03-04"),
                 {QStringLiteral("--as"), QStringLiteral("rita"), QStringLiteral("decide-review"),
                  id, QStringLiteral("--approve")})
                 .exitCode,
             0);
    const CliRun pick =
        cli(QStringLiteral("2026-03-05"),
            {QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("set-tier"), id,
             QStringLiteral("--tier"), QStringLiteral("3000")});
    QCOMPARE(pick.exitCode, 0);
    QCOMPARE(pick.json()
                 .value(QStringLiteral("change"))
                 .toObject()
                 .value(QStringLiteral("charged_today"))
                 .toInteger(),
             0);

    // The trial converts on 23 March; reading the ledger on 1 April applies it.
    const CliRun ledger = cli(QStringLiteral("2026-04-01"), {QStringLiteral("ledger"), id});
    QCOMPARE(ledger.exitCode, 0);
    QJsonArray entries;
    for (const QJsonValue &entry : ledger.json().value(QStringLiteral("entries")).toArray()) {
        if (!entry[QStringLiteral("reason")].toString().startsWith(QLatin1String("plan_")))
            entries.append(entry); // Campaigns lines only: the plan renews on its own cycle
    }
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("trial_conversion"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2026-03-23"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("tier")).toInt(), 3000);

    const CliRun cancel =
        cli(QStringLiteral("2026-04-02"),
            {QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("cancel"), id});
    QCOMPARE(cancel.exitCode, 0);
    QCOMPARE(cancel.json().value(QStringLiteral("effective")).toString(),
             QStringLiteral("2026-04-23"));
    const CliRun refused =
        cli(QStringLiteral("2026-04-02"),
            {QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("set-tier"), id,
             QStringLiteral("--tier"), QStringLiteral("5000")});
    QCOMPARE(refused.exitCode, 3);

    const CliRun audit = cli(QStringLiteral("2026-04-02"), {QStringLiteral("audit"), id});
    QCOMPARE(audit.exitCode, 0);
    QCOMPARE(audit.jsonArray().last().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("cancel.schedule"));
    QCOMPARE(audit.jsonArray().last().toObject().value(QStringLiteral("user")).toString(),
             QStringLiteral("Anna Lindqvist"));
}

void TestCliApplication::actionsNeedAnActingUser()
{
    const QString path = db(QStringLiteral("noactor.sqlite"));
    QCOMPARE(
        runCli({QStringLiteral("--db"), path, QStringLiteral("try"), QStringLiteral("1")}).exitCode,
        1);
    const CliRun unknown =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("nobody"),
                QStringLiteral("try"), QStringLiteral("1")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("nobody")));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("anna"),
                     QStringLiteral("try"), QStringLiteral("x")})
                 .exitCode,
             2);
}

void TestCliApplication::advanceAppliesDueEvents()
{
    const QString path = db(QStringLiteral("advance.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--today"),
                     QStringLiteral("2026-03-01"), QStringLiteral("demo"),
                     QStringLiteral("--accounts"), QStringLiteral("5")})
                 .exitCode,
             0);
    const CliRun advanced =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("advance"),
                QStringLiteral("--to"), QStringLiteral("2026-06-01")});
    QCOMPARE(advanced.exitCode, 0);
    QCOMPARE(advanced.json().value(QStringLiteral("applied_through")).toString(),
             QStringLiteral("2026-06-01"));
    const CliRun accounts = runCli({QStringLiteral("--db"), path, QStringLiteral("--today"),
                                    QStringLiteral("2026-06-01"), QStringLiteral("--json"),
                                    QStringLiteral("accounts")});
    for (const QJsonValue &a : accounts.jsonArray()) {
        const QString next = a.toObject()
                                 .value(QStringLiteral("campaigns"))
                                 .toObject()
                                 .value(QStringLiteral("next_event_on"))
                                 .toString();
        QVERIFY2(next.isEmpty() || next > QLatin1String("2026-06-01"), qPrintable(next));
    }
}

void TestCliApplication::changeRequestsThroughTheCli()
{
    const QString path = db(QStringLiteral("requests.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"),
                     QStringLiteral("--accounts"), QStringLiteral("2")})
                 .exitCode,
             0);
    const CliRun filed =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("--as"),
                QStringLiteral("anna"), QStringLiteral("request-change"), QStringLiteral("2"),
                QStringLiteral("--kind"), QStringLiteral("unbundle"), QStringLiteral("--details"),
                QStringLiteral("Keep Sales, drop Marketing")});
    QCOMPARE(filed.exitCode, 0);
    QVERIFY(filed.json().value(QStringLiteral("request")).toInteger() > 0);
    QCOMPARE(
        runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("rob"),
                QStringLiteral("request-change"), QStringLiteral("2"), QStringLiteral("--kind"),
                QStringLiteral("unbundle"), QStringLiteral("--details"), QStringLiteral("x")})
            .exitCode,
        3);
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("anna"),
                     QStringLiteral("request-change"), QStringLiteral("2"),
                     QStringLiteral("--kind"), QStringLiteral("unbundle")})
                 .exitCode,
             1);
    const CliRun listed = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"),
                                  QStringLiteral("change-requests")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.jsonArray().size(), 1);
    QCOMPARE(listed.jsonArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("unbundle"));
    QCOMPARE(listed.jsonArray().at(0).toObject().value(QStringLiteral("details")).toString(),
             QStringLiteral("Keep Sales, drop Marketing"));
}

void TestCliApplication::realBinarySeparatesOutputAndErrors()
{
    const QString binary = qEnvironmentVariable("TIERLINE_CLI");
    if (binary.isEmpty())
        QSKIP("TIERLINE_CLI is set by CTest");
    QProcess process;
    process.start(binary,
                  {QStringLiteral("--json"), QStringLiteral("price-table"),
                   QStringLiteral("--currency"), QStringLiteral("SEK"), QStringLiteral("--cycle"),
                   QStringLiteral("annual")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput())
                 .object()
                 .value(QStringLiteral("currency"))
                 .toString(),
             QStringLiteral("SEK"));

    process.start(binary,
                  quoteArgs(QStringLiteral("30000"), QStringLiteral("27000"),
                            QStringLiteral("2026-03-15"),
                            {QStringLiteral("--subscribed"), QStringLiteral("27001")}));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput())
                 .object()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("refused"));

    process.start(binary, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("tierline-cli "));
}

void TestCliApplication::usageNotificationsAndOverage()
{
    Tierline::Testing::TestWorld world(QDate(2026, 3, 1));
    const qint64 accountId = world.createAccount();
    world.buyCampaigns(accountId, 1000);
    world.addContacts(accountId, 800);
    world.addContacts(accountId, 30, false);
    const QString id = QString::number(accountId);
    auto cli = [&](const QStringList &args) {
        return runCli(QStringList {QStringLiteral("--db"), world.databasePath(),
                                   QStringLiteral("--today"), QStringLiteral("2026-03-10")}
                      + args);
    };

    const CliRun usage = cli({QStringLiteral("--json"), QStringLiteral("usage"), id});
    QCOMPARE(usage.exitCode, 0);
    const QJsonObject figures = usage.json();
    QCOMPARE(figures.value(QStringLiteral("marketing_contacts")).toInteger(), 800);
    QCOMPARE(figures.value(QStringLiteral("total_contacts")).toInteger(), 830);
    QCOMPARE(figures.value(QStringLiteral("limit")).toInteger(), 1000);
    QCOMPARE(figures.value(QStringLiteral("percent")).toInteger(), 80);
    QCOMPARE(figures.value(QStringLiteral("next_update")).toString(), QStringLiteral("2026-04-01"));
    QCOMPARE(figures.value(QStringLiteral("overage_policy")).toString(), QStringLiteral("hold"));
    const CliRun usageText = cli({QStringLiteral("usage"), id});
    QCOMPARE(usageText.exitCode, 0);
    QVERIFY2(usageText.out.contains(QStringLiteral("80 %")), qPrintable(usageText.out));
    QCOMPARE(cli({QStringLiteral("usage")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("usage"), QStringLiteral("999")}).exitCode, 2);

    const CliRun listed = cli({QStringLiteral("--json"), QStringLiteral("notifications"),
                               QStringLiteral("--account"), id});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.jsonArray().size(), 1);
    const QJsonObject first = listed.jsonArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("75"));
    QCOMPARE(first.value(QStringLiteral("read")).toBool(), false);
    QCOMPARE(cli({QStringLiteral("notifications"), QStringLiteral("--mark-read")}).exitCode, 0);
    const CliRun read = cli({QStringLiteral("--json"), QStringLiteral("notifications")});
    QCOMPARE(read.jsonArray().first().toObject().value(QStringLiteral("read")).toBool(), true);
    QCOMPARE(
        cli({QStringLiteral("notifications"), QStringLiteral("--account"), QStringLiteral("x")})
            .exitCode,
        2);

    const QStringList autoUpgrade {QStringLiteral("overage"), id, QStringLiteral("--policy"),
                                   QStringLiteral("auto-upgrade")};
    QCOMPARE(cli(autoUpgrade).exitCode, 1); // no --as
    QCOMPARE(
        cli(QStringList {QStringLiteral("--as"), QStringLiteral("rob")} + autoUpgrade).exitCode, 3);
    QCOMPARE(cli({QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("overage"), id,
                  QStringLiteral("--policy"), QStringLiteral("sometimes")})
                 .exitCode,
             2);
    const CliRun set =
        cli(QStringList {QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("anna")}
            + autoUpgrade);
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json().value(QStringLiteral("overage_policy")).toString(),
             QStringLiteral("auto_upgrade"));
    QCOMPARE(world.account(accountId).overagePolicy, OveragePolicy::AutoUpgrade);
    QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("overage ID --policy")));
}

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
