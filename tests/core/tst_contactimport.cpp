// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "clirun.h"
#include "contacts/contactimport.h"
#include "csv/csvreader.h"
#include "testworld.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

QString writeFile(const QTemporaryDir &folder, const QByteArray &content)
{
    static int n = 0;
    const QString path = folder.filePath(QStringLiteral("import%1.csv").arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test CSV");
    return path;
}

Result<ImportOutcome> importData(TestWorld &world, qint64 accountId, const QByteArray &data,
                                 DuplicatePolicy policy = DuplicatePolicy::Update,
                                 const User *actor = nullptr)
{
    CsvReader reader(data);
    const auto contacts = ContactImport::read(reader);
    if (!contacts)
        return contacts.error();
    return world.contacts().importContacts(actor ? *actor : world.admin, accountId, *contacts,
                                           policy, world.clock().today());
}

} // namespace

class TestContactImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFilesImportNothing_data();
    void badFilesImportNothing();
    void formats_data();
    void formats();
    void duplicates_data();
    void duplicates();
    void newContactsFollowTheLimitRule();
    void marketingImportNeedsPermission();
    void cancelImportsNothing();
    void cliImportListArchive();
};

void TestContactImport::badFilesImportNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("bad email on row 7")
        << QByteArray("name,email\nA,a@example.com\nB,b@example.com\nC,c@example.com\n"
                      "D,d@example.com\nE,e@example.com\nX,x@\n")
        << QStringList {QStringLiteral("row 7, column email: “x@” is not an email address")};
    QTest::newRow("several problems, all reported")
        << QByteArray("email;marketing;status\nok@example.com;maybe;subscribed\n;yes;\n"
                      "c@example.com;no;gone\n")
        << QStringList {QStringLiteral("3 problem"),
                        QStringLiteral("row 2, column marketing: “maybe” is neither yes nor no"),
                        QStringLiteral("row 3, column email: an email address is required"),
                        QStringLiteral("row 4, column status: “gone” is not a status")};
    QTest::newRow("wrong number of fields") << QByteArray("name,email\nA,a@example.com,extra\n")
                                            << QStringList {QStringLiteral("row 2: 3 field")};
    QTest::newRow("no email column") << QByteArray("name,mail\nA,a@example.com\n")
                                     << QStringList {QStringLiteral("no “email” column")};
    QTest::newRow("invalid UTF-8")
        << QByteArray("name,email\nA,a@example.com\nB\xE5,b@example.com\n")
        << QStringList {QStringLiteral("Line 3 is not valid UTF-8")};
    QTest::newRow("empty file") << QByteArray() << QStringList {QStringLiteral("empty")};
}

void TestContactImport::badFilesImportNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, messages);
    TestWorld world;
    const qint64 id = world.createAccount();
    world.addContacts(id, 30);
    const QString before = world.contactsFingerprint();
    QTemporaryDir folder;
    const QString path = writeFile(folder, data);

    const auto read = ContactImport::readFile(path);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::BadInput);
    for (const QString &message : std::as_const(messages))
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));

    const CliRun run =
        runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--as"),
                QStringLiteral("ada"), QStringLiteral("contacts"), QStringLiteral("import"), path,
                QStringLiteral("--account"), QString::number(id)});
    QCOMPARE(run.exitCode, int(CliApplication::BadInput));
    QVERIFY2(run.err.contains(messages.constFirst()), qPrintable(run.err));
    QCOMPARE(world.contactsFingerprint(), before);
}

void TestContactImport::formats_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("BOM and CRLF") << QByteArray(
        "\xEF\xBB\xBFName,Email,Marketing\r\nÅsa Öberg,asa@example.se,yes\r\n"
        "\"Berg, \"\"Bo\"\"\",bo@example.se,no\r\n");
    QTest::newRow("semicolon, any column order and case")
        << QByteArray("MARKETING;email;NAME\nyes;asa@example.se;Åsa Öberg\n"
                      "no;bo@example.se;\"Berg, \"\"Bo\"\"\"\n");
    QTest::newRow("quoted newline in another column")
        << QByteArray("email,name,marketing,notes\nasa@example.se,Åsa Öberg,1,\"two\nlines\"\n"
                      "bo@example.se,\"Berg, \"\"Bo\"\"\",0,\n");
}

void TestContactImport::formats()
{
    QFETCH(QByteArray, data);
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    const auto outcome = importData(world, id, data);
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->added, 2);
    const auto rows = world.contacts().list(id, {}, {ContactSortKey::ByEmail, false}, {}, 10);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).name, QStringLiteral("Åsa Öberg"));
    QCOMPARE(rows->at(0).email, QStringLiteral("asa@example.se"));
    QVERIFY(rows->at(0).marketing);
    QCOMPARE(rows->at(0).status, ContactStatus::Subscribed);
    QCOMPARE(rows->at(1).name, QStringLiteral("Berg, \"Bo\""));
    QVERIFY(!rows->at(1).marketing);
}

void TestContactImport::duplicates_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<qint64>("updated");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ContactStatus>("status");
    QTest::newRow("update") << DuplicatePolicy::Update << qint64(2) << qint64(0)
                            << QStringLiteral("Ann Renamed") << ContactStatus::Archived;
    QTest::newRow("skip") << DuplicatePolicy::Skip << qint64(0) << qint64(2)
                          << QStringLiteral("Ann") << ContactStatus::Subscribed;
}

void TestContactImport::duplicates()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(qint64, updated);
    QFETCH(qint64, skipped);
    QFETCH(QString, name);
    QFETCH(ContactStatus, status);
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    TL_VERIFY_OK(importData(world, id, "name,email\nAnn,ann@example.com\n"));
    // A repeat inside the file counts as a duplicate of its first row.
    const auto outcome = importData(world, id,
                                    "name,email,status\nAnn Renamed,ANN@Example.com,archived\n"
                                    "New,new@example.com,\nNew Again,NEW@example.com,\n",
                                    policy);
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->added, 1);
    QCOMPARE(outcome->updated, updated);
    QCOMPARE(outcome->skipped, skipped);
    QCOMPARE(*world.contacts().countMatching(id, {}), 2);
    const auto ann = world.contacts().list(id, {}, {}, std::nullopt, 10)->constFirst();
    QCOMPARE(ann.name, name);
    QCOMPARE(ann.status, status);
    const auto fresh = world.contacts().list(id, {}, {}, std::nullopt, 10)->constLast();
    QCOMPARE(fresh.name,
             policy == DuplicatePolicy::Update ? QStringLiteral("New Again")
                                               : QStringLiteral("New"));
}

void TestContactImport::newContactsFollowTheLimitRule()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 990);
    QByteArray data("email,marketing\n");
    for (int i = 0; i < 30; ++i)
        data += "new" + QByteArray::number(i) + "@example.com," + (i < 20 ? "yes" : "no") + '\n';
    const auto outcome = importData(world, id, data);
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->added, 30);
    QCOMPARE(outcome->pending, 10);
    QCOMPARE(world.counts(id).subscribed, 1000);
    QCOMPARE(world.counts(id).pendingUpgrade, 10);
    QCOMPARE(world.counts(id).nonMarketing, 10);
}

void TestContactImport::marketingImportNeedsPermission()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    const QString before = world.contactsFingerprint();
    const auto refused =
        importData(world, id, "email\na@example.com\n", DuplicatePolicy::Update, &world.rep);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(world.contactsFingerprint(), before);
    TL_VERIFY_OK(importData(world, id, "email,marketing\na@example.com,no\n",
                            DuplicatePolicy::Update, &world.rep));
}

void TestContactImport::cancelImportsNothing()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.addContacts(id, 10);
    const QString before = world.contactsFingerprint();
    QList<ImportedContact> contacts;
    for (int i = 0; i < 25'000; ++i)
        contacts.append({QStringLiteral("N"), QStringLiteral("n%1@example.com").arg(i), false, {}});
    const auto outcome = world.contacts().importContacts(
        world.admin, id, contacts, DuplicatePolicy::Update, world.clock().today(),
        [](qint64 done, qint64) { return done < 20'000; });
    TL_VERIFY_OK(outcome);
    QVERIFY(outcome->cancelled);
    QCOMPARE(world.contactsFingerprint(), before);
}

void TestContactImport::cliImportListArchive()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    QTemporaryDir folder;
    QByteArray data("email,name\n");
    for (int i = 0; i < 1200; ++i)
        data += "c" + QByteArray::number(i) + "@example.com,C " + QByteArray::number(i) + '\n';
    const QString path = writeFile(folder, data);
    const QStringList global = {QStringLiteral("--db"),    world.databasePath(),
                                QStringLiteral("--today"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--as"),    QStringLiteral("ada"),
                                QStringLiteral("--json")};
    auto run = runCli(global
                      + QStringList {QStringLiteral("contacts"), QStringLiteral("import"), path,
                                     QStringLiteral("--account"), QString::number(id),
                                     QStringLiteral("--duplicates"), QStringLiteral("skip")});
    QCOMPARE(run.exitCode, 0);
    auto json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("added")).toInteger(), 1200);
    QCOMPARE(json.value(QStringLiteral("pending_upgrade")).toInteger(), 200);

    run = runCli(global
                 + QStringList {QStringLiteral("contacts"), QStringLiteral("list"),
                                QString::number(id), QStringLiteral("--status"),
                                QStringLiteral("pending upgrade"), QStringLiteral("--limit"),
                                QStringLiteral("5")});
    QCOMPARE(run.exitCode, 0);
    json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("matching")).toInteger(), 200);
    QCOMPARE(json.value(QStringLiteral("contacts")).toArray().size(), 5);

    run = runCli(global
                 + QStringList {QStringLiteral("contacts"), QStringLiteral("archive"),
                                QString::number(id), QStringLiteral("--status"),
                                QStringLiteral("subscribed"), QStringLiteral("--search"),
                                QStringLiteral("C 1")});
    QCOMPARE(run.exitCode, 0);
    json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("changed")).toInteger(), 1 + 10 + 100);

    run = runCli(global
                 + QStringList {QStringLiteral("contacts"), QStringLiteral("set-marketing"),
                                QString::number(id), QStringLiteral("--no"),
                                QStringLiteral("--status"), QStringLiteral("subscribed")});
    QCOMPARE(run.exitCode, 0);
    json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("scheduled")).toInteger(), 1000 - 111);
    QCOMPARE(json.value(QStringLiteral("switch_on")).toString(), QStringLiteral("2026-04-01"));

    // The acting user lacks the permission: exit code 3, nothing changed.
    run = runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("--as"),
                  QStringLiteral("rob"), QStringLiteral("contacts"),
                  QStringLiteral("set-marketing"), QString::number(id), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, int(CliApplication::Refused));
    run = runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("contacts"),
                  QStringLiteral("set-marketing"), QString::number(id)});
    QCOMPARE(run.exitCode, int(CliApplication::Usage));
    run = runCli({QStringLiteral("--db"), world.databasePath(), QStringLiteral("contacts"),
                  QStringLiteral("list"), QString::number(id), QStringLiteral("--status"),
                  QStringLiteral("gone")});
    QCOMPARE(run.exitCode, int(CliApplication::BadInput));
}

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
