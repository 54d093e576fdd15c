// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/permissions.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Tierline {

class AccountChangeRequestDialog;
class BillingService;
class ChangeTierDialog;
class Database;
class PlanCard;
class LedgerModel;

/**
 * The Billing page of the selected account: the trial banner (P2), scheduled changes, the
 * Campaigns add-on with its tier, contacts and review (P3–P9), the purchase flows, the billing
 * history with PDF receipts (X6) and "Contact us" for changes staff make (A5). Users without
 * billing access see it read-only, with the reason.
 */
class BillingPage : public QWidget
{
    Q_OBJECT

public:
    BillingPage(const Database &database, BillingService &billing, QWidget *parent = nullptr);
    ~BillingPage() override;

    qint64 accountId() const { return m_accountId; }
    LedgerModel *ledgerModel() const { return m_ledgerModel; }

    /** Opens "Change number" on a tier (0: the current one); nothing when it cannot open. */
    ChangeTierDialog *openChangeTierDialog(int tier = 0);
    /** "Buy Campaigns": the tier dialog in purchase mode. */
    ChangeTierDialog *openPurchaseDialog();
    /** "Contact us" → "Request account change". */
    AccountChangeRequestDialog *openRequestChangeDialog();
    /** Saves a receipt of a ledger row as PDF; true when the file was written. */
    bool saveReceipt(int ledgerRow);

public Q_SLOTS:
    void setAccount(qint64 accountId);
    void setActor(const Tierline::User &actor);
    /** Reads the account, its contacts and its ledger again. */
    void refresh();
    /** After BillingService::accountChanged. */
    void onAccountChanged(qint64 accountId);

Q_SIGNALS:
    /** P8: "Change number" asked for the account's contacts that can be archived. */
    void archiveContactsRequested(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildBanners(QWidget *parent);
    QWidget *buildCampaignsCard(QWidget *parent);
    QWidget *buildHistoryCard(QWidget *parent);
    QWidget *buildContactCard(QWidget *parent);
    void retranslateUi();
    void showAccount();
    void updateButtons();
    bool canBill() const;

    void startTrial();
    void increaseLimit();
    void cancelCampaigns();
    void resumeCampaigns();
    void requestReview();
    void decideReview(bool approve);
    void saveSelectedReceipt();
    void showError(const QString &message);

    const Database &m_database;
    BillingService &m_billing;
    std::optional<User> m_actor;
    qint64 m_accountId = 0;
    std::optional<Account> m_account;
    qint64 m_subscribed = 0;
    qint64 m_pending = 0;
    LedgerModel *m_ledgerModel = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;

    QWidget *m_bannerBox = nullptr;
    QFrame *m_trialBanner = nullptr;
    QLabel *m_trialDaysLeftLabel = nullptr;
    QLabel *m_trialEndsLabel = nullptr;
    QFrame *m_tryBanner = nullptr;
    QLabel *m_tryTitleLabel = nullptr;
    QLabel *m_tryTextLabel = nullptr;
    QPushButton *m_tryButton = nullptr;
    QFrame *m_scheduledBanner = nullptr;
    QLabel *m_scheduledLabel = nullptr;
    QPushButton *m_resumeButton = nullptr;

    PlanCard *m_planCard = nullptr;
    QLabel *m_campaignsTitleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_tierCaption = nullptr;
    QLabel *m_tierLabel = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_subscribedCaption = nullptr;
    QLabel *m_subscribedLabel = nullptr;
    QLabel *m_pendingCaption = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_nextEventLabel = nullptr;
    QPushButton *m_changeNumberButton = nullptr;
    QPushButton *m_increaseLimitButton = nullptr;
    QPushButton *m_buyButton = nullptr;
    QPushButton *m_cancelCampaignsButton = nullptr;
    QLabel *m_reviewCaption = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QPushButton *m_requestReviewButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;

    QLabel *m_historyTitleLabel = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QPushButton *m_receiptButton = nullptr;

    QLabel *m_contactTitleLabel = nullptr;
    QLabel *m_contactTextLabel = nullptr;
    QPushButton *m_contactButton = nullptr;
    QAction *m_requestChangeAction = nullptr;
};

} // namespace Tierline
