// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "usage/usageservice.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Tierline {

class BillingService;
class Database;
class UsageChart;

/**
 * The Usage & limits page of the selected account (H2–H5): marketing contacts against the
 * tier, total contacts, the next update date, a daily usage chart with the tier limit, the
 * forecast of the day the limit is reached, and the overage policy.
 */
class UsagePage : public QWidget
{
    Q_OBJECT

public:
    UsagePage(const Database &database, BillingService &billing, QWidget *parent = nullptr);
    ~UsagePage() override;

    qint64 accountId() const { return m_accountId; }
    UsageChart *chart() const { return m_chart; }
    /** The days the chart shows, ending today. */
    int chartDays() const;

public Q_SLOTS:
    void setAccount(qint64 accountId);
    void setActor(const Tierline::User &actor);
    void refresh();
    /** After BillingService::accountChanged (contacts or billing of an account changed). */
    void onAccountChanged(qint64 accountId);

Q_SIGNALS:
    /** "Increase limit": the tier change on the next tier (P4). */
    void increaseLimitRequested(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showUsage();
    void updatePolicyControls();
    void choosePolicy(OveragePolicy policy);

    const Database &m_database;
    BillingService &m_billing;
    std::optional<User> m_actor;
    qint64 m_accountId = 0;
    std::optional<UsageSummary> m_summary;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QLabel *m_errorLabel = nullptr;

    QLabel *m_marketingCaption = nullptr;
    QLabel *m_marketingValue = nullptr;
    QLabel *m_limitCaption = nullptr;
    QLabel *m_limitValue = nullptr;
    QLabel *m_percentCaption = nullptr;
    QLabel *m_percentValue = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_totalValue = nullptr;
    QLabel *m_updateCaption = nullptr;
    QLabel *m_updateValue = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_increaseLimitButton = nullptr;

    QLabel *m_chartTitle = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    UsageChart *m_chart = nullptr;
    QLabel *m_forecastLabel = nullptr;

    QLabel *m_policyTitle = nullptr;
    QButtonGroup *m_policyGroup = nullptr;
    QRadioButton *m_holdButton = nullptr;
    QRadioButton *m_autoUpgradeButton = nullptr;
    QLabel *m_holdText = nullptr;
    QLabel *m_autoUpgradeText = nullptr;
    QLabel *m_policyReadOnlyLabel = nullptr;
};

} // namespace Tierline
