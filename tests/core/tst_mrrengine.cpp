// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrr/exchangerates.h"
#include "mrr/mrrengine.h"
#include "storage/transaction.h"
#include "subscriptions/subscriptions.h"
#include "testworld.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;
using namespace Qt::StringLiterals;

namespace {

/** "2026-01-01..2026-01-31 1000 monthly" (".." with nothing after it: open). */
SubscriptionPeriod periodFrom(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    const QStringList days = parts.at(0).split(QStringLiteral(".."));
    SubscriptionPeriod p;
    p.source = PeriodSource::Manual;
    p.start = QDate::fromString(days.at(0), Qt::ISODate);
    p.end = days.value(1).isEmpty() ? QDate() : QDate::fromString(days.at(1), Qt::ISODate);
    p.amount = parts.at(1).toLongLong();
    p.interval = subscriptionIntervalFromKey(parts.value(2, QStringLiteral("monthly"))).value();
    return p;
}

/** Per month "mrr new expansion contraction churn reactivation". */
QString digest(const MrrMonth &m)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(m.mrr)
        .arg(m.newMrr)
        .arg(m.expansion)
        .arg(m.contraction)
        .arg(m.churn)
        .arg(m.reactivation);
}

} // namespace

class TestMrrEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesToMonthlyHalfUp_data();
    void normalisesToMonthlyHalfUp();
    void monthsAndMovements_data();
    void monthsAndMovements();
    void convertsAtTheRateValidOnTheLastDay();
    void missingRateIsAClearError();
    void ownerFilter();
    void parsesExactRates_data();
    void parsesExactRates();
    void movementsAddUpToTheChangeOnGeneratedData();
    void refusesBadRanges();
    void ratesChangedOnlyByAdminsAndSalesManagers();
};

void TestMrrEngine::normalisesToMonthlyHalfUp_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<qint64>("monthly");
    QTest::newRow("monthly stays") << qint64(1000) << u"monthly"_s << qint64(1000);
    QTest::newRow("quarterly 30.00 → 10.00") << qint64(3000) << u"quarterly"_s << qint64(1000);
    QTest::newRow("quarterly 10.00 → 3.33") << qint64(1000) << u"quarterly"_s << qint64(333);
    QTest::newRow("quarterly 10.01 → 3.34 (3.336)")
        << qint64(1001) << u"quarterly"_s << qint64(334);
    QTest::newRow("annual 120.00 → 10.00") << qint64(12000) << u"annual"_s << qint64(1000);
    QTest::newRow("annual 10.02 → 0.84 (0.835 half-up)")
        << qint64(1002) << u"annual"_s << qint64(84);
    QTest::newRow("annual 10.01 → 0.83 (0.834)") << qint64(1001) << u"annual"_s << qint64(83);
}

void TestMrrEngine::normalisesToMonthlyHalfUp()
{
    QFETCH(qint64, amount);
    QFETCH(QString, interval);
    QFETCH(qint64, monthly);
    QCOMPARE(monthlyRateOf(amount, subscriptionIntervalFromKey(interval).value()), monthly);
}

void TestMrrEngine::monthsAndMovements_data()
{
    QTest::addColumn<QStringList>("accountA");
    QTest::addColumn<QStringList>("accountB");
    QTest::addColumn<QStringList>("expected"); // Jan, Feb, Mar, Apr 2026
    const QStringList none;
    QTest::newRow("end on the month's last day counts")
        << QStringList {u"2026-01-01..2026-01-31 1000"_s} << none
        << QStringList {u"1000 1000 0 0 0 0"_s, u"0 0 0 0 -1000 0"_s, u"0 0 0 0 0 0"_s,
                        u"0 0 0 0 0 0"_s};
    QTest::newRow("end the day before the last day does not count")
        << QStringList {u"2026-01-01..2026-01-30 1000"_s} << none
        << QStringList {u"0 0 0 0 0 0"_s, u"0 0 0 0 0 0"_s, u"0 0 0 0 0 0"_s, u"0 0 0 0 0 0"_s};
    QTest::newRow("start on the last day counts")
        << QStringList {u"2026-02-28.. 1000"_s} << none
        << QStringList {u"0 0 0 0 0 0"_s, u"1000 1000 0 0 0 0"_s, u"1000 0 0 0 0 0"_s,
                        u"1000 0 0 0 0 0"_s};
    QTest::newRow("quarterly normalised")
        << QStringList {u"2026-01-15.. 3001 quarterly"_s} << none
        << QStringList {u"1000 1000 0 0 0 0"_s, u"1000 0 0 0 0 0"_s, u"1000 0 0 0 0 0"_s,
                        u"1000 0 0 0 0 0"_s};
    QTest::newRow("annual normalised") << QStringList {u"2026-01-15.. 12006 annual"_s} << none
                                       << QStringList {u"1001 1001 0 0 0 0"_s, u"1001 0 0 0 0 0"_s,
                                                       u"1001 0 0 0 0 0"_s, u"1001 0 0 0 0 0"_s};
    QTest::newRow("overlapping periods add")
        << QStringList {u"2026-01-01.. 1000"_s, u"2026-02-10..2026-03-31 500"_s} << none
        << QStringList {u"1000 1000 0 0 0 0"_s, u"1500 0 500 0 0 0"_s, u"1500 0 0 0 0 0"_s,
                        u"1000 0 0 -500 0 0"_s};
    QTest::newRow("new, expansion, contraction, churn, reactivation")
        << QStringList {u"2026-01-01..2026-01-31 1000"_s, u"2026-03-01.. 800"_s}
        << QStringList {u"2026-01-01..2026-02-14 2000"_s, u"2026-02-15..2026-03-31 2600"_s,
                        u"2026-04-01.. 2100"_s}
        << QStringList {u"3000 3000 0 0 0 0"_s, u"2600 0 600 0 -1000 0"_s, u"3400 0 0 0 0 800"_s,
                        u"2900 0 0 -500 0 0"_s};
    QTest::newRow("paid before the range: comes back as reactivation")
        << QStringList {u"2025-06-01..2025-07-31 700"_s, u"2026-02-01.. 700"_s} << none
        << QStringList {u"0 0 0 0 0 0"_s, u"700 0 0 0 0 700"_s, u"700 0 0 0 0 0"_s,
                        u"700 0 0 0 0 0"_s};
    QTest::newRow("paying since before the range: no movement in January")
        << QStringList {u"2025-06-01.. 700"_s} << none
        << QStringList {u"700 0 0 0 0 0"_s, u"700 0 0 0 0 0"_s, u"700 0 0 0 0 0"_s,
                        u"700 0 0 0 0 0"_s};
}

void TestMrrEngine::monthsAndMovements()
{
    QFETCH(QStringList, accountA);
    QFETCH(QStringList, accountB);
    QFETCH(QStringList, expected);
    TestWorld world;
    const SubscriptionService service(world.database(), world.catalog());
    for (const QStringList *periods : {&accountA, &accountB}) {
        if (periods->isEmpty())
            continue;
        const qint64 id = world.createAccount();
        for (const QString &text : *periods) {
            SubscriptionPeriod p = periodFrom(text);
            p.accountId = id;
            p.currency = QStringLiteral("USD");
            TL_VERIFY_OK(service.insert(p, world.admin.id));
        }
    }
    const auto series =
        MrrEngine(world.database()).series({QDate(2026, 1, 1), QDate(2026, 4, 1), 0, QString()});
    TL_VERIFY_OK(series);
    QCOMPARE(series->currency, QStringLiteral("USD"));
    QStringList actual;
    for (const MrrMonth &m : series->months)
        actual.append(digest(m));
    QCOMPARE(actual, expected);
    QCOMPARE(series->months.constFirst().key(), QStringLiteral("2026-01"));
}

void TestMrrEngine::convertsAtTheRateValidOnTheLastDay()
{
    TestWorld world;
    const SubscriptionService service(world.database(), world.catalog());
    const qint64 sek = world.createAccount(QStringLiteral("SEK"));
    SubscriptionPeriod p = periodFrom(QStringLiteral("2026-01-01.. 100005"));
    p.accountId = sek;
    p.currency = QStringLiteral("SEK");
    TL_VERIFY_OK(service.insert(p, 0));
    const ExchangeRates rates(world.database());
    TL_VERIFY_OK(rates.setRate(
        world.admin,
        {QStringLiteral("SEK"), QStringLiteral("USD"), QDate(2025, 1, 1), QStringLiteral("0.1")}));
    // From the last day of February: February is measured at the new rate.
    TL_VERIFY_OK(rates.setRate(world.admin,
                               {QStringLiteral("SEK"), QStringLiteral("USD"), QDate(2026, 2, 28),
                                QStringLiteral("0.0915")}));
    const auto series =
        MrrEngine(world.database()).series({QDate(2026, 1, 1), QDate(2026, 3, 1), 0, {}});
    TL_VERIFY_OK(series);
    // 1000.05 kr × 0.1 = 100.005 → 100.01; × 0.0915 = 91.504575 → 91.50.
    QCOMPARE(series->months.at(0).mrr, qint64(10001));
    QCOMPARE(series->months.at(0).newMrr, qint64(10001));
    QCOMPARE(series->months.at(1).mrr, qint64(9150));
    QCOMPARE(series->months.at(1).contraction, qint64(9150 - 10001));
    QCOMPARE(series->months.at(2).mrr, qint64(9150));

    // In SEK the same periods need no rate.
    const auto inSek =
        MrrEngine(world.database())
            .series({QDate(2026, 1, 1), QDate(2026, 3, 1), 0, QStringLiteral("SEK")});
    TL_VERIFY_OK(inSek);
    QCOMPARE(inSek->months.at(1).mrr, qint64(100005));

    TL_VERIFY_OK(rates.setReportingCurrency(world.admin, QStringLiteral("SEK")));
    QCOMPARE(*rates.reportingCurrency(), QStringLiteral("SEK"));
    QCOMPARE(
        MrrEngine(world.database()).series({QDate(2026, 1, 1), QDate(2026, 1, 1), 0, {}})->currency,
        QStringLiteral("SEK"));
}

void TestMrrEngine::missingRateIsAClearError()
{
    TestWorld world;
    const qint64 idr = world.createAccount(QStringLiteral("IDR"));
    SubscriptionPeriod p = periodFrom(QStringLiteral("2026-01-01.. 5000000"));
    p.accountId = idr;
    p.currency = QStringLiteral("IDR");
    TL_VERIFY_OK(SubscriptionService(world.database(), world.catalog()).insert(p, 0));
    const auto series =
        MrrEngine(world.database()).series({QDate(2026, 1, 1), QDate(2026, 2, 1), 0, {}});
    QVERIFY(!series);
    QCOMPARE(series.error().kind, Error::Kind::BadInput);
    QVERIFY2(series.error().message.contains(QStringLiteral("IDR")),
             qPrintable(series.error().message));
    QVERIFY(series.error().message.contains(QStringLiteral("2026-01-31")));
}

void TestMrrEngine::ownerFilter()
{
    TestWorld world;
    const SubscriptionService service(world.database(), world.catalog());
    const qint64 mine = world.createAccount();
    const qint64 theirs = world.createAccount();
    TL_VERIFY_OK(world.database().run(
        QStringLiteral("UPDATE accounts SET owner_id = ? WHERE id = ?"), {world.rep.id, theirs}));
    for (const auto &[id, amount] : {std::pair {mine, 1000}, std::pair {theirs, 300}}) {
        SubscriptionPeriod p = periodFrom(QStringLiteral("2026-01-01.. %1").arg(amount));
        p.accountId = id;
        p.currency = QStringLiteral("USD");
        TL_VERIFY_OK(service.insert(p, 0));
    }
    const MrrEngine engine(world.database());
    QCOMPARE(engine.series({QDate(2026, 1, 1), QDate(2026, 1, 1), 0, {}})->months.at(0).mrr,
             qint64(1300));
    QCOMPARE(
        engine.series({QDate(2026, 1, 1), QDate(2026, 1, 1), world.owner.id, {}})->months.at(0).mrr,
        qint64(1000));
    QCOMPARE(
        engine.series({QDate(2026, 1, 1), QDate(2026, 1, 1), world.rep.id, {}})->months.at(0).mrr,
        qint64(300));
    QCOMPARE(*engine.firstMonth(), QDate(2026, 1, 1));
}

void TestMrrEngine::parsesExactRates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::newRow("0.0915") << u"0.0915"_s << true << qint64(915) << qint64(10000);
    QTest::newRow("16250") << u"16250"_s << true << qint64(16250) << qint64(1);
    QTest::newRow("1.5") << u" 1.5 "_s << true << qint64(15) << qint64(10);
    QTest::newRow("zero") << u"0"_s << false << qint64(0) << qint64(0);
    QTest::newRow("negative") << u"-1"_s << false << qint64(0) << qint64(0);
    QTest::newRow("comma") << u"0,1"_s << false << qint64(0) << qint64(0);
    QTest::newRow("two points") << u"1.2.3"_s << false << qint64(0) << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0) << qint64(0);
    QTest::newRow("13 decimals") << u"0.0000000000001"_s << false << qint64(0) << qint64(0);
    QTest::newRow("empty") << u""_s << false << qint64(0) << qint64(0);
}

void TestMrrEngine::parsesExactRates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto rate = ExactRate::parse(text);
    QCOMPARE(rate.has_value(), valid);
    if (valid) {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QCOMPARE(rate->numerator, numerator);
        QCOMPARE(rate->denominator, denominator);
    }
}

void TestMrrEngine::movementsAddUpToTheChangeOnGeneratedData()
{
    TestWorld world;
    const SubscriptionService service(world.database(), world.catalog());
    TL_VERIFY_OK(ExchangeRates(world.database())
                     .setRate(world.admin,
                              {QStringLiteral("EUR"), QStringLiteral("USD"), QDate(2020, 1, 1),
                               QStringLiteral("1.0837")}));
    TL_VERIFY_OK(ExchangeRates(world.database())
                     .setRate(world.admin,
                              {QStringLiteral("EUR"), QStringLiteral("USD"), QDate(2025, 7, 17),
                               QStringLiteral("1.1213")}));
    QRandomGenerator random(42);
    QHash<qint64, QList<SubscriptionPeriod>> byAccount;
    const QDate first(2024, 1, 1);
    {
        WriteTransaction transaction(world.database());
        for (int a = 0; a < 150; ++a) {
            const QString currency = a % 3 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD");
            const qint64 id = world.createAccount(currency);
            QDate day = first.addDays(random.bounded(400));
            for (int n = random.bounded(1, 6); n > 0 && day < QDate(2026, 12, 31); --n) {
                SubscriptionPeriod p;
                p.accountId = id;
                p.currency = currency;
                p.amount = random.bounded(1, 500000);
                p.interval = SubscriptionInterval(random.bounded(3));
                p.start = day;
                if (random.bounded(4) != 0)
                    p.end = day.addDays(random.bounded(0, 300));
                TL_VERIFY_OK(service.insert(p, 0));
                p.monthlyRate = monthlyRateOf(p.amount, p.interval);
                byAccount[id].append(p);
                day = (p.end.isValid() ? p.end : day).addDays(random.bounded(-40, 90));
            }
        }
        TL_VERIFY_OK(transaction.commit());
    }
    const auto series =
        MrrEngine(world.database()).series({QDate(2023, 12, 1), QDate(2027, 6, 1), 0, {}});
    TL_VERIFY_OK(series);
    QVERIFY(series->months.size() == 43);
    for (qsizetype i = 1; i < series->months.size(); ++i) {
        const MrrMonth &m = series->months.at(i);
        QCOMPARE(m.change(), m.mrr - series->months.at(i - 1).mrr);
        QVERIFY(m.newMrr >= 0 && m.expansion >= 0 && m.reactivation >= 0);
        QVERIFY(m.contraction <= 0 && m.churn <= 0);
        // Brute force: each account's rates on the last day, converted as the engine does.
        qint64 expected = 0;
        const ExactRate eur =
            *ExactRate::parse(m.lastDay() >= QDate(2025, 7, 17) ? QStringLiteral("1.1213")
                                                                : QStringLiteral("1.0837"));
        for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
            const qint64 native = SubscriptionService::rateOn(it.value(), m.lastDay());
            expected += it.value().constFirst().currency == QLatin1String("EUR")
                ? eur.convert(native)
                : native;
        }
        QCOMPARE(m.mrr, expected);
    }
    QCOMPARE(series->months.constFirst().mrr, qint64(0));
}

void TestMrrEngine::refusesBadRanges()
{
    TestWorld world;
    const MrrEngine engine(world.database());
    QCOMPARE(engine.series({QDate(2026, 3, 1), QDate(2026, 1, 1), 0, {}}).error().kind,
             Error::Kind::BadInput);
    QCOMPARE(engine.series({QDate(2026, 1, 1), QDate(2026, 1, 1), 0, QStringLiteral("XYZ")})
                 .error()
                 .kind,
             Error::Kind::BadInput);
    QCOMPARE(MrrEngine::parseMonth(QStringLiteral("2026-02")), QDate(2026, 2, 1));
    QVERIFY(!MrrEngine::parseMonth(QStringLiteral("2026-13")).isValid());
    QVERIFY(!MrrEngine::parseMonth(QStringLiteral("2026-2")).isValid());
    QVERIFY(!engine.firstMonth()->isValid());
}

void TestMrrEngine::ratesChangedOnlyByAdminsAndSalesManagers()
{
    TestWorld world;
    const ExchangeRates rates(world.database());
    const ExchangeRate sek {QStringLiteral("SEK"), QStringLiteral("USD"), QDate(2026, 1, 1),
                            QStringLiteral("0.0915")};
    for (const Role role : {Role::Admin, Role::AccountOwner, Role::Reviewer, Role::SalesManager,
                            Role::SalesRep, Role::Ops}) {
        User user;
        user.name = QStringLiteral("Test User");
        user.role = role;
        user.permissions = defaultPermissions(role);
        const bool allowed = role == Role::Admin || role == Role::SalesManager;
        QCOMPARE(ExchangeRates::canChange(user), allowed);
        const Status set = rates.setRate(user, sek);
        const Status reporting = rates.setReportingCurrency(user, QStringLiteral("EUR"));
        const Status removed =
            rates.removeRate(user, sek.currency, sek.reportingCurrency, sek.validFrom);
        for (const Status *status : {&set, &reporting, &removed}) {
            QCOMPARE(status->ok(), allowed);
            if (!allowed) {
                QCOMPARE(status->error().kind, Error::Kind::Forbidden);
                QVERIFY2(status->error().message.contains(PermissionText::roleInSentence(role)),
                         qPrintable(status->error().message));
            }
        }
        if (role == Role::SalesRep)
            QVERIFY2(set.error().message.startsWith(QStringLiteral("Test User is a sales rep ")),
                     qPrintable(set.error().message));
        if (!allowed) {
            QVERIFY(rates.rates()->isEmpty());
            QCOMPARE(*rates.reportingCurrency(), QStringLiteral("USD"));
        }
        TL_VERIFY_OK(rates.setReportingCurrency(world.admin, QStringLiteral("USD")));
    }
}

QTEST_GUILESS_MAIN(TestMrrEngine)
#include "tst_mrrengine.moc"
