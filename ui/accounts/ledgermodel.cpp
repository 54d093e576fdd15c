// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgermodel.h"

#include "billing/billingtext.h"
#include "calendar/clock.h"
#include "money/moneyformat.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Tierline {

LedgerModel::LedgerModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void LedgerModel::setEntries(const QList<LedgerEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void LedgerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Date:
            return formatDate(entry.date);
        case Description:
            return BillingText::ledgerLine(entry, m_catalog);
        case Tier:
            return entry.tier > 0 ? QLocale().toString(entry.tier) : QString();
        case Amount:
            return formatMoney(Money(entry.amount, entry.currency));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (!entry.period.start.isValid())
            return {};
        // The period is half-open; people read the last paid day.
        return tr("Pays for %1 – %2")
            .arg(formatDate(entry.period.start), formatDate(entry.period.end.addDays(-1)));
    case AmountRole:
        return entry.amount;
    case Qt::TextAlignmentRole:
        return int(
            (index.column() == Tier || index.column() == Amount ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Credits read apart from charges at a glance.
        if (entry.isCredit() && (index.column() == Amount || index.column() == Description))
            return QColor(0x1a, 0x7f, 0x37);
        return {};
    case Qt::FontRole:
        if (entry.isCredit() && index.column() == Description) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Tier || section == Amount ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Description:
        return tr("Description");
    case Tier:
        return tr("Tier");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tierline
