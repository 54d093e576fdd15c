// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// X7 in the GUI: an action on an account that another program changed since the page showed
// it is refused with "changed by someone else", and the page shows the account as it is now.
#include "billing/billingpage.h"
#include "testworld.h"
#include "widgets/messagebox.h"
#include "widgettest.h"

#include <QFrame>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

class TestBillingConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void staleActionIsRefusedAndReloaded();
};

void TestBillingConflict::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBillingConflict::staleActionIsRefusedAndReloaded()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    BillingPage page(world.database(), world.billing());
    page.setActor(world.owner);
    page.setAccount(id);
    page.show();
    QVERIFY(child<QFrame>(page, "tryBanner")->isVisible());

    // Another program, on its own connection, starts the trial; this page is not told.
    auto other = Database::open(world.databasePath());
    QVERIFY(other.ok());
    BillingService otherBilling(**other, world.catalog(), world.clock());
    TL_VERIFY_OK(otherBilling.startTrial(world.admin, id));
    const qint64 audited =
        world.database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(page, "tryForFreeButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(
        world.database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong(),
        audited);
    // Reloaded: the page now shows the trial the other program started.
    QVERIFY(!child<QFrame>(page, "tryBanner")->isVisible());
    QVERIFY(child<QFrame>(page, "billingTrialBanner")->isVisible());
}

QTEST_MAIN(TestBillingConflict)
#include "tst_billingconflict.moc"
