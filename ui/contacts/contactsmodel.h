// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactservice.h"

#include <QAbstractTableModel>

namespace Tierline {

class Catalog;
class Database;

/**
 * One account's contacts for the Contacts page. Filtering, sorting and counting happen in
 * SQL; rows arrive a page at a time (keyset paging through canFetchMore()/fetchMore()), so an
 * account with a million contacts costs one page to open. rowCount() is what is loaded;
 * total() is the SQL count of every matching contact.
 */
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Marketing, Status, AddedOn, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    ContactsModel(const Database &database, const Catalog &catalog, QObject *parent = nullptr);

    /** Shows the account's contacts matching filter; 0 shows none. */
    void setQuery(qint64 accountId, const ContactFilter &filter);
    /** Reads everything again (after a change). */
    void reload();

    qint64 accountId() const { return m_accountId; }
    const ContactFilter &filter() const { return m_filter; }
    /** Every matching contact, counted by SQL: not rowCount(). */
    qint64 total() const { return m_total; }
    /** The last error reading the database, or an empty string. */
    QString lastError() const { return m_lastError; }
    const ContactRow &contactAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /** The matching total changed (a new filter, account or reload). */
    void totalChanged(qint64 total);

private:
    void load();

    ContactService m_service;
    qint64 m_accountId = 0;
    ContactFilter m_filter;
    ContactOrder m_order;
    QList<ContactRow> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace Tierline
