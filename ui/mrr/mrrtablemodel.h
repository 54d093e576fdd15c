// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mrr/mrrengine.h"

#include <QAbstractTableModel>

namespace Tierline {

/** The MRR series as a table under the charts (Z4): one row per month, the same figures. */
class MrrTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Month,
        Mrr,
        New,
        Expansion,
        Reactivation,
        Contraction,
        Churn,
        NetChange,
        ColumnCount
    };
    enum Role {
        AmountRole = Qt::UserRole + 1, ///< qint64 minor units of the reporting currency
    };

    explicit MrrTableModel(QObject *parent = nullptr);

    void setSeries(const MrrSeries &series);
    const MrrSeries &series() const { return m_series; }
    /** The month as people read it: "Mar 2026", in the UI language. */
    static QString monthName(const MrrMonth &month);
    static qint64 amount(const MrrMonth &month, int column);
    /** The column's header: "MRR", "New", "Churn" … */
    static QString columnName(int column);
    /** Re-reads the translated headers. */
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    MrrSeries m_series;
};

} // namespace Tierline
