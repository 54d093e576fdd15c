// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"
#include "smartlistdata.h"
#include "smartlists/smartlistexport.h"
#include "smartlists/smartlistquery.h"
#include "testworld.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

constexpr int accountCount = 100'000;

/**
 * The list's SQL with its values written in as literals, for the sqlite3 command line only:
 * the values are the benchmark's own dates and numbers, never user input.
 */
QString inlined(const BoundSql &sql)
{
    QString text;
    qsizetype next = 0;
    for (const QChar c : sql.sql) {
        if (c != QLatin1Char('?')) {
            text += c;
            continue;
        }
        const QVariant value = sql.values.at(next++);
        if (value.typeId() == QMetaType::QString)
            text += QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
        else
            text += QString::number(value.toLongLong());
    }
    return text;
}

qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        lines += chunk.count('\n');
    }
    return lines;
}

} // namespace

/**
 * Z6: exporting a 100,000-account smart list as CSV, next to the sqlite3 command line
 * exporting the same rows of the same file (`sqlite3 -csv -header FILE "SELECT …"`) in the
 * same run. Prints both times and the ratio (target: within 1.5×); asserts only that both
 * wrote every row.
 */
class BenchSmartLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportHundredThousand();
};

void BenchSmartLists::exportHundredThousand()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("sqlite3 is not installed (make deps installs it)");
    TestWorld world(QDate(2026, 3, 10));
    QElapsedTimer timer;
    timer.start();
    addManyAccounts(world.database(), world.owner.id, accountCount, world.clock().today());
    qInfo("%-52s %10.1f ms", "generate 100,000 accounts and periods", double(timer.elapsed()));

    const SmartList list = everyAccountList();
    const QString folder = QFileInfo(world.databasePath()).path();
    const QString ours = folder + QStringLiteral("/tierline.csv");
    const QString theirs = folder + QStringLiteral("/sqlite3.csv");

    // Both read a warm file: one untimed pass each first.
    const SmartListExport exporter(world.database(), world.catalog(), world.clock().today());
    TL_VERIFY_OK(exporter.toCsv(list, ours));
    const QString sql = inlined(
        SmartListQuery(list, world.clock().today(), world.catalog().trialSubscriberCap()).select());
    auto runSqlite = [&] {
        QProcess process;
        process.setStandardOutputFile(theirs);
        process.start(
            sqlite3,
            {QStringLiteral("-csv"), QStringLiteral("-header"), world.databasePath(), sql});
        return process.waitForFinished(600000) && process.exitCode() == 0;
    };
    QVERIFY(runSqlite());

    timer.restart();
    const auto outcome = exporter.toCsv(list, ours, {}, [](qint64, qint64) { return true; });
    const qint64 tierline = timer.nsecsElapsed();
    TL_VERIFY_OK(outcome);
    QCOMPARE(outcome->rows, qint64(accountCount));

    timer.restart();
    QVERIFY(runSqlite());
    const qint64 reference = timer.nsecsElapsed();

    QCOMPARE(lineCount(ours), qint64(accountCount + 1));
    QCOMPARE(lineCount(theirs), qint64(accountCount + 1));
    qInfo("%-52s %10.1f ms", "Tierline export, 100,000 rows (progress on)", tierline / 1e6);
    qInfo("%-52s %10.1f ms", "sqlite3 -csv -header, same rows, same file", reference / 1e6);
    qInfo("%-52s %10.2f x (target <= 1.5)", "ratio Tierline / sqlite3",
          double(tierline) / double(reference));
    qInfo("%-52s %10.1f MB / %.1f MB", "file sizes Tierline / sqlite3",
          QFileInfo(ours).size() / 1e6, QFileInfo(theirs).size() / 1e6);
}

QTEST_GUILESS_MAIN(BenchSmartLists)
#include "bench_smartlists.moc"
