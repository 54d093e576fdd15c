// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smartlists/smartlist.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Tierline {

class BillingService;
class Database;
class SmartListsModel;
class WorkspaceSettings;

/**
 * Smart lists (Z5, Z6, Z7): the built-in and saved lists on the left; for the chosen one a
 * filter builder, a column chooser, the accounts in a table sorted by a header click, save,
 * save as, rename and delete, and CSV export with progress and cancel (X9).
 *
 * With subscriptions switched off (Z7) the subscription conditions and fields are not offered;
 * columns a list already has stay.
 */
class SmartListsPage : public QWidget
{
    Q_OBJECT

public:
    SmartListsPage(const Database &database, BillingService &billing, QWidget *parent = nullptr);
    ~SmartListsPage() override;

    SmartListsModel *model() const { return m_model; }
    /** The list as edited now (saved or not). */
    SmartList currentList() const { return m_current; }
    /** Selects the list with this name, built-in or saved; false if there is none. */
    bool selectList(const QString &name);
    /** Replaces the current list's filter, as the filter builder would. */
    void setFilter(const SmartListFilter &filter);
    /** Shows or hides a field as a column of the current list, as the column chooser would. */
    void setColumnShown(SmartListField field, bool shown);
    /** Fields the column chooser offers now. */
    QList<SmartListField> offeredFields() const;
    bool subscriptionsShown() const { return m_subscriptionsShown; }

    /** Saves the current list under the name in the name field (a new list for a built-in). */
    void save();
    /** Saves the current list as a new list under the name field's name. */
    void saveAs();
    /** Renames the current saved list to the name field's name. */
    void rename();
    /** Asks, then deletes the current saved list. */
    void remove();
    /** Asks for a file and exports the current list as CSV with a progress dialog. */
    void exportCsv();

public Q_SLOTS:
    /** Re-reads the lists and the current one's accounts (new data, new day). */
    void refresh();
    /** Z7: shows or hides the subscription conditions and fields. */
    void setSubscriptionsShown(bool shown);
    /** Follows the workspace switch, now and when it changes. */
    void setWorkspaceSettings(Tierline::WorkspaceSettings *settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct DateConditionEdit;

    void buildUi();
    QGroupBox *buildFilterBox();
    void retranslateUi();
    void reloadLists(const QString &select);
    void showList(const SmartList &list);
    void filterEdited();
    void updateCount();
    /** Saves the current list under the name field's name, as a new list or over itself. */
    void store(bool asNew);
    void updateColumnsMenu();
    void updateButtons();
    void applySubscriptionsShown();
    SmartListFilter filterFromEditors() const;
    void showFilterInEditors(const SmartListFilter &filter);
    void showError(const QString &message);

    const Database &m_database;
    BillingService &m_billing;
    SmartListsModel *m_model = nullptr;
    QList<SmartList> m_lists;
    SmartList m_current;
    bool m_loading = false;
    bool m_subscriptionsShown = true;

    QLabel *m_titleLabel = nullptr;
    QListWidget *m_listsView = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_saveAsButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QLabel *m_countLabel = nullptr;

    QGroupBox *m_filterBox = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_planCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_currentMrrLabel = nullptr;
    QLineEdit *m_currentMrrMin = nullptr;
    QLineEdit *m_currentMrrMax = nullptr;
    QLabel *m_upcomingMrrLabel = nullptr;
    QLineEdit *m_upcomingMrrMin = nullptr;
    QLineEdit *m_upcomingMrrMax = nullptr;
    QLabel *m_usageLabel = nullptr;
    QSpinBox *m_usageMin = nullptr;
    QSpinBox *m_usageMax = nullptr;
    QLabel *m_subscriptionEndLabel = nullptr;
    DateConditionEdit *m_subscriptionEnd = nullptr; ///< owned by the filter box
    QLabel *m_trialEndLabel = nullptr;
    DateConditionEdit *m_trialEnd = nullptr;
    QList<QWidget *> m_subscriptionWidgets;

    QPushButton *m_columnsButton = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QCheckBox *m_bomCheck = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_resultsView = nullptr;
};

} // namespace Tierline
