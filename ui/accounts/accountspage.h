// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"

#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Tierline {

class AccountsModel;
class AppSettings;
class BillingService;
class Database;
class LedgerModel;
class SubscriptionWidget;

/**
 * The accounts page: every account in a sortable, searchable table, and below it the
 * selected account's billing at a glance: plan, Campaigns state, trial banner, review,
 * contacts, and its ledger with the balance.
 */
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(const Database &database, BillingService &billing, QWidget *parent = nullptr);
    ~AccountsPage() override;

    AccountsModel *model() const { return m_model; }
    /** The account shown in the detail pane; 0 when there is none. */
    qint64 currentAccountId() const { return m_currentAccountId; }

    /** The subscription widget of the selected account (Z2). */
    SubscriptionWidget *subscriptionWidget() const { return m_subscriptionWidget; }
    bool subscriptionsShown() const;

    void saveSettings(AppSettings &settings) const;
    void restoreSettings(const AppSettings &settings);

public Q_SLOTS:
    /** Shows an account: selects its row (clearing a search that hides it) and its details. */
    void selectAccount(qint64 accountId);
    /** Reads every account again and refreshes the details, keeping the selection. */
    void reload();
    /** Reads one account again, after BillingService::accountChanged. */
    void reloadAccount(qint64 accountId);
    /** The staff member acting: deals need one who may enter them. */
    void setActor(const Tierline::User &actor);
    /** Z7: shows or hides the subscription widget and its tab; no data is touched. */
    void setSubscriptionsShown(bool shown);

Q_SIGNALS:
    void currentAccountChanged(qint64 accountId);
    /** reload() finished; the rows and the details are up to date. */
    void reloaded();
    /** A deal was added or changed on the subscription widget. */
    void subscriptionsChanged(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildDetailPane();
    void retranslateUi();
    void setCurrentAccount(qint64 accountId);
    void showDetails();
    void fitColumns();
    void showLoadError(const QString &message);
    void updateCountLabel();

    const Database &m_database;
    BillingService &m_billing;
    AccountsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    LedgerModel *m_ledgerModel = nullptr;
    qint64 m_currentAccountId = 0;
    bool m_reloading = false;
    bool m_columnsFitted = false;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;

    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_emptyDetailLabel = nullptr;
    QLabel *m_accountTitleLabel = nullptr;
    QLabel *m_accountSubtitleLabel = nullptr;
    QFrame *m_trialBanner = nullptr;
    QLabel *m_trialDaysLeftLabel = nullptr;
    QLabel *m_trialEndsLabel = nullptr;
    QGridLayout *m_summaryGrid = nullptr;
    QLabel *m_ownerCaption = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLabel *m_planCaption = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_billingCaption = nullptr;
    QLabel *m_billingLabel = nullptr;
    QLabel *m_campaignsCaption = nullptr;
    QLabel *m_campaignsLabel = nullptr;
    QLabel *m_nextEventCaption = nullptr;
    QLabel *m_nextEventLabel = nullptr;
    QLabel *m_reviewCaption = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QLabel *m_contactsCaption = nullptr;
    QLabel *m_contactsLabel = nullptr;
    QLabel *m_ledgerTitleLabel = nullptr;
    QTableView *m_ledgerTable = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    SubscriptionWidget *m_subscriptionWidget = nullptr;
};

} // namespace Tierline
