// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountspage.h"
#include "accounts/ledgermodel.h"
#include "billing/accountchangerequestdialog.h"
#include "billing/billingpage.h"
#include "billing/billingtext.h"
#include "billing/changeplandialog.h"
#include "billing/changerequests.h"
#include "billing/changetierdialog.h"
#include "billing/ledger.h"
#include "billing/plancard.h"
#include "billing/reviewpurchasedialog.h"
#include "calendar/clock.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "money/moneyformat.h"
#include "testworld.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgettest.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

QString money(qint64 minor, const QString &currency = QStringLiteral("USD"))
{
    return formatMoney(Money(minor, currency));
}

/** Answers every message box that shows itself, with its default or first button. */
class MessageBoxAnswerer : public QObject
{
public:
    MessageBoxAnswerer()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++answered;
            QAbstractButton *button = box->defaultButton();
            if (!button && !box->buttons().isEmpty())
                button = box->buttons().constFirst();
            if (button)
                button->click();
        });
        m_timer.start();
    }
    int answered = 0;

private:
    QTimer m_timer;
};

/** Translates a few chosen source texts, so that a language switch can be seen. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (QLatin1String(context) == QLatin1String("Tierline::BillingPage")
            && source == QLatin1String("Billing history"))
            return QStringLiteral("Faktureringshistorik");
        if (QLatin1String(context) == QLatin1String("Tierline::ChangeTierDialog")
            && source == QLatin1String("Charged today"))
            return QStringLiteral("Debiteras idag");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestBillingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void sliderPreviewShowsTheCoresQuote_data();
    void sliderPreviewShowsTheCoresQuote();
    void sliderAndPaneHaveAccessibleNames();
    void upgradeGoesThroughReviewPurchase();
    void sliderStopsAtTheFloor();
    void downgradeIsScheduledAndShown();
    void trialChoiceIsFree();
    void increaseLimitOpensOnTheNextTier();
    void buyCampaignsChargesTheFirstCycle();
    void cancelShowsTheEffectiveDate();
    void trialBannerCountsDown_data();
    void trialBannerCountsDown();
    void reviewButtonsFollowPermissions();
    void withoutBillingAccessEverythingIsReadOnly();
    void requestAccountChangeIsStored();
    void receiptIsSavedAsPdf();
    void unwritableReceiptIsReported();
    void coreRefusalsAreShown();
    void retranslatesOnLanguageChange();
    void followsTheMainWindowsAccountAndUser();
    void seatsAddedThroughReviewPurchase();
    void fewerSeatsAreScheduledAfterAConfirmation();
    void addonAddedToThePlan();
    void cheaperPlanWarnsAndBecomesARequest();
    void dearerPlanGoesThroughReview();
    void planIsReadOnlyWithoutBillingAccess();
    void screenshots();

private:
    std::unique_ptr<BillingPage> openPage(TestWorld &world, qint64 accountId, const User &actor);
};

void TestBillingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tierline"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBillingPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::clearNextFileName();
}

std::unique_ptr<BillingPage> TestBillingPage::openPage(TestWorld &world, qint64 accountId,
                                                       const User &actor)
{
    auto page = std::make_unique<BillingPage>(world.database(), world.billing());
    QObject::connect(&world.billing(), &BillingService::accountChanged, page.get(),
                     &BillingPage::onAccountChanged);
    page->setActor(actor);
    page->setAccount(accountId);
    page->resize(1000, 760);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the billing page was not exposed");
    return page;
}

void TestBillingPage::sliderPreviewShowsTheCoresQuote_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("tier");
    QTest::newRow("start on the current tier") << QList<int>() << 5000;
    QTest::newRow("right arrow: one step up") << QList<int> {Qt::Key_Right} << 6000;
    QTest::newRow("page up: five steps") << QList<int> {Qt::Key_PageUp} << 10000;
    QTest::newRow("page up, left") << QList<int> {Qt::Key_PageUp, Qt::Key_Left} << 9000;
    QTest::newRow("end: the top tier") << QList<int> {Qt::Key_End} << 50000;
    QTest::newRow("end, page down") << QList<int> {Qt::Key_End, Qt::Key_PageDown} << 45000;
    QTest::newRow("home: the lowest tier (a downgrade)") << QList<int> {Qt::Key_Home} << 1000;
}

void TestBillingPage::sliderPreviewShowsTheCoresQuote()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, tier);
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.clock().advanceDays(12);
    auto page = openPage(world, id, world.owner);
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    QVERIFY(dialog);
    auto *slider = child<QSlider>(*dialog, "tierSlider");
    for (const int key : std::as_const(keys))
        QTest::keyClick(slider, Qt::Key(key));

    QCOMPARE(dialog->chosenTier(), tier);
    QCOMPARE(child<QLabel>(*dialog, "tierValueLabel")->text(), QLocale().toString(tier));
    const Account account = world.account(id);
    const auto core = world.billing().quoteTierChange(account, tier);
    TL_VERIFY_OK(core);
    const auto planned = TierChangePlanner(world.catalog()).quote(dialog->questionFor(tier));
    TL_VERIFY_OK(planned);
    QCOMPARE(planned->chargedToday, core->chargedToday);
    QCOMPARE(planned->credit, core->credit);
    QCOMPARE(planned->charge, core->charge);
    QCOMPARE(planned->effective, core->effective);

    QCOMPARE(child<QLabel>(*dialog, "tierPriceLabel")->text(), money(core->toPrice));
    QCOMPARE(child<QLabel>(*dialog, "chargedTodayLabel")->text(), money(core->chargedToday));
    QCOMPARE(child<QLabel>(*dialog, "nextCyclePriceLabel")->text(), money(core->nextCyclePrice));
    QCOMPARE(child<QLabel>(*dialog, "effectiveDateLabel")->text(), formatDate(core->effective));
    QCOMPARE(child<QLabel>(*dialog, "changeKindLabel")->text(),
             BillingText::tierChangeKind(core->kind, false));
    QCOMPARE(child<QLabel>(*dialog, "pricePerSubscriberLabel")->text(),
             BillingText::pricePerThousandSubscribers(core->toPrice, QStringLiteral("USD"), tier));
    auto *credit = child<QLabel>(*dialog, "creditLabel");
    auto *charge = child<QLabel>(*dialog, "chargeLabel");
    if (core->kind == TierChangeKind::Upgrade) {
        QVERIFY(core->chargedToday > 0);
        QVERIFY(credit->isVisible());
        QCOMPARE(credit->text(), money(-core->credit));
        QCOMPARE(charge->text(), money(core->charge));
        QCOMPARE(child<QLabel>(*dialog, "daysLeftLabel")->text(),
                 BillingText::daysLeftInCycle(core->daysLeft, core->daysInCycle));
    } else {
        QCOMPARE(core->chargedToday, 0);
        QVERIFY(!credit->isVisible());
    }
    // No floating point: the per-1,000 price is the integer half-up quotient.
    QVERIFY(child<QLabel>(*dialog, "pricePerSubscriberLabel")
                ->text()
                .contains(money(mulDivRoundHalfUp(core->toPrice, 1000, tier))));
}

void TestBillingPage::sliderAndPaneHaveAccessibleNames()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    auto page = openPage(world, id, world.owner);
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    QVERIFY(dialog);
    for (const char *name : {"tierSlider", "previewPane"}) {
        QAccessibleInterface *face =
            QAccessible::queryAccessibleInterface(child<QWidget>(*dialog, name));
        QVERIFY(face);
        QVERIFY2(!face->text(QAccessible::Name).isEmpty(), name);
    }
}

void TestBillingPage::upgradeGoesThroughReviewPurchase()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.clock().advanceDays(10);
    auto page = openPage(world, id, world.owner);
    QTest::mouseClick(child<QPushButton>(*page, "changeNumberButton"), Qt::LeftButton);
    auto *dialog = page->findChild<ChangeTierDialog *>();
    QVERIFY(dialog);
    auto *slider = child<QSlider>(*dialog, "tierSlider");
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(dialog->chosenTier(), 8000);
    const auto quote = world.billing().quoteTierChange(world.account(id), 8000);
    TL_VERIFY_OK(quote);
    QCOMPARE(quote->kind, TierChangeKind::Upgrade);

    QTest::mouseClick(child<QPushButton>(*dialog, "continueButton"), Qt::LeftButton);
    ReviewPurchaseDialog *review = dialog->reviewDialog();
    QVERIFY(review);
    QVERIFY(review->isVisible());
    QCOMPARE(child<QLabel>(*review, "chargedTodayLabel")->text(), money(quote->chargedToday));
    QCOMPARE(child<QLabel>(*review, "creditLabel")->text(), money(-quote->credit));
    QCOMPARE(child<QLabel>(*review, "chargeLabel")->text(), money(quote->charge));
    QVERIFY(child<QLabel>(*review, "nextCyclePriceLabel")
                ->text()
                .startsWith(money(quote->nextCyclePrice)));
    QVERIFY(world.ledger(id).size() == 1); // nothing booked before the confirmation

    QPointer<ChangeTierDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(*review, "confirmPurchaseButton"), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QCOMPARE(world.account(id).campaigns.tier, 8000);

    const QList<LedgerEntry> lines = world.ledger(id);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1).reason, LedgerReason::UpgradeCredit);
    QCOMPARE(lines.at(1).amount, -quote->credit);
    QCOMPARE(lines.at(2).reason, LedgerReason::UpgradeCharge);
    QCOMPARE(lines.at(2).amount, quote->charge);

    // The history table shows both lines, refreshed by accountChanged alone.
    auto *history = child<QTableView>(*page, "billingHistoryTable");
    const QAbstractItemModel *model = history->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, LedgerModel::Amount).data().toString(), money(-quote->credit));
    QCOMPARE(model->index(2, LedgerModel::Amount).data().toString(), money(quote->charge));
    QCOMPARE(child<QLabel>(*page, "tierLabel")->text(), QStringLiteral("8,000"));
}

void TestBillingPage::sliderStopsAtTheFloor()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 30000);
    world.addContacts(id, 27001);
    QCOMPARE(world.counts(id).subscribed, 27001);
    auto page = openPage(world, id, world.owner);
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->floorTier(), 28000);
    auto *slider = child<QSlider>(*dialog, "tierSlider");
    auto *floor = child<QLabel>(*dialog, "floorLabel");
    QVERIFY(floor->isVisible());
    QVERIFY2(floor->text().contains(QStringLiteral("28,000"))
                 && floor->text().contains(QStringLiteral("27,001")),
             qPrintable(floor->text()));

    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(dialog->chosenTier(), 28000);
    QTest::keyClick(slider, Qt::Key_Left);
    QTest::keyClick(slider, Qt::Key_PageDown);
    QCOMPARE(dialog->chosenTier(), 28000);
    QCOMPARE(child<QLabel>(*dialog, "tierValueLabel")->text(), QStringLiteral("28,000"));
    QCOMPARE(dialog->currentQuote()->kind, TierChangeKind::Downgrade);

    // The core refuses a tier under the floor anyway.
    const auto refused = world.billing().changeTier(world.owner, id, 27000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
}

void TestBillingPage::downgradeIsScheduledAndShown()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 20000);
    world.clock().advanceDays(5);
    auto page = openPage(world, id, world.owner);
    auto *banner = child<QFrame>(*page, "scheduledChangeBanner");
    QVERIFY(!banner->isVisible());
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    auto *slider = child<QSlider>(*dialog, "tierSlider");
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(dialog->chosenTier(), 12000);
    QCOMPARE(child<QLabel>(*dialog, "chargedTodayLabel")->text(), money(0));
    QCOMPARE(child<QLabel>(*dialog, "changeKindLabel")->text(),
             BillingText::tierChangeKind(TierChangeKind::Downgrade, false));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*dialog, "continueButton"), Qt::LeftButton);
    const Account account = world.account(id);
    QCOMPARE(account.campaigns.scheduledTier.value_or(0), 12000);
    QCOMPARE(account.campaigns.tier, 20000);
    QVERIFY(MessageBox::lastText().contains(formatDate(account.campaigns.cycle.end)));
    QVERIFY(banner->isVisible());
    const QString expected =
        QCoreApplication::translate("Tierline::BillingText", "Downgrade to %Ln subscriber(s) on %1",
                                    nullptr, 12000)
            .arg(formatDate(account.campaigns.cycle.end));
    QCOMPARE(child<QLabel>(*page, "scheduledChangeLabel")->text(), expected);
    QVERIFY(expected.contains(QStringLiteral("12,000")));
}

void TestBillingPage::trialChoiceIsFree()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    TL_VERIFY_OK(world.billing().startTrial(world.owner, id));
    world.clock().advanceDays(3);
    auto page = openPage(world, id, world.owner);
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    QVERIFY(dialog);
    QTest::keyClick(child<QSlider>(*dialog, "tierSlider"), Qt::Key_PageUp);
    QCOMPARE(dialog->chosenTier(), 6000);
    QCOMPARE(child<QLabel>(*dialog, "chargedTodayLabel")->text(), money(0));
    QCOMPARE(child<QLabel>(*dialog, "changeKindLabel")->text(),
             BillingText::tierChangeKind(TierChangeKind::Upgrade, true));
    const Account account = world.account(id);
    QCOMPARE(child<QLabel>(*dialog, "effectiveDateLabel")->text(),
             formatDate(account.campaigns.trialEnd));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*dialog, "continueButton"), Qt::LeftButton);
    QCOMPARE(world.account(id).campaigns.scheduledTier.value_or(0), 6000);
    QVERIFY(world.ledger(id).isEmpty());
}

void TestBillingPage::increaseLimitOpensOnTheNextTier()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 1000);
    world.addContacts(id, 1005);
    QCOMPARE(world.counts(id).pendingUpgrade, 5);
    auto page = openPage(world, id, world.owner);
    auto *increase = child<QPushButton>(*page, "increaseLimitButton");
    QVERIFY(increase->isVisible());
    QCOMPARE(child<QLabel>(*page, "pendingLabel")->text(), QStringLiteral("5"));
    QTest::mouseClick(increase, Qt::LeftButton);
    auto *dialog = page->findChild<ChangeTierDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->chosenTier(), 2000);
    QCOMPARE(dialog->currentQuote()->kind, TierChangeKind::Upgrade);
}

void TestBillingPage::buyCampaignsChargesTheFirstCycle()
{
    TestWorld world;
    const qint64 id = world.createAccount(QStringLiteral("EUR"), BillingInterval::Annual);
    auto page = openPage(world, id, world.owner);
    auto *buy = child<QPushButton>(*page, "buyCampaignsButton");
    QVERIFY(!buy->isVisible()); // no approved review yet
    QTest::mouseClick(child<QPushButton>(*page, "requestReviewButton"), Qt::LeftButton);
    QCOMPARE(world.account(id).campaigns.review, ReviewState::Pending);
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, id, true));
    QVERIFY(buy->isVisible());

    QTest::mouseClick(buy, Qt::LeftButton);
    auto *dialog = page->findChild<ChangeTierDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ChangeTierDialog::Mode::Purchase);
    QTest::keyClick(child<QSlider>(*dialog, "tierSlider"), Qt::Key_PageUp);
    const int tier = dialog->chosenTier();
    QCOMPARE(tier, 6000);
    const qint64 price =
        *world.catalog().campaignsPrice(QStringLiteral("EUR"), BillingInterval::Annual, tier);
    QCOMPARE(child<QLabel>(*dialog, "chargedTodayLabel")->text(),
             money(price, QStringLiteral("EUR")));
    QTest::mouseClick(child<QPushButton>(*dialog, "continueButton"), Qt::LeftButton);
    ReviewPurchaseDialog *review = dialog->reviewDialog();
    QVERIFY(review);
    QCOMPARE(child<QLabel>(*review, "chargedTodayLabel")->text(),
             money(price, QStringLiteral("EUR")));
    QVERIFY(review->confirm());

    const Account account = world.account(id);
    QCOMPARE(account.campaigns.status, CampaignsStatus::Active);
    QCOMPARE(account.campaigns.tier, tier);
    const QList<LedgerEntry> lines = world.ledger(id);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().reason, LedgerReason::Purchase);
    QCOMPARE(lines.constFirst().amount, price);
    QVERIFY(!buy->isVisible());
}

void TestBillingPage::cancelShowsTheEffectiveDate()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.clock().advanceDays(4);
    auto page = openPage(world, id, world.owner);
    auto *cancel = child<QPushButton>(*page, "cancelCampaignsButton");
    QVERIFY(cancel->isVisible());

    // "No" leaves everything as it was.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!world.account(id).campaigns.cancelOn.isValid());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBoxAnswerer answerer; // the confirmation popup after the question
    QTest::mouseClick(cancel, Qt::LeftButton);
    const Account account = world.account(id);
    QVERIFY(account.campaigns.cancelOn.isValid());
    QCOMPARE(account.campaigns.cancelOn, account.campaigns.cycle.end);
    QCOMPARE(answerer.answered, 1);
    QCOMPARE(MessageBox::lastText(), BillingText::cancelledFrom(account.campaigns.cancelOn));
    QVERIFY(MessageBox::lastText().contains(formatDate(account.campaigns.cycle.end)));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("10 Apr 2026")));

    // Usable until then: the banner says so and offers Resume.
    QVERIFY(child<QFrame>(*page, "scheduledChangeBanner")->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!child<QPushButton>(*page, "changeNumberButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(*page, "resumeButton"), Qt::LeftButton);
    QVERIFY(!world.account(id).campaigns.cancelOn.isValid());
    QVERIFY(cancel->isVisible());
}

void TestBillingPage::trialBannerCountsDown_data()
{
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<int>("daysLeft");
    QTest::newRow("first day of 21") << 0 << 21;
    QTest::newRow("second day: 20 left") << 1 << 20;
    QTest::newRow("last day: 1 left") << 20 << 1;
    QTest::newRow("day after the trial: no banner") << 21 << 0;
}

void TestBillingPage::trialBannerCountsDown()
{
    QFETCH(int, daysLater);
    QFETCH(int, daysLeft);
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.owner);
    auto *banner = child<QFrame>(*page, "billingTrialBanner");
    auto *tryBanner = child<QFrame>(*page, "tryBanner");
    QVERIFY(!banner->isVisible());
    QVERIFY(tryBanner->isVisible());
    QTest::mouseClick(child<QPushButton>(*page, "tryForFreeButton"), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QVERIFY(!tryBanner->isVisible());
    auto *label = child<QLabel>(*page, "billingTrialDaysLeftLabel");
    QCOMPARE(label->text(), BillingText::trialDaysLeft(21));
    const QDate trialEnd = world.account(id).campaigns.trialEnd;
    QVERIFY(child<QLabel>(*page, "billingTrialEndsLabel")
                ->text()
                .contains(formatDate(trialEnd.addDays(-1))));

    world.clock().advanceDays(daysLater);
    TL_VERIFY_OK(world.billing().catchUp());
    page->refresh();
    if (daysLeft == 0) {
        QVERIFY(!banner->isVisible());
        QVERIFY(!tryBanner->isVisible()); // the trial was taken
        return;
    }
    QVERIFY(banner->isVisible());
    QCOMPARE(label->text(),
             QCoreApplication::translate("Tierline::BillingText", "%Ln day(s) left in your trial",
                                         nullptr, daysLeft));
    QVERIFY(label->text().startsWith(QLocale().toString(daysLeft) + QLatin1Char(' ')));
    // Assistive technology hears the banner say the same.
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(face);
    QCOMPARE(face->text(QAccessible::Name), label->text());
}

void TestBillingPage::reviewButtonsFollowPermissions()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.owner);
    auto *request = child<QPushButton>(*page, "requestReviewButton");
    auto *approve = child<QPushButton>(*page, "approveReviewButton");
    QVERIFY(request->isEnabled());
    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(request->text(), QStringLiteral("Expedite review"));
    QVERIFY(!approve->isVisible()); // the owner does not decide reviews
    QTest::mouseClick(request, Qt::LeftButton);
    QVERIFY(world.account(id).campaigns.reviewExpedited);
    QVERIFY(!request->isVisible());

    page->setActor(world.reviewer);
    QVERIFY(approve->isVisible());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(world.account(id).campaigns.review, ReviewState::Approved);
    QCOMPARE(child<QLabel>(*page, "billingReviewLabel")->text(),
             BillingText::review(ReviewState::Approved));
}

void TestBillingPage::withoutBillingAccessEverythingIsReadOnly()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    auto page = openPage(world, id, world.rep);
    auto *reason = child<QLabel>(*page, "readOnlyLabel");
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(PermissionText::missing(world.rep, Permission::BillingAccess)));
    for (const char *name :
         {"changeNumberButton", "cancelCampaignsButton", "contactUsButton", "requestReviewButton"})
        QVERIFY2(!child<QPushButton>(*page, name)->isEnabled(), name);
    QCOMPARE(child<QPushButton>(*page, "changeNumberButton")->toolTip(),
             PermissionText::missing(world.rep, Permission::BillingAccess));

    // Even a dialog opened anyway cannot continue, and the core refuses by itself.
    ChangeTierDialog *dialog = page->openChangeTierDialog(8000);
    QVERIFY(!child<QPushButton>(*dialog, "continueButton")->isEnabled());
    const auto refused = world.billing().changeTier(world.rep, id, 8000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(world.billing().cancel(world.rep, id).error().kind, Error::Kind::Forbidden);

    // The same page with a user who has it is editable.
    page->setActor(world.owner);
    QVERIFY(!reason->isVisible());
    QVERIFY(child<QPushButton>(*page, "changeNumberButton")->isEnabled());
}

void TestBillingPage::requestAccountChangeIsStored()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.owner);
    child<QAction>(*page, "requestChangeAction")->trigger();
    auto *dialog = page->findChild<AccountChangeRequestDialog *>();
    QVERIFY(dialog);
    auto *send = child<QPushButton>(*dialog, "sendRequestButton");
    QVERIFY(!send->isEnabled()); // details are required
    auto *kind = child<QComboBox>(*dialog, "requestKindCombo");
    QCOMPARE(kind->count(), 4);
    kind->setCurrentIndex(2);
    QCOMPARE(kind->currentText(), ChangeRequests::kindText(ChangeRequestKind::Unbundle));
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, "requestDetailsEdit"),
                     QStringLiteral("Split Marketing and Sales at renewal."));
    QVERIFY(send->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(ChangeRequests::kindText(ChangeRequestKind::Unbundle)));
    const auto requests = ChangeRequests(world.database(), world.clock()).list(false, id);
    TL_VERIFY_OK(requests);
    QCOMPARE(requests->size(), 1);
    QCOMPARE(requests->constFirst().kind, ChangeRequestKind::Unbundle);
    QCOMPARE(requests->constFirst().details,
             QStringLiteral("Split Marketing and Sales at renewal."));
    QCOMPARE(requests->constFirst().requestedBy, world.owner.id);
}

void TestBillingPage::receiptIsSavedAsPdf()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    auto page = openPage(world, id, world.owner);
    auto *history = child<QTableView>(*page, "billingHistoryTable");
    auto *save = child<QPushButton>(*page, "saveReceiptButton");
    QVERIFY(save->isEnabled()); // the newest line is selected
    history->clearSelection();
    history->setCurrentIndex({});
    QVERIFY(!save->isEnabled());
    history->selectRow(0);
    QVERIFY(save->isEnabled());

    QTemporaryDir folder;
    const QString path =
        folder.filePath(QStringLiteral("receipt_%1.pdf")
                            .arg(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en"))));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(save, Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY(file.size() > 1000);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files),
             QStringList {QStringLiteral("receipt_%1.pdf")
                              .arg(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")))});
}

void TestBillingPage::unwritableReceiptIsReported()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    auto page = openPage(world, id, world.owner);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/receipt.pdf"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page->saveReceipt(0));
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

void TestBillingPage::coreRefusalsAreShown()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 20000);
    auto page = openPage(world, id, world.owner);
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    QTest::keyClick(child<QSlider>(*dialog, "tierSlider"), Qt::Key_PageDown);
    QCOMPARE(dialog->chosenTier(), 15000);
    // Someone else cancels meanwhile: the core refuses, and the refusal is shown.
    const auto cancelled = world.billing().cancel(world.admin, id);
    TL_VERIFY_OK(cancelled);
    MessageBox::setNextAnswer(QMessageBox::Yes); // the downgrade confirmation
    MessageBoxAnswerer answerer; // the warning
    QTest::mouseClick(child<QPushButton>(*dialog, "continueButton"), Qt::LeftButton);
    QCOMPARE(answerer.answered, 1);
    QVERIFY2(MessageBox::lastText().contains(formatDate(*cancelled)),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!world.account(id).campaigns.scheduledTier.has_value());
}

void TestBillingPage::retranslatesOnLanguageChange()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    auto page = openPage(world, id, world.owner);
    ChangeTierDialog *dialog = page->openChangeTierDialog();
    auto *history = child<QLabel>(*page, "historyTitleLabel");
    auto *charged = child<QLabel>(*dialog, "chargedTodayCaption");
    QCOMPARE(history->text(), QStringLiteral("Billing history"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(history->text(), QStringLiteral("Faktureringshistorik"));
    QTRY_COMPARE(charged->text(), QStringLiteral("Debiteras idag"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(history->text(), QStringLiteral("Billing history"));
}

void TestBillingPage::followsTheMainWindowsAccountAndUser()
{
    TestWorld world;
    const qint64 first = world.createAccount(QStringLiteral("USD"), BillingInterval::Monthly,
                                             QStringLiteral("Aurora Travel"));
    const qint64 second = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                              QStringLiteral("Solvik Media"));
    world.buyCampaigns(second, 3000);
    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Billing);
    BillingPage *page = window.billingPage();
    QCOMPARE(page->accountId(), window.accountsPage()->currentAccountId());
    QCOMPARE(page->accountId(), first);
    window.accountsPage()->selectAccount(second);
    QCOMPARE(page->accountId(), second);
    QCOMPARE(child<QLabel>(*page, "tierLabel")->text(), QStringLiteral("3,000"));
    QVERIFY(child<QPushButton>(*page, "changeNumberButton")->isEnabled());
    QVERIFY(window.setActingUser(world.rep.login));
    QVERIFY(!child<QPushButton>(*page, "changeNumberButton")->isEnabled());
    QVERIFY(child<QLabel>(*page, "readOnlyLabel")->isVisible());
}

void TestBillingPage::seatsAddedThroughReviewPurchase()
{
    TestWorld world; // 10 Mar 2026; Plus with 2 seats, 74.00 a month
    const qint64 id = world.createAccount();
    world.clock().setToday(QDate(2026, 3, 20));
    auto page = openPage(world, id, world.owner);
    auto *card = child<PlanCard>(*page, "planCard");
    QVERIFY(!child<QPushButton>(*card, "reviewSeatsButton")->isVisibleTo(card));

    QTest::mouseClick(child<QToolButton>(*card, "moreSeatsButton"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(*card, "moreSeatsButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(*card, "seatsLabel")->text(), QStringLiteral("4"));
    QCOMPARE(child<QLabel>(*card, "seatTotalLabel")->text(),
             QStringLiteral("Plan total: $74.00 → $104.00 per month"));
    QPushButton *review = child<QPushButton>(*card, "reviewSeatsButton");
    QVERIFY(review->isVisibleTo(card));
    QTest::mouseClick(review, Qt::LeftButton);

    auto *dialog = page->findChild<ReviewPurchaseDialog *>();
    QVERIFY(dialog);
    const auto quote = world.billing().quotePlanChange(world.account(id), PlanChange::toSeats(4));
    TL_VERIFY_OK(quote);
    QCOMPARE(child<QLabel>(*dialog, "chargedTodayLabel")->text(), money(quote->chargedToday));
    QCOMPARE(child<QLabel>(*dialog, "creditLabel")->text(), money(-quote->credit));
    QCOMPARE(child<QLabel>(*dialog, "chargeLabel")->text(), money(quote->charge));
    QCOMPARE(child<QLabel>(*dialog, "changeLabel")->text(), QStringLiteral("2 → 4"));
    QTest::mouseClick(child<QPushButton>(*dialog, "confirmPurchaseButton"), Qt::LeftButton);

    QCOMPARE(world.account(id).seats, 4);
    const QList<LedgerEntry> lines = world.planLedger(id);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).amount, quote->charge);
    // The history shows what the lines price.
    QCOMPARE(page->ledgerModel()->index(1, 1).data().toString(),
             QStringLiteral("Charge for the rest of the cycle at the new plan price · ")
                 + BillingText::seats(4));
    QCOMPARE(child<QLabel>(*card, "seatTotalLabel")->text(),
             QStringLiteral("Plan total: $104.00 per month"));
}

void TestBillingPage::fewerSeatsAreScheduledAfterAConfirmation()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.owner);
    auto *card = child<PlanCard>(*page, "planCard");
    QTest::mouseClick(child<QToolButton>(*card, "fewerSeatsButton"), Qt::LeftButton);
    QPushButton *schedule = child<QPushButton>(*card, "reviewSeatsButton");
    QCOMPARE(schedule->text(), QStringLiteral("Schedule fewer seats…"));

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(schedule, Qt::LeftButton);
    QVERIFY(!world.account(id).scheduledSeats);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(schedule, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("10 Apr 2026")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(world.account(id).scheduledSeats, std::optional<int>(1));
    QCOMPARE(world.account(id).seats, 2);
    QVERIFY(world.planLedger(id).isEmpty());
    QVERIFY(
        child<QLabel>(*card, "planRenewalLabel")->text().contains(QStringLiteral("1 user seat")));
}

void TestBillingPage::addonAddedToThePlan()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.owner);
    auto *card = child<PlanCard>(*page, "planCard");
    QPushButton *add = nullptr;
    for (QPushButton *button :
         card->findChildren<QPushButton *>(QStringLiteral("addToPlanButton"))) {
        if (button->property("addon").toString() == QLatin1String("sms"))
            add = button;
    }
    QVERIFY(add);
    QCOMPARE(add->accessibleName(), QStringLiteral("Add SMS to the plan"));
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = page->findChild<ReviewPurchaseDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(*dialog, "changeLabel")->text(), QStringLiteral("SMS"));
    QCOMPARE(child<QLabel>(*dialog, "chargedTodayLabel")->text(), money(1000));
    QTest::mouseClick(child<QPushButton>(*dialog, "confirmPurchaseButton"), Qt::LeftButton);
    QCOMPARE(world.account(id).addons, QStringList {QStringLiteral("sms")});
    bool onPlan = false;
    for (QLabel *label : card->findChildren<QLabel *>(QStringLiteral("addonOnPlanLabel")))
        onPlan = onPlan || label->property("addon").toString() == QLatin1String("sms");
    QVERIFY(onPlan);
}

void TestBillingPage::cheaperPlanWarnsAndBecomesARequest()
{
    TestWorld world;
    const qint64 id = world.createAccount(); // Plus
    auto page = openPage(world, id, world.owner);
    auto *card = child<PlanCard>(*page, "planCard");
    ChangePlanDialog *dialog = card->openChangePlanDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->pickedPlan(), QStringLiteral("plus"));
    QVERIFY(!child<QPushButton>(*dialog, "proceedButton")->isEnabled());
    QVERIFY(!child<QLabel>(*dialog, "featureLossLabel")->isVisibleTo(dialog));

    // Keyboard: Left moves the pick from Plus to Starter.
    auto *table = child<QTableWidget>(*dialog, "planComparisonTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Left);
    QCOMPARE(dialog->pickedPlan(), QStringLiteral("starter"));
    QLabel *warning = child<QLabel>(*dialog, "featureLossLabel");
    QVERIFY(warning->isVisibleTo(dialog));
    QCOMPARE(warning->text(),
             QStringLiteral("Starter does not have features the account uses now: Marketing "
                            "automation, Landing pages, A/B testing."));
    QPushButton *proceed = child<QPushButton>(*dialog, "proceedButton");
    QCOMPARE(proceed->text(), QStringLiteral("Request account change…"));
    QTest::mouseClick(proceed, Qt::LeftButton);

    auto *request = page->findChild<AccountChangeRequestDialog *>();
    QVERIFY(request);
    QCOMPARE(child<QComboBox>(*request, "requestKindCombo")->currentData().toString(),
             QStringLiteral("plan_downgrade"));
    QVERIFY(child<QPlainTextEdit>(*request, "requestDetailsEdit")
                ->toPlainText()
                .contains(QStringLiteral("Landing pages")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(request->send());
    QCOMPARE(world.account(id).plan, QStringLiteral("plus")); // staff act on it, not the app
}

void TestBillingPage::dearerPlanGoesThroughReview()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.owner);
    ChangePlanDialog *dialog = child<PlanCard>(*page, "planCard")->openChangePlanDialog();
    dialog->pickPlan(QStringLiteral("pro"));
    QCOMPARE(child<QPushButton>(*dialog, "proceedButton")->text(),
             QStringLiteral("Review purchase…"));
    QTest::mouseClick(child<QPushButton>(*dialog, "proceedButton"), Qt::LeftButton);
    auto *review = page->findChild<ReviewPurchaseDialog *>();
    QVERIFY(review);
    QCOMPARE(child<QLabel>(*review, "changeLabel")->text(), QStringLiteral("Plus → Pro"));
    QTest::mouseClick(child<QPushButton>(*review, "confirmPurchaseButton"), Qt::LeftButton);
    QCOMPARE(world.account(id).plan, QStringLiteral("pro"));
}

void TestBillingPage::planIsReadOnlyWithoutBillingAccess()
{
    TestWorld world;
    const qint64 id = world.createAccount();
    auto page = openPage(world, id, world.rep);
    auto *card = child<PlanCard>(*page, "planCard");
    QVERIFY(!child<QToolButton>(*card, "moreSeatsButton")->isEnabled());
    QVERIFY(!child<QToolButton>(*card, "fewerSeatsButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*card, "changePlanButton")->isEnabled());
    for (QPushButton *add : card->findChildren<QPushButton *>(QStringLiteral("addToPlanButton"))) {
        QVERIFY(!add->isEnabled());
        QVERIFY(!add->toolTip().isEmpty());
    }
    // The core refuses anyway.
    QVERIFY(!world.billing().changePlan(world.rep, id, PlanChange::toSeats(3)));
}

void TestBillingPage::screenshots()
{
    // Pictures for people to look at: TIERLINE_SCREENSHOTS=/tmp ctest -R tst_billingpage
    const QString folder = qEnvironmentVariable("TIERLINE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set TIERLINE_SCREENSHOTS to a folder to save screenshots");
    // `make screenshots` runs this once per language (TIERLINE_LANG); the clock's week
    // stays fixed so that every language shows the same figures.
    Language::apply(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")));
    const auto restoreLanguage = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWorld world;
    const qint64 id = world.createAccount();
    world.buyCampaigns(id, 5000);
    world.addContacts(id, 120);
    world.clock().advanceDays(10);
    TL_VERIFY_OK(world.billing().changeTier(world.owner, id, 6000));
    auto page = openPage(world, id, world.owner);
    page->resize(1000, 760);
    QVERIFY(shoot(page.get(), folder, "billing.png"));
    FileDialog::setNextFileName(QDir(folder).filePath(
        QStringLiteral("receipt_%1.pdf")
            .arg(qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en")))));
    QVERIFY(page->saveReceipt(page->ledgerModel()->rowCount() - 1));

    const qint64 trial = world.createAccount(QStringLiteral("SEK"), BillingInterval::Monthly,
                                             QStringLiteral("Solvik Media"));
    TL_VERIFY_OK(world.billing().startTrial(world.owner, trial));
    page->setAccount(trial);
    QVERIFY(shoot(page.get(), folder, "billing_trial.png"));
    ChangeTierDialog *trialDialog = page->openChangeTierDialog();
    QTest::keyClick(child<QSlider>(*trialDialog, "tierSlider"), Qt::Key_PageUp);
    QVERIFY(shoot(trialDialog, folder, "change_number_trial.png"));
    trialDialog->reject();
    const qint64 buyer = world.createAccount(QStringLiteral("IDR"), BillingInterval::Monthly,
                                             QStringLiteral("Merapi Tekstil"));
    TL_VERIFY_OK(world.billing().requestReview(world.owner, buyer));
    TL_VERIFY_OK(world.billing().decideReview(world.reviewer, buyer, true));
    page->setAccount(buyer);
    QVERIFY(shoot(page.get(), folder, "billing_buy.png"));
    ChangeTierDialog *buyDialog = page->openPurchaseDialog();
    QTest::keyClick(child<QSlider>(*buyDialog, "tierSlider"), Qt::Key_PageUp);
    QVERIFY(shoot(buyDialog, folder, "buy_campaigns.png"));
    buyDialog->reject();
    page->setActor(world.rep);
    page->setAccount(id);
    QVERIFY(shoot(page.get(), folder, "billing_readonly.png"));
    page->setActor(world.owner);

    ChangeTierDialog *dialog = page->openChangeTierDialog();
    QTest::keyClick(child<QSlider>(*dialog, "tierSlider"), Qt::Key_PageUp);
    QTest::keyClick(child<QSlider>(*dialog, "tierSlider"), Qt::Key_Right);
    QVERIFY(shoot(dialog, folder, "change_number.png"));
    QTest::mouseClick(child<QPushButton>(*dialog, "continueButton"), Qt::LeftButton);
    ReviewPurchaseDialog *review = dialog->reviewDialog();
    QVERIFY(review);
    QVERIFY(shoot(review, folder, "review_purchase.png"));
    review->reject();
    dialog->reject();

    const qint64 big = world.createAccount(QStringLiteral("EUR"), BillingInterval::Annual,
                                           QStringLiteral("Havsbris Studio"));
    world.buyCampaigns(big, 30000);
    world.addContacts(big, 27001);
    page->setAccount(big);
    ChangeTierDialog *floorDialog = page->openChangeTierDialog();
    QTest::keyClick(child<QSlider>(*floorDialog, "tierSlider"), Qt::Key_Home);
    QVERIFY(shoot(floorDialog, folder, "change_number_floor.png"));
    floorDialog->reject();

    page->setAccount(id);
    QVERIFY(shoot(child<PlanCard>(*page, "planCard"), folder, "plan_card.png"));
    ChangePlanDialog *planDialog = child<PlanCard>(*page, "planCard")->openChangePlanDialog();
    planDialog->pickPlan(QStringLiteral("starter"));
    QVERIFY(shoot(planDialog, folder, "change_plan.png"));
    planDialog->reject();
    child<PlanCard>(*page, "planCard")->setPickedSeats(4);
    QVERIFY(shoot(child<PlanCard>(*page, "planCard")->reviewSeats(), folder, "review_seats.png"));

    MainWindow window(world.database(), world.billing(), world.owner.login);
    window.resize(1200, 760);
    window.show();
    window.showPage(MainWindow::Page::Billing);
    window.accountsPage()->selectAccount(id);
    QVERIFY(shoot(&window, folder, "main_window_billing.png"));
}

QTEST_MAIN(TestBillingPage)
#include "tst_billingpage.moc"
