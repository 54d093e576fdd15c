// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety (X3): tierline-cli is killed with SIGKILL at random moments in the middle of a
// bulk archive, a contacts import and a scheduler run. Every time, the SQLite file passes
// integrity_check and the operation is either complete or absent; a scheduler run that is
// started again ends with exactly the ledger of a run that was never interrupted.

#include "storage/transaction.h"
#include "testworld.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

constexpr int contactCount = 30000;
constexpr int killsPerOperation = 6;

QString cliPath()
{
    return qEnvironmentVariable("TIERLINE_CLI");
}

/** Copies the world's database, WAL included, into a file of its own. */
QString snapshot(TestWorld &world, const QString &path)
{
    QFile::remove(path);
    const auto copied = world.database().run(QStringLiteral("VACUUM INTO ?"), {path});
    if (!copied)
        qFatal("cannot copy the database: %s", qPrintable(copied.error().message));
    return path;
}

/** Opens a database file the way the application does, and reads one number from it. */
qint64 number(const QString &path, const QString &sql)
{
    auto opened = Database::openSqlite(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    const auto value = (*opened)->scalar(sql);
    if (!value)
        qFatal("query failed: %s", qPrintable(value.error().message));
    return value->toLongLong();
}

QString integrity(const QString &path)
{
    auto opened = Database::openSqlite(path);
    if (!opened)
        return opened.error().message;
    const auto result = (*opened)->scalar(QStringLiteral("PRAGMA integrity_check"));
    return result ? result->toString() : result.error().message;
}

/** Every ledger line but its row id, in a stable order: equal means the same money booked. */
QString ledgerText(const QString &path)
{
    auto opened = Database::openSqlite(path);
    if (!opened)
        qFatal("cannot open %s", qPrintable(path));
    auto query = (*opened)->run(QStringLiteral(
        "SELECT account_id, entry_date, kind, reason, amount, currency, tier, period_start, "
        "period_end, event_key FROM ledger ORDER BY account_id, event_key"));
    if (!query)
        qFatal("cannot read the ledger");
    QStringList lines;
    while (query->next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields << query->value(i).toString();
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n'));
}

struct Run
{
    int exitCode = -1;
    bool killed = false;
    qint64 elapsedMs = 0;
};

/** Runs tierline-cli; with killAfterMs, sends SIGKILL after that many ms if still running. */
Run runCli(const QStringList &arguments, std::optional<int> killAfterMs = std::nullopt)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(cliPath(), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", qPrintable(cliPath()));
    Run run;
    if (killAfterMs && !process.waitForFinished(*killAfterMs)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        run.killed = true;
    }
    process.waitForFinished(-1);
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedBulkArchiveIsAllOrNothing();
    void killedImportIsAllOrNothing();
    void killedSchedulerRunResumesExactly();
    void killedExportLeavesNoPartialFile();

private:
    QRandomGenerator m_random {20261207};
    QTemporaryDir m_folder;
};

void TestCrashSafety::initTestCase()
{
    if (cliPath().isEmpty())
        QSKIP("TIERLINE_CLI is set by CTest");
    QVERIFY(m_folder.isValid());
}

void TestCrashSafety::killedBulkArchiveIsAllOrNothing()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 50000);
    world.addContacts(id, contactCount);
    const QString archived = QStringLiteral(
        "SELECT COUNT(*) FROM contacts WHERE status = 'archived' AND account_id = %1");
    const QStringList arguments {QStringLiteral("--db"),     QString(),
                                 QStringLiteral("--today"),  QStringLiteral("2026-03-10"),
                                 QStringLiteral("--as"),     QStringLiteral("ada"),
                                 QStringLiteral("contacts"), QStringLiteral("archive"),
                                 QString::number(id)};

    // How long an uninterrupted run takes: the kills land anywhere inside it.
    QStringList full = arguments;
    full[1] = snapshot(world, m_folder.filePath(QStringLiteral("archive-full.sqlite")));
    const Run reference = runCli(full);
    QCOMPARE(reference.exitCode, 0);
    QCOMPARE(number(full[1], archived.arg(id)), qint64(contactCount));

    int complete = 0, absent = 0;
    for (int i = 0; i < killsPerOperation; ++i) {
        QStringList killed = arguments;
        killed[1] = snapshot(world, m_folder.filePath(QStringLiteral("archive-%1.sqlite").arg(i)));
        runCli(killed, int(m_random.bounded(reference.elapsedMs + 1)));
        QCOMPARE(integrity(killed[1]), QStringLiteral("ok"));
        const qint64 count = number(killed[1], archived.arg(id));
        QVERIFY2(count == 0 || count == contactCount, qPrintable(QString::number(count)));
        ++(count == 0 ? absent : complete);
    }
    qInfo("bulk archive killed %d times: %d absent, %d complete", killsPerOperation, absent,
          complete);
}

void TestCrashSafety::killedImportIsAllOrNothing()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 50000);
    world.addContacts(id, 100);
    const QString csvPath = m_folder.filePath(QStringLiteral("import.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QByteArray data = "name,email,marketing\r\n";
        for (int i = 0; i < contactCount; ++i) {
            data += "Imported " + QByteArray::number(i) + ",imported" + QByteArray::number(i)
                + "@example.com," + (i % 7 == 0 ? "no" : "yes") + "\r\n";
        }
        csv.write(data);
    }
    const QString total =
        QStringLiteral("SELECT COUNT(*) FROM contacts WHERE account_id = %1").arg(id);
    const QStringList arguments {QStringLiteral("--db"),
                                 QString(),
                                 QStringLiteral("--today"),
                                 QStringLiteral("2026-03-10"),
                                 QStringLiteral("--as"),
                                 QStringLiteral("ada"),
                                 QStringLiteral("contacts"),
                                 QStringLiteral("import"),
                                 csvPath,
                                 QStringLiteral("--account"),
                                 QString::number(id)};

    QStringList full = arguments;
    full[1] = snapshot(world, m_folder.filePath(QStringLiteral("import-full.sqlite")));
    const Run reference = runCli(full);
    QCOMPARE(reference.exitCode, 0);
    QCOMPARE(number(full[1], total), qint64(100 + contactCount));

    for (int i = 0; i < killsPerOperation; ++i) {
        QStringList killed = arguments;
        killed[1] = snapshot(world, m_folder.filePath(QStringLiteral("import-%1.sqlite").arg(i)));
        runCli(killed, int(m_random.bounded(reference.elapsedMs + 1)));
        QCOMPARE(integrity(killed[1]), QStringLiteral("ok"));
        const qint64 count = number(killed[1], total);
        QVERIFY2(count == 100 || count == 100 + contactCount, qPrintable(QString::number(count)));
    }
}

void TestCrashSafety::killedSchedulerRunResumesExactly()
{
    // Forty accounts bought a year ago, some with a downgrade or a cancellation waiting.
    TestWorld world(QDate(2025, 6, 1));
    for (int i = 0; i < 40; ++i) {
        const qint64 id =
            world.createAccount(i % 3 ? QStringLiteral("USD") : QStringLiteral("SEK"),
                                i % 4 ? BillingInterval::Monthly : BillingInterval::Annual,
                                QStringLiteral("Account %1").arg(i));
        world.buyCampaigns(id, 5000 + 1000 * (i % 10));
        if (i % 5 == 1)
            TL_VERIFY_OK(world.billing().changeTier(world.admin, id, 3000));
        if (i % 7 == 2)
            TL_VERIFY_OK(world.billing().cancel(world.admin, id));
    }
    const QStringList arguments {QStringLiteral("--db"),      QString(),
                                 QStringLiteral("--today"),   QStringLiteral("2026-06-01"),
                                 QStringLiteral("advance"),   QStringLiteral("--to"),
                                 QStringLiteral("2026-06-01")};

    QStringList full = arguments;
    full[1] = snapshot(world, m_folder.filePath(QStringLiteral("advance-full.sqlite")));
    const QString before = ledgerText(full[1]);
    const Run reference = runCli(full);
    QCOMPARE(reference.exitCode, 0);
    const QString expected = ledgerText(full[1]);
    QVERIFY(expected.size() > before.size());

    int midway = 0;
    for (int i = 0; i < killsPerOperation; ++i) {
        QStringList killed = arguments;
        killed[1] = snapshot(world, m_folder.filePath(QStringLiteral("advance-%1.sqlite").arg(i)));
        runCli(killed, int(m_random.bounded(reference.elapsedMs + 1)));
        QCOMPARE(integrity(killed[1]), QStringLiteral("ok"));
        // What was booked before the kill is a part of the full run's ledger, never more.
        const QString partial = ledgerText(killed[1]);
        for (const QString &line : partial.split(QLatin1Char('\n')))
            QVERIFY2(expected.contains(line), qPrintable(line));
        midway += partial != before && partial != expected;
        QCOMPARE(runCli(killed).exitCode, 0);
        QCOMPARE(ledgerText(killed[1]), expected);
    }
    qInfo("scheduler run killed %d times, %d of them part of the way through", killsPerOperation,
          midway);
}

void TestCrashSafety::killedExportLeavesNoPartialFile()
{
    TestWorld world;
    {
        WriteTransaction batch(world.database()); // one commit for the whole book
        for (int i = 0; i < 20000; ++i)
            world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                QStringLiteral("Account %1").arg(i, 5, 10, QLatin1Char('0')));
        TL_VERIFY_OK(batch.commit());
    }
    const QString target = m_folder.filePath(QStringLiteral("export.csv"));
    const QStringList arguments {
        QStringLiteral("--db"),         world.databasePath(),     QStringLiteral("--today"),
        QStringLiteral("2026-03-10"),   QStringLiteral("export"), QStringLiteral("--smart-list"),
        QStringLiteral("All accounts"), QStringLiteral("--out"),  target};
    // The first run also does the day's scheduler work; time the export alone.
    QCOMPARE(runCli(arguments).exitCode, 0);
    const Run reference = runCli(arguments);
    QCOMPARE(reference.exitCode, 0);
    QFile complete(target);
    QVERIFY(complete.open(QIODevice::ReadOnly));
    const QByteArray expected = complete.readAll();
    complete.close();
    QVERIFY(expected.count('\n') > 20000);

    int absent = 0;
    for (int i = 0; i < killsPerOperation; ++i) {
        QVERIFY(!QFile::exists(target) || QFile::remove(target));
        const int moment = int(m_random.bounded(reference.elapsedMs + 1));
        const Run run = runCli(arguments, moment);
        QVERIFY(run.killed || run.exitCode == 0);
        // No file, or the whole file: never a part of one (QSaveFile).
        QFile file(target);
        if (!file.exists()) {
            ++absent;
            continue;
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
    }
    qInfo("export killed %d times: %d left no file, the rest the whole file", killsPerOperation,
          absent);
    const QStringList leftovers =
        QDir(m_folder.path()).entryList({QStringLiteral("export.csv?*")}, QDir::Files);
    qInfo("temporary files left by the kills: %lld", qint64(leftovers.size()));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
