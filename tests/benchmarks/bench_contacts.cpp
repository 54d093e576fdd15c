// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"
#include "contacts/contactimport.h"
#include "contacts/contactsmodel.h"
#include "contacts/contactspage.h"
#include "testworld.h"
#include "usage/usagepage.h"
#include "usage/usageservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

constexpr int contactCount = 1'000'000;
constexpr int nonMarketingCount = 100'000; ///< the ones bulk-archived

/** The process's peak resident memory (VmHWM) in MB, or -1 where /proc is missing. */
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

void report(const char *what, double ms)
{
    qInfo("%-52s %10.1f ms", what, ms);
}

} // namespace

/**
 * Figures for the Contacts page on an account with 1,000,000 contacts: opening the page,
 * counting by status, bulk-archiving 100,000, importing a 1,000,000-row CSV next to
 * `sqlite3 .import` of the same file, and the peak memory with the page open. One run,
 * in order; it prints figures and asserts only that the work was done.
 */
class BenchContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void millionContacts();
};

void BenchContacts::millionContacts()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount(QStringLiteral("EUR"), BillingInterval::Monthly,
                                          QStringLiteral("Million Contacts AB"));
    world.buyCampaigns(id, 50000);

    QElapsedTimer timer;
    timer.start();
    generateContacts(world.database(), id, contactCount);
    report("generate 1,000,000 contacts (multi-row INSERTs)", timer.elapsed());

    // Open the page and show the first rows.
    timer.restart();
    ContactsPage page(world.database(), world.billing());
    page.setActor(world.admin);
    page.resize(1100, 700);
    page.setAccount(id);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();
    report("open the Contacts page, first rows shown", timer.elapsed());
    QCOMPARE(page.model()->total(), qint64(contactCount));
    qInfo("rows loaded: %d of %lld", page.model()->rowCount(), page.model()->total());
    qInfo("%-52s %10.1f MB", "peak memory (VmHWM) with the page open", peakMemoryMb());

    // Scrolling to the end of what is loaded fetches the next page by keyset.
    timer.restart();
    auto *table = page.findChild<QTableView *>(QStringLiteral("contactsTable"));
    table->scrollToBottom();
    QCoreApplication::processEvents();
    report("scroll: fetch the next page", timer.elapsed());

    // Usage & limits of the same account (H2): a day's usage point, then the page open too.
    timer.restart();
    TL_VERIFY_OK(UsageService(world.database(), world.catalog()).recordDay(id, QDate(2026, 3, 1)));
    report("record the day's usage point and thresholds", timer.elapsed());
    timer.restart();
    UsagePage usagePage(world.database(), world.billing());
    usagePage.setActor(world.admin);
    usagePage.resize(1100, 860);
    usagePage.setAccount(id);
    usagePage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&usagePage));
    QCoreApplication::processEvents();
    report("open the Usage & limits page", timer.elapsed());
    qInfo("%-52s %10.1f MB", "peak memory (VmHWM), contacts and usage pages open", peakMemoryMb());

    const ContactService contacts = world.contacts();
    timer.restart();
    const auto byStatus = contacts.countByStatus(id);
    TL_VERIFY_OK(byStatus);
    report("count by status (SQL GROUP BY)", timer.elapsed());

    timer.restart();
    page.setFilter({ContactStatus::PendingUpgrade, true, QStringLiteral("Contact 99999")});
    report("filter: pending + text search, count + first rows", timer.elapsed());

    timer.restart();
    page.setFilter({ContactStatus::Subscribed, std::nullopt, {}});
    table->sortByColumn(ContactsModel::Name, Qt::DescendingOrder);
    report("filter by status, sort by name descending", timer.elapsed());

    // Bulk archive of 100,000: every non-marketing contact, "select all matching".
    timer.restart();
    const auto archived =
        contacts.archive(world.admin, id, ContactSelection::matching({std::nullopt, false, {}}));
    TL_VERIFY_OK(archived);
    report("bulk-archive 100,000 (one transaction)", timer.elapsed());
    QCOMPARE(archived->changed, nonMarketingCount);

    // Import a 1,000,000-row CSV into an empty account, next to sqlite3 .import.
    QTemporaryDir folder;
    const QString csvPath = folder.filePath(QStringLiteral("contacts.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QByteArray data = "name,email,marketing,status\r\n";
        data.reserve(60 * contactCount);
        for (int i = 0; i < contactCount; ++i) {
            data += "Imported " + QByteArray::number(i) + ",imported" + QByteArray::number(i)
                + "@example.com," + (i % 10 == 3 ? "no" : "yes") + ",subscribed\r\n";
        }
        csv.write(data);
    }
    const qint64 target = world.createAccount(QStringLiteral("EUR"), BillingInterval::Monthly,
                                              QStringLiteral("Import Target AB"));
    world.buyCampaigns(target, 50000);
    // The second peer starts from this very database: the same contacts table and indexes.
    const QString sameSchemaDb = folder.filePath(QStringLiteral("same-schema.sqlite"));
    TL_VERIFY_OK(world.database().run(QStringLiteral("VACUUM INTO ?"), {sameSchemaDb}));
    timer.restart();
    const auto read = ContactImport::readFile(csvPath);
    TL_VERIFY_OK(read);
    const double readMs = timer.elapsed();
    const auto imported = contacts.importContacts(world.admin, target, *read,
                                                  DuplicatePolicy::Update, QDate(2026, 3, 1));
    TL_VERIFY_OK(imported);
    const double importMs = timer.elapsed();
    QCOMPARE(imported->added, qint64(contactCount));
    report("import 1,000,000-row CSV: read and check", readMs);
    report("import 1,000,000-row CSV: total (read, check, write)", importMs);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        qInfo("sqlite3 not found: no peer figure");
        return;
    }
    // The peer: the same file into a plain table of the same four columns (no indexes, no
    // checks): what the file costs SQLite itself.
    const QString peerDb = folder.filePath(QStringLiteral("peer.sqlite"));
    QProcess setup;
    setup.start(sqlite3,
                {peerDb,
                 QStringLiteral("CREATE TABLE contacts (name TEXT NOT NULL, email TEXT "
                                "NOT NULL, marketing TEXT, status TEXT);")});
    QVERIFY(setup.waitForFinished(-1));
    timer.restart();
    QProcess peer;
    peer.start(sqlite3,
               {peerDb, QStringLiteral(".import --csv --skip 1 %1 contacts").arg(csvPath)});
    QVERIFY(peer.waitForFinished(-1));
    const double peerMs = timer.elapsed();
    QCOMPARE(peer.exitCode(), 0);
    report("sqlite3 .import --csv of the same file", peerMs);
    qInfo("%-52s %10.2f x", "ratio Tierline import / sqlite3 .import", importMs / peerMs);

    // The same rows into Tierline's own contacts table, indexes and all, by sqlite3 alone (no
    // checks, no tier rule): what the schema itself costs.
    timer.restart();
    QProcess sameSchema;
    sameSchema.start(
        sqlite3,
        {sameSchemaDb, QStringLiteral("CREATE TABLE raw (name, email, marketing, status)"),
         QStringLiteral(".import --csv --skip 1 %1 raw").arg(csvPath),
         QStringLiteral("INSERT INTO contacts (account_id, name, email, marketing, status, "
                        "added_on) SELECT %1, name, email, marketing = 'yes', status, "
                        "'2026-03-01' FROM raw")
             .arg(target)});
    QVERIFY(sameSchema.waitForFinished(-1));
    const double sameSchemaMs = timer.elapsed();
    QCOMPARE(sameSchema.exitCode(), 0);
    report("sqlite3 .import + INSERT into Tierline's indexed table", sameSchemaMs);
    qInfo("%-52s %10.2f x", "ratio Tierline import / that", importMs / sameSchemaMs);
}

QTEST_MAIN(BenchContacts)
#include "bench_contacts.moc"
