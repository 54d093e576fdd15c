// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/changerequests.h"
#include "billing/permissions.h"
#include "billing/planplanner.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Tierline {

class BillingService;
class ChangePlanDialog;
class ReviewPurchaseDialog;

/**
 * The CRM plan on the billing page (A1, A2): plan and product with "Change plan", user seats
 * with − and + and the price beside them, and the add-ons with "Add to plan". Every purchase
 * opens Review purchase; fewer seats are booked for the next plan cycle after a confirmation.
 */
class PlanCard : public QFrame
{
    Q_OBJECT

public:
    PlanCard(BillingService &billing, QWidget *parent = nullptr);

    /** Shows an account as the actor may act on it; nothing is changed here. */
    void setAccount(const Account &account, const std::optional<User> &actor);
    /** The seat count picked with − and +, before it is reviewed. */
    int pickedSeats() const { return m_pickedSeats; }
    void setPickedSeats(int seats);

    /** Opens Review purchase (more seats) or books fewer seats after a confirmation. */
    ReviewPurchaseDialog *reviewSeats();
    /** Opens Review purchase for an add-on. */
    ReviewPurchaseDialog *addAddon(const QString &addonId);
    ChangePlanDialog *openChangePlanDialog();

Q_SIGNALS:
    /** The user asked staff for a change (A5), e.g. a cheaper plan, with a first draft. */
    void requestChangeWanted(Tierline::ChangeRequestKind kind, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void rebuildAddons();
    void updateSeats();
    ReviewPurchaseDialog *openReview(const PlanChange &change);
    bool canBill() const;

    BillingService &m_billing;
    std::optional<Account> m_account;
    std::optional<User> m_actor;
    int m_pickedSeats = 1;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_productLabel = nullptr;
    QPushButton *m_changePlanButton = nullptr;
    QLabel *m_planCaption = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_planPriceLabel = nullptr;
    QLabel *m_featuresLabel = nullptr;
    QLabel *m_seatsCaption = nullptr;
    QToolButton *m_fewerSeatsButton = nullptr;
    QLabel *m_seatsLabel = nullptr;
    QToolButton *m_moreSeatsButton = nullptr;
    QLabel *m_seatPriceLabel = nullptr;
    QLabel *m_seatTotalLabel = nullptr;
    QPushButton *m_reviewSeatsButton = nullptr;
    QLabel *m_addonsCaption = nullptr;
    QVBoxLayout *m_addonsLayout = nullptr;
    QLabel *m_renewalLabel = nullptr;
};

} // namespace Tierline
