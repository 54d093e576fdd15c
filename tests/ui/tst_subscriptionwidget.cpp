// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountspage.h"
#include "accounts/dealdialog.h"
#include "accounts/subscriptionwidget.h"
#include "i18n/language.h"
#include "money/moneyformat.h"
#include "subscriptions/subscriptions.h"
#include "testworld.h"
#include "widgettest.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Tierline;
using namespace Tierline::Testing;

class TestSubscriptionWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsCurrentUpcomingAndHistory();
    void addAndEditADeal();
    void badAmountStaysInTheDialog();
    void reviewersCannotEnterDeals();
    void canBeSwitchedOff();
    void screenshots();

private:
    /** An account bought on 10 March with a downgrade booked; today is 15 June. */
    qint64 prepare(TestWorld &world);
};

void TestSubscriptionWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

qint64 TestSubscriptionWidget::prepare(TestWorld &world)
{
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.clock().setToday(QDate(2026, 6, 15));
    if (!world.billing().catchUp() || !world.billing().changeTier(world.owner, id, 2000))
        qFatal("cannot book the downgrade"); // from 10 July
    return id;
}

void TestSubscriptionWidget::showsCurrentUpcomingAndHistory()
{
    TestWorld world;
    const qint64 id = prepare(world);
    SubscriptionWidget widget(world.database(), world.catalog(), world.clock());
    widget.setActor(world.owner);
    widget.setAccount(id);
    widget.resize(600, 400);
    widget.show();
    const SubscriptionService service(world.database(), world.catalog());
    const auto summary = *service.summary(id, world.clock().today());
    QVERIFY(child<QLabel>(widget, "currentRateLabel")
                ->text()
                .contains(formatMoney(Money(summary.currentRate, QStringLiteral("USD")))));
    QCOMPARE(child<QLabel>(widget, "currentEndLabel")->text(), formatDate(QDate(2026, 7, 9)));
    QVERIFY(
        child<QLabel>(widget, "upcomingLabel")->text().contains(formatDate(QDate(2026, 7, 10))));
    QCOMPARE(child<QLabel>(widget, "upcomingStatusLabel")->text(), QStringLiteral("Decrease"));
    QCOMPARE(child<QTableWidget>(widget, "periodsTable")->rowCount(), widget.periods().size());

    // History: June back to March, where the first period starts.
    QCOMPARE(widget.historyMonth(), QDate(2026, 6, 1));
    auto *previous = child<QToolButton>(widget, "previousMonthButton");
    auto *next = child<QToolButton>(widget, "nextMonthButton");
    QVERIFY(!next->isEnabled());
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(widget.historyMonth(), QDate(2026, 3, 1));
    QVERIFY(!previous->isEnabled());
    QCOMPARE(child<QLabel>(widget, "historyMonthLabel")->text(), QStringLiteral("March 2026"));
    QCOMPARE(child<QLabel>(widget, "historyValueLabel")->text(),
             formatMoney(Money(SubscriptionService::rateOn(widget.periods(), QDate(2026, 3, 31)),
                               QStringLiteral("USD"))));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(widget.historyMonth(), QDate(2026, 4, 1));
}

void TestSubscriptionWidget::addAndEditADeal()
{
    TestWorld world;
    const qint64 id = prepare(world);
    SubscriptionWidget widget(world.database(), world.catalog(), world.clock());
    widget.setActor(world.rep);
    widget.setAccount(id);
    widget.show();
    QSignalSpy changed(&widget, &SubscriptionWidget::dealsChanged);
    const qsizetype before = widget.periods().size();
    QVERIFY(child<QPushButton>(widget, "addDealButton")->isEnabled());

    DealDialog *dialog = widget.openDealDialog(false);
    QVERIFY(dialog);
    child<QLineEdit>(*dialog, "amountEdit")->setText(QStringLiteral("300.01"));
    auto *interval = child<QComboBox>(*dialog, "intervalCombo");
    interval->setCurrentIndex(interval->findData(int(SubscriptionInterval::Quarterly)));
    QCOMPARE(child<QLabel>(*dialog, "monthlyRateLabel")->text(),
             QStringLiteral("$100.00 a month in MRR"));
    child<QLineEdit>(*dialog, "noteEdit")->setText(QStringLiteral("Onboarding package"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(widget.periods().size(), before + 1);
    const qint64 deal = dialog->dealId();
    const auto period = *SubscriptionService(world.database(), world.catalog()).period(deal);
    QCOMPARE(period.amount, qint64(30001));
    QCOMPARE(period.monthlyRate, qint64(10000));
    QCOMPARE(period.start, world.clock().today());
    QVERIFY(period.isOpen());

    widget.selectPeriod(deal);
    QVERIFY(child<QPushButton>(widget, "editDealButton")->isEnabled());
    DealDialog *edit = widget.openDealDialog(true);
    QVERIFY(edit);
    QCOMPARE(child<QLineEdit>(*edit, "amountEdit")->text(), QStringLiteral("300.01"));
    child<QLineEdit>(*edit, "amountEdit")->setText(QStringLiteral("450"));
    QTest::mouseClick(child<QPushButton>(*edit, "saveButton"), Qt::LeftButton);
    QCOMPARE(edit->result(), int(QDialog::Accepted));
    QCOMPARE(SubscriptionService(world.database(), world.catalog()).period(deal)->amount,
             qint64(45000));
    QCOMPARE(changed.count(), 2);

    // Billing periods are not edited here.
    widget.selectPeriod(widget.periods().constFirst().id);
    QVERIFY(!child<QPushButton>(widget, "editDealButton")->isEnabled());
    QVERIFY(!widget.openDealDialog(true));
}

void TestSubscriptionWidget::badAmountStaysInTheDialog()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    SubscriptionWidget widget(world.database(), world.catalog(), world.clock());
    widget.setActor(world.owner);
    widget.setAccount(id);
    widget.show();
    DealDialog *dialog = widget.openDealDialog(false);
    child<QLineEdit>(*dialog, "amountEdit")->setText(QStringLiteral("12,3,4"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(*dialog, "dealErrorLabel")->text().contains(QStringLiteral("12,3,4")));
    QVERIFY(SubscriptionService(world.database(), world.catalog()).periods(id)->isEmpty());
    dialog->reject();
}

void TestSubscriptionWidget::reviewersCannotEnterDeals()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    SubscriptionWidget widget(world.database(), world.catalog(), world.clock());
    widget.setActor(world.reviewer);
    widget.setAccount(id);
    QVERIFY(!child<QPushButton>(widget, "addDealButton")->isEnabled());
    QVERIFY(!child<QPushButton>(widget, "addDealButton")->toolTip().isEmpty());
    QVERIFY(!widget.openDealDialog(false));
}

void TestSubscriptionWidget::canBeSwitchedOff()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    AccountsPage page(world.database(), world.billing());
    page.reload();
    page.setActor(world.owner);
    page.resize(1000, 700);
    page.show();
    auto *tabs = child<QTabWidget>(page, "accountDetailTabs");
    tabs->setCurrentWidget(page.subscriptionWidget());
    QVERIFY(page.subscriptionWidget()->isVisible());
    QCOMPARE(page.subscriptionWidget()->accountId(), id);
    page.setSubscriptionsShown(false);
    QVERIFY(!page.subscriptionsShown());
    QVERIFY(!tabs->isTabVisible(1));
    QVERIFY(!page.subscriptionWidget()->isVisible());
    page.setSubscriptionsShown(true);
    QVERIFY(tabs->isTabVisible(1));
    QVERIFY(!SubscriptionService(world.database(), world.catalog()).periods(id)->isEmpty());
}

void TestSubscriptionWidget::screenshots()
{
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restoreLanguage = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWorld world;
    const qint64 id = prepare(world);
    DealInput deal;
    deal.amount = 120000;
    deal.interval = SubscriptionInterval::Annual;
    deal.start = QDate(2026, 5, 1);
    deal.end = QDate(2027, 4, 30);
    deal.note = QStringLiteral("Training");
    TL_VERIFY_OK(SubscriptionService(world.database(), world.catalog())
                     .addDeal(world.owner, id, deal, world.clock().now()));
    AccountsPage page(world.database(), world.billing());
    page.reload();
    page.setActor(world.owner);
    page.selectAccount(id);
    page.resize(1000, 720);
    page.show();
    child<QTabWidget>(page, "accountDetailTabs")->setCurrentWidget(page.subscriptionWidget());
    QVERIFY(shoot(&page, folder, "subscription.png"));
    DealDialog *dialog = page.subscriptionWidget()->openDealDialog(false);
    child<QLineEdit>(*dialog, "amountEdit")->setText(QStringLiteral("900"));
    QVERIFY(shoot(dialog, folder, "deal_dialog.png"));
    dialog->reject();
}

QTEST_MAIN(TestSubscriptionWidget)
#include "tst_subscriptionwidget.moc"
