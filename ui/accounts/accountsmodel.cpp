// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsmodel.h"

#include "billing/billingtext.h"
#include "catalog/catalog.h"

#include <QColor>

namespace Tierline {

namespace {

QColor statusColor(CampaignsStatus status)
{
    switch (status) {
    case CampaignsStatus::Trial:
        return QColor(0x0b, 0x5c, 0xd5);
    case CampaignsStatus::Active:
        return QColor(0x1a, 0x7f, 0x37);
    case CampaignsStatus::None:
    case CampaignsStatus::Stopped:
    case CampaignsStatus::Cancelled:
        break;
    }
    return QColor(0x6e, 0x77, 0x81);
}

QColor reviewColor(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending:
        return QColor(0x9a, 0x67, 0x00);
    case ReviewState::Rejected:
        return QColor(0xcf, 0x22, 0x2e);
    case ReviewState::Approved:
        return QColor(0x1a, 0x7f, 0x37);
    case ReviewState::NotRequested:
        break;
    }
    return QColor(0x6e, 0x77, 0x81);
}

} // namespace

AccountsModel::AccountsModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void AccountsModel::setAccounts(const QList<Account> &accounts)
{
    const bool sameRows = accounts.size() == m_accounts.size()
        && std::equal(accounts.cbegin(), accounts.cend(), m_accounts.cbegin(),
                      [](const Account &a, const Account &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_accounts = accounts;
        endResetModel();
        return;
    }
    m_accounts = accounts;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AccountsModel::updateAccount(const Account &account)
{
    const int row = rowOf(account.id);
    if (row < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_accounts.append(account);
        endInsertRows();
        return;
    }
    m_accounts[row] = account;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AccountsModel::rowOf(qint64 accountId) const
{
    for (qsizetype row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId)
            return int(row);
    }
    return -1;
}

QModelIndex AccountsModel::indexOf(qint64 accountId, int column) const
{
    const int row = rowOf(accountId);
    return row < 0 ? QModelIndex() : index(row, column);
}

const Account *AccountsModel::account(qint64 accountId) const
{
    const int row = rowOf(accountId);
    return row < 0 ? nullptr : &m_accounts.at(row);
}

void AccountsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(account, index.column());
    case AccountIdRole:
        return account.id;
    case SortRole:
        return sortData(account, index.column());
    case Qt::TextAlignmentRole:
        // An int, which views of every Qt 6 version read.
        return int((index.column() == Tier ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Campaigns)
            return statusColor(account.campaigns.status);
        if (index.column() == Review)
            return reviewColor(account.campaigns.review);
        return {};
    default:
        return {};
    }
}

QVariant AccountsModel::displayData(const Account &account, int column) const
{
    switch (Column(column)) {
    case Name:
        return account.name;
    case Owner:
        return account.ownerName;
    case Plan:
        return BillingText::planName(m_catalog, account.plan);
    case Billing:
        return BillingText::interval(account.interval);
    case Currency:
        return account.currency;
    case Campaigns:
        return BillingText::campaignsStatus(account.campaigns.status);
    case Tier:
        return BillingText::tierCell(account.campaigns);
    case Review:
        return BillingText::review(account.campaigns.review, account.campaigns.reviewExpedited);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountsModel::sortData(const Account &account, int column) const
{
    switch (Column(column)) {
    case Tier:
        return account.campaigns.status == CampaignsStatus::Active ? account.campaigns.tier : 0;
    case Campaigns:
        return int(account.campaigns.status);
    case Review:
        return int(account.campaigns.review);
    default:
        return displayData(account, column);
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Tier ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Plan:
        return tr("Plan");
    case Billing:
        return tr("Billing");
    case Currency:
        return tr("Currency");
    case Campaigns:
        return tr("Campaigns");
    case Tier:
        return tr("Tier");
    case Review:
        return tr("Review");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tierline
