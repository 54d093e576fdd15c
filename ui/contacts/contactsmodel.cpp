// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodel.h"

#include "calendar/clock.h"

#include <QColor>
#include <QScopedValueRollback>

namespace Tierline {

ContactsModel::ContactsModel(const Database &database, const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(database, catalog)
{
}

void ContactsModel::setQuery(qint64 accountId, const ContactFilter &filter)
{
    m_accountId = accountId;
    m_filter = filter;
    load();
}

void ContactsModel::reload()
{
    load();
}

void ContactsModel::load()
{
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exhausted = true;
    m_lastError.clear();
    if (m_accountId > 0) {
        const auto total = m_service.countMatching(m_accountId, m_filter);
        auto first = m_service.list(m_accountId, m_filter, m_order, std::nullopt, pageSize);
        if (!total || !first) {
            m_lastError = !total ? total.error().message : first.error().message;
        } else {
            m_total = *total;
            m_rows = std::move(first).value();
            m_exhausted = m_rows.size() < pageSize;
        }
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &row = m_rows.at(index.row());
    if (role == ContactIdRole)
        return row.id;
    const bool switching = row.marketing && row.marketingSwitchOn.isValid();
    if (role == Qt::ToolTipRole && index.column() == Marketing && switching) {
        return tr("Set to non-marketing: the contact counts until the update date, %1.")
            .arg(formatDate(row.marketingSwitchOn));
    }
    if (role == Qt::ForegroundRole && index.column() == Marketing && switching)
        return QColor(0x8a, 0x4b, 0x00);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Email:
        return row.email;
    case Marketing:
        if (switching)
            return tr("Non-marketing from %1").arg(formatDate(row.marketingSwitchOn));
        return row.marketing ? tr("Marketing") : tr("Non-marketing");
    case Status:
        return ContactService::statusName(row.status);
    case AddedOn:
        return formatDate(row.addedOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Marketing:
        return tr("Marketing");
    case Status:
        return tr("Status");
    case AddedOn:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

bool ContactsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_fetching || m_rows.isEmpty())
        return;
    // Views and testers may ask for more while rows are being inserted: one page at a time.
    const QScopedValueRollback fetching(m_fetching, true);
    auto next = m_service.list(m_accountId, m_filter, m_order, m_rows.constLast(), pageSize);
    if (!next) {
        m_lastError = next.error().message;
        m_exhausted = true;
        return;
    }
    m_exhausted = next->size() < pageSize;
    if (next->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next->size() - 1));
    m_rows.append(*next);
    endInsertRows();
}

void ContactsModel::sort(int column, Qt::SortOrder order)
{
    static constexpr ContactSortKey keys[ColumnCount] = {
        ContactSortKey::ByName, ContactSortKey::ByEmail, ContactSortKey::ByMarketing,
        ContactSortKey::ByStatus, ContactSortKey::ByAddedOn};
    if (column < 0 || column >= ColumnCount)
        return;
    const ContactOrder wanted {keys[column], order == Qt::DescendingOrder};
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    m_order = wanted;
    // Sorted in SQL: the first page of the new order is read afresh.
    load();
}

} // namespace Tierline
