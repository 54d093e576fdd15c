// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "contacts/contactservice.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Tierline {

class BillingService;
class ContactsModel;
class Database;

/**
 * The Contacts page of the selected account (P4, P8, H1, H4, H6): the contacts filtered by
 * status, marketing flag and text, sorted and counted in SQL; selection of rows or of all
 * matching contacts; bulk Archive, Set marketing / non-marketing and Delete, each one
 * transaction with progress and cancel; and CSV import (X9).
 */
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    enum class BulkAction { Archive, SetMarketing, SetNonMarketing, Delete };

    ContactsPage(const Database &database, BillingService &billing, QWidget *parent = nullptr);
    ~ContactsPage() override;

    ContactsModel *model() const { return m_model; }
    qint64 accountId() const { return m_accountId; }
    ContactFilter filter() const;
    void setFilter(const ContactFilter &filter);
    /** How many contacts a bulk action would change now. */
    qint64 selectedCount() const;
    bool allMatchingSelected() const { return m_allMatching; }

    /** Selects every contact matching the filter, loaded or not. */
    void selectAllMatching();
    /** Asks, then runs a bulk action on the selection with a progress dialog. */
    void runBulkAction(BulkAction action);
    /** Asks for a CSV file and imports it with a progress dialog. */
    void importCsv();

public Q_SLOTS:
    void setAccount(qint64 accountId);
    void setActor(const Tierline::User &actor);
    /** P8: shows the account's contacts that can be archived (Subscribed marketing). */
    void showArchivable(qint64 accountId);
    void refresh();
    void onAccountChanged(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyFilter();
    void updateSummary();
    void updateSelection();
    ContactSelection currentSelection() const;
    void showError(const QString &message);

    const Database &m_database;
    BillingService &m_billing;
    std::optional<User> m_actor;
    qint64 m_accountId = 0;
    bool m_allMatching = false;
    bool m_selecting = false;

    ContactsModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_statusFilterLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_marketingFilterLabel = nullptr;
    QComboBox *m_marketingFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QPushButton *m_selectAllButton = nullptr;
    QPushButton *m_clearSelectionButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QPushButton *m_marketingButton = nullptr;
    QPushButton *m_nonMarketingButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QComboBox *m_duplicatesCombo = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_permissionLabel = nullptr;
};

} // namespace Tierline
