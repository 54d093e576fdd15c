// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/billingpage.h"
#include "billing/changetierdialog.h"
#include "contacts/contactsmodel.h"
#include "contacts/contactspage.h"
#include "i18n/language.h"
#include "testworld.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgettest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

std::unique_ptr<ContactsPage> openPage(TestWorld &world, qint64 accountId, const User &actor)
{
    auto page = std::make_unique<ContactsPage>(world.database(), world.billing());
    QObject::connect(&world.billing(), &BillingService::accountChanged, page.get(),
                     &ContactsPage::onAccountChanged);
    page->setActor(actor);
    page->setAccount(accountId);
    page->resize(1100, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the contacts page was not exposed");
    return page;
}

} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void modelPassesTheModelTester();
    void totalComesFromSqlNotFromLoadedRows();
    void filterSelectAllMatchingAndArchive();
    void cancelledArchiveChangesNothing();
    void nonMarketingShowsThePendingSwitch();
    void marketingButtonsNeedThePermission();
    void importThroughTheFileDialog();
    void badImportIsReportedAndChangesNothing();
    void cancelledImportImportsNothing();
    void floorLinkOpensTheArchivableContacts();
    void screenshots();
};

void TestContactsPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::clearNextFileName();
}

void TestContactsPage::modelPassesTheModelTester()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 700);
    world.addContacts(id, 50, false);
    ContactsModel model(world.database(), world.catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(id, {});
    QCOMPARE(model.rowCount(), ContactsModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 750);
    model.sort(ContactsModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), ContactsModel::pageSize);
    QCOMPARE(model.data(model.index(0, ContactsModel::Name)).toString(),
             QStringLiteral("Contact 99"));
    model.setQuery(id, {std::nullopt, false, {}});
    QCOMPARE(model.total(), 50);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery(0, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestContactsPage::totalComesFromSqlNotFromLoadedRows()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1300);
    auto page = openPage(world, id, world.owner);
    QCOMPARE(page->model()->total(), 1300);
    QVERIFY(page->model()->rowCount() < 1300);
    auto *summary = child<QLabel>(*page, "contactsSummaryLabel");
    QVERIFY2(summary->text().contains(QStringLiteral("1,300")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("Pending upgrade 300")),
             qPrintable(summary->text()));
}

void TestContactsPage::filterSelectAllMatchingAndArchive()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1500);
    auto page = openPage(world, id, world.owner);

    child<QComboBox>(*page, "statusFilter")->setCurrentIndex(1); // Subscribed
    auto *search = child<QLineEdit>(*page, "contactsSearchEdit");
    QTest::keyClicks(search, QStringLiteral("Contact 1"));
    QTest::keyClick(search, Qt::Key_Return);
    // Subscribed are the first 1,000: Contact 1, 10–19, 100–199.
    QCOMPARE(page->model()->total(), 111);

    auto *table = child<QTableView>(*page, "contactsTable");
    table->selectRow(0);
    QCOMPARE(page->selectedCount(), 1);
    auto *selectAll = child<QPushButton>(*page, "selectAllMatchingButton");
    QVERIFY(selectAll->isVisible());
    QVERIFY2(selectAll->text().contains(QStringLiteral("111")), qPrintable(selectAll->text()));
    QTest::mouseClick(selectAll, Qt::LeftButton);
    QVERIFY(page->allMatchingSelected());
    QCOMPARE(page->selectedCount(), 111);

    bool progressShown = false;
    QTimer::singleShot(0, page.get(), [&] {
        auto *dialog = page->findChild<QProgressDialog *>(QStringLiteral("contactsProgressDialog"));
        progressShown = dialog && dialog->isVisible();
    });
    QSignalSpy changed(&world.billing(), &BillingService::accountChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*page, "archiveButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("111")));
    QVERIFY(progressShown);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(world.counts(id).archived, 111);
    QCOMPARE(world.counts(id).subscribed, 889);
    QCOMPARE(page->model()->total(), 0); // the filter still shows Subscribed
}

void TestContactsPage::cancelledArchiveChangesNothing()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.addContacts(id, 3000);
    const QString before = world.contactsFingerprint();
    auto page = openPage(world, id, world.owner);
    page->selectAllMatching();
    QTimer::singleShot(0, page.get(), [&] {
        auto *dialog = page->findChild<QProgressDialog *>(QStringLiteral("contactsProgressDialog"));
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->cancel();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->runBulkAction(ContactsPage::BulkAction::Archive);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("No contact was changed")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(world.contactsFingerprint(), before);
}

void TestContactsPage::nonMarketingShowsThePendingSwitch()
{
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 5);
    auto page = openPage(world, id, world.admin);
    child<QTableView>(*page, "contactsTable")->selectRow(2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*page, "setNonMarketingButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("10 Apr 2026")),
             qPrintable(MessageBox::lastText()));
    const QString shown =
        page->model()->data(page->model()->index(2, ContactsModel::Marketing)).toString();
    QCOMPARE(shown, QStringLiteral("Non-marketing from 10 Apr 2026"));
    QCOMPARE(world.counts(id).subscribed, 5); // still counts until then
}

void TestContactsPage::marketingButtonsNeedThePermission()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.addContacts(id, 3);
    auto page = openPage(world, id, world.rep);
    page->selectAllMatching();
    QVERIFY(child<QPushButton>(*page, "archiveButton")->isEnabled());
    auto *marketing = child<QPushButton>(*page, "setMarketingButton");
    QVERIFY(!marketing->isEnabled());
    QVERIFY2(marketing->toolTip().contains(QStringLiteral("Set contacts as marketing")),
             qPrintable(marketing->toolTip()));
    page->setActor(world.admin);
    QVERIFY(marketing->isEnabled());
}

void TestContactsPage::importThroughTheFileDialog()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 998);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("contacts.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "\xEF\xBB\xBFname;email;marketing\r\nÅsa;asa@example.se;yes\r\nBo;bo@example.se;yes\r\n"
        "Cai;cai@example.se;yes\r\nDag;dag@example.se;no\r\n");
    file.close();
    auto page = openPage(world, id, world.owner);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(*page, "importButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("4 added")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(world.counts(id).subscribed, 1000);
    QCOMPARE(world.counts(id).pendingUpgrade, 1);
    QCOMPARE(world.counts(id).nonMarketing, 1);
    QCOMPARE(page->model()->total(), 1002);
}

void TestContactsPage::badImportIsReportedAndChangesNothing()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.addContacts(id, 3);
    const QString before = world.contactsFingerprint();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,email\nA,a@example.com\nB,not-an-address\n");
    file.close();
    auto page = openPage(world, id, world.owner);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page->importCsv();
    QVERIFY2(MessageBox::lastText().contains(
                 QStringLiteral("row 3, column email: “not-an-address” is not an email address")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(world.contactsFingerprint(), before);
}

void TestContactsPage::cancelledImportImportsNothing()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.addContacts(id, 3);
    const QString before = world.contactsFingerprint();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray data("email,marketing\n");
    for (int i = 0; i < 25'000; ++i)
        data += "n" + QByteArray::number(i) + "@example.com,no\n";
    file.write(data);
    file.close();
    auto page = openPage(world, id, world.owner);
    // Cancel as soon as the progress dialog first lets events through.
    QTimer::singleShot(0, page.get(), [&] {
        auto *dialog = page->findChild<QProgressDialog *>(QStringLiteral("contactsProgressDialog"));
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->cancel();
    });
    FileDialog::setNextFileName(path);
    page->importCsv();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nothing was imported")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(world.contactsFingerprint(), before);
}

void TestContactsPage::floorLinkOpensTheArchivableContacts()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.addContacts(id, 2500);
    world.addContacts(id, 10, false);
    BillingPage billing(world.database(), world.billing());
    billing.setActor(world.owner);
    billing.setAccount(id);
    auto page = openPage(world, 0, world.owner);
    QObject::connect(&billing, &BillingPage::archiveContactsRequested, page.get(),
                     &ContactsPage::showArchivable);
    QSignalSpy requested(&billing, &BillingPage::archiveContactsRequested);
    ChangeTierDialog *dialog = billing.openChangeTierDialog();
    QVERIFY(dialog);
    auto *link = child<QLabel>(*dialog, "archiveLinkLabel");
    QVERIFY(link->isVisibleTo(dialog));
    Q_EMIT link->linkActivated(QStringLiteral("contacts"));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(page->accountId(), id);
    QCOMPARE(page->filter(), (ContactFilter {ContactStatus::Subscribed, true, {}}));
    QCOMPARE(page->model()->total(), 2500);
}

void TestContactsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restoreLanguage = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWorld world(QDate(2026, 3, 10));
    const qint64 id = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                          QStringLiteral("Havsbris Studio"));
    world.buyCampaigns(id, 1000);
    QList<NewContact> people;
    const QStringList first = {QStringLiteral("Åsa"),    QStringLiteral("Bo"),
                               QStringLiteral("Dewi"),   QStringLiteral("Giulia"),
                               QStringLiteral("Matteo"), QStringLiteral("Putri"),
                               QStringLiteral("Sven"),   QStringLiteral("Ingrid")};
    const QStringList last = {QStringLiteral("Lindqvist"), QStringLiteral("Santoso"),
                              QStringLiteral("Rossi"),     QStringLiteral("Berg"),
                              QStringLiteral("Conti"),     QStringLiteral("Wijaya")};
    for (int i = 0; i < 1240; ++i) {
        const QString name =
            first.at(i % first.size()) + QLatin1Char(' ') + last.at(i % last.size());
        people.append(
            {name,
             QStringLiteral("%1.%2@example.com").arg(first.at(i % first.size()).toLower()).arg(i),
             i % 9 != 4});
    }
    TL_VERIFY_OK(world.contacts().addContacts(world.admin, id, people, world.clock().today()));
    TL_VERIFY_OK(world.contacts().setMarketing(
        world.admin, id, ContactSelection {{3, 5}, false, {}}, false, world.clock().today()));
    auto page = openPage(world, id, world.owner);
    child<QTableView>(*page, "contactsTable")->selectRow(1);
    child<QTableView>(*page, "contactsTable")->selectRow(2);
    QVERIFY(shoot(page.get(), folder, "contacts.png"));
    page->setFilter({ContactStatus::Subscribed, true, QStringLiteral("berg")});
    page->selectAllMatching();
    QVERIFY(shoot(page.get(), folder, "contacts_filtered.png"));

    const qint64 big = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                           QStringLiteral("Fjällbacka Logistik"));
    world.buyCampaigns(big, 5000);
    world.addContacts(big, 2600);
    BillingPage billing(world.database(), world.billing());
    billing.setActor(world.owner);
    billing.setAccount(big);
    ChangeTierDialog *dialog = billing.openChangeTierDialog();
    QVERIFY(shoot(dialog, folder, "change_number_floor_link.png"));
    dialog->reject();
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
