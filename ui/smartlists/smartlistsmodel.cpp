// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartlistsmodel.h"

#include "billing/billingtext.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "money/moneyformat.h"
#include "smartlists/smartlistquery.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSqlError>

namespace Tierline {

SmartListsModel::SmartListsModel(const Database &database, const Catalog &catalog, QObject *parent)
    : QSqlQueryModel(parent)
    , m_database(database)
    , m_catalog(catalog)
{
}

void SmartListsModel::setList(const SmartList &list, QDate today)
{
    m_list = list;
    m_today = today;
    reload();
}

void SmartListsModel::reload()
{
    const SmartListQuery query(m_list, m_today, m_catalog.trialSubscriberCap());
    m_columns = query.columns();
    const BoundSql sql = query.select();
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(false);
    if (!rows.prepare(sql.sql)) {
        Q_EMIT failed(Database::errorFrom(rows).message);
        return;
    }
    for (qsizetype i = 0; i < sql.values.size(); ++i)
        rows.bindValue(int(i), sql.values.at(i));
    if (!rows.exec()) {
        Q_EMIT failed(Database::errorFrom(rows).message);
        return;
    }
    // QSqlQueryModel fetches the first rows inside its model reset, announcing them as inserted
    // while the reset is in flight; views and the model tester expect them after it.
    m_resetting = true;
    setQuery(std::move(rows));
    m_resetting = false;
    QSqlQueryModel::fetchMore({});
}

void SmartListsModel::fetchMore(const QModelIndex &parent)
{
    if (!m_resetting)
        QSqlQueryModel::fetchMore(parent);
}

QVariant SmartListsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant raw = QSqlQueryModel::data(index, Qt::DisplayRole);
    if (role == AccountIdRole)
        return QSqlQueryModel::data(this->index(index.row(), idColumn())).toLongLong();
    if (index.column() >= shownColumnCount())
        return role == Qt::DisplayRole ? raw : QVariant();
    const SmartListField field = fieldAt(index.column());
    switch (role) {
    case SortValueRole:
        return raw;
    case Qt::TextAlignmentRole:
        if (SmartListFields::isMoney(field) || SmartListFields::isCount(field))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole: {
        if (raw.isNull())
            return QStringLiteral("–");
        const QLocale locale;
        if (SmartListFields::isMoney(field)) {
            const QString currency =
                QSqlQueryModel::data(this->index(index.row(), currencyColumn())).toString();
            return formatMoney(Money(raw.toLongLong(), currency), locale);
        }
        if (SmartListFields::isDate(field))
            return formatDate(SqlValues::toDate(raw), locale);
        if (field == SmartListField::UsagePercent)
            return QString(locale.toString(raw.toLongLong()) + QStringLiteral("\u00a0%"));
        if (SmartListFields::isCount(field))
            return locale.toString(raw.toLongLong());
        if (field == SmartListField::Campaigns)
            return BillingText::campaignsStatus(
                campaignsStatusFromKey(raw.toString()).value_or(CampaignsStatus::None));
        if (field == SmartListField::Plan)
            return BillingText::planName(m_catalog, raw.toString());
        return raw;
    }
    default:
        return {};
    }
}

QVariant SmartListsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    if (section < shownColumnCount())
        return SmartListFields::title(fieldAt(section));
    return QSqlQueryModel::headerData(section, orientation, role);
}

void SmartListsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= shownColumnCount())
        return;
    const SmartListSort sort {fieldAt(column), order == Qt::DescendingOrder};
    if (sort == m_list.sort)
        return;
    m_list.sort = sort;
    Q_EMIT sortChanged(sort); // first, so that the view's sort indicator reads the new one
    reload();
}

} // namespace Tierline
