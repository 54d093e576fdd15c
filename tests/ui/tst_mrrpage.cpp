// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"
#include "money/moneyformat.h"
#include "mrr/exchangerates.h"
#include "mrr/mrrcharts.h"
#include "mrr/mrrengine.h"
#include "mrr/mrrpage.h"
#include "mrr/mrrtablemodel.h"
#include "settings/exchangeratescard.h"
#include "settings/settingspage.h"
#include "subscriptions/subscriptions.h"
#include "testworld.h"
#include "widgets/filedialog.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

class TestMrrPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tableAndChartsShowTheEngineFigures();
    void presetsAndCustomRange();
    void ownerFilter();
    void hoverShowsTheMonthsFigures();
    void savesTheChartAsPng();
    void missingRateIsShown();
    void exchangeRatesInSettings();
    void exchangeRatesReadOnlyForOthers();
    void screenshots();

private:
    /** Two owners' accounts with deals over 2025–2026; today is 15 June 2026. */
    void fill(TestWorld &world);
};

void TestMrrPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMrrPage::cleanup()
{
    FileDialog::clearNextFileName();
}

void TestMrrPage::fill(TestWorld &world)
{
    world.clock().setToday(QDate(2026, 6, 15));
    const SubscriptionService service(world.database(), world.catalog());
    struct Deal
    {
        const char *name;
        bool rep;
        qint64 amount;
        QDate start;
        QDate end;
    };
    const Deal deals[] = {
        {"Nordljus Design", false, 50000, QDate(2025, 3, 1), QDate(2025, 12, 31)},
        {"Nordljus Design", false, 65000, QDate(2026, 1, 1), QDate()},
        {"Solvik Media", true, 30000, QDate(2025, 7, 10), QDate(2026, 2, 27)},
        {"Solvik Media", true, 30000, QDate(2026, 5, 1), QDate()},
        {"Merapi Tekstil", true, 12000, QDate(2025, 9, 1), QDate()},
        {"Merapi Tekstil", true, 8000, QDate(2026, 3, 1), QDate(2026, 8, 31)},
    };
    QHash<QString, qint64> ids;
    for (const Deal &d : deals) {
        const QString name = QString::fromUtf8(d.name);
        if (!ids.contains(name)) {
            ids.insert(name,
                       world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly, name));
            if (d.rep)
                TL_VERIFY_OK(world.database().run(
                    QStringLiteral("UPDATE accounts SET owner_id = ? WHERE id = ?"),
                    {world.rep.id, ids.value(name)}));
        }
        SubscriptionPeriod p;
        p.accountId = ids.value(name);
        p.currency = QStringLiteral("USD");
        p.amount = d.amount;
        p.start = d.start;
        p.end = d.end;
        TL_VERIFY_OK(service.insert(p, 0));
    }
}

void TestMrrPage::tableAndChartsShowTheEngineFigures()
{
    TestWorld world;
    fill(world);
    MrrPage page(world.database(), world.clock());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 12);
    QCOMPARE(page.firstMonth(), QDate(2025, 7, 1));
    const auto series =
        *MrrEngine(world.database()).series({QDate(2025, 7, 1), QDate(2026, 6, 1), 0, {}});
    for (int row = 0; row < 12; ++row) {
        const MrrMonth &m = series.months.at(row);
        QCOMPARE(page.model()
                     ->index(row, MrrTableModel::Mrr)
                     .data(MrrTableModel::AmountRole)
                     .toLongLong(),
                 m.mrr);
        QCOMPARE(page.model()->index(row, MrrTableModel::NetChange).data().toString(),
                 formatMoney(Money(m.change(), QStringLiteral("USD"))));
        QCOMPARE(page.charts()->mrrLine()->at(row).y(), qreal(m.mrr) / 100);
        QCOMPARE(page.charts()->movementSet(MrrCharts::Churn)->at(row), qreal(m.churn) / 100);
        QCOMPARE(page.charts()->movementSet(MrrCharts::New)->at(row), qreal(m.newMrr) / 100);
    }
    const QList<QChartView *> views = page.charts()->findChildren<QChartView *>();
    QCOMPARE(views.size(), 2);
    for (QChartView *view : views) {
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(view);
        QVERIFY(face && !face->text(QAccessible::Name).isEmpty());
        QVERIFY(face->text(QAccessible::Description).contains(QStringLiteral("table")));
    }
    // January 2026: Nordljus ended on 31 December and renewed on 1 January at a higher rate.
    QCOMPARE(page.model()->index(6, MrrTableModel::Month).data().toString(),
             QStringLiteral("Jan 2026"));
    QCOMPARE(series.months.at(6).expansion, qint64(15000));
    // February 2026: Solvik ends on the 27th, before the last day: churn in February.
    QCOMPARE(series.months.at(7).churn, qint64(-30000));
    QCOMPARE(child<QLabel>(page, "reportingCurrencyLabel")->text(),
             QStringLiteral("Amounts in USD"));
}

void TestMrrPage::presetsAndCustomRange()
{
    TestWorld world;
    fill(world);
    MrrPage page(world.database(), world.clock());
    page.show();
    auto *range = child<QComboBox>(page, "rangeCombo");
    range->setCurrentIndex(1);
    Q_EMIT range->activated(1);
    QCOMPARE(page.model()->rowCount(), 24);
    page.setRange(MrrPage::Range::All);
    QCOMPARE(page.firstMonth(), QDate(2025, 3, 1));
    QCOMPARE(page.model()->rowCount(), 16);
    page.setCustomRange(QDate(2025, 11, 20), QDate(2026, 2, 3));
    QCOMPARE(page.model()->rowCount(), 4);
    QCOMPARE(page.charts()->monthCount(), 4);
    QVERIFY(child<QWidget>(page, "fromMonthEdit")->isEnabled());
    page.setRange(MrrPage::Range::Last12Months);
    QVERIFY(!child<QWidget>(page, "fromMonthEdit")->isEnabled());
    QCOMPARE(page.model()->rowCount(), 12);
}

void TestMrrPage::ownerFilter()
{
    TestWorld world;
    fill(world);
    MrrPage page(world.database(), world.clock());
    page.show();
    const qint64 all =
        page.model()->index(11, MrrTableModel::Mrr).data(MrrTableModel::AmountRole).toLongLong();
    QCOMPARE(all, qint64(65000 + 30000 + 12000 + 8000));
    page.setOwner(world.rep.id);
    QCOMPARE(
        page.model()->index(11, MrrTableModel::Mrr).data(MrrTableModel::AmountRole).toLongLong(),
        qint64(30000 + 12000 + 8000));
    QCOMPARE(child<QComboBox>(page, "ownerCombo")->currentText(), world.rep.name);
}

void TestMrrPage::hoverShowsTheMonthsFigures()
{
    TestWorld world;
    fill(world);
    MrrPage page(world.database(), world.clock());
    page.show();
    QLineSeries *line = page.charts()->mrrLine();
    Q_EMIT line->hovered(QPointF(11, 0), true);
    QCOMPARE(child<QLabel>(page, "hoverLabel")->text(), QStringLiteral("Jun 2026: MRR $1,150.00"));
    QCOMPARE(page.charts()->movementHoverText(MrrCharts::Reactivation, 10),
             QStringLiteral("May 2026: Reactivation $300.00 (net change $300.00)"));
}

void TestMrrPage::savesTheChartAsPng()
{
    TestWorld world;
    fill(world);
    MrrPage page(world.database(), world.clock());
    page.resize(900, 700);
    page.show();
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("mrr.png"));
    FileDialog::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>(page, "saveChartButton"), Qt::LeftButton);
    QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300 && image.height() > 300);
    FileDialog::setNextFileName(QString());
    QVERIFY(!page.saveChartAsPng());
}

void TestMrrPage::missingRateIsShown()
{
    TestWorld world;
    fill(world);
    const qint64 sek = world.createAccount(QStringLiteral("SEK"));
    SubscriptionPeriod p;
    p.accountId = sek;
    p.currency = QStringLiteral("SEK");
    p.amount = 100000;
    p.start = QDate(2026, 1, 1);
    TL_VERIFY_OK(SubscriptionService(world.database(), world.catalog()).insert(p, 0));
    MrrPage page(world.database(), world.clock());
    page.show();
    auto *error = child<QLabel>(page, "mrrErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("SEK")));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(page, "saveChartButton")->isEnabled());

    ExchangeRatesCard card(world.database(), world.clock());
    card.setActor(world.admin);
    QVERIFY(card.addRate(QStringLiteral("SEK"), QDate(2020, 1, 1), QStringLiteral("0.1")));
    page.refresh();
    QVERIFY(!error->isVisible());
    QCOMPARE(
        page.model()->index(11, MrrTableModel::Mrr).data(MrrTableModel::AmountRole).toLongLong(),
        qint64(115000 + 10000));
}

void TestMrrPage::exchangeRatesInSettings()
{
    TestWorld world;
    SettingsPage settings;
    auto *card = new ExchangeRatesCard(world.database(), world.clock());
    card->setActor(world.admin);
    settings.addSection(card);
    settings.show();
    QSignalSpy changed(card, &ExchangeRatesCard::ratesChanged);
    QVERIFY(!card->addRate(QStringLiteral("SEK"), QDate(2026, 1, 1), QStringLiteral("0,1")));
    QVERIFY(child<QLabel>(*card, "ratesErrorLabel")->isVisible());
    QCOMPARE(changed.count(), 0);
    QVERIFY(card->addRate(QStringLiteral("SEK"), QDate(2026, 1, 1), QStringLiteral("0.0915")));
    QVERIFY(!child<QLabel>(*card, "ratesErrorLabel")->isVisible());
    auto *table = child<QTableWidget>(*card, "ratesTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0.0915"));
    QVERIFY(card->chooseReportingCurrency(QStringLiteral("EUR")));
    QCOMPARE(*ExchangeRates(world.database()).reportingCurrency(), QStringLiteral("EUR"));
    QCOMPARE(changed.count(), 2);
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(*card, "removeRateButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
}

void TestMrrPage::exchangeRatesReadOnlyForOthers()
{
    TestWorld world; // 10 Mar 2026
    ExchangeRatesCard card(world.database(), world.clock());
    card.setActor(world.rep);
    card.show();
    // The day a new rate applies from is the clock's today, not the computer's.
    QCOMPARE(child<QDateEdit>(card, "rateValidFromEdit")->date(), QDate(2026, 3, 10));
    auto *reason = child<QLabel>(card, "ratesReadOnlyLabel");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(world.rep.name), qPrintable(reason->text()));
    for (const char *name : {"reportingCurrencyCombo", "rateEdit", "addRateButton"})
        QVERIFY2(!child<QWidget>(card, name)->isEnabled(), name);
    // The core refuses them anyway.
    QVERIFY(!card.addRate(QStringLiteral("SEK"), QDate(2026, 1, 1), QStringLiteral("0.0915")));
    QVERIFY(child<QLabel>(card, "ratesErrorLabel")->isVisible());
    QVERIFY(ExchangeRates(world.database()).rates()->isEmpty());

    card.setActor(world.admin);
    QVERIFY(!reason->isVisible());
    QVERIFY(child<QPushButton>(card, "addRateButton")->isEnabled());
    QVERIFY(card.addRate(QStringLiteral("SEK"), QDate(2026, 1, 1), QStringLiteral("0.0915")));
}

void TestMrrPage::screenshots()
{
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restoreLanguage = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWorld world;
    fill(world);
    MrrPage page(world.database(), world.clock());
    page.resize(1000, 740);
    page.show();
    page.setRange(MrrPage::Range::All);
    QVERIFY(shoot(&page, folder, "mrr.png"));
    SettingsPage settings;
    auto *card = new ExchangeRatesCard(world.database(), world.clock());
    card->setActor(world.admin);
    settings.addSection(card);
    QVERIFY(card->addRate(QStringLiteral("SEK"), QDate(2026, 1, 1), QStringLiteral("0.0915")));
    QVERIFY(card->addRate(QStringLiteral("EUR"), QDate(2026, 1, 1), QStringLiteral("1.0837")));
    settings.resize(900, 620);
    settings.show();
    QVERIFY(shoot(&settings, folder, "exchange_rates.png"));
    card->setActor(world.rep);
    QVERIFY(shoot(&settings, folder, "exchange_rates_read_only.png"));
}

QTEST_MAIN(TestMrrPage)
#include "tst_mrrpage.moc"
