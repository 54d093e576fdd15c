// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactspage.h"

#include "billing/billingservice.h"
#include "billing/billingstyle.h"
#include "calendar/clock.h"
#include "contacts/contactimport.h"
#include "contacts/updatedates.h"
#include "contactsmodel.h"
#include "csv/csvreader.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/progressdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

constexpr int searchDelayMs = 250;

} // namespace

ContactsPage::ContactsPage(const Database &database, BillingService &billing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_billing(billing)
    , m_model(new ContactsModel(database, billing.catalog(), this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("contactsPage"));
    buildUi();
    retranslateUi();
    updateSelection();
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("contactsTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.5, true));
    m_summaryLabel = caption("contactsSummaryLabel", this);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("contactsSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    m_statusFilterLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilterLabel->setBuddy(m_statusFilter);
    m_marketingFilterLabel = new QLabel(this);
    m_marketingFilter = new QComboBox(this);
    m_marketingFilter->setObjectName(QStringLiteral("marketingFilter"));
    m_marketingFilterLabel->setBuddy(m_marketingFilter);
    for (int i = 0; i < 5; ++i)
        m_statusFilter->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_marketingFilter->addItem(QString());
    filters->addWidget(m_searchEdit, 2);
    filters->addSpacing(8);
    filters->addWidget(m_statusFilterLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(8);
    filters->addWidget(m_marketingFilterLabel);
    filters->addWidget(m_marketingFilter);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *selectionRow = new QHBoxLayout;
    selectionRow->setSpacing(8);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectAllButton = new QPushButton(this);
    m_selectAllButton->setObjectName(QStringLiteral("selectAllMatchingButton"));
    m_selectAllButton->setFlat(true);
    m_selectAllButton->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); }"));
    m_clearSelectionButton = new QPushButton(this);
    m_clearSelectionButton->setObjectName(QStringLiteral("clearSelectionButton"));
    m_clearSelectionButton->setFlat(true);
    m_clearSelectionButton->setStyleSheet(m_selectAllButton->styleSheet());
    selectionRow->addWidget(m_selectionLabel);
    selectionRow->addWidget(m_selectAllButton);
    selectionRow->addWidget(m_clearSelectionButton);
    selectionRow->addStretch(1);
    m_archiveButton = new QPushButton(this);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_marketingButton = new QPushButton(this);
    m_marketingButton->setObjectName(QStringLiteral("setMarketingButton"));
    m_nonMarketingButton = new QPushButton(this);
    m_nonMarketingButton->setObjectName(QStringLiteral("setNonMarketingButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    for (QPushButton *button :
         {m_archiveButton, m_marketingButton, m_nonMarketingButton, m_deleteButton})
        selectionRow->addWidget(button);
    layout->addLayout(selectionRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactsModel::AddedOn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ContactsModel::Name, 190);
    m_table->setColumnWidth(ContactsModel::Email, 250);
    m_table->setColumnWidth(ContactsModel::Marketing, 290);
    m_table->setColumnWidth(ContactsModel::Status, 150);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_permissionLabel = caption("contactsPermissionLabel", this);
    m_permissionLabel->setWordWrap(true);
    bottom->addWidget(m_permissionLabel, 1);
    m_duplicatesLabel = new QLabel(this);
    m_duplicatesCombo = new QComboBox(this);
    m_duplicatesCombo->setObjectName(QStringLiteral("duplicatesCombo"));
    m_duplicatesCombo->addItem(QString());
    m_duplicatesCombo->addItem(QString());
    m_duplicatesLabel->setBuddy(m_duplicatesCombo);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    bottom->addWidget(m_duplicatesLabel);
    bottom->addWidget(m_duplicatesCombo);
    bottom->addWidget(m_importButton);
    layout->addLayout(bottom);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ContactsPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(m_marketingFilter, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(m_model, &ContactsModel::totalChanged, this, &ContactsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_allMatching = false;
        updateSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_selecting)
            m_allMatching = false;
        updateSelection();
    });
    connect(m_selectAllButton, &QPushButton::clicked, this, &ContactsPage::selectAllMatching);
    connect(m_clearSelectionButton, &QPushButton::clicked, this, [this] {
        m_allMatching = false;
        m_table->clearSelection();
        updateSelection();
    });
    connect(m_archiveButton, &QPushButton::clicked, this,
            [this] { runBulkAction(BulkAction::Archive); });
    connect(m_marketingButton, &QPushButton::clicked, this,
            [this] { runBulkAction(BulkAction::SetMarketing); });
    connect(m_nonMarketingButton, &QPushButton::clicked, this,
            [this] { runBulkAction(BulkAction::SetNonMarketing); });
    connect(m_deleteButton, &QPushButton::clicked, this,
            [this] { runBulkAction(BulkAction::Delete); });
    connect(m_importButton, &QPushButton::clicked, this, &ContactsPage::importCsv);
}

void ContactsPage::retranslateUi()
{
    m_searchEdit->setPlaceholderText(tr("Search name or email"));
    m_statusFilterLabel->setText(tr("&Status:"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 0; i < 4; ++i)
        m_statusFilter->setItemText(i + 1, ContactService::statusName(ContactStatus(i)));
    m_marketingFilterLabel->setText(tr("&Marketing:"));
    m_marketingFilter->setItemText(0, tr("All contacts"));
    m_marketingFilter->setItemText(1, tr("Marketing"));
    m_marketingFilter->setItemText(2, tr("Non-marketing"));
    m_archiveButton->setText(tr("Archive"));
    m_marketingButton->setText(tr("Set marketing"));
    m_nonMarketingButton->setText(tr("Set non-marketing"));
    m_deleteButton->setText(tr("Delete"));
    m_clearSelectionButton->setText(tr("Clear selection"));
    m_duplicatesLabel->setText(tr("&Known emails:"));
    m_duplicatesCombo->setItemText(0, tr("Update them"));
    m_duplicatesCombo->setItemText(1, tr("Skip them"));
    m_importButton->setText(tr("Import CSV…"));
    updateSummary();
    updateSelection();
}

void ContactsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QWidget::changeEvent(event);
}

ContactFilter ContactsPage::filter() const
{
    ContactFilter filter;
    if (const int status = m_statusFilter->currentIndex(); status > 0)
        filter.status = ContactStatus(status - 1);
    if (const int marketing = m_marketingFilter->currentIndex(); marketing > 0)
        filter.marketing = marketing == 1;
    filter.text = m_searchEdit->text().trimmed();
    return filter;
}

void ContactsPage::setFilter(const ContactFilter &filter)
{
    const QSignalBlocker blockStatus(m_statusFilter);
    const QSignalBlocker blockMarketing(m_marketingFilter);
    const QSignalBlocker blockSearch(m_searchEdit);
    m_statusFilter->setCurrentIndex(filter.status ? int(*filter.status) + 1 : 0);
    m_marketingFilter->setCurrentIndex(filter.marketing ? (*filter.marketing ? 1 : 2) : 0);
    m_searchEdit->setText(filter.text);
    applyFilter();
}

void ContactsPage::applyFilter()
{
    m_searchTimer->stop();
    m_model->setQuery(m_accountId, filter());
    if (!m_model->lastError().isEmpty())
        showError(m_model->lastError());
}

void ContactsPage::setAccount(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    refresh();
}

void ContactsPage::setActor(const User &actor)
{
    m_actor = actor;
    updateSelection();
}

void ContactsPage::showArchivable(qint64 accountId)
{
    m_accountId = accountId;
    setFilter({ContactStatus::Subscribed, true, {}});
}

void ContactsPage::refresh()
{
    applyFilter();
}

void ContactsPage::onAccountChanged(qint64 accountId)
{
    if (accountId == m_accountId)
        m_model->reload();
}

void ContactsPage::updateSummary()
{
    const auto account =
        m_accountId > 0 ? m_billing.account(m_accountId) : Result<Account>(Error {});
    m_titleLabel->setText(account ? tr("Contacts of %1").arg(account->name) : tr("Contacts"));
    if (m_accountId <= 0) {
        m_summaryLabel->setText(tr("Choose an account to see its contacts."));
        return;
    }
    const ContactService service(m_database, m_billing.catalog());
    const auto byStatus = service.countByStatus(m_accountId);
    if (!byStatus) {
        m_summaryLabel->setText(byStatus.error().message);
        return;
    }
    const QLocale locale;
    QStringList parts {tr("%Ln matching contact(s)", nullptr, m_model->total())};
    for (auto it = byStatus->cbegin(); it != byStatus->cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(ContactService::statusName(it.key()),
                                                 locale.toString(it.value())));
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

qint64 ContactsPage::selectedCount() const
{
    return m_allMatching ? m_model->total()
                         : qint64(m_table->selectionModel()->selectedRows().size());
}

void ContactsPage::selectAllMatching()
{
    m_selecting = true;
    m_table->selectAll();
    m_selecting = false;
    m_allMatching = true;
    updateSelection();
}

void ContactsPage::updateSelection()
{
    if (!m_selectionLabel)
        return;
    const qint64 selected = selectedCount();
    const qint64 total = m_model->total();
    if (m_allMatching) {
        m_selectionLabel->setText(tr("All %Ln matching contact(s) are selected.", nullptr, total));
    } else {
        m_selectionLabel->setText(tr("%Ln selected", nullptr, selected));
    }
    m_selectAllButton->setText(tr("Select all %Ln matching", nullptr, total));
    m_selectAllButton->setVisible(!m_allMatching && total > 0 && selected < total);
    m_clearSelectionButton->setVisible(selected > 0);

    const bool any = selected > 0 && m_actor.has_value();
    const bool canMarket = m_actor && m_actor->has(Permission::SetMarketing);
    m_archiveButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_marketingButton->setEnabled(any && canMarket);
    m_nonMarketingButton->setEnabled(any && canMarket);
    m_importButton->setEnabled(m_accountId > 0 && m_actor.has_value());
    const QString why = m_actor && !canMarket
        ? PermissionText::missing(*m_actor, Permission::SetMarketing)
        : QString();
    m_marketingButton->setToolTip(why);
    m_nonMarketingButton->setToolTip(why);
    m_permissionLabel->setText(why);
}

ContactSelection ContactsPage::currentSelection() const
{
    if (m_allMatching)
        return ContactSelection::matching(m_model->filter());
    ContactSelection selection;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        selection.ids.append(m_model->data(row, ContactsModel::ContactIdRole).toLongLong());
    return selection;
}

void ContactsPage::runBulkAction(BulkAction action)
{
    const qint64 count = selectedCount();
    if (!m_actor || count <= 0)
        return;
    QString question;
    QString working;
    switch (action) {
    case BulkAction::Archive:
        question = tr("Archive %Ln contact(s)? Archived contacts no longer count towards the "
                      "tier.",
                      nullptr, count);
        working = tr("Archiving contacts…");
        break;
    case BulkAction::SetMarketing:
        question = tr("Set %Ln contact(s) as marketing? They count towards the tier at once; "
                      "beyond the limit they wait as Pending upgrade.",
                      nullptr, count);
        working = tr("Setting contacts as marketing…");
        break;
    case BulkAction::SetNonMarketing: {
        const auto account = m_billing.account(m_accountId);
        const QDate on = account
            ? UpdateDates::forAccount(*account).nextAfter(m_billing.clock().today())
            : QDate();
        question = tr("Set %Ln contact(s) as non-marketing? Subscribed contacts keep counting "
                      "until the next update date, %1.",
                      nullptr, count)
                       .arg(formatDate(on));
        working = tr("Setting contacts as non-marketing…");
        break;
    }
    case BulkAction::Delete:
        question = tr("Delete %Ln contact(s)? This cannot be undone. Deleting frees room for "
                      "other contacts but does not lower the tier.",
                      nullptr, count);
        working = tr("Deleting contacts…");
        break;
    }
    if (MessageBox::question(this, tr("Contacts"), question) != QMessageBox::Yes)
        return;

    QProgressDialog *dialog = Progress::dialog(this, working, "contactsProgressDialog");
    const ContactProgress progress = [dialog](qint64 done, qint64 total) {
        return Progress::advance(dialog, done, total);
    };
    const ContactService service(m_database, m_billing.catalog());
    const ContactSelection selection = currentSelection();
    const QDate today = m_billing.clock().today();
    Result<BulkOutcome> outcome = BulkOutcome {};
    switch (action) {
    case BulkAction::Archive:
        outcome = service.archive(*m_actor, m_accountId, selection, progress);
        break;
    case BulkAction::SetMarketing:
    case BulkAction::SetNonMarketing:
        outcome = service.setMarketing(*m_actor, m_accountId, selection,
                                       action == BulkAction::SetMarketing, today, progress);
        break;
    case BulkAction::Delete:
        outcome = service.remove(*m_actor, m_accountId, selection, progress);
        break;
    }
    dialog->close();
    dialog->deleteLater();
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    if (outcome->cancelled) {
        MessageBox::information(this, tr("Contacts"), tr("Cancelled. No contact was changed."));
        return;
    }
    // The billing page, the tier floor (P8) and the account list read the counts again.
    Q_EMIT m_billing.accountChanged(m_accountId);
    m_model->reload();
}

void ContactsPage::importCsv()
{
    if (!m_actor || m_accountId <= 0)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import contacts"), {},
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const DuplicatePolicy policy =
        m_duplicatesCombo->currentIndex() == 1 ? DuplicatePolicy::Skip : DuplicatePolicy::Update;

    QProgressDialog *dialog =
        Progress::dialog(this, tr("Reading the file…"), "contactsProgressDialog");
    // Reading is the first half of the bar, writing the second.
    const auto contacts = ContactImport::readFile(path, [dialog](qint64 done, qint64 total) {
        return Progress::advance(dialog, done, total * 2);
    });
    const bool cancelledReading = dialog->wasCanceled();
    Result<ImportOutcome> outcome = ImportOutcome {};
    if (contacts && !cancelledReading) {
        dialog->setLabelText(tr("Importing contacts…"));
        outcome =
            ContactService(m_database, m_billing.catalog())
                .importContacts(*m_actor, m_accountId, *contacts, policy, m_billing.clock().today(),
                                [dialog](qint64 done, qint64 total) {
                                    return Progress::advance(dialog, total + done, total * 2);
                                });
    }
    dialog->close();
    dialog->deleteLater();
    if (cancelledReading || (outcome && outcome->cancelled)) {
        MessageBox::information(this, tr("Import contacts"),
                                tr("Cancelled. Nothing was imported."));
        return;
    }
    if (!contacts || !outcome) {
        MessageBox::warning(this, tr("Import contacts"),
                            !contacts ? contacts.error().message : outcome.error().message);
        return;
    }
    Q_EMIT m_billing.accountChanged(m_accountId);
    m_model->reload();
    MessageBox::information(this, tr("Import contacts"), ContactService::importSummary(*outcome));
}

void ContactsPage::showError(const QString &message)
{
    MessageBox::warning(this, tr("Contacts"), message);
}

} // namespace Tierline
