// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplandialog.h"

#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billing/planplanner.h"
#include "billingstyle.h"
#include "catalog/catalog.h"
#include "money/moneyformat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

/** Every feature of the catalog's plans, in the order the plans introduce them. */
QStringList allFeatures(const Catalog &catalog)
{
    QStringList features;
    for (const Plan &plan : catalog.plans()) {
        for (const QString &feature : plan.features) {
            if (!features.contains(feature))
                features.append(feature);
        }
    }
    return features;
}

} // namespace

ChangePlanDialog::ChangePlanDialog(BillingService &billing, const User &actor,
                                   const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_billing(billing)
    , m_actor(actor)
    , m_account(account)
{
    setObjectName(QStringLiteral("changePlanDialog"));
    for (const Plan &plan : billing.catalog().plans())
        m_planIds.append(plan.id);
    buildUi();
    retranslateUi();
    pickPlan(account.plan);
}

void ChangePlanDialog::buildUi()
{
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(8);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("changePlanTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.35, true));
    m_introLabel = caption("changePlanIntroLabel", this);
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);

    const QStringList features = allFeatures(m_billing.catalog());
    m_table = new QTableWidget(2 + int(features.size()), int(m_planIds.size()), this);
    m_table->setObjectName(QStringLiteral("planComparisonTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    layout->addWidget(m_table, 1);

    m_summaryLabel = value("planSummaryLabel", this);
    m_summaryLabel->setWordWrap(true);
    m_warningLabel = value("featureLossLabel", this);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e5; border: 1px solid #f0b35b; border-left: 4px solid #d9822b;"
        " border-radius: 6px; padding: 8px 10px; color: #6b3d00; }"));
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_warningLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_proceedButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_proceedButton->setObjectName(QStringLiteral("proceedButton"));
    m_proceedButton->setDefault(true);
    m_proceedButton->setStyleSheet(primaryButtonStyle());
    layout->addWidget(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_proceedButton, &QPushButton::clicked, this, &ChangePlanDialog::proceed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ChangePlanDialog::updateChoice);
}

void ChangePlanDialog::retranslateUi()
{
    const Catalog &catalog = m_billing.catalog();
    const QStringList features = allFeatures(catalog);
    setWindowTitle(tr("Change plan"));
    m_titleLabel->setText(tr("Change plan"));
    m_introLabel->setText(
        tr("Compare the plans for %1 and pick one. Prices are %2 in %3.")
            .arg(m_account.name, BillingText::perCycle(m_account.interval), m_account.currency));
    QStringList rows = {tr("Price"), tr("Included users")};
    for (const QString &feature : features)
        rows.append(BillingText::feature(feature));
    m_table->setVerticalHeaderLabels(rows);
    const QLocale locale;
    for (int column = 0; column < m_planIds.size(); ++column) {
        const std::optional<Plan> plan = catalog.plan(m_planIds.at(column));
        const bool current = plan->id == m_account.plan;
        auto *header = new QTableWidgetItem(
            //: The plan the account has now, in the comparison's header: "Plus (current)".
            current ? tr("%1 (current)").arg(plan->name) : plan->name);
        m_table->setHorizontalHeaderItem(column, header);
        auto cell = [&](int row, const QString &text, const QString &accessible = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignCenter);
            if (!accessible.isEmpty())
                item->setData(Qt::AccessibleTextRole, accessible);
            m_table->setItem(row, column, item);
        };
        cell(0,
             formatMoney(
                 Money(plan->prices.value(m_account.currency).forInterval(m_account.interval),
                       m_account.currency)));
        cell(1, locale.toString(plan->includedUsers));
        for (int i = 0; i < features.size(); ++i) {
            const bool has = plan->features.contains(features.at(i));
            cell(2 + i, has ? QStringLiteral("✓") : QStringLiteral("—"),
                 has ? tr("Included") : tr("Not included"));
        }
    }
    m_table->setAccessibleName(tr("Plan comparison"));
    m_cancelButton->setText(tr("Cancel"));
    updateChoice();
}

QString ChangePlanDialog::pickedPlan() const
{
    const int column = m_table->currentColumn();
    return column >= 0 && column < m_planIds.size() ? m_planIds.at(column) : m_account.plan;
}

void ChangePlanDialog::pickPlan(const QString &planId)
{
    const int column = int(m_planIds.indexOf(planId));
    if (column >= 0)
        m_table->setCurrentCell(0, column);
    updateChoice();
}

bool ChangePlanDialog::pickedIsCheaper() const
{
    const auto quote = m_billing.quotePlanChange(m_account, PlanChange::toPlan(pickedPlan()));
    return quote && quote->kind == TierChangeKind::Refused;
}

void ChangePlanDialog::updateChoice()
{
    if (!m_proceedButton)
        return;
    const Catalog &catalog = m_billing.catalog();
    const QString picked = pickedPlan();
    const QString name = BillingText::planName(catalog, picked);
    const bool current = picked == m_account.plan;
    const auto quote = m_billing.quotePlanChange(m_account, PlanChange::toPlan(picked));
    const bool cheaper = quote && quote->kind == TierChangeKind::Refused;

    if (current) {
        m_summaryLabel->setText(tr("%1 is the plan the account has now.").arg(name));
    } else if (!quote) {
        m_summaryLabel->setText(quote.error().message);
    } else if (cheaper) {
        m_summaryLabel->setText(tr("Moving to %1 is a plan downgrade: our staff make it on "
                                   "request, at the end of the plan cycle.")
                                    .arg(name));
    } else {
        m_summaryLabel->setText(
            tr("With %1 the plan costs %2 %3 from the next cycle. You pay the difference for "
               "the rest of this cycle today: %4.")
                .arg(name, formatMoney(Money(quote->nextCyclePrice, m_account.currency)),
                     BillingText::perCycle(m_account.interval),
                     formatMoney(Money(quote->chargedToday, m_account.currency))));
    }

    QStringList lost;
    for (const QString &feature : PlanPlanner(catalog).featuresLost(m_account.plan, picked))
        lost.append(BillingText::feature(feature));
    m_warningLabel->setText(tr("%1 does not have features the account uses now: %2.")
                                .arg(name, lost.join(QStringLiteral(", "))));
    m_warningLabel->setVisible(!lost.isEmpty());

    m_proceedButton->setText(cheaper ? tr("Request account change…") : tr("Review purchase…"));
    const bool billing = m_actor.has(Permission::BillingAccess);
    m_proceedButton->setEnabled(billing && !current && quote);
    m_proceedButton->setToolTip(
        billing ? QString() : PermissionText::missing(m_actor, Permission::BillingAccess));
}

void ChangePlanDialog::proceed()
{
    const QString picked = pickedPlan();
    if (picked == m_account.plan || !m_actor.has(Permission::BillingAccess))
        return;
    const bool cheaper = pickedIsCheaper();
    accept();
    if (cheaper)
        Q_EMIT requestWanted(picked);
    else
        Q_EMIT reviewWanted(picked);
}

void ChangePlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_table)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Tierline
