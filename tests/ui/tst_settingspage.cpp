// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountspage.h"
#include "accounts/ledgermodel.h"
#include "appsettings.h"
#include "billing/billingpage.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "settings/databasecard.h"
#include "settings/settingspage.h"
#include "testworld.h"
#include "widgettest.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
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
    void databaseChoiceIsCheckedAndKeptWithoutPassword_data();
    void databaseChoiceIsCheckedAndKeptWithoutPassword();
    void screenshots();
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

void TestSettingsPage::databaseChoiceIsCheckedAndKeptWithoutPassword_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("says");
    const QString folder = QDir::tempPath();
    QTest::newRow("an SQLite file") << folder + QStringLiteral("/team.sqlite") << true
                                    << QStringLiteral("At the next start Tierline opens");
    QTest::newRow("a PostgreSQL server")
        << QStringLiteral("postgresql://anna@db.example.com:5433/tierline?sslmode=require") << true
        << QStringLiteral("postgresql://anna@db.example.com:5433/tierline");
    QTest::newRow("a password in the address")
        << QStringLiteral("postgresql://anna:s3cret@db.example.com/tierline") << false
        << QStringLiteral("password");
    QTest::newRow("a missing folder") << QStringLiteral("/no/such/folder/tierline.sqlite") << false
                                      << QStringLiteral("does not exist");
    QTest::newRow("a relative path")
        << QStringLiteral("tierline.sqlite") << false << QStringLiteral("full path");
    QTest::newRow("a folder") << folder << false << QStringLiteral("not a readable file");
    // The same checks as the next start makes: a file that is no SQLite database is refused.
    const QString notes = folder + QStringLiteral("/tierline-notes.txt");
    QFile file(notes);
    if (file.open(QIODevice::WriteOnly))
        file.write("not a database\n");
    QTest::newRow("not an SQLite file") << notes << false << QStringLiteral("not an SQLite file");
}

void TestSettingsPage::databaseChoiceIsCheckedAndKeptWithoutPassword()
{
    QFETCH(QString, location);
    QFETCH(bool, accepted);
    QFETCH(QString, says);
    AppSettings().setDatabase({});
    DatabaseCard card(QStringLiteral("/home/anna/.local/share/tierline/tierline.sqlite"));
    auto *edit = card.findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, location);
    QTest::keyClick(edit, Qt::Key_Return);
    const QString status = card.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"))->text();
    QVERIFY2(status.contains(says), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("s3cret")));
    QCOMPARE(AppSettings().database(), accepted ? location : QString());
    AppSettings().sync();
    QFile settingsFile(AppSettings::location());
    if (settingsFile.open(QIODevice::ReadOnly))
        QVERIFY(!settingsFile.readAll().contains("s3cret"));

    // Back to the default file.
    card.findChild<QPushButton *>(QStringLiteral("defaultDatabaseButton"))->click();
    QVERIFY(AppSettings().database().isEmpty());
}

void TestSettingsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restore = qScopeGuard([] {
        Language::apply(QStringLiteral("en"));
        AppSettings().setDatabase({});
    });
    DatabaseCard card(QStringLiteral("/home/anna/.local/share/tierline/tierline.sqlite"));
    QVERIFY(card.choose(QStringLiteral("postgresql://anna@db.example.com/tierline")));
    card.resize(860, card.sizeHint().height());
    card.show();
    QVERIFY(shoot(&card, folder, "database.png"));
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
