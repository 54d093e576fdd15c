// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountspage.h"
#include "accounts/ledgermodel.h"
#include "appsettings.h"
#include "billing/billingpage.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "settings/settingspage.h"
#include "testworld.h"

#include <QComboBox>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void offersEveryLanguageByItsOwnName();
    void languageAppliesAtOnceAndIsRemembered_data();
    void languageAppliesAtOnceAndIsRemembered();
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tierline"));
}

void TestSettingsPage::cleanup()
{
    Language::apply(QStringLiteral("en"));
    AppSettings().setLanguage({});
}

void TestSettingsPage::offersEveryLanguageByItsOwnName()
{
    SettingsPage page;
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names.append(combo->itemText(i));
    QCOMPARE(names,
             (QStringList {QStringLiteral("American English"), QStringLiteral("Svenska"),
                           QStringLiteral("Indonesia"), QStringLiteral("Italiano")}));
    QVERIFY(combo->itemData(0).toString().isEmpty()); // follow the system
}

void TestSettingsPage::languageAppliesAtOnceAndIsRemembered_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("accountsPage");
    QTest::addColumn<QString>("purchase");
    // 1,000 subscribers in SEK: 16,900 öre a month.
    QTest::newRow("Swedish") << QStringLiteral("sv") << QStringLiteral("Konton")
                             << QStringLiteral("169,00\u00a0kr");
    QTest::newRow("Indonesian") << QStringLiteral("id") << QStringLiteral("Akun")
                                << QStringLiteral("SEK\u00a0169,00");
    QTest::newRow("Italian") << QStringLiteral("it") << QStringLiteral("Account")
                             << QStringLiteral("169,00\u00a0SEK");
}

void TestSettingsPage::languageAppliesAtOnceAndIsRemembered()
{
    QFETCH(QString, code);
    QFETCH(QString, accountsPage);
    QFETCH(QString, purchase);
    TestWorld world;
    const qint64 id = world.createAccount(QStringLiteral("SEK"));
    world.buyCampaigns(id, 1000);
    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.accountsPage()->selectAccount(id);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Accounts"));

    window.settingsPage()->chooseLanguage(code);

    // The words (retranslated on the posted LanguageChange), and the amounts already on
    // screen, follow without a restart.
    QTRY_COMPARE(navigation->item(0)->text(), accountsPage);
    const LedgerModel *ledger = window.billingPage()->ledgerModel();
    QCOMPARE(ledger->rowCount(), 1);
    QCOMPARE(ledger->index(0, LedgerModel::Amount).data().toString(), purchase);
    QCOMPARE(AppSettings().language(), code);

    window.settingsPage()->chooseLanguage(QStringLiteral("en"));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Accounts"));
    QCOMPARE(ledger->index(0, LedgerModel::Amount).data().toString(),
             QStringLiteral("SEK\u00a0169.00"));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
