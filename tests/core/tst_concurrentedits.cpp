// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// X7: concurrent edits. A change computed on data someone else has changed since is refused as
// a Conflict; two programs changing the same accounts at once lose and double nothing. Runs on
// SQLite, and on PostgreSQL with TIERLINE_TEST_ENGINE=postgresql.
#include "clirun.h"
#include "testworld.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

qint64 auditCount(TestWorld &world)
{
    return world.database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
}

qint64 balance(TestWorld &world, qint64 accountId)
{
    const auto total = Ledger(world.database()).balance(accountId);
    if (!total)
        qFatal("cannot read the balance: %s", qPrintable(total.error().message));
    return *total;
}

/**
 * One program's loop of changes, as a script would write it: remember each account's version
 * and tier from what tierline-cli last printed, and upgrade by one tier step with
 * `--expect-version`. Another loop changes the same accounts, so what a loop remembers goes
 * stale; a refused change makes it read the account again. Each step is one separate
 * tierline-cli process, run one after the other.
 */
class CliLoop : public QObject
{
public:
    CliLoop(QStringList global, QList<qint64> accounts, int changes)
        : m_global(std::move(global))
        , m_accounts(std::move(accounts))
        , m_changes(changes)
    {
        connect(&m_process, &QProcess::finished, this, &CliLoop::stepFinished);
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
            if (m_process.state() == QProcess::NotRunning)
                stop(QStringLiteral("cannot run tierline-cli: ") + m_process.errorString());
        });
    }

    void start() { next(); }
    bool done() const { return m_done; }

    QString failure;
    int successes = 0;
    int conflicts = 0;
    qint64 charged = 0;
    QHash<qint64, int> upgrades;

private:
    struct Known
    {
        qint64 version;
        int tier;
    };

    qint64 account() const { return m_accounts.at(m_step % m_accounts.size()); }

    void next()
    {
        if (m_step == m_changes) {
            m_done = true;
            return;
        }
        const qint64 id = account();
        QStringList arguments = m_global;
        if (!m_known.contains(id)) {
            m_reading = true;
            arguments << QStringLiteral("account") << QString::number(id);
        } else {
            m_reading = false;
            arguments << QStringLiteral("--expect-version")
                      << QString::number(m_known.value(id).version) << QStringLiteral("set-tier")
                      << QString::number(id) << QStringLiteral("--tier")
                      << QString::number(m_known.value(id).tier + 1000);
        }
        m_process.start(qEnvironmentVariable("TIERLINE_CLI"), arguments);
    }

    void stop(const QString &why)
    {
        failure = why;
        m_done = true;
    }

    void stepFinished(int exitCode, QProcess::ExitStatus status)
    {
        const QByteArray out = m_process.readAllStandardOutput();
        const QByteArray err = m_process.readAllStandardError();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        const qint64 id = account();
        if (status != QProcess::NormalExit)
            return stop(QStringLiteral("tierline-cli crashed: ") + QString::fromUtf8(err));
        if (exitCode == 0) {
            m_known.insert(id,
                           {json.value(QStringLiteral("version")).toInteger(),
                            json.value(QStringLiteral("campaigns"))
                                .toObject()
                                .value(QStringLiteral("tier"))
                                .toInt()});
            if (!m_reading) {
                ++successes;
                ++upgrades[id];
                charged += json.value(QStringLiteral("change"))
                               .toObject()
                               .value(QStringLiteral("charged_today"))
                               .toInteger();
                ++m_step;
            }
        } else if (exitCode == 3 && !m_reading
                   && json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind"))
                       == QLatin1String("conflict")) {
            // Refused on stale data (or the other program held the write lock too long):
            // nothing was booked; read the account again and count the step as done.
            ++conflicts;
            m_known.remove(id);
            ++m_step;
        } else {
            return stop(QStringLiteral("tierline-cli exited with %1: %2 %3")
                            .arg(exitCode)
                            .arg(QString::fromUtf8(out), QString::fromUtf8(err)));
        }
        next();
    }

    QStringList m_global;
    QList<qint64> m_accounts;
    int m_changes;
    int m_step = 0;
    bool m_reading = false;
    bool m_done = false;
    QHash<qint64, Known> m_known;
    QProcess m_process;
};

} // namespace

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleChangeIsRefusedAsConflict();
    void currentVersionIsAccepted();
    void cliRefusesStaleVersion();
    void twoProgramsLoseAndDoubleNothing();
};

void TestConcurrentEdits::staleChangeIsRefusedAsConflict()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 2000);
    const Account seen = world.account(id); // what one user has on screen

    // Someone else upgrades meanwhile.
    TL_VERIFY_OK(world.billing().changeTier(world.admin, id, 3000));
    const qint64 audited = auditCount(world);
    const qint64 booked = balance(world, id);

    world.billing().expectVersion(id, seen.version);
    const auto stale = world.billing().changeTier(world.owner, id, 5000);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("changed by someone else")),
             qPrintable(stale.error().message));
    QVERIFY(stale.error().message.contains(seen.name));
    QCOMPARE(world.account(id).campaigns.tier, 3000);
    QCOMPARE(auditCount(world), audited);
    QCOMPARE(balance(world, id), booked);

    // The expectation was used up: the next action is not checked against it.
    TL_VERIFY_OK(world.billing().cancel(world.owner, id));
}

void TestConcurrentEdits::currentVersionIsAccepted()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 2000);
    const Account seen = world.account(id);
    world.billing().expectVersion(id, seen.version);
    const auto upgraded = world.billing().changeTier(world.owner, id, 4000);
    TL_VERIFY_OK(upgraded);
    QCOMPARE(world.account(id).campaigns.tier, 4000);
    QVERIFY(world.account(id).version > seen.version);
}

void TestConcurrentEdits::cliRefusesStaleVersion()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 2000);
    const qint64 seen = world.account(id).version;
    TL_VERIFY_OK(world.billing().changeTier(world.admin, id, 3000));

    const QStringList global {QStringLiteral("--db"),    world.databasePath(),
                              QStringLiteral("--today"), QStringLiteral("2026-03-10"),
                              QStringLiteral("--as"),    QStringLiteral("anna"),
                              QStringLiteral("--json")};
    CliRun refused =
        runCli(global
               + QStringList {QStringLiteral("--expect-version"), QString::number(seen),
                              QStringLiteral("set-tier"), QString::number(id),
                              QStringLiteral("--tier"), QStringLiteral("4000")});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("conflict"));
    QCOMPARE(world.account(id).campaigns.tier, 3000);

    CliRun bad = runCli(global
                        + QStringList {QStringLiteral("--expect-version"), QStringLiteral("x"),
                                       QStringLiteral("set-tier"), QString::number(id),
                                       QStringLiteral("--tier"), QStringLiteral("4000")});
    QCOMPARE(bad.exitCode, 2);

    CliRun accepted = runCli(global
                             + QStringList {QStringLiteral("--expect-version"),
                                            QString::number(world.account(id).version),
                                            QStringLiteral("set-tier"), QString::number(id),
                                            QStringLiteral("--tier"), QStringLiteral("4000")});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(world.account(id).campaigns.tier, 4000);
}

void TestConcurrentEdits::twoProgramsLoseAndDoubleNothing()
{
    if (qEnvironmentVariableIsEmpty("TIERLINE_CLI"))
        QSKIP("TIERLINE_CLI is set by CTest");
    TestWorld world;
    QList<qint64> accounts;
    QHash<qint64, qint64> before;
    for (int i = 0; i < 6; ++i) {
        const qint64 id = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                              QStringLiteral("Account %1").arg(i + 1));
        world.buyCampaigns(id, 1000);
        accounts.append(id);
        before.insert(id, balance(world, id));
    }
    const qint64 auditedBefore = auditCount(world);

    const QStringList global {QStringLiteral("--db"),    world.databasePath(),
                              QStringLiteral("--today"), QStringLiteral("2026-03-20"),
                              QStringLiteral("--as"),    QStringLiteral("anna"),
                              QStringLiteral("--json")};
    // Day 20 of the cycle: every upgrade books a prorated credit and charge.
    QList<qint64> reversed = accounts;
    std::reverse(reversed.begin(), reversed.end());
    const int changes = 100;
    CliLoop first(global, accounts, changes);
    CliLoop second(global, reversed, changes);
    first.start();
    second.start();
    QTRY_VERIFY_WITH_TIMEOUT(first.done() && second.done(), 900000);
    QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
    QVERIFY2(second.failure.isEmpty(), qPrintable(second.failure));
    QCOMPARE(first.successes + first.conflicts, changes);
    QCOMPARE(second.successes + second.conflicts, changes);
    qInfo("upgrades booked %d + %d, refused as conflicts %d + %d", first.successes,
          second.successes, first.conflicts, second.conflicts);

    // Every booked upgrade is in the book exactly once, and nothing else is.
    qint64 ledgerGrowth = 0;
    for (const qint64 id : accounts) {
        const int upgrades = first.upgrades.value(id) + second.upgrades.value(id);
        QCOMPARE(world.account(id).campaigns.tier, 1000 + 1000 * upgrades);
        ledgerGrowth += balance(world, id) - before.value(id);
    }
    QCOMPARE(ledgerGrowth, first.charged + second.charged);
    QCOMPARE(auditCount(world) - auditedBefore, qint64(first.successes + second.successes));
}

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
