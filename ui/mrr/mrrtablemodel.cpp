// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrrtablemodel.h"

#include "money/moneyformat.h"

#include <QLocale>

namespace Tierline {

MrrTableModel::MrrTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("mrrTableModel"));
}

void MrrTableModel::setSeries(const MrrSeries &series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

QString MrrTableModel::monthName(const MrrMonth &month)
{
    return QLocale().toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

qint64 MrrTableModel::amount(const MrrMonth &m, int column)
{
    switch (column) {
    case Mrr:
        return m.mrr;
    case New:
        return m.newMrr;
    case Expansion:
        return m.expansion;
    case Reactivation:
        return m.reactivation;
    case Contraction:
        return m.contraction;
    case Churn:
        return m.churn;
    case NetChange:
        return m.change();
    default:
        return 0;
    }
}

void MrrTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_series.months.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MrrTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.months.size());
}

int MrrTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MrrTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_series.months.size())
        return {};
    const MrrMonth &m = m_series.months.at(index.row());
    if (index.column() == Month) {
        if (role == Qt::DisplayRole)
            return monthName(m);
        if (role == Qt::ToolTipRole)
            return m.key();
        return {};
    }
    const qint64 value = amount(m, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatMoney(Money(value, m_series.currency));
    case AmountRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MrrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnName(section);
}

QString MrrTableModel::columnName(int column)
{
    switch (column) {
    case Month:
        return tr("Month");
    case Mrr:
        return tr("MRR");
    case New:
        return tr("New");
    case Expansion:
        return tr("Expansion");
    case Reactivation:
        return tr("Reactivation");
    case Contraction:
        return tr("Contraction");
    case Churn:
        return tr("Churn");
    case NetChange:
        return tr("Net change");
    default:
        return {};
    }
}

} // namespace Tierline
