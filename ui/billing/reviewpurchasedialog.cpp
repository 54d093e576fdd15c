// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpurchasedialog.h"

#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billingstyle.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "money/moneyformat.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

ReviewPurchaseDialog::ReviewPurchaseDialog(BillingService &billing, const User &actor,
                                           const PurchaseReview &review, QWidget *parent)
    : QDialog(parent)
    , m_billing(billing)
    , m_actor(actor)
    , m_review(review)
{
    setObjectName(QStringLiteral("reviewPurchaseDialog"));
    buildUi();
    retranslateUi();
}

ReviewPurchaseDialog::~ReviewPurchaseDialog() = default;

void ReviewPurchaseDialog::buildUi()
{
    resize(600, 0); // the layout sets the height, and a larger width if amounts need it
    auto *layout = new QVBoxLayout(this);
    // Never smaller than the content: the charged-today figure must not be clipped when the
    // texts arrive after the first layout, or grow in another language.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(6);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("reviewTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.45, true));
    m_subtitleLabel = caption("reviewSubtitleLabel", this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_subtitleLabel);
    layout->addSpacing(14);

    QFrame *summary = card("purchaseSummary", this);
    auto *grid = new QGridLayout(summary);
    grid->setContentsMargins(20, 16, 20, 16);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(9);
    grid->setColumnStretch(0, 1);
    int row = 0;
    auto addLine = [&](QLabel *&captionLabel, QLabel *&amount, const char *captionName,
                       const char *amountName) {
        captionLabel = caption(captionName, summary);
        amount = value(amountName, summary, true);
        grid->addWidget(captionLabel, row, 0);
        grid->addWidget(amount, row++, 1);
    };
    addLine(m_changeCaption, m_changeLabel, "changeCaption", "changeLabel");
    addLine(m_billingCaption, m_billingLabel, "billingCaption", "billingLabel");
    addLine(m_effectiveCaption, m_effectiveDateLabel, "effectiveCaption", "effectiveDateLabel");
    grid->addWidget(rule(summary), row++, 0, 1, 2);
    addLine(m_creditCaption, m_creditLabel, "creditCaption", "creditLabel");
    addLine(m_chargeCaption, m_chargeLabel, "chargeCaption", "chargeLabel");
    m_daysLeftLabel = caption("daysLeftLabel", summary);
    grid->addWidget(m_daysLeftLabel, row++, 0, 1, 2);
    grid->addWidget(rule(summary), row++, 0, 1, 2);
    m_chargedTodayCaption = new QLabel(summary);
    m_chargedTodayCaption->setObjectName(QStringLiteral("chargedTodayCaption"));
    m_chargedTodayCaption->setFont(scaledFont(font(), 1.1, true));
    m_chargedTodayLabel = value("chargedTodayLabel", summary, true);
    m_chargedTodayLabel->setFont(scaledFont(m_chargedTodayLabel->font(), 1.7, true));
    // The card's style sheet re-polishes its labels; keep the row as tall as the large figure.
    m_chargedTodayLabel->setMinimumHeight(QFontMetrics(m_chargedTodayLabel->font()).height() + 4);
    grid->addWidget(m_chargedTodayCaption, row, 0, Qt::AlignVCenter);
    grid->addWidget(m_chargedTodayLabel, row++, 1);
    addLine(m_nextCycleCaption, m_nextCyclePriceLabel, "nextCycleCaption", "nextCyclePriceLabel");
    layout->addWidget(summary);

    m_termsLabel = caption("termsLabel", this);
    m_termsLabel->setWordWrap(true);
    layout->addSpacing(6);
    layout->addWidget(m_termsLabel);
    layout->addStretch(1);
    layout->addSpacing(12);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("reviewButtons"));
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_confirmButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmPurchaseButton"));
    m_confirmButton->setDefault(true);
    m_confirmButton->setStyleSheet(primaryButtonStyle());
    m_confirmButton->setMinimumWidth(150);
    m_confirmButton->setEnabled(m_actor.has(Permission::BillingAccess));
    layout->addWidget(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirmButton, &QPushButton::clicked, this, &ReviewPurchaseDialog::confirm);
}

void ReviewPurchaseDialog::retranslatePlanChange()
{
    const Account &account = m_review.account;
    const ProrationQuote &quote = m_review.quote;
    const PlanChange &change = m_review.planChange;
    const Catalog &catalog = m_billing.catalog();
    const QString currency = account.currency;
    m_subtitleLabel->setText(tr("Plan for %1").arg(account.name));
    switch (change.kind) {
    case PlanChange::Kind::Seats:
        m_changeCaption->setText(tr("User seats"));
        m_changeLabel->setText(
            tr("%1 → %2").arg(QLocale().toString(account.seats), QLocale().toString(change.seats)));
        break;
    case PlanChange::Kind::AddAddon:
        m_changeCaption->setText(tr("Add-on"));
        m_changeLabel->setText(BillingText::addonName(catalog, change.addon));
        break;
    case PlanChange::Kind::Plan:
        m_changeCaption->setText(tr("Plan"));
        m_changeLabel->setText(tr("%1 → %2").arg(BillingText::planName(catalog, account.plan),
                                                 BillingText::planName(catalog, change.plan)));
        break;
    }
    m_creditCaption->setText(tr("Credit for the unused part of the current plan price"));
    m_chargeCaption->setText(tr("New plan price for the rest of the cycle"));
    m_creditLabel->setText(formatMoney(Money(-quote.credit, currency)));
    m_chargeLabel->setText(formatMoney(Money(quote.charge, currency)));
    const QDate next = PlanPlanner::cycleOn(account, quote.effective).end;
    m_nextCycleCaption->setText(tr("Full price from %1").arg(formatDate(next)));
    m_termsLabel->setText(
        tr("The change applies at once. The plan renews every %1 at the new "
           "price: plan, user seats and add-ons together.")
            .arg(account.interval == BillingInterval::Monthly ? tr("month") : tr("year")));
}

void ReviewPurchaseDialog::retranslateUi()
{
    const QLocale locale;
    const Account &account = m_review.account;
    const ProrationQuote &quote = m_review.quote;
    const QString currency = account.currency;
    const bool purchase = m_review.kind == PurchaseReview::Kind::Purchase;

    setWindowTitle(tr("Review purchase"));
    m_titleLabel->setText(tr("Review purchase"));
    m_subtitleLabel->setText(tr("Campaigns for %1").arg(account.name));
    m_changeCaption->setText(purchase ? tr("Campaigns") : tr("Subscriber tier"));
    m_changeLabel->setText(purchase ? tr("%Ln subscriber(s)", nullptr, m_review.toTier)
                                    : tr("%1 → %2").arg(locale.toString(account.campaigns.tier),
                                                        locale.toString(m_review.toTier)));
    m_billingCaption->setText(tr("Billing"));
    m_billingLabel->setText(
        //: Billing interval in currency: "Monthly in USD".
        tr("%1 in %2").arg(BillingText::interval(account.interval), account.currency));
    m_effectiveCaption->setText(tr("Starts"));
    m_effectiveDateLabel->setText(formatDate(quote.effective));

    m_creditCaption->setText(
        tr("Credit for the unused part of %Ln subscriber(s)", nullptr, account.campaigns.tier));
    m_creditLabel->setText(formatMoney(Money(-quote.credit, currency)));
    m_chargeCaption->setText(
        purchase ? tr("First %1 at %Ln subscriber(s)", nullptr, m_review.toTier)
                       .arg(account.interval == BillingInterval::Monthly ? tr("month") : tr("year"))
                 : tr("%Ln subscriber(s) for the rest of the cycle", nullptr, m_review.toTier));
    m_chargeLabel->setText(formatMoney(Money(quote.charge, currency)));
    m_creditCaption->setVisible(!purchase);
    m_creditLabel->setVisible(!purchase);
    m_daysLeftLabel->setVisible(!purchase);
    m_daysLeftLabel->setText(BillingText::daysLeftInCycle(quote.daysLeft, quote.daysInCycle));

    m_chargedTodayCaption->setText(tr("Charged today"));
    m_chargedTodayLabel->setText(formatMoney(Money(quote.chargedToday, currency)));
    const QDate next = purchase ? BillingCycle(quote.effective, account.interval).startOf(1)
                                : account.campaigns.cycle.end;
    m_nextCycleCaption->setText(tr("Full price from %1").arg(formatDate(next)));
    m_nextCyclePriceLabel->setText(
        tr("%1 %2").arg(formatMoney(Money(quote.nextCyclePrice, currency)),
                        BillingText::perCycle(account.interval)));
    m_termsLabel->setText(
        purchase ? tr("Campaigns renews every %1 until you cancel it.")
                       .arg(account.interval == BillingInterval::Monthly ? tr("month") : tr("year"))
                 : tr("The new limit applies at once. Pending contacts become subscribed, "
                      "oldest first, as far as the new limit holds."));
    m_cancelButton->setText(tr("Cancel"));
    m_confirmButton->setText(tr("Confirm purchase"));
    if (m_review.kind == PurchaseReview::Kind::PlanChange)
        retranslatePlanChange();
    m_confirmButton->setAccessibleName(tr("Confirm purchase, %1 charged today")
                                           .arg(formatMoney(Money(quote.chargedToday, currency))));
    if (!m_actor.has(Permission::BillingAccess))
        m_confirmButton->setToolTip(PermissionText::missing(m_actor, Permission::BillingAccess));
}

void ReviewPurchaseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool ReviewPurchaseDialog::confirm()
{
    const qint64 accountId = m_review.account.id;
    QString error;
    if (m_review.kind == PurchaseReview::Kind::PlanChange) {
        if (const auto changed =
                m_billing.changePlan(m_actor, accountId, m_review.planChange, m_review.quote);
            !changed)
            error = changed.error().message;
    } else if (m_review.kind == PurchaseReview::Kind::Purchase) {
        // Only what the user reviewed may be booked: a changed price is refused, not charged.
        if (const Status bought =
                m_billing.buy(m_actor, accountId, m_review.toTier, m_review.quote.chargedToday);
            !bought)
            error = bought.error().message;
    } else if (const auto changed =
                   m_billing.changeTier(m_actor, accountId, m_review.toTier, m_review.quote);
               !changed) {
        error = changed.error().message;
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Review purchase"), error);
        return false;
    }
    accept();
    return true;
}

} // namespace Tierline
