// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/permissions.h"
#include "billing/planplanner.h"
#include "billing/tierchangeplanner.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Tierline {

class BillingService;

/** What Review purchase shows and, on Confirm purchase, books (A3). */
struct PurchaseReview
{
    enum class Kind {
        TierUpgrade, ///< BillingService::changeTier: prorated credit and charge (P6)
        Purchase, ///< BillingService::buy: the first cycle in full
        PlanChange, ///< BillingService::changePlan: seats, an add-on or a dearer plan (A2)
    };
    Kind kind = Kind::TierUpgrade;
    Account account;
    int toTier = 0;
    Tierline::PlanChange planChange; ///< for Kind::PlanChange
    /** The priced change; for a purchase chargedToday = charge = toPrice = nextCyclePrice. */
    ProrationQuote quote;
};

/**
 * "Review purchase" (A3): the change, the amount charged today (prorated and itemized) and the
 * full price from the next cycle, then "Confirm purchase". It closes only when the core booked
 * the purchase; a refusal is shown and the dialog stays open.
 */
class ReviewPurchaseDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewPurchaseDialog(BillingService &billing, const User &actor, const PurchaseReview &review,
                         QWidget *parent = nullptr);
    ~ReviewPurchaseDialog() override;

    const PurchaseReview &review() const { return m_review; }
    /** Books the purchase through the core; true when it was booked (and the dialog accepted). */
    bool confirm();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    /** The texts that differ for a plan change (A2). */
    void retranslatePlanChange();

    BillingService &m_billing;
    User m_actor;
    PurchaseReview m_review;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QLabel *m_changeCaption = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_billingCaption = nullptr;
    QLabel *m_billingLabel = nullptr;
    QLabel *m_effectiveCaption = nullptr;
    QLabel *m_effectiveDateLabel = nullptr;
    QLabel *m_creditCaption = nullptr;
    QLabel *m_creditLabel = nullptr;
    QLabel *m_chargeCaption = nullptr;
    QLabel *m_chargeLabel = nullptr;
    QLabel *m_daysLeftLabel = nullptr;
    QLabel *m_chargedTodayCaption = nullptr;
    QLabel *m_chargedTodayLabel = nullptr;
    QLabel *m_nextCycleCaption = nullptr;
    QLabel *m_nextCyclePriceLabel = nullptr;
    QLabel *m_termsLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
};

} // namespace Tierline
