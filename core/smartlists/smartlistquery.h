// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smartlist.h"

#include <QDate>
#include <QVariantList>

namespace Tierline {

/** SQL text with its values, bound positionally to the `?` marks in order. */
struct BoundSql
{
    QString sql;
    QVariantList values;
};

/**
 * Turns a smart list into portable SQL with bound values only: no value is ever spliced into
 * the text, and no SQL date function is used (today and the date windows are computed here
 * and bound as ISO text).
 *
 * The rows of select() hold the list's columns in order, then the account id and its
 * currency (the last two columns), ordered by the list's sort with ties broken by id.
 */
class SmartListQuery
{
public:
    /** today: the clock's day; trialCap: the catalog's trial subscriber cap (the limit in trials).
     */
    SmartListQuery(const SmartList &list, QDate today, int trialCap);

    BoundSql select() const;
    /** How many accounts match: an SQL COUNT, never a loaded list. */
    BoundSql count() const;

    const QList<SmartListField> &columns() const { return m_columns; }
    /** Index of the account id and of the currency in a select() row. */
    int idColumn() const { return int(m_columns.size()); }
    int currencyColumn() const { return int(m_columns.size()) + 1; }

    /** The SQL expression of a field, with its values appended to values. */
    BoundSql expression(SmartListField field) const;

private:
    BoundSql where() const;

    SmartList m_list;
    QList<SmartListField> m_columns;
    QDate m_today;
    int m_trialCap;
};

} // namespace Tierline
