// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountspage.h"
#include "appsettings.h"
#include "billing/billingpage.h"
#include "billing/changetierdialog.h"
#include "billing/scheduler.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "testworld.h"
#include "usage/notificationsdialog.h"
#include "usage/usagechart.h"
#include "usage/usagepage.h"
#include "widgets/messagebox.h"
#include "widgettest.h"

#include <QAccessible>
#include <QCategoryAxis>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Tierline;
using namespace Tierline::Testing;

class TestUsagePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheFiguresAndTheChart();
    void contactChangesRefreshThePage();
    void policyChoiceIsSavedAndNeedsBillingAccess();
    void increaseLimitOpensTheNextTier();
    void notificationLeadsToTheTierChange();
    void screenshots();

private:
    std::unique_ptr<UsagePage> openPage(TestWorld &world, qint64 accountId, const User &actor);
    /** An account of 1,000 subscribers with three weeks of daily usage up to 930. */
    qint64 growingAccount(TestWorld &world);
};

void TestUsagePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tierline"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUsagePage::init()
{
    AppSettings settings;
    settings.clear();
    settings.sync();
}

void TestUsagePage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

std::unique_ptr<UsagePage> TestUsagePage::openPage(TestWorld &world, qint64 accountId,
                                                   const User &actor)
{
    auto page = std::make_unique<UsagePage>(world.database(), world.billing());
    QObject::connect(&world.billing(), &BillingService::accountChanged, page.get(),
                     &UsagePage::onAccountChanged);
    page->setActor(actor);
    page->setAccount(accountId);
    page->resize(1000, 860);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the usage page was not exposed");
    return page;
}

qint64 TestUsagePage::growingAccount(TestWorld &world)
{
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    const Scheduler scheduler(world.database(), world.catalog(), world.clock());
    for (int day = 0; day < 21; ++day) {
        world.addContacts(id, day == 0 ? 300 : 30);
        world.clock().advanceDays(1);
        if (const auto ran = scheduler.runUntil(world.clock().today()); !ran)
            qFatal("scheduler: %s", qPrintable(ran.error().message));
    }
    return id;
}

void TestUsagePage::showsTheFiguresAndTheChart()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = growingAccount(world);
    world.addContacts(id, 25, false);
    auto page = openPage(world, id, world.owner);

    QCOMPARE(child<QLabel>(*page, "marketingCountLabel")->text(), QStringLiteral("900"));
    QCOMPARE(child<QLabel>(*page, "tierLimitLabel")->text(), QStringLiteral("1,000"));
    QCOMPARE(child<QLabel>(*page, "usagePercentLabel")->text(), QStringLiteral("90 %"));
    QCOMPARE(child<QLabel>(*page, "totalContactsLabel")->text(), QStringLiteral("925"));
    QCOMPARE(child<QLabel>(*page, "nextUpdateLabel")->text(), QStringLiteral("1 Apr 2026"));
    QVERIFY(child<QLabel>(*page, "pendingUpgradeLabel")->text().contains(QStringLiteral("100")));
    // 600 more in the 21 days since 1 March (300 then): 100 left takes 3.5 days, so 4.
    QVERIFY2(child<QLabel>(*page, "forecastLabel")->text().contains(QStringLiteral("26 Mar 2026")),
             qPrintable(child<QLabel>(*page, "forecastLabel")->text()));

    UsageChart *chart = page->chart();
    QCOMPARE(page->chartDays(), 30);
    const QList<QPointF> usage = chart->usageSeries()->points();
    QCOMPARE(usage.size(), 22); // 21 recorded days and today
    QCOMPARE(usage.first(), QPointF(9.0, 300.0)); // 1 March, 30 days before 22 March is day 0
    QCOMPARE(usage.last(), QPointF(30.0, 900.0));
    for (const QPointF &p : chart->limitSeries()->points())
        QCOMPARE(p.y(), 1000.0);
    QVERIFY(chart->dayAxis()->categoriesLabels().size() >= 5);
    QVERIFY(!chart->chart()->isEmpty());
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(face);
    QCOMPARE(face->text(QAccessible::Name), QStringLiteral("Marketing contacts per day"));
    QVERIFY(face->text(QAccessible::Description).contains(QStringLiteral("26 Mar 2026")));

    child<QComboBox>(*page, "usageRangeCombo")->setCurrentIndex(1); // last 90 days
    QCOMPARE(page->chartDays(), 90);
    QCOMPARE(chart->usageSeries()->points().last(), QPointF(90.0, 900.0));
}

void TestUsagePage::contactChangesRefreshThePage()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 500);
    auto page = openPage(world, id, world.owner);
    QCOMPARE(child<QLabel>(*page, "usagePercentLabel")->text(), QStringLiteral("50 %"));
    world.addContacts(id, 600); // 100 over
    Q_EMIT world.billing().accountChanged(id); // what the contacts page says after its actions
    QCOMPARE(child<QLabel>(*page, "usagePercentLabel")->text(), QStringLiteral("110 %"));
    QVERIFY(child<QLabel>(*page, "pendingUpgradeLabel")->text().contains(QStringLiteral("100")));
}

void TestUsagePage::policyChoiceIsSavedAndNeedsBillingAccess()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    auto page = openPage(world, id, world.rep);
    auto *autoUpgrade = child<QRadioButton>(*page, "autoUpgradePolicyButton");
    QVERIFY(child<QRadioButton>(*page, "holdPolicyButton")->isChecked());
    QVERIFY(!autoUpgrade->isEnabled());
    QVERIFY(child<QLabel>(*page, "policyReadOnlyLabel")->isVisible());

    page->setActor(world.owner);
    QVERIFY(autoUpgrade->isEnabled());
    QVERIFY(!child<QLabel>(*page, "policyReadOnlyLabel")->isVisible());
    // On the indicator: a radio button is clickable on its indicator and text only.
    QTest::mouseClick(autoUpgrade, Qt::LeftButton, {}, QPoint(8, autoUpgrade->height() / 2));
    QVERIFY(autoUpgrade->isChecked());
    QCOMPARE(world.account(id).overagePolicy, OveragePolicy::AutoUpgrade);

    // With auto-upgrade, contacts beyond the tier raise it instead of waiting.
    world.addContacts(id, 1100);
    Q_EMIT world.billing().accountChanged(id);
    QCOMPARE(child<QLabel>(*page, "tierLimitLabel")->text(), QStringLiteral("2,000"));
    QCOMPARE(world.counts(id).pendingUpgrade, 0);
}

void TestUsagePage::increaseLimitOpensTheNextTier()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 3000);
    world.addContacts(id, 3100);
    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.show();
    window.accountsPage()->selectAccount(id);
    window.showPage(MainWindow::Page::UsageAndLimits);
    auto *button = child<QPushButton>(*window.usagePage(), "usageIncreaseLimitButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Billing);
    auto *dialog = window.billingPage()->findChild<ChangeTierDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->chosenTier(), 4000);
    dialog->reject();
}

void TestUsagePage::notificationLeadsToTheTierChange()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 quiet = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                             QStringLiteral("Kopi Kita"));
    const qint64 id = world.createAccount();
    world.buyCampaigns(quiet, 1000);
    world.buyCampaigns(id, 2000);
    world.addContacts(id, 1850); // 75 and 90 %
    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.show();
    window.accountsPage()->selectAccount(quiet);
    auto *button = child<QToolButton>(window, "notificationsButton");
    QCOMPARE(window.unreadNotifications(), 2);
    QVERIFY2(button->text().contains(QStringLiteral("(2)")), qPrintable(button->text()));

    // New crossings show up as soon as the contacts change.
    world.addContacts(id, 110); // 98 %
    Q_EMIT world.billing().accountChanged(id);
    QCOMPARE(window.unreadNotifications(), 3);

    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = window.findChild<NotificationsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *list = child<QListWidget>(*dialog, "notificationList");
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("98 %")));
    QVERIFY(list->item(0)->font().bold());

    list->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>(*dialog, "markReadButton"), Qt::LeftButton);
    QCOMPARE(window.unreadNotifications(), 2);
    QVERIFY(!list->item(2)->font().bold());

    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(*dialog, "notificationIncreaseLimitButton"),
                      Qt::LeftButton);
    QCOMPARE(window.unreadNotifications(), 1);
    QCOMPARE(window.billingPage()->accountId(), id);
    QCOMPARE(window.currentPage(), MainWindow::Page::Billing);
    auto *tierDialog = window.billingPage()->findChild<ChangeTierDialog *>();
    QVERIFY(tierDialog);
    QVERIFY(tierDialog->isVisible());
    QCOMPARE(tierDialog->chosenTier(), 3000);
    tierDialog->reject();
}

void TestUsagePage::screenshots()
{
    // Pictures for people to look at: TIERLINE_SCREENSHOTS=/tmp ctest -R tst_usagepage
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restoreLanguage = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = growingAccount(world);
    world.addContacts(id, 140, false);
    auto page = openPage(world, id, world.owner);
    QVERIFY(shoot(page.get(), folder, "usage.png"));

    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.resize(1200, 760);
    window.show();
    window.accountsPage()->selectAccount(id);
    window.showPage(MainWindow::Page::UsageAndLimits);
    QVERIFY(shoot(&window, folder, "usage_window.png"));
    NotificationsDialog *dialog = window.openNotifications();
    dialog->list()->setCurrentRow(0);
    QVERIFY(shoot(dialog, folder, "notifications.png"));
}

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
