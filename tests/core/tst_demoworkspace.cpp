// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ledger.h"
#include "catalog/catalog.h"
#include "demo/demoworkspace.h"
#include "mrr/mrrengine.h"
#include "storage/database.h"
#include "testworld.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;

namespace {

std::unique_ptr<Database> openIn(const QTemporaryDir &folder, const QString &name)
{
    // A file in folder, or a fresh PostgreSQL schema (TIERLINE_TEST_ENGINE=postgresql).
    auto db = Database::open(Testing::TestWorld::newDatabaseLocation(folder.path(), name));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

/** Everything the demo billed, as comparable text. */
QString ledgerDigest(const Database &db)
{
    auto rows =
        db.run(QStringLiteral("SELECT account_id, entry_date, reason, amount, tier FROM ledger "
                              "ORDER BY account_id, entry_date, id"));
    QString digest;
    while (rows->next()) {
        for (int i = 0; i < 5; ++i)
            digest += rows->value(i).toString() + QLatin1Char(' ');
        digest += QLatin1Char('\n');
    }
    return digest;
}

qint64 count(const Database &db, const char *sql)
{
    return db.scalar(QString::fromLatin1(sql))->toLongLong();
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsAnEmptyDatabaseWithEveryKindOfAccount();
    void sameSeedGivesSameWorkspace();
    void refusesADatabaseWithData();
    void cancellingLeavesNothingBehind();
    void upgradeLinesComeInPairs();

private:
    QTemporaryDir m_folder;
};

void TestDemoWorkspace::fillsAnEmptyDatabaseWithEveryKindOfAccount()
{
    const auto db = openIn(m_folder, QStringLiteral("demo.sqlite"));
    QVERIFY(*DemoWorkspace::isEmpty(*db));
    const Status made =
        DemoWorkspace::generate(*db, Catalog::builtIn(), {24, 7, QDate(2026, 11, 22)});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QVERIFY(!*DemoWorkspace::isEmpty(*db));
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM accounts"), 24);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM users"), 8);
    // Every view has something to show: each Campaigns state appears.
    for (const char *status : {"none", "trial", "active", "stopped"}) {
        const auto n = db->scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE status = ?"),
                                  {QString::fromLatin1(status)});
        QVERIFY2(n->toInt() > 0, status);
    }
    QVERIFY(count(*db, "SELECT COUNT(*) FROM ledger WHERE reason = 'upgrade_charge'") > 0);
    QVERIFY(count(*db, "SELECT COUNT(*) FROM contacts WHERE status = 'pending_upgrade'") > 0);
    QVERIFY(count(*db, "SELECT COUNT(*) FROM audit_log") > 0);
    // Nothing is left for the scheduler: the workspace is up to date with its day.
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM campaigns WHERE next_event_on <= '2026-11-22'"), 0);

    // Z1–Z4: billing wrote periods for every account, sales added deals, and the MRR page has
    // figures in USD for the last twelve months, with movements.
    QCOMPARE(count(*db,
                   "SELECT COUNT(DISTINCT account_id) FROM subscription_periods "
                   "WHERE source = 'billing'"),
             24);
    QVERIFY(count(*db, "SELECT COUNT(*) FROM subscription_periods WHERE source = 'manual'") >= 6);
    const auto mrr = MrrEngine(*db).series({QDate(2025, 12, 1), QDate(2026, 11, 1), 0, QString()});
    QVERIFY2(mrr.ok(), mrr.ok() ? "" : qPrintable(mrr.error().message));
    QCOMPARE(mrr->currency, QStringLiteral("USD"));
    QVERIFY(mrr->months.constLast().mrr > 0);
    qint64 movements = 0;
    for (const MrrMonth &m : mrr->months)
        movements += m.newMrr + m.expansion - m.contraction - m.churn + m.reactivation;
    QVERIFY(movements > 0);
}

void TestDemoWorkspace::sameSeedGivesSameWorkspace()
{
    const auto first = openIn(m_folder, QStringLiteral("seed-a.sqlite"));
    const auto second = openIn(m_folder, QStringLiteral("seed-b.sqlite"));
    const DemoOptions options {10, 42, QDate(2026, 6, 30)};
    QVERIFY(DemoWorkspace::generate(*first, Catalog::builtIn(), options).ok());
    QVERIFY(DemoWorkspace::generate(*second, Catalog::builtIn(), options).ok());
    QVERIFY(!ledgerDigest(*first).isEmpty());
    QCOMPARE(ledgerDigest(*first), ledgerDigest(*second));
}

void TestDemoWorkspace::refusesADatabaseWithData()
{
    const auto db = openIn(m_folder, QStringLiteral("twice.sqlite"));
    QVERIFY(DemoWorkspace::generate(*db, Catalog::builtIn(), {3, 1, QDate(2026, 11, 22)}).ok());
    const QString before = ledgerDigest(*db);
    const Status again =
        DemoWorkspace::generate(*db, Catalog::builtIn(), {3, 1, QDate(2026, 11, 22)});
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::BadInput);
    QCOMPARE(ledgerDigest(*db), before);
}

void TestDemoWorkspace::cancellingLeavesNothingBehind()
{
    const auto db = openIn(m_folder, QStringLiteral("cancel.sqlite"));
    int calls = 0;
    const Status cancelled = DemoWorkspace::generate(
        *db, Catalog::builtIn(), {12, 1, QDate(2026, 11, 22)}, [&](int done, int) {
            ++calls;
            return done < 200;
        });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Refused);
    QVERIFY(calls > 100);
    QVERIFY(*DemoWorkspace::isEmpty(*db));
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM ledger"), 0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_log"), 0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM contacts"), 0);
}

void TestDemoWorkspace::upgradeLinesComeInPairs()
{
    const auto db = openIn(m_folder, QStringLiteral("pairs.sqlite"));
    QVERIFY(DemoWorkspace::generate(*db, Catalog::builtIn(), {24, 3, QDate(2026, 11, 22)}).ok());
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM ledger WHERE reason = 'upgrade_credit'"),
             count(*db, "SELECT COUNT(*) FROM ledger WHERE reason = 'upgrade_charge'"));
    // An upgrade never costs less than the credit it gives back.
    QCOMPARE(count(*db,
                   "SELECT COUNT(*) FROM ledger c JOIN ledger g ON g.account_id = c.account_id "
                   "AND g.event_key = replace(c.event_key, ':credit', ':charge') "
                   "WHERE c.reason = 'upgrade_credit' AND g.amount + c.amount < 0"),
             0);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
