// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "subscriptions/subscriptions.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Tierline {

class Catalog;
class Clock;
class Database;
class DealDialog;

/**
 * The account's subscription widget (Z2): the current monthly rate and when it ends, the
 * upcoming subscription (a scheduled downgrade, a trial that converts, a deal that starts)
 * with its dates and whether it is an increase or a decrease, the account's MRR browsable
 * month by month, and its periods with "Add deal" and "Edit deal" for staff.
 */
class SubscriptionWidget : public QWidget
{
    Q_OBJECT

public:
    SubscriptionWidget(const Database &database, const Catalog &catalog, const Clock &clock,
                       QWidget *parent = nullptr);
    ~SubscriptionWidget() override;

    qint64 accountId() const { return m_accountId; }
    /** The month whose MRR the history row shows (its first day). */
    QDate historyMonth() const { return m_historyMonth; }
    bool subscriptionsShown() const { return m_shown; }
    const QList<SubscriptionPeriod> &periods() const { return m_periods; }

    /**
     * Opens the deal dialog (not modal) to add a deal, or to edit the selected one; nothing
     * when the actor may not enter deals or no manual deal is selected for an edit.
     */
    DealDialog *openDealDialog(bool editSelected);
    /** Selects a period's row in the table. */
    void selectPeriod(qint64 periodId);

public Q_SLOTS:
    void setAccount(qint64 accountId);
    void setActor(const Tierline::User &actor);
    /** Reads the account's periods again. */
    void refresh();
    /** Z7: subscriptions switched off hide the widget; no data is touched. */
    void setSubscriptionsShown(bool shown);
    void showHistoryMonth(QDate month);

Q_SIGNALS:
    /** A deal was added or changed here. */
    void dealsChanged(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateHistory();
    void updateButtons();
    std::optional<SubscriptionPeriod> selectedPeriod() const;

    const Database &m_database;
    const Catalog &m_catalog;
    const Clock &m_clock;
    qint64 m_accountId = 0;
    std::optional<User> m_actor;
    bool m_shown = true;
    QList<SubscriptionPeriod> m_periods;
    SubscriptionSummary m_summary;
    QString m_loadError;
    QDate m_historyMonth;

    QLabel *m_rateCaption = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_endCaption = nullptr;
    QLabel *m_endLabel = nullptr;
    QLabel *m_upcomingCaption = nullptr;
    QLabel *m_upcomingLabel = nullptr;
    QLabel *m_upcomingStatusLabel = nullptr;
    QLabel *m_historyCaption = nullptr;
    QToolButton *m_previousMonthButton = nullptr;
    QLabel *m_historyMonthLabel = nullptr;
    QToolButton *m_nextMonthButton = nullptr;
    QLabel *m_historyValueLabel = nullptr;
    QTableWidget *m_periodsTable = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
};

} // namespace Tierline
