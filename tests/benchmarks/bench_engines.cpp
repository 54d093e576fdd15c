// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The team server next to the laptop (X1): the same generated book on SQLite and on a
// throwaway PostgreSQL server (tests/support/pgserver.h, a Unix socket on this machine),
// and the reads people wait for timed on both in the same run: the MRR series, a smart
// list exported as CSV, and contact counts. Prints both figures and the ratio; asserts
// only that both engines give the same answers, never on time.
#include "benchdata.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "mrr/mrrengine.h"
#include "pgserver.h"
#include "smartlists/smartlistexport.h"
#include "smartlists/smartliststore.h"
#include "storage/database.h"
#include "testworld.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <functional>
#include <limits>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

constexpr int accountCount = 100'000;
constexpr int contactCount = 1'000'000;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class BenchEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mrrSeries();
    void mrrSeriesForOneOwner();
    void exportEveryAccount();
    void exportEndingSoon();
    void contactCounts();
    void contactTextSearchCount();
    void cleanupTestCase();

private:
    struct Engine
    {
        const char *name;
        std::unique_ptr<Database> database;
        MrrBook book;
        qint64 contactsAccount = 0;
    };
    /** What one side computed, to compare with the other; its time is measured around it. */
    using Work = std::function<QByteArray(Engine &)>;

    /** Runs work runs times on each engine, prints the best times and their ratio. */
    void compare(const char *what, int runs, const Work &work);

    QTemporaryDir m_folder;
    std::array<Engine, 2> m_engines {Engine {"SQLite", {}, {}, 0},
                                     Engine {"PostgreSQL", {}, {}, 0}};
    QStringList m_summary;
    const QDate m_today {2025, 12, 15};
};

void BenchEngines::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QString whyNot;
    PostgreSqlServer *server = PostgreSqlServer::instance(&whyNot);
    if (!server)
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL to compare with: ") + whyNot));

    auto sqlite = Database::openSqlite(m_folder.filePath(QStringLiteral("bench.sqlite")));
    TL_VERIFY_OK(sqlite);
    m_engines[0].database = std::move(sqlite).value();
    auto postgres = Database::openPostgreSql(server->newDatabaseUrl());
    TL_VERIFY_OK(postgres);
    m_engines[1].database = std::move(postgres).value();

    for (Engine &engine : m_engines) {
        QElapsedTimer timer;
        timer.start();
        engine.book = generateMrrBook(*engine.database, accountCount);
        const qint64 book = timer.restart();
        engine.contactsAccount =
            engine.database->scalar(QStringLiteral("SELECT MIN(id) FROM accounts"))->toLongLong();
        generateContacts(*engine.database, engine.contactsAccount, contactCount);
        const qint64 contacts = timer.restart();
        // A server's autovacuum vacuums and analyzes fresh tables soon after a bulk load; this
        // run does not wait for it. SQLite keeps no statistics unless asked, and Tierline
        // never asks.
        if (engine.database->engine() == Database::Engine::PostgreSql)
            TL_VERIFY_OK(engine.database->run(QStringLiteral("VACUUM ANALYZE")));
        qInfo("%-10s generated %lld accounts, %lld periods in %lld ms; %d contacts in %lld ms",
              engine.name, engine.book.accounts, engine.book.periods, book, contactCount, contacts);
    }
    QCOMPARE(m_engines[0].book.periods, m_engines[1].book.periods);
}

void BenchEngines::compare(const char *what, int runs, const Work &work)
{
    if (!m_engines[1].database)
        QSKIP("no PostgreSQL");
    std::array<qint64, 2> best {std::numeric_limits<qint64>::max(),
                                std::numeric_limits<qint64>::max()};
    std::array<QByteArray, 2> answers;
    // Alternate the engines run by run, so that neither gets the quieter moments of the
    // machine; the first pass of each warms its caches and counts like the others.
    for (int run = 0; run < runs; ++run) {
        for (size_t e = 0; e < m_engines.size(); ++e) {
            QElapsedTimer timer;
            timer.start();
            answers[e] = work(m_engines[e]);
            best[e] = std::min(best[e], timer.nsecsElapsed());
            if (answers[e].isNull())
                QFAIL(qPrintable(QStringLiteral("%1 failed on %2")
                                     .arg(QLatin1String(what), QLatin1String(m_engines[e].name))));
        }
    }
    QCOMPARE(answers[1], answers[0]);
    const QString line = QStringLiteral("%1 %2 ms %3 ms %4 x")
                             .arg(QString::fromLatin1(what), -52)
                             .arg(best[0] / 1e6, 9, 'f', 1)
                             .arg(best[1] / 1e6, 9, 'f', 1)
                             .arg(double(best[1]) / double(best[0]), 7, 'f', 2);
    m_summary.append(line);
    qInfo("%s", qPrintable(line));
}

void BenchEngines::mrrSeries()
{
    compare("MRR series, 60 months, all owners (best of 3)", 3, [](Engine &engine) {
        const auto series =
            MrrEngine(*engine.database)
                .series({QDate(2021, 1, 1), QDate(2025, 12, 1), 0, QStringLiteral("USD")});
        if (!series || series->months.size() != 60)
            return QByteArray();
        QByteArray text;
        for (const MrrMonth &month : series->months)
            text += QByteArray::number(month.mrr) + ' ' + QByteArray::number(month.newMrr) + ' '
                + QByteArray::number(month.churn) + '\n';
        return text;
    });
}

void BenchEngines::mrrSeriesForOneOwner()
{
    compare("MRR series, 60 months, one owner of 20", 3, [](Engine &engine) {
        const auto series = MrrEngine(*engine.database)
                                .series({QDate(2021, 1, 1), QDate(2025, 12, 1),
                                         engine.book.ownerIds.at(2), QStringLiteral("USD")});
        if (!series)
            return QByteArray();
        QByteArray text;
        for (const MrrMonth &month : series->months)
            text += QByteArray::number(month.mrr) + '\n';
        return text;
    });
}

void BenchEngines::exportEveryAccount()
{
    const SmartList list = everyAccountList();
    compare("smart list CSV export, 100,000 accounts", 3, [&](Engine &engine) {
        const QString path =
            m_folder.filePath(QStringLiteral("%1-all.csv").arg(QLatin1String(engine.name)));
        QFile::remove(path);
        const auto written = SmartListExport(*engine.database, Catalog::builtIn(), m_today)
                                 .toCsv(list, path, {}, [](qint64, qint64) { return true; });
        return written && written->rows == accountCount ? fileHash(path) : QByteArray();
    });
}

void BenchEngines::exportEndingSoon()
{
    const QList<SmartList> builtIns = SmartListStore::builtIns();
    const auto endingSoon =
        std::find_if(builtIns.cbegin(), builtIns.cend(), [](const SmartList &list) {
            return list.builtInKey == QLatin1String("ending_soon");
        });
    QVERIFY(endingSoon != builtIns.cend());
    compare("smart list CSV export, Subscriptions ending soon", 3, [&](Engine &engine) {
        const QString path =
            m_folder.filePath(QStringLiteral("%1-soon.csv").arg(QLatin1String(engine.name)));
        QFile::remove(path);
        const auto written =
            SmartListExport(*engine.database, Catalog::builtIn(), m_today).toCsv(*endingSoon, path);
        return written && written->rows > 0 ? fileHash(path) : QByteArray();
    });
}

void BenchEngines::contactCounts()
{
    compare("contact counts of 1,000,000 (status, marketing)", 5, [](Engine &engine) {
        const ContactService contacts(*engine.database, Catalog::builtIn());
        const auto counts = contacts.counts(engine.contactsAccount);
        const auto byStatus = contacts.countByStatus(engine.contactsAccount);
        if (!counts || !byStatus || counts->total != contactCount)
            return QByteArray();
        QByteArray text = QByteArray::number(counts->subscribed) + ' '
            + QByteArray::number(counts->pendingUpgrade) + ' ' + QByteArray::number(counts->total);
        for (auto it = byStatus->cbegin(); it != byStatus->cend(); ++it)
            text += ' ' + QByteArray::number(it.value());
        return text;
    });
}

void BenchEngines::contactTextSearchCount()
{
    compare("contacts matching a text, of 1,000,000", 3, [](Engine &engine) {
        ContactFilter filter;
        filter.text = QStringLiteral("ACT12345");
        const auto matching = ContactService(*engine.database, Catalog::builtIn())
                                  .countMatching(engine.contactsAccount, filter);
        return matching && *matching > 0 ? QByteArray::number(*matching) : QByteArray();
    });
}

void BenchEngines::cleanupTestCase()
{
    if (m_summary.isEmpty())
        return;
    qInfo("%s",
          qPrintable(QStringLiteral("%1 %2    %3    %4")
                         .arg(QStringLiteral("same book, best times"), -52)
                         .arg(QStringLiteral("SQLite"), 9)
                         .arg(QStringLiteral("PostgreSQL"), 9)
                         .arg(QStringLiteral("PG/SQLite"))));
    for (const QString &line : std::as_const(m_summary))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(BenchEngines)
#include "bench_engines.moc"
