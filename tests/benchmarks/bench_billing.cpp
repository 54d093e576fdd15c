// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/scheduler.h"
#include "billing/tierchangeplanner.h"
#include "demo/demoworkspace.h"
#include "testworld.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

/** Figures for the billing core: what one slider step and one billing day cost. */
class BenchBilling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteOneSliderStep();
    void quoteFromTheDatabase();
    void schedulerDayOverDemoBook();
};

void BenchBilling::quoteOneSliderStep()
{
    const TierChangePlanner planner(Catalog::builtIn());
    TierChangeQuestion question {QStringLiteral("SEK"),
                                 BillingInterval::Monthly,
                                 12000,
                                 13000,
                                 {QDate(2026, 3, 1), QDate(2026, 4, 1)},
                                 QDate(2026, 3, 15),
                                 11500,
                                 {}};
    int tier = 1000;
    QBENCHMARK
    {
        question.toTier = tier;
        const auto quote = planner.quote(question);
        Q_ASSERT(quote.ok());
        tier = tier == 50000 ? 12000 : tier + 1000;
    }
}

void BenchBilling::quoteFromTheDatabase()
{
    // The worst case of a preview step: the subscribed count from SQL (19,000 contacts) and
    // the planner. A dialog that counts once and then only asks the planner pays what
    // quoteOneSliderStep reports. Target for a step: well under 2 ms.
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount(QStringLiteral("EUR"));
    world.buyCampaigns(id, 20000);
    world.addContacts(id, 19000);
    world.clock().setToday(QDate(2026, 3, 17));
    const Account account = world.account(id);
    int tier = 20000;
    QBENCHMARK
    {
        const auto quote = world.billing().quoteTierChange(account, tier);
        Q_ASSERT(quote.ok());
        tier = tier == 50000 ? 20000 : tier + 1000;
    }
}

void BenchBilling::schedulerDayOverDemoBook()
{
    QTemporaryDir folder;
    auto db = Database::openSqlite(folder.filePath(QStringLiteral("book.sqlite")));
    QVERIFY(db.ok());
    const Status made =
        DemoWorkspace::generate(**db, Catalog::builtIn(), {200, 5, QDate(2026, 11, 22)});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    FixedClock clock(QDate(2026, 11, 22));
    const Scheduler scheduler(**db, Catalog::builtIn(), clock);
    QDate day(2026, 11, 23);
    QBENCHMARK
    {
        const auto applied = scheduler.runUntil(day);
        Q_ASSERT(applied.ok());
        day = day.addDays(1);
    }
}

QTEST_GUILESS_MAIN(BenchBilling)
#include "bench_billing.moc"
