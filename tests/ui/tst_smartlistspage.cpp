// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"
#include "mainwindow.h"
#include "settings/settingspage.h"
#include "settings/workspacesettings.h"
#include "smartlistdata.h"
#include "smartlists/smartlistexport.h"
#include "smartlists/smartlistsmodel.h"
#include "smartlists/smartlistspage.h"
#include "smartlists/smartliststore.h"
#include "testworld.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

using F = SmartListField;

/** Three accounts: Alfa ends in 21 days, Bravo is open-ended, Charlie has no period. */
void makeBook(TestWorld &world)
{
    const qint64 alfa = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                            QStringLiteral("Alfa Studio"));
    addPeriod(world.database(), alfa, 10000, QDate(2026, 1, 1), QDate(2026, 3, 31));
    addPeriod(world.database(), alfa, 12000, QDate(2026, 4, 1));
    const qint64 bravo = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                             QStringLiteral("Bravo Shop"));
    addPeriod(world.database(), bravo, 169000, QDate(2025, 6, 1), {}, QStringLiteral("SEK"));
    world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                        QStringLiteral("Charlie Co"));
}

std::unique_ptr<SmartListsPage> openPage(TestWorld &world)
{
    auto page = std::make_unique<SmartListsPage>(world.database(), world.billing());
    page->resize(1280, 760);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the smart lists page was not exposed");
    return page;
}

QStringList column(const QAbstractItemModel *model, int c)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row)
        cells.append(model->index(row, c).data().toString());
    return cells;
}

QStringList listNames(const SmartListsPage &page)
{
    QStringList names;
    auto *view = child<QListWidget>(page, "listsView");
    for (int i = 0; i < view->count(); ++i)
        names.append(view->item(i)->text());
    return names;
}

QAction *columnAction(const SmartListsPage &page, F field)
{
    return child<QMenu>(page, "columnsMenu")
        ->findChild<QAction *>(QStringLiteral("column_") + smartListFieldKey(field));
}

} // namespace

class TestSmartListsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void modelPassesTheModelTester();
    void builtInListsShowTheirAccounts();
    void filterBuilderNarrowsTheList();
    void columnsSortSaveRenameDelete();
    void exportThroughTheFileDialog();
    void cancelledExportWritesNothing();
    void subscriptionsSwitchHidesFieldsKeepsColumns();
    void screenshots();
};

void TestSmartListsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tierline"));
    Language::apply(QStringLiteral("en")); // English plural forms
}

void TestSmartListsPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::clearNextFileName();
}

void TestSmartListsPage::modelPassesTheModelTester()
{
    TestWorld world;
    makeBook(world);
    addManyAccounts(world.database(), world.owner.id, 600, world.clock().today());
    // Lazy: the first batch only, more as the view asks.
    SmartListsModel lazy(world.database(), world.catalog());
    lazy.setList(SmartListStore::builtIns().at(0), world.clock().today());
    QCOMPARE(lazy.rowCount(), 256);
    while (lazy.canFetchMore({}))
        lazy.fetchMore({});
    QCOMPARE(lazy.rowCount(), 603);

    // The tester re-enters fetchMore() from its own rowsInserted handler, which no lazy
    // QSqlQueryModel survives; it checks a list that fits in the first batch.
    SmartListsModel model(world.database(), world.catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SmartList list = SmartListStore::builtIns().at(1);
    model.setList(list, world.clock().today());
    QVERIFY(model.rowCount() > 1);
    QCOMPARE(model.columnCount(), list.columns.size() + 2);
    model.sort(2, Qt::DescendingOrder);
    QCOMPARE(model.list().sort, (SmartListSort {F::CurrentMrr, true}));
    QVERIFY(model.index(0, 2).data(SmartListsModel::SortValueRole).toLongLong()
            >= model.index(1, 2).data(SmartListsModel::SortValueRole).toLongLong());
}

void TestSmartListsPage::builtInListsShowTheirAccounts()
{
    TestWorld world;
    makeBook(world);
    auto page = openPage(world);
    QCOMPARE(listNames(*page),
             (QStringList {QStringLiteral("All accounts"),
                           QStringLiteral("Subscriptions ending soon")}));
    const SmartListsModel *model = page->model();
    QCOMPARE(column(model, 0),
             (QStringList {QStringLiteral("Alfa Studio"), QStringLiteral("Bravo Shop"),
                           QStringLiteral("Charlie Co")}));
    QCOMPARE(child<QLabel>(*page, "countLabel")->text(), QStringLiteral("3 accounts"));
    // Amounts in the account's own currency, dates for people.
    const int mrr = int(page->currentList().columns.indexOf(F::CurrentMrr));
    QCOMPARE(column(model, mrr),
             (QStringList {QStringLiteral("$100.00"), QStringLiteral("SEK\u00a01,690.00"),
                           QStringLiteral("$0.00")}));
    auto *table = child<QTableView>(*page, "resultsView");
    QVERIFY(table->isColumnHidden(model->idColumn()));
    QVERIFY(table->isColumnHidden(model->currencyColumn()));

    child<QListWidget>(*page, "listsView")->setCurrentRow(1);
    QCOMPARE(column(model, 0), QStringList {QStringLiteral("Alfa Studio")});
    QCOMPARE(column(model, 3), QStringList {QStringLiteral("31 Mar 2026")});
    QCOMPARE(child<QLabel>(*page, "countLabel")->text(), QStringLiteral("1 account"));
    QVERIFY(!child<QPushButton>(*page, "deleteListButton")->isEnabled());
}

void TestSmartListsPage::filterBuilderNarrowsTheList()
{
    TestWorld world;
    makeBook(world);
    auto page = openPage(world);
    auto *search = child<QLineEdit>(*page, "nameContainsEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("o"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->currentList().filter.nameContains, QStringLiteral("o"));
    QCOMPARE(page->model()->rowCount(), 3);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("SH"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(column(page->model(), 0), QStringList {QStringLiteral("Bravo Shop")});
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 3);

    auto *minimum = child<QLineEdit>(*page, "currentMrrMinEdit");
    minimum->setFocus();
    QTest::keyClicks(minimum, QStringLiteral("100,5"));
    QTest::keyClick(minimum, Qt::Key_Return);
    QCOMPARE(page->currentList().filter.currentMrr.min, std::optional<qint64>(10050));
    QCOMPARE(column(page->model(), 0), QStringList {QStringLiteral("Bravo Shop")});

    auto *kind = child<QComboBox>(*page, "subscriptionEndKind");
    kind->setCurrentIndex(1); // within the next 30 days
    QCOMPARE(page->currentList().filter.subscriptionEnd, DateCondition::within(30));
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(*page, "countLabel")->text(), QStringLiteral("0 accounts"));

    auto *owner = child<QComboBox>(*page, "ownerCombo");
    QVERIFY(owner->findText(world.owner.name) > 0);
}

void TestSmartListsPage::columnsSortSaveRenameDelete()
{
    TestWorld world;
    makeBook(world);
    auto page = openPage(world);
    QVERIFY(!page->currentList().columns.contains(F::UpcomingMrr));
    columnAction(*page, F::UpcomingMrr)->trigger();
    QVERIFY(page->currentList().columns.contains(F::UpcomingMrr));
    QCOMPARE(page->model()->headerData(int(page->currentList().columns.indexOf(F::UpcomingMrr)),
                                       Qt::Horizontal),
             QVariant(QStringLiteral("Upcoming MRR")));
    QTRY_VERIFY(columnAction(*page, F::UpcomingMrr)->isChecked());

    // A header click sorts in SQL.
    auto *header = child<QTableView>(*page, "resultsView")->horizontalHeader();
    const int mrr = int(page->currentList().columns.indexOf(F::CurrentMrr));
    header->setSortIndicator(mrr, Qt::DescendingOrder);
    QCOMPARE(page->currentList().sort, (SmartListSort {F::CurrentMrr, true}));
    QCOMPARE(column(page->model(), 0),
             (QStringList {QStringLiteral("Bravo Shop"), QStringLiteral("Alfa Studio"),
                           QStringLiteral("Charlie Co")}));

    // Saving a built-in makes a new list under the typed name.
    auto *name = child<QLineEdit>(*page, "listNameEdit");
    name->setText(QStringLiteral("Renewals"));
    QTest::mouseClick(child<QPushButton>(*page, "saveListButton"), Qt::LeftButton);
    QCOMPARE(listNames(*page).size(), 3);
    QCOMPARE(listNames(*page).at(2), QStringLiteral("Renewals"));
    const auto saved = SmartListStore(world.database()).byName(QStringLiteral("Renewals"));
    TL_VERIFY_OK(saved);
    QCOMPARE(saved->sort, (SmartListSort {F::CurrentMrr, true}));
    QVERIFY(saved->columns.contains(F::UpcomingMrr));
    QCOMPARE(page->currentList().id, saved->id);

    // Rename, then a duplicate name is refused with a message and changes nothing.
    name->setText(QStringLiteral("Q2 renewals"));
    QTest::mouseClick(child<QPushButton>(*page, "renameListButton"), Qt::LeftButton);
    QCOMPARE(listNames(*page).at(2), QStringLiteral("Q2 renewals"));
    name->setText(QStringLiteral("All accounts"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(*page, "saveListButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("built-in")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(SmartListStore(world.database()).byId(saved->id)->name, QStringLiteral("Q2 renewals"));

    // Delete asks first.
    QVERIFY(page->selectList(QStringLiteral("Q2 renewals")));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(*page, "deleteListButton"), Qt::LeftButton);
    QCOMPARE(listNames(*page).size(), 3);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*page, "deleteListButton"), Qt::LeftButton);
    QCOMPARE(listNames(*page).size(), 2);
    QCOMPARE(SmartListStore(world.database()).all()->size(), 2);
}

void TestSmartListsPage::exportThroughTheFileDialog()
{
    TestWorld world;
    makeBook(world);
    auto page = openPage(world);
    QVERIFY(page->selectList(QStringLiteral("ending_soon")));
    const QString folder = QFileInfo(world.databasePath()).path();
    const QString path = QDir(folder).filePath(QStringLiteral("ending.csv"));

    FileDialog::setNextFileName(QString()); // cancelled: nothing happens
    QTest::mouseClick(child<QPushButton>(*page, "exportButton"), Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(path));

    child<QComboBox>(*page, "delimiterCombo")->setCurrentIndex(1);
    child<QCheckBox>(*page, "bomCheck")->setChecked(true);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(*page, "exportButton"), Qt::LeftButton);
    // The same bytes as the core export with the chosen options.
    const QString reference = QDir(folder).filePath(QStringLiteral("reference.csv"));
    TL_VERIFY_OK(SmartListExport(world.database(), world.catalog(), world.clock().today())
                     .toCsv(page->currentList(), reference, CsvOptions {';', true}));
    QFile file(path);
    QFile expected(reference);
    QVERIFY(file.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, expected.readAll());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Account;Owner;Current MRR;"));
    QVERIFY(bytes.contains("\r\nAlfa Studio;"));
    QVERIFY(child<QLabel>(*page, "countLabel")->text().contains(QStringLiteral("exported")));

    // An unwritable place: a message, and no file.
    const QString bad = QDir(folder).filePath(QStringLiteral("missing/x.csv"));
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(*page, "exportButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Cannot write")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFileInfo::exists(QFileInfo(bad).path()));
}

void TestSmartListsPage::cancelledExportWritesNothing()
{
    TestWorld world;
    addManyAccounts(world.database(), world.owner.id, 3000, world.clock().today());
    auto page = openPage(world);
    const QString folder = QFileInfo(world.databasePath()).path();
    const QString path = QDir(folder).filePath(QStringLiteral("cancelled.csv"));
    int reports = 0;
    // Cancelled once rows are flowing: the dialog has moved past the start.
    QTimer poll;
    connect(&poll, &QTimer::timeout, page.get(), [&] {
        auto *dialog = page->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
        if (dialog && dialog->value() > 0 && !dialog->wasCanceled()) {
            ++reports;
            dialog->cancel();
        }
    });
    poll.start(0);
    FileDialog::setNextFileName(path);
    page->exportCsv();
    poll.stop();
    QCOMPARE(reports, 1);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(child<QLabel>(*page, "countLabel")->text(),
             QStringLiteral("Export cancelled; no file was written."));
}

void TestSmartListsPage::subscriptionsSwitchHidesFieldsKeepsColumns()
{
    TestWorld world;
    makeBook(world);
    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.show();
    window.showPage(MainWindow::Page::SmartLists);
    SmartListsPage *page = window.smartListsPage();
    QVERIFY(page->selectList(QStringLiteral("ending_soon")));
    const QList<F> columns = page->currentList().columns;
    const QStringList rows = column(page->model(), 2);
    QVERIFY(child<QLineEdit>(*page, "currentMrrMinEdit")->isVisible());
    QVERIFY(page->offeredFields().contains(F::UpcomingStart));

    WorkspaceSettings *settings = window.workspaceSettings();
    QSignalSpy changed(settings, &WorkspaceSettings::subscriptionsEnabledChanged);
    window.showPage(MainWindow::Page::Settings);
    auto *check = child<QCheckBox>(*window.settingsPage(), "subscriptionsCheck");
    QVERIFY(check->isVisible());
    QVERIFY(check->isChecked());
    check->click();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!settings->subscriptionsEnabled());

    // Off: no subscription conditions, the picker offers none but the columns the list has.
    window.showPage(MainWindow::Page::SmartLists);
    QVERIFY(!page->subscriptionsShown());
    QVERIFY(!child<QLineEdit>(*page, "currentMrrMinEdit")->isVisible());
    QVERIFY(!child<QWidget>(*page, "subscriptionEndEdit")->isVisible());
    QCOMPARE(page->currentList().columns, columns);
    QCOMPARE(column(page->model(), 2), rows);
    QVERIFY(page->offeredFields().contains(F::CurrentMrr)); // a column of this list
    QVERIFY(page->selectList(QStringLiteral("all_accounts")));
    QVERIFY(!page->offeredFields().contains(F::UpcomingMrr));
    QVERIFY(!page->offeredFields().contains(F::SubscriptionEnd));
    QVERIFY(page->offeredFields().contains(F::CurrentMrr)); // All accounts shows it
    QVERIFY(page->offeredFields().contains(F::UsagePercent));
    QVERIFY(!columnAction(*page, F::UpcomingMrr));
    QCOMPARE(world.database()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM subscription_periods"))
                 ->toInt(),
             3);

    // On again: everything is back.
    window.showPage(MainWindow::Page::Settings);
    check->click();
    QVERIFY(settings->subscriptionsEnabled());
    window.showPage(MainWindow::Page::SmartLists);
    QVERIFY(child<QLineEdit>(*page, "currentMrrMinEdit")->isVisible());
    QVERIFY(page->offeredFields().contains(F::UpcomingMrr));
    QVERIFY(columnAction(*page, F::UpcomingMrr));
}

void TestSmartListsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restoreLanguage = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWorld world(QDate(2026, 3, 10));
    const QStringList names {
        QStringLiteral("Havsbris Studio"),   QStringLiteral("Toko Melati"),
        QStringLiteral("Trattoria Da Gino"), QStringLiteral("Nordljus Design"),
        QStringLiteral("Kopi Kenangan"),     QStringLiteral("Fjällbacka Logistik"),
        QStringLiteral("Bottega Rossi"),     QStringLiteral("Batik Sari"),
        QStringLiteral("Åre Fjällguide"),    QStringLiteral("Pasticceria Conti")};
    const QStringList currencies {QStringLiteral("SEK"), QStringLiteral("IDR"),
                                  QStringLiteral("EUR"), QStringLiteral("USD")};
    for (int i = 0; i < names.size(); ++i) {
        const QString currency = currencies.at(i % currencies.size());
        const qint64 id = world.createAccount(currency, BillingInterval::Monthly, names.at(i));
        const qint64 rate =
            currency == QLatin1String("IDR") ? 45000000 + i * 2500000 : 16900 + i * 4250;
        addPeriod(world.database(), id, rate, QDate(2025, 9, 1), QDate(2026, 3, 12).addDays(i * 4),
                  currency);
        if (i % 2 == 0)
            addPeriod(world.database(), id, rate + (i % 4 == 0 ? 3000 : -2000),
                      QDate(2026, 3, 13).addDays(i * 4), {}, currency);
        if (i % 3 == 0) {
            world.buyCampaigns(id, 1000);
            world.addContacts(id, 300 + i * 70);
        }
    }
    auto page = openPage(world);
    page->resize(1360, 760);
    QVERIFY(shoot(page.get(), folder, "smartlists.png"));
    QVERIFY(page->selectList(QStringLiteral("ending_soon")));
    QVERIFY(shoot(page.get(), folder, "smartlists_ending_soon.png"));
}

QTEST_MAIN(TestSmartListsPage)
#include "tst_smartlistspage.moc"
