// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancard.h"

#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billingstyle.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "changeplandialog.h"
#include "money/moneyformat.h"
#include "reviewpurchasedialog.h"
#include "widgets/messagebox.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

QToolButton *stepButton(const char *objectName, const QString &symbol, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setText(symbol);
    button->setFixedSize(30, 30);
    button->setFont(scaledFont(button->font(), 1.2, true));
    button->setAutoRepeat(true);
    return button;
}

} // namespace

PlanCard::PlanCard(BillingService &billing, QWidget *parent)
    : QFrame(parent)
    , m_billing(billing)
{
    setObjectName(QStringLiteral("planCard"));
    setStyleSheet(cardStyle("planCard"));
    buildUi();
}

void PlanCard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);

    auto *heading = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("planTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.25, true));
    m_productLabel = caption("productLabel", this);
    m_changePlanButton = makeButton("changePlanButton", this);
    heading->addWidget(m_titleLabel);
    heading->addSpacing(10);
    heading->addWidget(m_productLabel, 0, Qt::AlignVCenter);
    heading->addStretch(1);
    heading->addWidget(m_changePlanButton);
    layout->addLayout(heading);
    layout->addWidget(rule(this));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(36);
    grid->setVerticalSpacing(4);
    m_planCaption = statCaption("planCaption", this);
    m_planLabel = statValue("planLabel", this);
    m_planPriceLabel = caption("planPriceLabel", this);
    m_featuresLabel = caption("featuresLabel", this);
    m_featuresLabel->setWordWrap(true);
    m_featuresLabel->setMinimumWidth(250);
    m_featuresLabel->setMaximumWidth(320);
    grid->addWidget(m_planCaption, 0, 0);
    grid->addWidget(m_planLabel, 1, 0);
    grid->addWidget(m_planPriceLabel, 2, 0);
    grid->addWidget(m_featuresLabel, 3, 0, Qt::AlignTop);

    m_seatsCaption = statCaption("seatsCaption", this);
    auto *stepper = new QHBoxLayout;
    stepper->setSpacing(8);
    m_fewerSeatsButton = stepButton("fewerSeatsButton", QStringLiteral("−"), this);
    m_seatsLabel = statValue("seatsLabel", this);
    m_seatsLabel->setMinimumWidth(
        QFontMetrics(m_seatsLabel->font()).horizontalAdvance(QStringLiteral("000")) + 4);
    m_seatsLabel->setAlignment(Qt::AlignCenter);
    m_moreSeatsButton = stepButton("moreSeatsButton", QStringLiteral("+"), this);
    stepper->addWidget(m_fewerSeatsButton);
    stepper->addWidget(m_seatsLabel);
    stepper->addWidget(m_moreSeatsButton);
    stepper->addStretch(1);
    m_seatPriceLabel = caption("seatPriceLabel", this);
    m_seatTotalLabel = value("seatTotalLabel", this);
    m_seatTotalLabel->setWordWrap(false);
    m_reviewSeatsButton = makeButton("reviewSeatsButton", this, true);
    grid->addWidget(m_seatsCaption, 0, 1);
    grid->addLayout(stepper, 1, 1);
    grid->addWidget(m_seatPriceLabel, 2, 1);
    grid->addWidget(m_seatTotalLabel, 3, 1, Qt::AlignTop);
    grid->addWidget(m_reviewSeatsButton, 4, 1, Qt::AlignLeft);

    m_addonsCaption = statCaption("addonsCaption", this);
    m_addonsLayout = new QVBoxLayout;
    m_addonsLayout->setSpacing(6);
    grid->addWidget(m_addonsCaption, 0, 2);
    grid->addLayout(m_addonsLayout, 1, 2, 4, 1, Qt::AlignTop);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    layout->addWidget(rule(this));
    m_renewalLabel = caption("planRenewalLabel", this);
    m_renewalLabel->setWordWrap(true);
    layout->addWidget(m_renewalLabel);

    connect(m_fewerSeatsButton, &QToolButton::clicked, this,
            [this] { setPickedSeats(m_pickedSeats - 1); });
    connect(m_moreSeatsButton, &QToolButton::clicked, this,
            [this] { setPickedSeats(m_pickedSeats + 1); });
    connect(m_reviewSeatsButton, &QPushButton::clicked, this, &PlanCard::reviewSeats);
    connect(m_changePlanButton, &QPushButton::clicked, this, &PlanCard::openChangePlanDialog);
}

bool PlanCard::canBill() const
{
    return m_actor && m_actor->has(Permission::BillingAccess);
}

void PlanCard::setAccount(const Account &account, const std::optional<User> &actor)
{
    m_account = account;
    m_actor = actor;
    m_pickedSeats = account.scheduledSeats.value_or(account.seats);
    rebuildAddons();
    retranslateUi();
}

void PlanCard::setPickedSeats(int seats)
{
    m_pickedSeats = std::clamp(seats, 1, PlanPlanner::maxSeats);
    updateSeats();
}

void PlanCard::rebuildAddons()
{
    while (QLayoutItem *item = m_addonsLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item;
    }
    if (!m_account)
        return;
    for (const Addon &addon : m_billing.catalog().addons()) {
        auto *row = new QHBoxLayout;
        row->setSpacing(10);
        auto *name = value("addonNameLabel", this);
        name->setProperty("addon", addon.id);
        auto *price = caption("addonPriceLabel", this);
        price->setProperty("addon", addon.id);
        row->addWidget(name);
        row->addWidget(price, 1);
        if (m_account->addons.contains(addon.id)) {
            auto *on = caption("addonOnPlanLabel", this);
            on->setStyleSheet(QStringLiteral("QLabel { color: #145c2a; font-weight: bold; }"));
            on->setProperty("addon", addon.id);
            row->addWidget(on);
        } else {
            QPushButton *add = makeButton("addToPlanButton", this);
            add->setProperty("addon", addon.id);
            connect(add, &QPushButton::clicked, this, [this, id = addon.id] { addAddon(id); });
            row->addWidget(add);
        }
        m_addonsLayout->addLayout(row);
    }
}

void PlanCard::retranslateUi()
{
    m_titleLabel->setText(tr("Plan"));
    m_changePlanButton->setText(tr("Change plan…"));
    m_planCaption->setText(tr("PLAN"));
    m_seatsCaption->setText(tr("USER SEATS"));
    m_addonsCaption->setText(tr("ADD-ONS"));
    m_fewerSeatsButton->setAccessibleName(tr("One seat less"));
    m_moreSeatsButton->setAccessibleName(tr("One seat more"));
    m_fewerSeatsButton->setToolTip(m_fewerSeatsButton->accessibleName());
    m_moreSeatsButton->setToolTip(m_moreSeatsButton->accessibleName());
    if (!m_account)
        return;
    const Account &account = *m_account;
    const Catalog &catalog = m_billing.catalog();
    const std::optional<Plan> plan = catalog.plan(account.plan);
    const QString per = BillingText::perCycle(account.interval);
    auto priced = [&](qint64 amount) {
        //: An amount and what it covers: "$59.00 per month".
        return tr("%1 %2").arg(formatMoney(Money(amount, account.currency)), per);
    };

    //: The product an account has: "Marketing + Sales".
    m_productLabel->setText(tr("Product: %1").arg(BillingText::product(account.product)));
    m_planLabel->setText(BillingText::planName(catalog, account.plan));
    QStringList features;
    if (plan) {
        m_planPriceLabel->setText(
            priced(plan->prices.value(account.currency).forInterval(account.interval)));
        for (const QString &id : plan->features)
            features.append(BillingText::feature(id));
        m_seatPriceLabel->setText(
            tr("%Ln included · %1 per extra seat", nullptr, plan->includedUsers)
                .arg(formatMoney(
                    Money(plan->seatPrices.value(account.currency).forInterval(account.interval),
                          account.currency))));
    }
    m_featuresLabel->setText(features.join(QStringLiteral(", ")));

    for (QLabel *label : findChildren<QLabel *>()) {
        const QString id = label->property("addon").toString();
        if (id.isEmpty())
            continue;
        const auto addon = std::find_if(catalog.addons().cbegin(), catalog.addons().cend(),
                                        [&](const Addon &a) { return a.id == id; });
        if (addon == catalog.addons().cend())
            continue;
        if (label->objectName() == QLatin1String("addonNameLabel"))
            label->setText(addon->name);
        else if (label->objectName() == QLatin1String("addonPriceLabel"))
            label->setText(
                priced(addon->prices.value(account.currency).forInterval(account.interval)));
        else
            label->setText(tr("On your plan"));
    }
    for (QPushButton *button : findChildren<QPushButton *>(QStringLiteral("addToPlanButton"))) {
        button->setText(tr("Add to plan"));
        button->setAccessibleName(
            tr("Add %1 to the plan")
                .arg(BillingText::addonName(catalog, button->property("addon").toString())));
        button->setEnabled(canBill());
        button->setToolTip(canBill() || !m_actor
                               ? QString()
                               : PermissionText::missing(*m_actor, Permission::BillingAccess));
    }

    const auto price = PlanPlanner(catalog).cyclePrice(account);
    const CycleRange cycle = PlanPlanner::cycleOn(account, m_billing.clock().today());
    QString renewal = price
        ? tr("The plan renews on %1 at %2.").arg(formatDate(cycle.end), priced(*price))
        : price.error().message;
    if (account.scheduledSeats) {
        renewal += QLatin1Char(' ')
            + tr("From then on: %1.").arg(BillingText::seats(*account.scheduledSeats));
    }
    m_renewalLabel->setText(renewal);
    m_changePlanButton->setEnabled(canBill());
    updateSeats();
}

void PlanCard::updateSeats()
{
    if (!m_account)
        return;
    const Account &account = *m_account;
    const QLocale locale;
    m_seatsLabel->setText(locale.toString(m_pickedSeats));
    m_seatsLabel->setAccessibleName(BillingText::seats(m_pickedSeats));
    const bool billing = canBill();
    m_fewerSeatsButton->setEnabled(billing && m_pickedSeats > 1);
    m_moreSeatsButton->setEnabled(billing && m_pickedSeats < PlanPlanner::maxSeats);

    const int booked = account.scheduledSeats.value_or(account.seats);
    const bool changed = m_pickedSeats != booked;
    const auto quote = m_billing.quotePlanChange(account, PlanChange::toSeats(m_pickedSeats));
    if (!quote) {
        m_seatTotalLabel->setText(quote.error().message);
    } else if (!changed) {
        m_seatTotalLabel->setText(tr("Plan total: %1 %2")
                                      .arg(formatMoney(Money(quote->toPrice, account.currency)),
                                           BillingText::perCycle(account.interval)));
    } else {
        //: The plan's price before and after a seat change: "$74.00 → $104.00 per month".
        m_seatTotalLabel->setText(tr("Plan total: %1 → %2 %3")
                                      .arg(formatMoney(Money(quote->fromPrice, account.currency)),
                                           formatMoney(Money(quote->toPrice, account.currency)),
                                           BillingText::perCycle(account.interval)));
    }
    const bool fewer = m_pickedSeats < account.seats;
    m_reviewSeatsButton->setText(fewer ? tr("Schedule fewer seats…") : tr("Review purchase…"));
    m_reviewSeatsButton->setVisible(changed);
    m_reviewSeatsButton->setEnabled(billing);
}

ReviewPurchaseDialog *PlanCard::openReview(const PlanChange &change)
{
    if (!m_account || !m_actor)
        return nullptr;
    const auto quote = m_billing.quotePlanChange(*m_account, change);
    if (!quote || quote->kind == TierChangeKind::Refused) {
        MessageBox::warning(this, tr("Plan"), quote ? quote->reason : quote.error().message);
        return nullptr;
    }
    PurchaseReview review;
    review.kind = PurchaseReview::Kind::PlanChange;
    review.account = *m_account;
    review.planChange = change;
    review.quote = *quote;
    auto *dialog = new ReviewPurchaseDialog(m_billing, *m_actor, review, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ReviewPurchaseDialog *PlanCard::reviewSeats()
{
    if (!m_account || !m_actor)
        return nullptr;
    const Account &account = *m_account;
    const PlanChange change = PlanChange::toSeats(m_pickedSeats);
    if (m_pickedSeats >= account.seats
        && !(m_pickedSeats == account.seats && account.scheduledSeats))
        return openReview(change);

    // Fewer seats (or withdrawing a reduction) charge nothing: confirm, then book.
    const auto quote = m_billing.quotePlanChange(account, change);
    if (!quote)
        return nullptr;
    if (quote->kind == TierChangeKind::Downgrade) {
        const auto answer = MessageBox::question(
            this, tr("User seats"),
            tr("Go down to %1 from %2? Until then the account keeps %3, and the plan then "
               "costs %4 %5.")
                .arg(BillingText::seats(m_pickedSeats), formatDate(quote->effective),
                     BillingText::seats(account.seats),
                     formatMoney(Money(quote->nextCyclePrice, account.currency)),
                     BillingText::perCycle(account.interval)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    if (const auto booked = m_billing.changePlan(*m_actor, account.id, change, *quote); !booked)
        MessageBox::warning(this, tr("User seats"), booked.error().message);
    return nullptr;
}

ReviewPurchaseDialog *PlanCard::addAddon(const QString &addonId)
{
    return openReview(PlanChange::addingAddon(addonId));
}

ChangePlanDialog *PlanCard::openChangePlanDialog()
{
    if (!m_account || !m_actor)
        return nullptr;
    auto *dialog = new ChangePlanDialog(m_billing, *m_actor, *m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePlanDialog::reviewWanted, this,
            [this](const QString &plan) { openReview(PlanChange::toPlan(plan)); });
    connect(dialog, &ChangePlanDialog::requestWanted, this, [this](const QString &plan) {
        const Catalog &catalog = m_billing.catalog();
        QStringList lost;
        for (const QString &feature : PlanPlanner(catalog).featuresLost(m_account->plan, plan))
            lost.append(BillingText::feature(feature));
        QString details = tr("Please move %1 from the %2 plan to the %3 plan.")
                              .arg(m_account->name, BillingText::planName(catalog, m_account->plan),
                                   BillingText::planName(catalog, plan));
        if (!lost.isEmpty()) {
            details += QLatin1Char(' ')
                + tr("We understand that we lose: %1.").arg(lost.join(QStringLiteral(", ")));
        }
        Q_EMIT requestChangeWanted(ChangeRequestKind::PlanDowngrade, details);
    });
    dialog->open();
    return dialog;
}

void PlanCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Tierline
