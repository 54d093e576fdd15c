// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include "accountsmodel.h"
#include "appsettings.h"
#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billing/ledger.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "ledgermodel.h"
#include "money/moneyformat.h"
#include "storage/database.h"
#include "subscriptionwidget.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Tierline {

namespace {

QLabel *makeValueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void styleTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

AccountsPage::AccountsPage(const Database &database, BillingService &billing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_billing(billing)
    , m_model(new AccountsModel(billing.catalog(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_ledgerModel(new LedgerModel(billing.catalog(), this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_proxy->setObjectName(QStringLiteral("accountsProxyModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(AccountsModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    buildUi();
    retranslateUi();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("accountsTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.5, true));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("accountCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(280);
    header->addWidget(m_titleLabel, 0, Qt::AlignBaseline);
    header->addWidget(m_countLabel, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_searchField);
    layout->addLayout(header);

    m_loadErrorLabel = new QLabel(this);
    m_loadErrorLabel->setObjectName(QStringLiteral("loadErrorLabel"));
    m_loadErrorLabel->setWordWrap(true);
    m_loadErrorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 6px; padding: 8px 10px; }"));
    m_loadErrorLabel->hide();
    layout->addWidget(m_loadErrorLabel);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("accountsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(10);

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_proxy);
    styleTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountsModel::Name, Qt::AscendingOrder);
    m_table->setMinimumHeight(160);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AccountsModel::Name, QHeaderView::Stretch);
    columns->setSortIndicatorShown(true);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(buildDetailPane());
    // Room for ten rows above, the account's summary below; the user's choice is kept.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 330});
    layout->addWidget(m_splitter, 1);

    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCountLabel();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A reset or a filter takes the selection away; the details stay.
                if (m_reloading || !current.isValid())
                    return;
                setCurrentAccount(current.data(AccountsModel::AccountIdRole).toLongLong());
            });
}

QWidget *AccountsPage::buildDetailPane()
{
    m_detailStack = new QStackedWidget(this);
    m_detailStack->setObjectName(QStringLiteral("accountDetailStack"));

    m_emptyDetailLabel = new QLabel(m_detailStack);
    m_emptyDetailLabel->setObjectName(QStringLiteral("emptyDetailLabel"));
    m_emptyDetailLabel->setAlignment(Qt::AlignCenter);
    m_emptyDetailLabel->setWordWrap(true);
    m_emptyDetailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack->addWidget(m_emptyDetailLabel);

    auto *detail = new QFrame(m_detailStack);
    detail->setObjectName(QStringLiteral("accountDetailPane"));
    detail->setFrameShape(QFrame::StyledPanel);
    detail->setAutoFillBackground(true);
    detail->setBackgroundRole(QPalette::Base);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(18, 12, 18, 12);
    detailLayout->setSpacing(10);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(12);
    m_accountTitleLabel = makeValueLabel("accountTitleLabel", detail);
    m_accountTitleLabel->setWordWrap(false);
    m_accountTitleLabel->setFont(scaledFont(font(), 1.35, true));
    m_accountSubtitleLabel = makeValueLabel("accountSubtitleLabel", detail);
    m_accountSubtitleLabel->setWordWrap(false);
    m_accountSubtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    heading->addWidget(m_accountTitleLabel, 0, Qt::AlignBaseline);
    heading->addWidget(m_accountSubtitleLabel, 1, Qt::AlignBaseline);
    detailLayout->addLayout(heading);

    // P2: the blue trial banner with the days left, across the top of the account.
    m_trialBanner = new QFrame(detail);
    m_trialBanner->setObjectName(QStringLiteral("trialBanner"));
    m_trialBanner->setStyleSheet(QStringLiteral(
        "QFrame#trialBanner { background: #e7f0fd; border: 1px solid #a9c8f5;"
        " border-left: 4px solid #1a66d2; border-radius: 6px; }"
        "QFrame#trialBanner QLabel { color: #0b3a7e; background: transparent; border: none; }"));
    auto *bannerLayout = new QHBoxLayout(m_trialBanner);
    bannerLayout->setContentsMargins(12, 7, 12, 7);
    bannerLayout->setSpacing(12);
    m_trialDaysLeftLabel = makeValueLabel("trialDaysLeftLabel", m_trialBanner);
    m_trialDaysLeftLabel->setWordWrap(false);
    m_trialDaysLeftLabel->setFont(scaledFont(font(), 1.0, true));
    m_trialEndsLabel = makeValueLabel("trialEndsLabel", m_trialBanner);
    bannerLayout->addWidget(m_trialDaysLeftLabel);
    bannerLayout->addWidget(m_trialEndsLabel, 1);
    detailLayout->addWidget(m_trialBanner);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    detailLayout->addLayout(columns, 1);

    // Left: where the account and its Campaigns add-on stand. It scrolls rather than
    // clipping when the splitter leaves it little room.
    auto *summaryScroll = new QScrollArea(detail);
    summaryScroll->setObjectName(QStringLiteral("accountSummaryScroll"));
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setMinimumWidth(340);
    summaryScroll->setMaximumWidth(480);
    auto *summary = new QWidget(summaryScroll);
    summary->setObjectName(QStringLiteral("accountSummary"));
    summary->setBackgroundRole(QPalette::Base);
    summaryScroll->viewport()->setBackgroundRole(QPalette::Base);

    m_summaryGrid = new QGridLayout(summary);
    m_summaryGrid->setObjectName(QStringLiteral("accountSummaryGrid"));
    m_summaryGrid->setContentsMargins(0, 2, 0, 0);
    m_summaryGrid->setHorizontalSpacing(16);
    m_summaryGrid->setVerticalSpacing(7);
    m_summaryGrid->setColumnStretch(1, 1);
    auto addRow = [&](QLabel *&caption, QLabel *&value, const char *name) {
        const int row = m_summaryGrid->rowCount();
        caption = new QLabel(summary);
        caption->setForegroundRole(QPalette::PlaceholderText);
        value = makeValueLabel(name, summary);
        // Level with the first line of a value that wraps.
        m_summaryGrid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_summaryGrid->addWidget(value, row, 1, Qt::AlignTop);
    };
    addRow(m_ownerCaption, m_ownerLabel, "ownerLabel");
    addRow(m_planCaption, m_planLabel, "planLabel");
    addRow(m_billingCaption, m_billingLabel, "billingLabel");
    addRow(m_campaignsCaption, m_campaignsLabel, "campaignsStatusLabel");
    addRow(m_nextEventCaption, m_nextEventLabel, "nextEventLabel");
    addRow(m_reviewCaption, m_reviewLabel, "reviewLabel");
    addRow(m_contactsCaption, m_contactsLabel, "contactsLabel");
    m_summaryGrid->setRowStretch(m_summaryGrid->rowCount(), 1);
    summaryScroll->setWidget(summary);
    columns->addWidget(summaryScroll, 2);

    // Right: the ledger (X6) and the subscription (Z2), one tab each.
    m_detailTabs = new QTabWidget(detail);
    m_detailTabs->setObjectName(QStringLiteral("accountDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    auto *ledgerTab = new QWidget(m_detailTabs);
    ledgerTab->setObjectName(QStringLiteral("ledgerTab"));
    auto *ledgerLayout = new QVBoxLayout(ledgerTab);
    ledgerLayout->setContentsMargins(0, 6, 0, 0);
    ledgerLayout->setSpacing(6);
    m_ledgerTitleLabel = new QLabel(detail);
    m_ledgerTitleLabel->setObjectName(QStringLiteral("ledgerTitleLabel"));
    m_ledgerTitleLabel->setFont(scaledFont(font(), 1.1, true));
    m_ledgerTable = new QTableView(detail);
    m_ledgerTable->setObjectName(QStringLiteral("ledgerTable"));
    m_ledgerTable->setModel(m_ledgerModel);
    styleTable(m_ledgerTable);
    m_ledgerTable->setMinimumHeight(120);
    QHeaderView *ledgerColumns = m_ledgerTable->horizontalHeader();
    ledgerColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    ledgerColumns->setSectionResizeMode(LedgerModel::Description, QHeaderView::Stretch);
    m_balanceLabel = new QLabel(detail);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    m_balanceLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_balanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ledgerLayout->addWidget(m_ledgerTitleLabel);
    ledgerLayout->addWidget(m_ledgerTable, 1);
    ledgerLayout->addWidget(m_balanceLabel);
    m_detailTabs->addTab(ledgerTab, QString());
    m_subscriptionWidget =
        new SubscriptionWidget(m_database, m_billing.catalog(), m_billing.clock(), m_detailTabs);
    m_detailTabs->addTab(m_subscriptionWidget, QString());
    columns->addWidget(m_detailTabs, 3);
    connect(m_subscriptionWidget, &SubscriptionWidget::dealsChanged, this,
            &AccountsPage::subscriptionsChanged);

    m_detailStack->addWidget(detail);
    return m_detailStack;
}

void AccountsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Accounts"));
    m_searchField->setPlaceholderText(tr("Search accounts by name"));
    m_ownerCaption->setText(tr("Owner"));
    m_planCaption->setText(tr("Plan"));
    m_billingCaption->setText(tr("Billing"));
    m_campaignsCaption->setText(tr("Campaigns"));
    //: Caption of the account's next billing event: a renewal, a downgrade, a trial end.
    m_nextEventCaption->setText(tr("Next"));
    m_reviewCaption->setText(tr("Review"));
    m_contactsCaption->setText(tr("Contacts"));
    m_ledgerTitleLabel->setText(tr("Billing history"));
    m_detailTabs->setTabText(0, tr("Billing history"));
    m_detailTabs->setTabText(1, tr("Subscription"));
    m_model->retranslate();
    m_ledgerModel->retranslate();
    updateCountLabel();
    showDetails();
}

void AccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AccountsPage::saveSettings(AppSettings &settings) const
{
    settings.setValue(QStringLiteral("accounts/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("accounts/columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("accounts/current"), m_currentAccountId);
}

void AccountsPage::restoreSettings(const AppSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("accounts/splitter")).toByteArray());
    if (m_table->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("accounts/columns")).toByteArray()))
        m_columnsFitted = true;
    const qint64 current = settings.value(QStringLiteral("accounts/current")).toLongLong();
    if (current > 0 && m_model->rowOf(current) >= 0)
        selectAccount(current);
}

void AccountsPage::selectAccount(qint64 accountId)
{
    const QModelIndex source = m_model->indexOf(accountId);
    if (!source.isValid())
        return;
    QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid()) {
        m_searchField->clear();
        row = m_proxy->mapFromSource(source);
    }
    m_table->selectionModel()->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(row);
    setCurrentAccount(accountId);
}

void AccountsPage::setCurrentAccount(qint64 accountId)
{
    if (accountId == m_currentAccountId)
        return;
    m_currentAccountId = accountId;
    showDetails();
    Q_EMIT currentAccountChanged(accountId);
}

void AccountsPage::reload()
{
    const auto accounts = m_billing.accounts();
    if (!accounts) {
        showLoadError(accounts.error().message);
        return;
    }
    showLoadError({});

    m_reloading = true;
    m_model->setAccounts(*accounts);
    m_reloading = false;
    if (!m_columnsFitted && m_model->rowCount() > 0)
        fitColumns();

    qint64 current = m_model->rowOf(m_currentAccountId) >= 0 ? m_currentAccountId : 0;
    if (current == 0 && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0).data(AccountsModel::AccountIdRole).toLongLong();
    if (current != 0) {
        selectAccount(current);
    } else {
        m_currentAccountId = 0;
        Q_EMIT currentAccountChanged(0);
    }
    showDetails();
    updateCountLabel();
    Q_EMIT reloaded();
}

void AccountsPage::reloadAccount(qint64 accountId)
{
    const auto account = m_billing.account(accountId);
    if (!account) {
        showLoadError(account.error().message);
        return;
    }
    m_model->updateAccount(*account);
    if (accountId == m_currentAccountId)
        showDetails();
    updateCountLabel();
}

void AccountsPage::fitColumns()
{
    // Once, on the first rows: afterwards the widths are the user's (and restored).
    m_columnsFitted = true;
    const int padding = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < AccountsModel::ColumnCount; ++column) {
        if (column == AccountsModel::Name)
            continue;
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + padding);
    }
}

void AccountsPage::showLoadError(const QString &message)
{
    m_loadErrorLabel->setText(message);
    m_loadErrorLabel->setVisible(!message.isEmpty());
}

void AccountsPage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_countLabel->setText(tr("%Ln account(s)", nullptr, total));
    else
        m_countLabel->setText(
            tr("%1 of %Ln account(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void AccountsPage::showDetails()
{
    const Account *account = m_model->account(m_currentAccountId);
    if (!account) {
        m_emptyDetailLabel->setText(m_model->rowCount() == 0
                                        ? tr("There are no accounts yet.")
                                        : tr("Select an account to see its billing."));
        m_detailStack->setCurrentIndex(0);
        m_ledgerModel->clear();
        m_subscriptionWidget->setAccount(0);
        return;
    }
    m_subscriptionWidget->setAccount(account->id);
    m_detailStack->setCurrentIndex(1);

    const Catalog &catalog = m_billing.catalog();
    const QDate today = m_billing.clock().today();
    const CampaignsState &campaigns = account->campaigns;
    const QLocale locale;

    m_accountTitleLabel->setText(account->name);
    m_accountSubtitleLabel->setText(tr("Customer since %1").arg(formatDate(account->createdOn)));

    const bool inTrial = campaigns.status == CampaignsStatus::Trial;
    m_trialBanner->setVisible(inTrial);
    if (inTrial) {
        m_trialDaysLeftLabel->setText(BillingText::trialDaysLeft(campaigns.trialDaysLeft(today)));
        m_trialEndsLabel->setText(tr("The trial runs until %1, with up to %Ln subscriber(s).",
                                     nullptr, catalog.trialSubscriberCap())
                                      .arg(formatDate(campaigns.trialEnd.addDays(-1))));
    }

    m_ownerLabel->setText(account->ownerName.isEmpty() ? tr("No owner") : account->ownerName);
    m_planLabel->setText(tr("%1 · %2 · %Ln seat(s)", nullptr, account->seats)
                             .arg(BillingText::planName(catalog, account->plan),
                                  BillingText::product(account->product)));
    m_billingLabel->setText(
        //: Billing interval in currency: "Monthly in USD".
        tr("%1 in %2").arg(BillingText::interval(account->interval), account->currency));
    m_campaignsLabel->setText(
        BillingText::campaignsSummary(*account, catalog.trialSubscriberCap()));
    const QString next = BillingText::nextEvent(*account, catalog);
    m_nextEventLabel->setText(next);
    m_nextEventCaption->setVisible(!next.isEmpty());
    m_nextEventLabel->setVisible(!next.isEmpty());
    m_reviewLabel->setText(BillingText::review(campaigns.review, campaigns.reviewExpedited));

    const auto counts = ContactService(m_database, catalog).counts(account->id);
    if (counts) {
        QString text =
            tr("%1 subscribed · %2 pending upgrade")
                .arg(locale.toString(counts->subscribed), locale.toString(counts->pendingUpgrade));
        if (counts->unsubscribed > 0 || counts->archived > 0) {
            text += QLatin1Char('\n')
                + tr("%1 unsubscribed · %2 archived")
                      .arg(locale.toString(counts->unsubscribed),
                           locale.toString(counts->archived));
        }
        text += QLatin1Char('\n')
            + tr("%1 in all · %2 not marketing")
                  .arg(locale.toString(counts->total), locale.toString(counts->nonMarketing));
        m_contactsLabel->setText(text);
    } else {
        m_contactsLabel->setText(counts.error().message);
    }

    const Ledger ledger(m_database);
    QFont balanceFont = font();
    const auto entries = ledger.entries(account->id);
    const auto balance = ledger.balance(account->id);
    m_ledgerModel->setEntries(entries ? *entries : QList<LedgerEntry>());
    m_ledgerTable->scrollToBottom();
    if (!entries) {
        m_balanceLabel->setText(entries.error().message);
    } else if (!balance) {
        m_balanceLabel->setText(balance.error().message);
    } else if (entries->isEmpty()) {
        m_balanceLabel->setText(tr("Nothing billed yet."));
    } else {
        m_balanceLabel->setText(
            tr("Balance: %1").arg(formatMoney(Money(*balance, account->currency))));
        balanceFont.setBold(true);
    }
    m_balanceLabel->setFont(balanceFont);
}

void AccountsPage::setActor(const User &actor)
{
    m_subscriptionWidget->setActor(actor);
}

void AccountsPage::setSubscriptionsShown(bool shown)
{
    m_subscriptionWidget->setSubscriptionsShown(shown);
    m_detailTabs->setTabVisible(1, shown);
}

bool AccountsPage::subscriptionsShown() const
{
    return m_subscriptionWidget->subscriptionsShown();
}

} // namespace Tierline
