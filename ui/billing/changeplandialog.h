// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/permissions.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Tierline {

class BillingService;

/**
 * "Change plan" (A1, A4): the plans side by side with their prices, included users and
 * features, the current one marked. Picking a plan says what it costs and which features the
 * account would lose; a dearer plan goes on to Review purchase, a cheaper one to a request to
 * staff (A5).
 */
class ChangePlanDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePlanDialog(BillingService &billing, const User &actor, const Account &account,
                     QWidget *parent = nullptr);

    /** The plan picked in the comparison; the current plan at first. */
    QString pickedPlan() const;
    void pickPlan(const QString &planId);
    /** Goes on with the picked plan: emits reviewWanted or requestWanted and closes. */
    void proceed();

Q_SIGNALS:
    void reviewWanted(const QString &planId);
    void requestWanted(const QString &planId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateChoice();
    bool pickedIsCheaper() const;

    BillingService &m_billing;
    User m_actor;
    Account m_account;
    QStringList m_planIds;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_proceedButton = nullptr;
};

} // namespace Tierline
