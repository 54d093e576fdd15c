// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountsmodel.h"
#include "accounts/accountspage.h"
#include "accounts/ledgermodel.h"
#include "appsettings.h"
#include "billing/billingtext.h"
#include "billing/ledger.h"
#include "calendar/clock.h"
#include "mainwindow.h"
#include "money/moneyformat.h"
#include "settings/workspacesettings.h"
#include "testworld.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgettest.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

/** Translates a few chosen source texts, so that a language switch can be seen. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (QLatin1String(context) == QLatin1String("Tierline::AccountsPage")
            && source == QLatin1String("Accounts"))
            return QStringLiteral("Konton");
        if (QLatin1String(context) == QLatin1String("Tierline::MainWindow")
            && source == QLatin1String("Billing"))
            return QStringLiteral("Fakturering");
        if (QLatin1String(context) == QLatin1String("Tierline::AccountsModel")
            && source == QLatin1String("Owner"))
            return QStringLiteral("Ägare");
        if (QLatin1String(context) == QLatin1String("Tierline::MessageBox")) {
            if (source == QLatin1String("Yes"))
                return QStringLiteral("Ja");
            if (source == QLatin1String("No"))
                return QStringLiteral("Nej");
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

/** A small book of accounts in every Campaigns state the accounts page shows. */
struct Book
{
    explicit Book(TestWorld &world)
    {
        upgraded = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                       QStringLiteral("Nordljus Design"));
        trial = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                    QStringLiteral("Solvik Media"));
        untouched = world.createAccount(QStringLiteral("EUR"), BillingInterval::Annual,
                                        QStringLiteral("Havsbris Studio"));
        downgrading = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                          QStringLiteral("Merapi Tekstil"));
        world.buyCampaigns(upgraded, 5000);
        world.buyCampaigns(downgrading, 20000);
        world.clock().advanceDays(10);
        // An upgrade mid-cycle leaves a credit and a charge in the ledger (P6).
        if (!world.billing().changeTier(world.owner, upgraded, 8000))
            qFatal("cannot upgrade the test account");
        if (!world.billing().changeTier(world.owner, downgrading, 12000))
            qFatal("cannot schedule the test downgrade");
        if (!world.billing().startTrial(world.owner, trial))
            qFatal("cannot start the test trial");
    }

    qint64 upgraded = 0;
    qint64 trial = 0;
    qint64 untouched = 0;
    qint64 downgrading = 0;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsAreIsolated();
    void accountsModelPassesTheModelTester();
    void ledgerModelPassesTheModelTester();
    void windowModelsPassTheModelTester();
    void listsEveryAccount();
    void selectingAnAccountShowsItsLedger();
    void pickerAndTableFollowEachOther();
    void searchFiltersByName();
    void trialBannerCountsDown_data();
    void trialBannerCountsDown();
    void scheduledDowngradeIsShown();
    void accountChangeRefreshesTheRow();
    void statusBarShowsTheClocksDay();
    void subscriptionsSwitchHidesTheSubscriptionWidget();
    void navigationShowsEveryPage();
    void switchUserIsRemembered();
    void geometryPageAndAccountAreRemembered();
    void retranslatesOnLanguageChange();
    void messageBoxUsesThePresetAnswer();
    void messageBoxButtonsAreTranslated();
    void fileDialogUsesThePresetName();

private:
    std::unique_ptr<MainWindow> openWindow(TestWorld &world, const QString &login = {});
    static qint64 selectRowOf(MainWindow &window, qint64 accountId);
};

void TestMainWindow::initTestCase()
{
    // Before the first QSettings: the settings file then lives under ~/.qttest.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tierline"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    AppSettings settings;
    settings.clear();
    settings.sync();
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::clearNextFileName();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(TestWorld &world, const QString &login)
{
    auto window = std::make_unique<MainWindow>(world.database(), world.billing(), login);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the main window was not exposed");
    return window;
}

qint64 TestMainWindow::selectRowOf(MainWindow &window, qint64 accountId)
{
    auto *table = child<QTableView>(window, "accountsTable");
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, AccountsModel::Name);
        if (index.data(AccountsModel::AccountIdRole).toLongLong() != accountId)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return accountId;
    }
    return 0;
}

void TestMainWindow::settingsAreIsolated()
{
    const QString testHome = QDir::home().filePath(QStringLiteral(".qttest"));
    QVERIFY2(AppSettings::location().startsWith(testHome), qPrintable(AppSettings::location()));
    // Under CTest every suite has a home of its own: suites running in parallel never read
    // each other's settings (test mode ignores XDG_CONFIG_HOME).
    if (qEnvironmentVariableIsSet("TIERLINE_CLI")) {
        QVERIFY2(AppSettings::location().contains(QStringLiteral("/home/tst_mainwindow/")),
                 qPrintable(AppSettings::location()));
    }

    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    window->close();
    QVERIFY(QFile::exists(AppSettings::location()));
    QCOMPARE(AppSettings().value(QStringLiteral("mainWindow/page")).toInt(), 0);
}

void TestMainWindow::accountsModelPassesTheModelTester()
{
    TestWorld world;
    Book book(world);
    AccountsModel model(world.catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto all = world.billing().accounts();
    TL_VERIFY_OK(all);
    model.setAccounts(*all);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(AccountsModel::ColumnCount));
    QCOMPARE(model.headerData(AccountsModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Account"));
    QCOMPARE(model.headerData(AccountsModel::Review, Qt::Horizontal).toString(),
             QStringLiteral("Review"));

    // The same accounts again update in place; fewer accounts reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setAccounts(*all);
    QCOMPARE(resets.count(), 0);
    model.setAccounts(all->mid(1));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.updateAccount(all->constFirst());
    QCOMPARE(model.rowCount(), 4);
    model.updateAccount(all->constFirst());
    QCOMPARE(model.rowCount(), 4);
    model.retranslate();

    const QModelIndex tier = model.indexOf(book.upgraded, AccountsModel::Tier);
    QCOMPARE(tier.data().toString(), QLocale().toString(8000));
    QCOMPARE(tier.data(AccountsModel::SortRole).toInt(), 8000);
    QCOMPARE(model.indexOf(book.downgrading, AccountsModel::Tier).data().toString(),
             QStringLiteral("20,000 → 12,000"));
    QCOMPARE(model.indexOf(book.untouched, AccountsModel::Tier).data().toString(),
             QStringLiteral("–"));
    QCOMPARE(model.indexOf(book.trial, AccountsModel::Campaigns).data().toString(),
             BillingText::campaignsStatus(CampaignsStatus::Trial));
    QCOMPARE(model.indexOf(book.untouched, AccountsModel::Plan).data().toString(),
             QStringLiteral("Plus"));
    model.setAccounts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::ledgerModelPassesTheModelTester()
{
    TestWorld world;
    Book book(world);
    LedgerModel model(world.catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto entries = Ledger(world.database()).entries(book.upgraded);
    TL_VERIFY_OK(entries);
    model.setEntries(*entries);
    QCOMPARE(model.rowCount(), int(entries->size()));
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::windowModelsPassTheModelTester()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    auto *table = child<QTableView>(*window, "accountsTable");
    auto *ledger = child<QTableView>(*window, "ledgerTable");
    QAbstractItemModelTester accounts(window->accountsPage()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(table->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester lines(ledger->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);

    world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                        QStringLiteral("Aurora Travel"));
    window->refresh();
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY(world.billing().startTrial(world.owner, book.untouched).ok());
    selectRowOf(*window, book.upgraded);
    selectRowOf(*window, book.trial);
}

void TestMainWindow::listsEveryAccount()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    auto *table = child<QTableView>(*window, "accountsTable");
    const auto all = world.billing().accounts();
    TL_VERIFY_OK(all);
    QCOMPARE(table->model()->rowCount(), int(all->size()));

    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(table->model()->index(row, AccountsModel::Name).data().toString());
    QStringList expected;
    for (const Account &account : *all)
        expected.append(account.name);
    expected.sort(Qt::CaseInsensitive);
    QCOMPARE(shown, expected);

    auto *picker = child<QComboBox>(*window, "accountPicker");
    QCOMPARE(picker->count(), int(all->size()));
    QCOMPARE(child<QLabel>(*window, "accountCountLabel")->text(),
             QCoreApplication::translate("Tierline::AccountsPage", "%Ln account(s)", nullptr, 4));
}

void TestMainWindow::selectingAnAccountShowsItsLedger()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    QCOMPARE(selectRowOf(*window, book.upgraded), book.upgraded);
    QCOMPARE(window->accountsPage()->currentAccountId(), book.upgraded);
    QCOMPARE(child<QLabel>(*window, "accountTitleLabel")->text(),
             QStringLiteral("Nordljus Design"));

    const Ledger ledger(world.database());
    const auto entries = ledger.entries(book.upgraded);
    TL_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 3); // purchase, upgrade credit, upgrade charge
    auto *table = child<QTableView>(*window, "ledgerTable");
    const QAbstractItemModel *lines = table->model();
    QCOMPARE(lines->rowCount(), int(entries->size()));
    for (int row = 0; row < lines->rowCount(); ++row) {
        const LedgerEntry &entry = entries->at(row);
        QCOMPARE(lines->index(row, LedgerModel::Amount).data().toString(),
                 formatMoney(Money(entry.amount, entry.currency)));
        QCOMPARE(lines->index(row, LedgerModel::Description).data().toString(),
                 Ledger::reasonText(entry.reason));
        QCOMPARE(lines->index(row, LedgerModel::Date).data().toString(), formatDate(entry.date));
        QCOMPARE(lines->index(row, LedgerModel::Amount).data(LedgerModel::AmountRole).toLongLong(),
                 entry.amount);
    }

    // The credit reads apart from the charges.
    const auto credit = std::find_if(entries->cbegin(), entries->cend(),
                                     [](const LedgerEntry &e) { return e.isCredit(); });
    QVERIFY(credit != entries->cend());
    const int creditRow = int(credit - entries->cbegin());
    QVERIFY(lines->index(creditRow, LedgerModel::Amount).data(Qt::ForegroundRole).isValid());
    QVERIFY(!lines->index(0, LedgerModel::Amount).data(Qt::ForegroundRole).isValid());

    const auto balance = ledger.balance(book.upgraded);
    TL_VERIFY_OK(balance);
    QVERIFY(child<QLabel>(*window, "balanceLabel")
                ->text()
                .contains(formatMoney(Money(*balance, QStringLiteral("USD")))));

    // An account without charges has an empty ledger.
    selectRowOf(*window, book.untouched);
    QCOMPARE(lines->rowCount(), 0);
}

void TestMainWindow::pickerAndTableFollowEachOther()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    auto *picker = child<QComboBox>(*window, "accountPicker");

    selectRowOf(*window, book.trial);
    QCOMPARE(picker->currentText(), QStringLiteral("Solvik Media"));

    const int row = picker->findText(QStringLiteral("Merapi Tekstil"));
    QVERIFY(row >= 0);
    picker->setCurrentIndex(row);
    Q_EMIT picker->activated(row);
    QCOMPARE(window->accountsPage()->currentAccountId(), book.downgrading);
    auto *table = child<QTableView>(*window, "accountsTable");
    QCOMPARE(table->currentIndex().data(AccountsModel::AccountIdRole).toLongLong(),
             book.downgrading);

    // A refresh keeps both where they are.
    window->refresh();
    QCOMPARE(window->accountsPage()->currentAccountId(), book.downgrading);
    QCOMPARE(picker->currentText(), QStringLiteral("Merapi Tekstil"));
}

void TestMainWindow::searchFiltersByName()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    auto *table = child<QTableView>(*window, "accountsTable");
    auto *search = child<QLineEdit>(*window, "searchField");

    QTest::keyClicks(search, QStringLiteral("sol"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AccountsModel::Name).data().toString(),
             QStringLiteral("Solvik Media"));

    // Picking a hidden account clears the search so that its row shows.
    auto *picker = child<QComboBox>(*window, "accountPicker");
    const int row = picker->findText(QStringLiteral("Havsbris Studio"));
    picker->setCurrentIndex(row);
    Q_EMIT picker->activated(row);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->currentIndex().data(AccountsModel::AccountIdRole).toLongLong(), book.untouched);
}

void TestMainWindow::trialBannerCountsDown_data()
{
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<int>("daysLeft");
    QTest::newRow("first day of 21") << 0 << 21;
    QTest::newRow("second day: 20 left") << 1 << 20;
    QTest::newRow("last day: 1 left") << 20 << 1;
    QTest::newRow("day after the trial: no banner") << 21 << 0;
}

void TestMainWindow::trialBannerCountsDown()
{
    QFETCH(int, daysLater);
    QFETCH(int, daysLeft);
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    selectRowOf(*window, book.trial);
    auto *banner = child<QFrame>(*window, "trialBanner");
    auto *label = child<QLabel>(*window, "trialDaysLeftLabel");
    QVERIFY(banner->isVisible());
    QCOMPARE(label->text(), BillingText::trialDaysLeft(21));
    QVERIFY(label->text().startsWith(QStringLiteral("21 ")));

    world.clock().advanceDays(daysLater);
    TL_VERIFY_OK(world.billing().catchUp());
    window->refresh();
    QCOMPARE(window->accountsPage()->currentAccountId(), book.trial);
    if (daysLeft == 0) {
        QVERIFY(!banner->isVisible());
        return;
    }
    QVERIFY(banner->isVisible());
    QCOMPARE(label->text(),
             QCoreApplication::translate("Tierline::BillingText", "%Ln day(s) left in your trial",
                                         nullptr, daysLeft));
    QVERIFY(label->text().startsWith(QLocale().toString(daysLeft) + QLatin1Char(' ')));

    // Accounts outside a trial have no banner.
    selectRowOf(*window, book.upgraded);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::scheduledDowngradeIsShown()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    selectRowOf(*window, book.downgrading);
    const Account account = world.account(book.downgrading);
    QVERIFY(account.campaigns.scheduledTier.has_value());
    const QString expected =
        QCoreApplication::translate("Tierline::BillingText", "Downgrade to %Ln subscriber(s) on %1",
                                    nullptr, 12000)
            .arg(formatDate(account.campaigns.cycle.end));
    QCOMPARE(child<QLabel>(*window, "nextEventLabel")->text(), expected);
    QVERIFY(expected.contains(QStringLiteral("12,000")));
}

void TestMainWindow::accountChangeRefreshesTheRow()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    selectRowOf(*window, book.untouched);
    auto *banner = child<QFrame>(*window, "trialBanner");
    QVERIFY(!banner->isVisible());

    // BillingService::accountChanged alone brings the row and the details up to date.
    TL_VERIFY_OK(world.billing().startTrial(world.owner, book.untouched));
    const QModelIndex status =
        window->accountsPage()->model()->indexOf(book.untouched, AccountsModel::Campaigns);
    QCOMPARE(status.data().toString(), BillingText::campaignsStatus(CampaignsStatus::Trial));
    QVERIFY(banner->isVisible());
}

void TestMainWindow::subscriptionsSwitchHidesTheSubscriptionWidget()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    AccountsPage *accounts = window->accountsPage();
    QVERIFY(accounts->subscriptionsShown());

    // Z7: one switch in Settings; the account page's widget follows it at once.
    TL_VERIFY_OK(window->workspaceSettings()->setSubscriptionsEnabled(false));
    QVERIFY(!accounts->subscriptionsShown());
    const auto periods =
        world.database().scalar(QStringLiteral("SELECT COUNT(*) FROM subscription_periods"));
    TL_VERIFY_OK(periods);
    QVERIFY(periods->toLongLong() > 0); // nothing removed

    TL_VERIFY_OK(window->workspaceSettings()->setSubscriptionsEnabled(true));
    QVERIFY(accounts->subscriptionsShown());
}

void TestMainWindow::statusBarShowsTheClocksDay()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    auto *today = child<QLabel>(*window, "todayLabel");
    QVERIFY2(today->text().contains(formatDate(world.clock().today())), qPrintable(today->text()));
    QVERIFY(child<QLabel>(*window, "databaseLabel")
                ->text()
                .contains(QDir::toNativeSeparators(world.databasePath())));

    world.clock().advanceDays(30);
    window->refresh();
    QVERIFY(today->text().contains(formatDate(world.clock().today())));
    QVERIFY(today->text().contains(QStringLiteral("19 Apr 2026")));
}

void TestMainWindow::navigationShowsEveryPage()
{
    TestWorld world;
    auto window = openWindow(world);
    auto *navigation = child<QListWidget>(*window, "navigationList");
    QCOMPARE(navigation->count(), MainWindow::pageCount);
    const char *pages[] = {"accountsPage", "billingPage",    "contactsPage", "usagePage",
                           "mrrPage",      "smartListsPage", "settingsPage"};
    for (int i = 0; i < MainWindow::pageCount; ++i) {
        navigation->setCurrentRow(i);
        QCOMPARE(window->currentPage(), MainWindow::Page(i));
        auto *page = child<QWidget>(*window, pages[i]);
        QVERIFY(page->isVisible());
        QVERIFY(!navigation->item(i)->text().isEmpty());
        if (MainWindow::Page(i) == MainWindow::Page::Billing)
            QVERIFY(!child<QLabel>(*page, "emptyBillingLabel")->text().isEmpty());
        else if (MainWindow::Page(i) == MainWindow::Page::Settings)
            QVERIFY(child<QComboBox>(*page, "languageCombo")->count() > 1);
        else if (MainWindow::Page(i) == MainWindow::Page::Contacts)
            QVERIFY(!child<QLabel>(*page, "contactsSummaryLabel")->text().isEmpty());
        else if (MainWindow::Page(i) == MainWindow::Page::UsageAndLimits)
            QVERIFY(!child<QLabel>(*page, "emptyUsageLabel")->text().isEmpty());
        else if (MainWindow::Page(i) == MainWindow::Page::Mrr)
            QCOMPARE(child<QTableView>(*page, "mrrTable")->model()->rowCount(), 12);
        else if (MainWindow::Page(i) == MainWindow::Page::SmartLists)
            QVERIFY(child<QListWidget>(*page, "listsView")->count() >= 2);
        else if (i > 0)
            QVERIFY(!child<QLabel>(*page, "placeholderMessage")->text().isEmpty());
    }
    // No accounts: the details say so instead of showing an empty form.
    navigation->setCurrentRow(0);
    QVERIFY(child<QLabel>(*window, "emptyDetailLabel")->isVisible());
}

void TestMainWindow::switchUserIsRemembered()
{
    TestWorld world;
    {
        auto window = openWindow(world);
        QVERIFY(window->actingUser().has_value());
        QCOMPARE(window->actingUser()->login, world.admin.login); // the first administrator
        auto *menu = child<QMenu>(*window, "userMenu");
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 4);
        const auto rita = std::find_if(actions.cbegin(), actions.cend(), [&](QAction *a) {
            return a->data().toString() == world.reviewer.login;
        });
        QVERIFY(rita != actions.cend());
        QVERIFY((*rita)->text().contains(PermissionText::roleName(Role::Reviewer)));
        QSignalSpy changed(window.get(), &MainWindow::actingUserChanged);
        (*rita)->trigger();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window->actingUser()->login, world.reviewer.login);
        QVERIFY((*rita)->isChecked());
        QVERIFY(child<QLabel>(*window, "actingUserLabel")->text().contains(world.reviewer.name));
        QCOMPARE(AppSettings().login(), world.reviewer.login);
    }
    {
        auto window = openWindow(world);
        QCOMPARE(window->actingUser()->login, world.reviewer.login);
    }
    {
        // --as wins over the remembered login, without replacing it.
        auto window = openWindow(world, world.rep.login);
        QCOMPARE(window->actingUser()->login, world.rep.login);
        QCOMPARE(AppSettings().login(), world.reviewer.login);
        QVERIFY(!window->setActingUser(QStringLiteral("nobody")));
        QCOMPARE(window->actingUser()->login, world.rep.login);
    }
}

void TestMainWindow::geometryPageAndAccountAreRemembered()
{
    TestWorld world;
    Book book(world);
    QRect geometry;
    {
        auto window = openWindow(world);
        QCOMPARE(window->size(), QSize(1200, 760));
        window->resize(1000, 700);
        selectRowOf(*window, book.trial);
        window->showPage(MainWindow::Page::Mrr);
        geometry = window->geometry();
        window->close();
    }
    auto window = openWindow(world);
    QCOMPARE(window->currentPage(), MainWindow::Page::Mrr);
    QCOMPARE(window->size(), geometry.size());
    QCOMPARE(window->accountsPage()->currentAccountId(), book.trial);
    QCOMPARE(child<QComboBox>(*window, "accountPicker")->currentText(),
             QStringLiteral("Solvik Media"));
}

void TestMainWindow::retranslatesOnLanguageChange()
{
    TestWorld world;
    Book book(world);
    auto window = openWindow(world);
    auto *title = child<QLabel>(*window, "accountsTitleLabel");
    auto *navigation = child<QListWidget>(*window, "navigationList");
    const QAbstractItemModel *model = window->accountsPage()->model();
    QCOMPARE(title->text(), QStringLiteral("Accounts"));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(title->text(), QStringLiteral("Konton"));
    QCOMPARE(navigation->item(int(MainWindow::Page::Billing))->text(),
             QStringLiteral("Fakturering"));
    QCOMPARE(model->headerData(AccountsModel::Owner, Qt::Horizontal).toString(),
             QStringLiteral("Ägare"));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(title->text(), QStringLiteral("Accounts"));
}

void TestMainWindow::messageBoxUsesThePresetAnswer()
{
    MessageBox::setNextAnswer(QMessageBox::No);
    const auto answer =
        MessageBox::question(nullptr, QStringLiteral("Demo"), QStringLiteral("Create it?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    QCOMPARE(answer, QMessageBox::No);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Demo"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Create it?"));
    QVERIFY(!QApplication::activeModalWidget());

    // One answer each: the next box would show itself.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(MessageBox::critical(nullptr, QStringLiteral("t"), QStringLiteral("x")),
             QMessageBox::Ok);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("t"), QStringLiteral("x"),
                                 QMessageBox::Ok | QMessageBox::Cancel),
             QMessageBox::Cancel);
}

void TestMainWindow::messageBoxButtonsAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons())
            texts.append(button->text());
        box->button(QMessageBox::No)->click();
    });
    const auto answer = MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("x"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(answer, QMessageBox::No);
    texts.sort();
    QCOMPARE(texts, (QStringList {QStringLiteral("Ja"), QStringLiteral("Nej")}));
}

void TestMainWindow::fileDialogUsesThePresetName()
{
    const QString name = QDir::temp().filePath(QStringLiteral("accounts.csv"));
    FileDialog::setNextFileName(name);
    QCOMPARE(FileDialog::getSaveFileName(nullptr, QStringLiteral("Export")), name);
    FileDialog::setNextFileName(QString());
    QCOMPARE(FileDialog::getOpenFileName(nullptr, QStringLiteral("Open")), QString());
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
