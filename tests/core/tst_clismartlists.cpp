// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "smartlistdata.h"
#include "smartlists/smartliststore.h"
#include "testworld.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

class TestCliSmartLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheSmartLists();
    void exportsASavedList();
    void exportsABuiltInWithSemicolonsAndBom();
    void exportErrors_data();
    void exportErrors();
    void helpNamesTheCommands();

private:
    QStringList global() const
    {
        return {QStringLiteral("--db"), m_world->databasePath(), QStringLiteral("--today"),
                QStringLiteral("2026-03-10")};
    }
    QString out(const QString &name) const { return m_world->filePath(name); }
    QByteArray read(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<TestWorld> m_world;
    qint64 m_alfa = 0;
};

void TestCliSmartLists::init()
{
    m_world = std::make_unique<TestWorld>(QDate(2026, 3, 10));
    m_alfa = m_world->createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                    QStringLiteral("Alfa Studio"));
    addPeriod(m_world->database(), m_alfa, 10050, QDate(2026, 1, 1), QDate(2026, 3, 31));
    addPeriod(m_world->database(), m_alfa, 12000, QDate(2026, 4, 1));
    const qint64 bravo = m_world->createAccount(QStringLiteral("EUR"), BillingInterval::Monthly,
                                                QStringLiteral("=Bravo, Shop"));
    addPeriod(m_world->database(), bravo, 5000, QDate(2025, 6, 1), {}, QStringLiteral("EUR"));

    SmartList big;
    big.name = QStringLiteral("Big payers");
    big.filter.currentMrr.min = 10000;
    big.columns = {SmartListField::Name, SmartListField::CurrentMrr, SmartListField::UpcomingMrr};
    if (const auto id = SmartListStore(m_world->database()).save(big); !id)
        qFatal("cannot save: %s", qPrintable(id.error().message));
}

void TestCliSmartLists::cleanup()
{
    m_world.reset();
}

void TestCliSmartLists::listsTheSmartLists()
{
    const CliRun run =
        runCli(global() + QStringList {QStringLiteral("--json"), QStringLiteral("smart-lists")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonArray lists = run.jsonArray();
    QCOMPARE(lists.size(), 3);
    QStringList names;
    QList<qint64> counts;
    for (const QJsonValue &list : lists) {
        names.append(list.toObject().value(QStringLiteral("name")).toString());
        counts.append(list.toObject().value(QStringLiteral("accounts")).toInteger());
    }
    QCOMPARE(
        names,
        (QStringList {QStringLiteral("All accounts"), QStringLiteral("Subscriptions ending soon"),
                      QStringLiteral("Big payers")}));
    QCOMPARE(counts, (QList<qint64> {2, 1, 1}));
    QCOMPARE(lists.at(1).toObject().value(QStringLiteral("built_in")).toBool(), true);
    QCOMPARE(lists.at(2).toObject().value(QStringLiteral("columns")).toArray().size(), 3);

    const CliRun text = runCli(global() + QStringList {QStringLiteral("smart-lists")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("Subscriptions ending soon")));
    QVERIFY(text.out.contains(QStringLiteral("Big payers")));
}

void TestCliSmartLists::exportsASavedList()
{
    const QString path = out(QStringLiteral("big.csv"));
    const CliRun run =
        runCli(global()
               + QStringList {QStringLiteral("--json"), QStringLiteral("export"),
                              QStringLiteral("--smart-list"), QStringLiteral("big payers"),
                              QStringLiteral("--out"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInteger(), 1);
    QCOMPARE(read(path),
             QByteArray("Account,Current MRR,Upcoming MRR,Currency\r\n"
                        "Alfa Studio,100.50,120.00,USD\r\n"));
}

void TestCliSmartLists::exportsABuiltInWithSemicolonsAndBom()
{
    const QString path = out(QStringLiteral("all.csv"));
    const CliRun run =
        runCli(global()
               + QStringList {QStringLiteral("export"), QStringLiteral("--smart-list"),
                              QStringLiteral("All accounts"), QStringLiteral("--out"), path,
                              QStringLiteral("--delimiter"), QStringLiteral(";"),
                              QStringLiteral("--bom")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("“All accounts” exported to")), qPrintable(run.out));
    const QString owner = m_world->owner.name;
    QCOMPARE(read(path),
             QByteArray("\xEF\xBB\xBF"
                        "Account;Owner;Plan;Campaigns status;Current MRR;Usage %;"
                        "Currency\r\n'=Bravo, Shop;")
                 + owner.toUtf8() + QByteArray(";Plus;Not taken;50.00;;EUR\r\nAlfa Studio;")
                 + owner.toUtf8() + QByteArray(";Plus;Not taken;100.50;;USD\r\n"));
}

void TestCliSmartLists::exportErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString target = QStringLiteral("OUT");
    QTest::newRow("no list") << QStringList {QStringLiteral("export"), QStringLiteral("--out"),
                                             target}
                             << 1 << QStringLiteral("--smart-list");
    QTest::newRow("unknown list") << QStringList {
        QStringLiteral("export"), QStringLiteral("--smart-list"), QStringLiteral("Nope"),
        QStringLiteral("--out"),
        target} << 2 << QStringLiteral("“Nope”");
    QTest::newRow("bad delimiter") << QStringList {QStringLiteral("export"),
                                                   QStringLiteral("--smart-list"),
                                                   QStringLiteral("All accounts"),
                                                   QStringLiteral("--out"),
                                                   target,
                                                   QStringLiteral("--delimiter"),
                                                   QStringLiteral("|")}
                                   << 2 << QStringLiteral("--delimiter");
    QTest::newRow("unwritable folder")
        << QStringList {QStringLiteral("export"), QStringLiteral("--smart-list"),
                        QStringLiteral("All accounts"), QStringLiteral("--out"),
                        QStringLiteral("MISSING")}
        << 2 << QStringLiteral("Cannot write");
}

void TestCliSmartLists::exportErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString folder = m_world->filePath({});
    args.replaceInStrings(QStringLiteral("MISSING"), folder + QStringLiteral("/no/such/x.csv"));
    args.replaceInStrings(QStringLiteral("OUT"), folder + QStringLiteral("/x.csv"));
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const CliRun run = runCli(global() + QStringList {QStringLiteral("--json")} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.json().contains(QStringLiteral("error")));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestCliSmartLists::helpNamesTheCommands()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("smart-lists")));
    QVERIFY(run.out.contains(QStringLiteral("export --smart-list NAME --out FILE")));
}

QTEST_GUILESS_MAIN(TestCliSmartLists)
#include "tst_clismartlists.moc"
