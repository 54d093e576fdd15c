// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingpage.h"

#include "accountchangerequestdialog.h"
#include "accounts/ledgermodel.h"
#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billing/ledger.h"
#include "billingstyle.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "changetierdialog.h"
#include "contacts/contactservice.h"
#include "money/moneyformat.h"
#include "plancard.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

QString statusPillStyle(CampaignsStatus status)
{
    const char *colours = "background: #eef0f3; color: #3c4650;";
    switch (status) {
    case CampaignsStatus::Active:
        colours = "background: #e3f4e8; color: #145c2a;";
        break;
    case CampaignsStatus::Trial:
        colours = "background: #e7f0fd; color: #0b3a7e;";
        break;
    case CampaignsStatus::Stopped:
    case CampaignsStatus::Cancelled:
        colours = "background: #fdecea; color: #8a1c12;";
        break;
    case CampaignsStatus::None:
        break;
    }
    return QStringLiteral("QLabel { %1 border-radius: 10px; padding: 3px 12px;"
                          " font-weight: bold; }")
        .arg(QLatin1String(colours));
}

} // namespace

BillingPage::BillingPage(const Database &database, BillingService &billing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_billing(billing)
    , m_ledgerModel(new LedgerModel(billing.catalog(), this))
{
    setObjectName(QStringLiteral("billingPage"));
    buildUi();
    retranslateUi();
}

BillingPage::~BillingPage() = default;

void BillingPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("billingStack"));
    outer->addWidget(m_stack);

    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyBillingLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("billingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("billingContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(14);

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    m_titleLabel = new QLabel(content);
    m_titleLabel->setObjectName(QStringLiteral("billingTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.5, true));
    m_subtitleLabel = caption("billingSubtitleLabel", content);
    header->addWidget(m_titleLabel);
    header->addWidget(m_subtitleLabel);
    layout->addLayout(header);

    m_loadErrorLabel = value("billingLoadErrorLabel", content);
    m_loadErrorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 6px; padding: 8px 10px; }"));
    m_loadErrorLabel->hide();
    layout->addWidget(m_loadErrorLabel);

    m_readOnlyLabel = readOnlyNotice("readOnlyLabel", content);
    layout->addWidget(m_readOnlyLabel);

    layout->addWidget(buildBanners(content));
    layout->addWidget(buildCampaignsCard(content));
    m_planCard = new PlanCard(m_billing, content);
    layout->addWidget(m_planCard);
    connect(m_planCard, &PlanCard::requestChangeWanted, this,
            [this](ChangeRequestKind kind, const QString &details) {
                if (AccountChangeRequestDialog *dialog = openRequestChangeDialog())
                    dialog->prefill(kind, details);
            });

    auto *lower = new QHBoxLayout;
    lower->setSpacing(14);
    lower->addWidget(buildHistoryCard(content), 3);
    lower->addWidget(buildContactCard(content), 1, Qt::AlignTop);
    layout->addLayout(lower, 1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

QWidget *BillingPage::buildBanners(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("billingBanners"));
    m_bannerBox = box;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // P2: the blue trial banner with the days left.
    m_trialBanner = new QFrame(box);
    m_trialBanner->setObjectName(QStringLiteral("billingTrialBanner"));
    m_trialBanner->setStyleSheet(
        bannerStyle("billingTrialBanner", "#e7f0fd", "#a9c8f5", "#1a66d2", "#0b3a7e"));
    auto *trial = new QHBoxLayout(m_trialBanner);
    trial->setContentsMargins(16, 10, 16, 10);
    trial->setSpacing(14);
    m_trialDaysLeftLabel = value("billingTrialDaysLeftLabel", m_trialBanner);
    m_trialDaysLeftLabel->setWordWrap(false);
    m_trialDaysLeftLabel->setFont(scaledFont(font(), 1.15, true));
    m_trialEndsLabel = value("billingTrialEndsLabel", m_trialBanner);
    trial->addWidget(m_trialDaysLeftLabel);
    trial->addWidget(m_trialEndsLabel, 1);
    layout->addWidget(m_trialBanner);

    // "Try for free" where no trial was taken.
    m_tryBanner = new QFrame(box);
    m_tryBanner->setObjectName(QStringLiteral("tryBanner"));
    m_tryBanner->setStyleSheet(
        bannerStyle("tryBanner", "#f4f8fe", "#c9dbf6", "#1a66d2", "#0b3a7e"));
    auto *tryLayout = new QHBoxLayout(m_tryBanner);
    tryLayout->setContentsMargins(16, 12, 16, 12);
    tryLayout->setSpacing(14);
    auto *tryText = new QVBoxLayout;
    tryText->setSpacing(2);
    m_tryTitleLabel = value("tryTitleLabel", m_tryBanner);
    m_tryTitleLabel->setFont(scaledFont(font(), 1.1, true));
    m_tryTextLabel = value("tryTextLabel", m_tryBanner);
    tryText->addWidget(m_tryTitleLabel);
    tryText->addWidget(m_tryTextLabel);
    tryLayout->addLayout(tryText, 1);
    m_tryButton = makeButton("tryForFreeButton", m_tryBanner, true);
    tryLayout->addWidget(m_tryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_tryBanner);

    // Scheduled changes: a downgrade at the cycle end, a cancellation (P8, P9).
    m_scheduledBanner = new QFrame(box);
    m_scheduledBanner->setObjectName(QStringLiteral("scheduledChangeBanner"));
    m_scheduledBanner->setStyleSheet(
        bannerStyle("scheduledChangeBanner", "#fff8ec", "#f3cf9b", "#e08a1e", "#6b3a00"));
    auto *scheduled = new QHBoxLayout(m_scheduledBanner);
    scheduled->setContentsMargins(16, 10, 16, 10);
    scheduled->setSpacing(14);
    m_scheduledLabel = value("scheduledChangeLabel", m_scheduledBanner);
    m_scheduledLabel->setFont(scaledFont(font(), 1.0, true));
    m_resumeButton = makeButton("resumeButton", m_scheduledBanner);
    scheduled->addWidget(m_scheduledLabel, 1);
    scheduled->addWidget(m_resumeButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_scheduledBanner);

    connect(m_tryButton, &QPushButton::clicked, this, &BillingPage::startTrial);
    connect(m_resumeButton, &QPushButton::clicked, this, &BillingPage::resumeCampaigns);
    return box;
}

QWidget *BillingPage::buildCampaignsCard(QWidget *parent)
{
    QFrame *cardFrame = card("campaignsCard", parent);
    auto *layout = new QVBoxLayout(cardFrame);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);

    auto *heading = new QHBoxLayout;
    m_campaignsTitleLabel = new QLabel(cardFrame);
    m_campaignsTitleLabel->setObjectName(QStringLiteral("campaignsTitleLabel"));
    m_campaignsTitleLabel->setFont(scaledFont(font(), 1.25, true));
    m_statusLabel = new QLabel(cardFrame);
    m_statusLabel->setObjectName(QStringLiteral("campaignsStatusLabel"));
    heading->addWidget(m_campaignsTitleLabel);
    heading->addSpacing(8);
    heading->addWidget(m_statusLabel, 0, Qt::AlignVCenter);
    heading->addStretch(1);
    layout->addLayout(heading);
    layout->addWidget(rule(cardFrame));

    auto *stats = new QGridLayout;
    stats->setHorizontalSpacing(40);
    stats->setVerticalSpacing(2);
    m_tierCaption = statCaption("tierCaption", cardFrame);
    m_tierLabel = statValue("tierLabel", cardFrame);
    m_priceLabel = caption("tierPriceLabel", cardFrame);
    m_subscribedCaption = statCaption("subscribedCaption", cardFrame);
    m_subscribedLabel = statValue("subscribedLabel", cardFrame);
    m_pendingCaption = statCaption("pendingCaption", cardFrame);
    m_pendingLabel = statValue("pendingLabel", cardFrame);
    stats->addWidget(m_tierCaption, 0, 0);
    stats->addWidget(m_tierLabel, 1, 0);
    stats->addWidget(m_priceLabel, 2, 0);
    stats->addWidget(m_subscribedCaption, 0, 1);
    stats->addWidget(m_subscribedLabel, 1, 1);
    stats->addWidget(m_pendingCaption, 0, 2);
    stats->addWidget(m_pendingLabel, 1, 2);
    stats->setColumnStretch(3, 1);
    layout->addLayout(stats);

    m_nextEventLabel = caption("billingNextEventLabel", cardFrame);
    m_nextEventLabel->setWordWrap(true);
    layout->addWidget(m_nextEventLabel);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_changeNumberButton = makeButton("changeNumberButton", cardFrame, true);
    m_increaseLimitButton = makeButton("increaseLimitButton", cardFrame);
    m_buyButton = makeButton("buyCampaignsButton", cardFrame, true);
    m_cancelCampaignsButton = makeButton("cancelCampaignsButton", cardFrame);
    m_cancelCampaignsButton->setStyleSheet(
        QStringLiteral("QPushButton { color: #a3241a; padding: 4px 12px; }"
                       "QPushButton:disabled { color: #c9b5b2; }"));
    actions->addWidget(m_changeNumberButton);
    actions->addWidget(m_increaseLimitButton);
    actions->addWidget(m_buyButton);
    actions->addStretch(1);
    actions->addWidget(m_cancelCampaignsButton);
    layout->addLayout(actions);
    layout->addWidget(rule(cardFrame));

    auto *review = new QHBoxLayout;
    review->setSpacing(8);
    m_reviewCaption = caption("reviewCaption", cardFrame);
    m_reviewLabel = value("billingReviewLabel", cardFrame);
    m_reviewLabel->setWordWrap(false);
    m_reviewLabel->setFont(scaledFont(font(), 1.0, true));
    m_requestReviewButton = makeButton("requestReviewButton", cardFrame);
    m_approveButton = makeButton("approveReviewButton", cardFrame);
    m_rejectButton = makeButton("rejectReviewButton", cardFrame);
    review->addWidget(m_reviewCaption);
    review->addWidget(m_reviewLabel);
    review->addStretch(1);
    review->addWidget(m_requestReviewButton);
    review->addWidget(m_approveButton);
    review->addWidget(m_rejectButton);
    layout->addLayout(review);

    connect(m_changeNumberButton, &QPushButton::clicked, this, [this] { openChangeTierDialog(); });
    connect(m_increaseLimitButton, &QPushButton::clicked, this, &BillingPage::increaseLimit);
    connect(m_buyButton, &QPushButton::clicked, this, &BillingPage::openPurchaseDialog);
    connect(m_cancelCampaignsButton, &QPushButton::clicked, this, &BillingPage::cancelCampaigns);
    connect(m_requestReviewButton, &QPushButton::clicked, this, &BillingPage::requestReview);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decideReview(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decideReview(false); });
    return cardFrame;
}

QWidget *BillingPage::buildHistoryCard(QWidget *parent)
{
    QFrame *cardFrame = card("historyCard", parent);
    auto *layout = new QVBoxLayout(cardFrame);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *heading = new QHBoxLayout;
    m_historyTitleLabel = new QLabel(cardFrame);
    m_historyTitleLabel->setObjectName(QStringLiteral("historyTitleLabel"));
    m_historyTitleLabel->setFont(scaledFont(font(), 1.25, true));
    m_receiptButton = makeButton("saveReceiptButton", cardFrame);
    heading->addWidget(m_historyTitleLabel);
    heading->addStretch(1);
    heading->addWidget(m_receiptButton);
    layout->addLayout(heading);

    m_historyTable = new QTableView(cardFrame);
    m_historyTable->setObjectName(QStringLiteral("billingHistoryTable"));
    m_historyTable->setModel(m_ledgerModel);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setShowGrid(false);
    m_historyTable->setWordWrap(false);
    m_historyTable->setFrameShape(QFrame::NoFrame);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->verticalHeader()->setDefaultSectionSize(m_historyTable->fontMetrics().height()
                                                            + 12);
    m_historyTable->horizontalHeader()->setHighlightSections(false);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(LedgerModel::Description,
                                                             QHeaderView::Stretch);
    m_historyTable->setMinimumHeight(180);
    layout->addWidget(m_historyTable, 1);

    m_balanceLabel = value("billingBalanceLabel", cardFrame, true);
    m_balanceLabel->setFont(scaledFont(font(), 1.0, true));
    layout->addWidget(m_balanceLabel);

    connect(m_receiptButton, &QPushButton::clicked, this, &BillingPage::saveSelectedReceipt);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BillingPage::updateButtons);
    connect(m_ledgerModel, &QAbstractItemModel::modelReset, this, &BillingPage::updateButtons);
    return cardFrame;
}

QWidget *BillingPage::buildContactCard(QWidget *parent)
{
    QFrame *cardFrame = card("contactCard", parent);
    cardFrame->setMinimumWidth(220);
    auto *layout = new QVBoxLayout(cardFrame);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    m_contactTitleLabel = new QLabel(cardFrame);
    m_contactTitleLabel->setObjectName(QStringLiteral("contactTitleLabel"));
    m_contactTitleLabel->setFont(scaledFont(font(), 1.1, true));
    m_contactTitleLabel->setWordWrap(
        true); // "Behöver du en annan ändring?" is longer than the card
    m_contactTextLabel = value("contactTextLabel", cardFrame);
    m_contactTextLabel->setForegroundRole(QPalette::PlaceholderText);
    m_contactButton = makeButton("contactUsButton", cardFrame);
    auto *menu = new QMenu(m_contactButton);
    menu->setObjectName(QStringLiteral("contactUsMenu"));
    m_requestChangeAction = menu->addAction(QString());
    m_requestChangeAction->setObjectName(QStringLiteral("requestChangeAction"));
    m_contactButton->setMenu(menu);
    layout->addWidget(m_contactTitleLabel);
    layout->addWidget(m_contactTextLabel);
    layout->addSpacing(4);
    layout->addWidget(m_contactButton, 0, Qt::AlignLeft);
    connect(m_requestChangeAction, &QAction::triggered, this,
            &BillingPage::openRequestChangeDialog);
    return cardFrame;
}

void BillingPage::retranslateUi()
{
    m_emptyLabel->setText(tr("Select an account on the Accounts page to see its billing."));
    m_titleLabel->setText(tr("Billing"));
    m_tryTitleLabel->setText(
        tr("Try Campaigns free for %Ln day(s)", nullptr, m_billing.catalog().trialDays()));
    m_tryTextLabel->setText(tr("Send campaigns to up to %Ln subscriber(s) during the trial. "
                               "Nothing is charged.",
                               nullptr, m_billing.catalog().trialSubscriberCap()));
    m_tryButton->setText(tr("Try for free"));
    m_resumeButton->setText(tr("Resume"));
    m_campaignsTitleLabel->setText(tr("Campaigns"));
    m_tierCaption->setText(tr("TIER"));
    m_subscribedCaption->setText(tr("SUBSCRIBED"));
    m_pendingCaption->setText(tr("PENDING UPGRADE"));
    m_changeNumberButton->setText(tr("Change number"));
    m_increaseLimitButton->setText(tr("Increase limit"));
    m_buyButton->setText(tr("Buy Campaigns"));
    m_cancelCampaignsButton->setText(tr("Cancel Campaigns"));
    m_reviewCaption->setText(tr("Account review:"));
    m_approveButton->setText(tr("Approve"));
    m_rejectButton->setText(tr("Reject"));
    m_historyTitleLabel->setText(tr("Billing history"));
    m_receiptButton->setText(tr("Save receipt as PDF…"));
    m_historyTable->setAccessibleName(tr("Billing history"));
    m_contactTitleLabel->setText(tr("Need another change?"));
    m_contactTextLabel->setText(tr("Plan downgrades, add-on removals, unbundling and product "
                                   "changes are made by our staff."));
    m_contactButton->setText(tr("Contact us"));
    m_requestChangeAction->setText(tr("Request account change…"));
    m_ledgerModel->retranslate();
    showAccount();
}

void BillingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BillingPage::setAccount(qint64 accountId)
{
    if (accountId == m_accountId && m_account)
        return;
    m_accountId = accountId;
    refresh();
}

void BillingPage::setActor(const User &actor)
{
    m_actor = actor;
    showAccount();
}

void BillingPage::onAccountChanged(qint64 accountId)
{
    if (accountId == m_accountId)
        refresh();
}

void BillingPage::refresh()
{
    m_account.reset();
    m_subscribed = 0;
    m_pending = 0;
    QString error;
    if (m_accountId > 0) {
        const auto account = m_billing.account(m_accountId);
        if (account) {
            m_account = *account;
            const auto counts = ContactService(m_database, m_billing.catalog()).counts(m_accountId);
            if (counts) {
                m_subscribed = counts->subscribed;
                m_pending = counts->pendingUpgrade;
            } else {
                error = counts.error().message;
            }
            const auto entries = Ledger(m_database).entries(m_accountId);
            if (entries) {
                m_ledgerModel->setEntries(*entries);
                // The newest line is the one a receipt is most often wanted for.
                if (!entries->isEmpty()) {
                    m_historyTable->selectRow(int(entries->size()) - 1);
                    m_historyTable->scrollToBottom();
                }
            } else
                error = entries.error().message;
        } else {
            error = account.error().message;
        }
    }
    if (!m_account)
        m_ledgerModel->clear();
    m_loadErrorLabel->setText(error);
    m_loadErrorLabel->setVisible(!error.isEmpty());
    showAccount();
}

bool BillingPage::canBill() const
{
    return m_actor && m_actor->has(Permission::BillingAccess);
}

void BillingPage::showAccount()
{
    if (!m_account) {
        m_stack->setCurrentIndex(m_loadErrorLabel->isVisible() ? 1 : 0);
        updateButtons();
        return;
    }
    m_stack->setCurrentIndex(1);
    const Account &account = *m_account;
    const CampaignsState &c = account.campaigns;
    const Catalog &catalog = m_billing.catalog();
    const QDate today = m_billing.clock().today();
    const QLocale locale;

    m_subtitleLabel->setText(tr("%1 · %2 plan · %3 in %4")
                                 .arg(account.name, BillingText::planName(catalog, account.plan),
                                      BillingText::interval(account.interval), account.currency));

    m_planCard->setAccount(account, m_actor);

    const bool inTrial = c.status == CampaignsStatus::Trial;
    m_trialBanner->setVisible(inTrial);
    if (inTrial) {
        m_trialDaysLeftLabel->setText(BillingText::trialDaysLeft(c.trialDaysLeft(today)));
        // trialEnd is the first day after the trial; people read the last trial day.
        m_trialEndsLabel->setText(tr("Your free trial runs until %1, with up to %Ln "
                                     "subscriber(s).",
                                     nullptr, catalog.trialSubscriberCap())
                                      .arg(formatDate(c.trialEnd.addDays(-1))));
        // Screen readers announce the banner as what it says.
        m_trialBanner->setAccessibleName(m_trialDaysLeftLabel->text());
        m_trialBanner->setAccessibleDescription(m_trialEndsLabel->text());
    }
    m_tryBanner->setVisible(c.status == CampaignsStatus::None && !c.trialTaken());

    QString scheduled;
    if (c.isUsable() && c.cancelOn.isValid())
        scheduled = BillingText::cancelledFrom(c.cancelOn);
    else if (c.status == CampaignsStatus::Active && c.scheduledTier && *c.scheduledTier < c.tier)
        scheduled = BillingText::nextEvent(account, catalog);
    m_scheduledLabel->setText(scheduled);
    m_scheduledBanner->setVisible(!scheduled.isEmpty());
    m_scheduledBanner->setAccessibleName(scheduled);
    // An empty box would still add the layout's spacing.
    m_bannerBox->setVisible(inTrial || !m_tryBanner->isHidden() || !scheduled.isEmpty());
    m_resumeButton->setVisible(c.isUsable() && c.cancelOn.isValid());

    m_statusLabel->setText(BillingText::campaignsStatus(c.status));
    m_statusLabel->setStyleSheet(statusPillStyle(c.status));
    if (c.status == CampaignsStatus::Active) {
        m_tierLabel->setText(locale.toString(c.tier));
        const auto price = catalog.campaignsPrice(account.currency, account.interval, c.tier);
        m_priceLabel->setText(price ? tr("%1 %2").arg(formatMoney(Money(*price, account.currency)),
                                                      BillingText::perCycle(account.interval))
                                    : QString());
    } else if (inTrial) {
        m_tierLabel->setText(locale.toString(catalog.trialSubscriberCap()));
        m_priceLabel->setText(tr("Free during the trial"));
    } else {
        m_tierLabel->setText(QStringLiteral("–"));
        m_priceLabel->setText(BillingText::campaignsSummary(account, catalog.trialSubscriberCap()));
    }
    m_subscribedLabel->setText(locale.toString(m_subscribed));
    m_pendingLabel->setText(locale.toString(m_pending));
    m_pendingLabel->setStyleSheet(m_pending > 0 ? QStringLiteral("QLabel { color: #b35c00; }")
                                                : QString());
    const QString next = BillingText::nextEvent(account, catalog);
    m_nextEventLabel->setText(next);
    m_nextEventLabel->setVisible(!next.isEmpty() && scheduled.isEmpty());
    m_reviewLabel->setText(BillingText::review(c.review, c.reviewExpedited));

    const auto balance = Ledger(m_database).balance(account.id);
    if (m_ledgerModel->rowCount() == 0)
        m_balanceLabel->setText(tr("Nothing billed yet."));
    else if (balance)
        m_balanceLabel->setText(
            tr("Balance: %1").arg(formatMoney(Money(*balance, account.currency))));
    else
        m_balanceLabel->setText(balance.error().message);

    if (!m_actor) {
        m_readOnlyLabel->setText(tr("No staff member is acting, so billing is read-only."));
    } else if (!canBill()) {
        m_readOnlyLabel->setText(
            tr("Read-only: %1").arg(PermissionText::missing(*m_actor, Permission::BillingAccess)));
    }
    m_readOnlyLabel->setVisible(!canBill());
    updateButtons();
}

void BillingPage::updateButtons()
{
    if (!m_account || !m_receiptButton)
        return;
    const CampaignsState &c = m_account->campaigns;
    const bool billing = canBill();
    const QString why =
        m_actor ? PermissionText::missing(*m_actor, Permission::BillingAccess) : QString();
    const bool usable = c.isUsable();
    const bool cancelling = c.cancelOn.isValid();

    m_tryButton->setEnabled(billing);
    m_resumeButton->setEnabled(billing);
    m_changeNumberButton->setVisible(usable);
    m_changeNumberButton->setEnabled(billing && !cancelling);
    m_increaseLimitButton->setVisible(c.status == CampaignsStatus::Active && m_pending > 0
                                      && c.tier < m_billing.catalog().maxTier());
    m_increaseLimitButton->setEnabled(billing && !cancelling);
    const bool buyable = !usable && c.review == ReviewState::Approved;
    m_buyButton->setVisible(buyable);
    m_buyButton->setEnabled(billing);
    m_cancelCampaignsButton->setVisible(usable && !cancelling);
    m_cancelCampaignsButton->setEnabled(billing);
    for (QPushButton *button : {m_tryButton, m_resumeButton, m_changeNumberButton,
                                m_increaseLimitButton, m_buyButton, m_cancelCampaignsButton})
        button->setToolTip(billing ? QString() : why);
    if (cancelling && billing)
        m_changeNumberButton->setToolTip(BillingText::cancelledFrom(c.cancelOn));

    const bool canSend = m_actor && m_actor->has(Permission::CanSendCampaigns);
    const bool canDecide = m_actor && m_actor->has(Permission::ReviewDecisions);
    const bool pending = c.review == ReviewState::Pending;
    m_requestReviewButton->setText(pending ? tr("Expedite review") : tr("Request review"));
    m_requestReviewButton->setVisible(c.review != ReviewState::Approved
                                      && !(pending && c.reviewExpedited));
    m_requestReviewButton->setEnabled(canSend);
    m_requestReviewButton->setToolTip(
        canSend || !m_actor ? QString()
                            : PermissionText::missing(*m_actor, Permission::CanSendCampaigns));
    m_approveButton->setVisible(pending && canDecide);
    m_rejectButton->setVisible(pending && canDecide);

    m_contactButton->setEnabled(billing);
    m_contactButton->setToolTip(billing ? QString() : why);
    m_receiptButton->setEnabled(m_historyTable->currentIndex().isValid());
}

void BillingPage::showError(const QString &message)
{
    MessageBox::warning(this, tr("Billing"), message);
    // A refusal may come from a change made elsewhere (X7): show the account as it is now.
    refresh();
}

ChangeTierDialog *BillingPage::openChangeTierDialog(int tier)
{
    if (!m_account || !m_actor)
        return nullptr;
    auto *dialog = new ChangeTierDialog(m_database, m_billing, *m_actor, *m_account,
                                        ChangeTierDialog::Mode::ChangeTier, tier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeTierDialog::archiveContactsRequested, this,
            &BillingPage::archiveContactsRequested);
    dialog->open();
    return dialog;
}

ChangeTierDialog *BillingPage::openPurchaseDialog()
{
    if (!m_account || !m_actor)
        return nullptr;
    auto *dialog = new ChangeTierDialog(m_database, m_billing, *m_actor, *m_account,
                                        ChangeTierDialog::Mode::Purchase, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AccountChangeRequestDialog *BillingPage::openRequestChangeDialog()
{
    if (!m_account || !m_actor)
        return nullptr;
    auto *dialog =
        new AccountChangeRequestDialog(m_database, m_billing.clock(), *m_actor, *m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BillingPage::increaseLimit()
{
    if (!m_account)
        return;
    // P4: straight to the next tier.
    const Catalog &catalog = m_billing.catalog();
    openChangeTierDialog(
        std::min(m_account->campaigns.tier + catalog.tierStep(), catalog.maxTier()));
}

void BillingPage::startTrial()
{
    if (!m_account || !m_actor)
        return;
    m_billing.expectVersion(m_account->id, m_account->version); // X7
    if (const Status started = m_billing.startTrial(*m_actor, m_account->id); !started)
        showError(started.error().message);
}

void BillingPage::cancelCampaigns()
{
    if (!m_account || !m_actor)
        return;
    const CampaignsState &c = m_account->campaigns;
    // The last usable day: the cancellation takes effect the day after.
    const QDate until = (c.status == CampaignsStatus::Trial ? c.trialEnd : c.cycle.end).addDays(-1);
    const auto answer = MessageBox::question(
        this, tr("Cancel Campaigns"),
        tr("Cancel Campaigns for %1? It stays usable until %2; contacts and history are kept.")
            .arg(m_account->name, formatDate(until)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_billing.expectVersion(m_account->id, m_account->version); // X7
    const auto cancelled = m_billing.cancel(*m_actor, m_account->id);
    if (!cancelled) {
        showError(cancelled.error().message);
        return;
    }
    MessageBox::information(this, tr("Campaigns cancelled"),
                            BillingText::cancelledFrom(*cancelled));
}

void BillingPage::resumeCampaigns()
{
    if (!m_account || !m_actor)
        return;
    m_billing.expectVersion(m_account->id, m_account->version); // X7
    if (const Status resumed = m_billing.resume(*m_actor, m_account->id); !resumed)
        showError(resumed.error().message);
}

void BillingPage::requestReview()
{
    if (!m_account || !m_actor)
        return;
    m_billing.expectVersion(m_account->id, m_account->version); // X7
    if (const Status requested = m_billing.requestReview(*m_actor, m_account->id); !requested)
        showError(requested.error().message);
}

void BillingPage::decideReview(bool approve)
{
    if (!m_account || !m_actor)
        return;
    m_billing.expectVersion(m_account->id, m_account->version); // X7
    if (const Status decided = m_billing.decideReview(*m_actor, m_account->id, approve); !decided)
        showError(decided.error().message);
}

void BillingPage::saveSelectedReceipt()
{
    const QModelIndex current = m_historyTable->currentIndex();
    if (current.isValid())
        saveReceipt(current.row());
}

bool BillingPage::saveReceipt(int ledgerRow)
{
    if (!m_account || ledgerRow < 0 || ledgerRow >= m_ledgerModel->rowCount())
        return false;
    const LedgerEntry &entry = m_ledgerModel->entries().at(ledgerRow);
    const Account &account = *m_account;
    const QString suggested =
        QDir::home().filePath(tr("Receipt %1 %2.pdf")
                                  .arg(account.name, entry.date.toString(Qt::ISODate))
                                  .replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path = FileDialog::getSaveFileName(this, tr("Save receipt as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;

    const QLocale locale;
    const auto row = [](const QString &captionText, const QString &valueText) {
        return QStringLiteral("<tr><td style=\"color:#5b6570; padding:4px 24px 4px 0;\">%1</td>"
                              "<td style=\"padding:4px 0;\">%2</td></tr>")
            .arg(captionText.toHtmlEscaped(), valueText.toHtmlEscaped());
    };
    const QString period = entry.period.start.isValid()
        ? tr("%1 – %2").arg(formatDate(entry.period.start),
                            formatDate(entry.period.end.addDays(-1)))
        : QStringLiteral("–");
    const QString rows = row(tr("Account"), account.name)
        + row(tr("Receipt number"), locale.toString(entry.id))
        + row(tr("Date"), formatDate(entry.date))
        + row(tr("Description"), BillingText::ledgerLine(entry, m_billing.catalog()))
        + (entry.tier > 0 ? row(tr("Tier"), tr("%Ln subscriber(s)", nullptr, entry.tier))
                          : QString())
        + row(tr("Period"), period) + row(tr("Currency"), entry.currency);
    const QString html =
        QStringLiteral("<h1 style=\"font-size:20pt;\">%1</h1>"
                       "<p style=\"color:#5b6570;\">%2</p><table>%3</table>"
                       "<hr/><p style=\"font-size:14pt;\"><b>%4 %5</b></p>"
                       "<p style=\"color:#5b6570;\">%6</p>")
            .arg(tr("Receipt").toHtmlEscaped(), tr("Tierline · Campaigns").toHtmlEscaped(), rows,
                 (entry.isCredit() ? tr("Credited:") : tr("Amount:")).toHtmlEscaped(),
                 formatMoney(Money(entry.amount, entry.currency)).toHtmlEscaped(),
                 tr("Thank you for using Campaigns.").toHtmlEscaped());

    // Rendered in memory first, so that a failed write never leaves half a PDF behind.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Receipt"));
        writer.setCreator(QStringLiteral("Tierline"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        MessageBox::warning(this, tr("Save receipt as PDF"),
                            tr("The receipt could not be saved to %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace Tierline
