// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smartlists/smartlist.h"

#include <QDate>
#include <QSqlQueryModel>

namespace Tierline {

class Catalog;
class Database;

/**
 * The accounts of one smart list, straight from its SQL: Qt fetches rows as the view
 * scrolls, so a list of 100,000 accounts is never loaded whole. The list's columns come
 * first; the account id and its currency follow as two extra columns the view hides.
 * Sorting by a header runs the SQL again in the new order.
 */
class SmartListsModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Role { AccountIdRole = Qt::UserRole + 1, SortValueRole };

    SmartListsModel(const Database &database, const Catalog &catalog, QObject *parent = nullptr);

    /** Shows list as it stands on today. */
    void setList(const SmartList &list, QDate today);
    const SmartList &list() const { return m_list; }
    /** Runs the list's SQL again (new data, a new day, a new language). */
    void reload();

    /** How many of the model's columns are the list's own; the rest are hidden helpers. */
    int shownColumnCount() const { return int(m_columns.size()); }
    int idColumn() const { return shownColumnCount(); }
    int currencyColumn() const { return shownColumnCount() + 1; }
    SmartListField fieldAt(int column) const { return m_columns.value(column); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /** The list's sort changed from a header click. */
    void sortChanged(const Tierline::SmartListSort &sort);
    /** The SQL failed; message says why. */
    void failed(const QString &message);

private:
    const Database &m_database;
    const Catalog &m_catalog;
    SmartList m_list;
    QList<SmartListField> m_columns;
    QDate m_today;
    bool m_resetting = false;
};

} // namespace Tierline
