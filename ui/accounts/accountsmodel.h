// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tierline {

class Catalog;

/** The accounts as billing sees them, one row each, in the order they were given. */
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Owner, Plan, Billing, Currency, Campaigns, Tier, Review, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< qint64 account id, on every cell
        SortRole, ///< a value that sorts naturally: numbers as numbers
    };

    explicit AccountsModel(const Catalog &catalog, QObject *parent = nullptr);

    /**
     * Replaces the accounts. When the same accounts come back in the same order, the rows
     * are updated in place, so views keep their selection and scroll position.
     */
    void setAccounts(const QList<Account> &accounts);
    /** Updates one account's row, or appends it when it is new. */
    void updateAccount(const Account &account);

    const QList<Account> &accounts() const { return m_accounts; }
    /** The row of an account, or -1. */
    int rowOf(qint64 accountId) const;
    QModelIndex indexOf(qint64 accountId, int column = Name) const;
    const Account *account(qint64 accountId) const;

    /** Re-reads every translated text: headers and cells. */
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Account &account, int column) const;
    QVariant sortData(const Account &account, int column) const;

    const Catalog &m_catalog;
    QList<Account> m_accounts;
};

} // namespace Tierline
