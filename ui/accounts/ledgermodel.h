// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/ledger.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tierline {

class Catalog;

/** One account's charges and credits, oldest first, as the ledger keeps them (X6). */
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Description, Tier, Amount, ColumnCount };
    enum Role {
        AmountRole = Qt::UserRole + 1, ///< qint64 minor units; negative for a credit
    };

    explicit LedgerModel(const Catalog &catalog, QObject *parent = nullptr);

    void setEntries(const QList<LedgerEntry> &entries);
    void clear() { setEntries({}); }
    const QList<LedgerEntry> &entries() const { return m_entries; }

    /** Re-reads every translated text: headers and cells. */
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
    QList<LedgerEntry> m_entries;
};

} // namespace Tierline
