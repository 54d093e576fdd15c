// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/permissions.h"
#include "billing/tierchangeplanner.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QPushButton;
class QSlider;

namespace Tierline {

class BillingService;
class Database;
class FloorMarker;
class ReviewPurchaseDialog;

/**
 * "Change number" (P5): the subscriber-tier slider with the cost preview pane beside it. The
 * pane prices every position with the core's TierChangePlanner, on the same question that
 * BillingService::quoteTierChange asks, so the figures are exactly those the change would book.
 * In purchase mode it picks the tier for "Buy Campaigns" instead (the first cycle in full).
 */
class ChangeTierDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { ChangeTier, Purchase };

    /** Counts the subscribed contacts once, here; moving the slider only prices. */
    ChangeTierDialog(const Database &database, BillingService &billing, const User &actor,
                     const Account &account, Mode mode, int initialTier = 0,
                     QWidget *parent = nullptr);
    ~ChangeTierDialog() override;

    Mode mode() const { return m_mode; }
    int chosenTier() const;
    int floorTier() const { return m_floorTier; }
    /** The question the preview prices for a tier (the one quoteTierChange asks). */
    TierChangeQuestion questionFor(int tier) const;
    /** The quote shown now; nothing in purchase mode or when the question is malformed. */
    const std::optional<ProrationQuote> &currentQuote() const { return m_quote; }
    /** The Review purchase dialog opened by Continue, while it is open. */
    ReviewPurchaseDialog *reviewDialog() const;

    /** Continue: review an upgrade or purchase, confirm and apply a downgrade or trial choice. */
    void proceed();

Q_SIGNALS:
    /** P8: the floor's link asks for the account's contacts that can be archived. */
    void archiveContactsRequested(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onSliderMoved(int value);
    void updatePreview();
    void showPurchasePreview(int tier);
    void showQuote(const ProrationQuote &quote);
    void applyChange();
    bool inTrial() const;
    int fromTier() const;

    const Database &m_database;
    BillingService &m_billing;
    User m_actor;
    Account m_account;
    Mode m_mode;
    qint64 m_subscribed = 0;
    int m_floorTier = 0;
    std::optional<ProrationQuote> m_quote;
    QString m_quoteError;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QLabel *m_sliderCaption = nullptr;
    QSlider *m_slider = nullptr;
    FloorMarker *m_floorMarker = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_valueUnitLabel = nullptr;
    QLabel *m_rangeMinLabel = nullptr;
    QLabel *m_rangeMaxLabel = nullptr;
    QLabel *m_currentTierLabel = nullptr;
    QLabel *m_floorLabel = nullptr;
    QLabel *m_archiveLinkLabel = nullptr;
    QLabel *m_keyboardHintLabel = nullptr;

    QFrame *m_pane = nullptr;
    QLabel *m_paneTitleLabel = nullptr;
    QLabel *m_tierPriceLabel = nullptr;
    QLabel *m_perCycleLabel = nullptr;
    QLabel *m_pricePerSubscriberLabel = nullptr;
    QLabel *m_changeKindLabel = nullptr;
    QLabel *m_effectiveCaption = nullptr;
    QLabel *m_effectiveDateLabel = nullptr;
    QLabel *m_creditCaption = nullptr;
    QLabel *m_creditLabel = nullptr;
    QLabel *m_chargeCaption = nullptr;
    QLabel *m_chargeLabel = nullptr;
    QLabel *m_daysLeftLabel = nullptr;
    QFrame *m_todayRule = nullptr;
    QLabel *m_chargedTodayCaption = nullptr;
    QLabel *m_chargedTodayLabel = nullptr;
    QLabel *m_nextCycleCaption = nullptr;
    QLabel *m_nextCyclePriceLabel = nullptr;
    QLabel *m_noteLabel = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Tierline
