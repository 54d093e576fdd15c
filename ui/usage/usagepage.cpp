// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagepage.h"

#include "billing/billingservice.h"
#include "billing/billingstyle.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "usagechart.h"
#include "widgets/messagebox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

constexpr int rangeDays[] = {30, 90, 365};

} // namespace

UsagePage::UsagePage(const Database &database, BillingService &billing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_billing(billing)
{
    setObjectName(QStringLiteral("usagePage"));
    buildUi();
    retranslateUi();
    showUsage();
}

UsagePage::~UsagePage() = default;

void UsagePage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("usageStack"));
    outer->addWidget(m_stack);

    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyUsageLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("usageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("usageContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(14);

    m_titleLabel = new QLabel(content);
    m_titleLabel->setObjectName(QStringLiteral("usageTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.5, true));
    m_subtitleLabel = caption("usageSubtitleLabel", content);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_subtitleLabel);

    m_errorLabel = value("usageErrorLabel", content);
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 6px; padding: 8px 10px; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // The figures.
    QFrame *figures = card("usageFiguresCard", content);
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(18, 14, 18, 14);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(2);
    const std::pair<QLabel **, QLabel **> stats[] = {
        {&m_marketingCaption, &m_marketingValue}, {&m_limitCaption, &m_limitValue},
        {&m_percentCaption, &m_percentValue},     {&m_totalCaption, &m_totalValue},
        {&m_updateCaption, &m_updateValue},
    };
    const char *names[][2] = {{"marketingCaption", "marketingCountLabel"},
                              {"limitCaption", "tierLimitLabel"},
                              {"percentCaption", "usagePercentLabel"},
                              {"totalCaption", "totalContactsLabel"},
                              {"updateCaption", "nextUpdateLabel"}};
    for (int i = 0; i < int(std::size(stats)); ++i) {
        *stats[i].first = statCaption(names[i][0], figures);
        *stats[i].second = statValue(names[i][1], figures);
        grid->addWidget(*stats[i].first, 0, i);
        grid->addWidget(*stats[i].second, 1, i);
    }
    grid->setColumnStretch(int(std::size(stats)), 1);
    figuresLayout->addLayout(grid);
    auto *pendingRow = new QHBoxLayout;
    m_pendingLabel = value("pendingUpgradeLabel", figures);
    m_pendingLabel->setWordWrap(true);
    m_increaseLimitButton = makeButton("usageIncreaseLimitButton", figures, true);
    pendingRow->addWidget(m_pendingLabel, 1);
    pendingRow->addWidget(m_increaseLimitButton);
    figuresLayout->addSpacing(6);
    figuresLayout->addLayout(pendingRow);
    layout->addWidget(figures);

    // The chart and the forecast.
    QFrame *chartCard = card("usageChartCard", content);
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(18, 14, 18, 14);
    auto *chartHeader = new QHBoxLayout;
    m_chartTitle = new QLabel(chartCard);
    m_chartTitle->setObjectName(QStringLiteral("usageChartTitle"));
    m_chartTitle->setFont(scaledFont(font(), 1.15, true));
    m_rangeCombo = new QComboBox(chartCard);
    m_rangeCombo->setObjectName(QStringLiteral("usageRangeCombo"));
    for (int i = 0; i < int(std::size(rangeDays)); ++i)
        m_rangeCombo->addItem(QString(), rangeDays[i]);
    m_rangeCombo->setCurrentIndex(0); // the 30 days the forecast reads
    chartHeader->addWidget(m_chartTitle, 1);
    chartHeader->addWidget(m_rangeCombo);
    chartLayout->addLayout(chartHeader);
    m_chart = new UsageChart(chartCard);
    chartLayout->addWidget(m_chart, 1);
    m_forecastLabel = value("forecastLabel", chartCard);
    m_forecastLabel->setWordWrap(true);
    chartLayout->addWidget(m_forecastLabel);
    layout->addWidget(chartCard, 1);

    // The overage policy (H5).
    QFrame *policyCard = card("overagePolicyCard", content);
    auto *policyLayout = new QVBoxLayout(policyCard);
    policyLayout->setContentsMargins(18, 14, 18, 14);
    m_policyTitle = new QLabel(policyCard);
    m_policyTitle->setObjectName(QStringLiteral("overagePolicyTitle"));
    m_policyTitle->setFont(scaledFont(font(), 1.15, true));
    policyLayout->addWidget(m_policyTitle);
    m_policyGroup = new QButtonGroup(this);
    m_holdButton = new QRadioButton(policyCard);
    m_holdButton->setObjectName(QStringLiteral("holdPolicyButton"));
    m_autoUpgradeButton = new QRadioButton(policyCard);
    m_autoUpgradeButton->setObjectName(QStringLiteral("autoUpgradePolicyButton"));
    m_policyGroup->addButton(m_holdButton, int(OveragePolicy::Hold));
    m_policyGroup->addButton(m_autoUpgradeButton, int(OveragePolicy::AutoUpgrade));
    m_holdText = caption("holdPolicyText", policyCard);
    m_holdText->setWordWrap(true);
    m_holdText->setContentsMargins(24, 0, 0, 6);
    m_autoUpgradeText = caption("autoUpgradePolicyText", policyCard);
    m_autoUpgradeText->setWordWrap(true);
    m_autoUpgradeText->setContentsMargins(24, 0, 0, 0);
    policyLayout->addWidget(m_holdButton);
    policyLayout->addWidget(m_holdText);
    policyLayout->addWidget(m_autoUpgradeButton);
    policyLayout->addWidget(m_autoUpgradeText);
    m_policyReadOnlyLabel = caption("policyReadOnlyLabel", policyCard);
    m_policyReadOnlyLabel->setWordWrap(true);
    policyLayout->addWidget(m_policyReadOnlyLabel);
    layout->addWidget(policyCard);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] { showUsage(); });
    connect(m_increaseLimitButton, &QPushButton::clicked, this,
            [this] { Q_EMIT increaseLimitRequested(m_accountId); });
    // idClicked: the user's choice only, never the page showing the stored policy.
    connect(m_policyGroup, &QButtonGroup::idClicked, this,
            [this](int id) { choosePolicy(OveragePolicy(id)); });
}

void UsagePage::retranslateUi()
{
    m_emptyLabel->setText(tr("Choose an account to see its usage and limits."));
    m_marketingCaption->setText(tr("MARKETING CONTACTS"));
    m_limitCaption->setText(tr("TIER LIMIT"));
    m_percentCaption->setText(tr("USAGE"));
    m_totalCaption->setText(tr("ALL CONTACTS"));
    m_updateCaption->setText(tr("NEXT UPDATE DATE"));
    m_increaseLimitButton->setText(tr("Increase limit"));
    m_chartTitle->setText(tr("Marketing contacts per day"));
    m_rangeCombo->setItemText(0, tr("Last 30 days"));
    m_rangeCombo->setItemText(1, tr("Last 90 days"));
    m_rangeCombo->setItemText(2, tr("Last 12 months"));
    m_policyTitle->setText(tr("When marketing contacts reach the limit"));
    m_holdButton->setText(UsageService::policyName(OveragePolicy::Hold));
    m_autoUpgradeButton->setText(UsageService::policyName(OveragePolicy::AutoUpgrade));
    m_holdText->setText(UsageService::policyDescription(OveragePolicy::Hold));
    m_autoUpgradeText->setText(UsageService::policyDescription(OveragePolicy::AutoUpgrade));
    m_chart->retranslateUi();
    showUsage();
}

void UsagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QWidget::changeEvent(event);
}

int UsagePage::chartDays() const
{
    return m_rangeCombo->currentData().toInt();
}

void UsagePage::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    refresh();
}

void UsagePage::setActor(const User &actor)
{
    m_actor = actor;
    updatePolicyControls();
}

void UsagePage::onAccountChanged(qint64 accountId)
{
    if (accountId == m_accountId)
        refresh();
}

void UsagePage::refresh()
{
    showUsage();
}

void UsagePage::showUsage()
{
    m_summary.reset();
    if (m_accountId <= 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const UsageService usage(m_database, m_billing.catalog());
    const QDate today = m_billing.clock().today();
    const auto summary = usage.summary(m_accountId, today);
    if (!summary) {
        m_errorLabel->setText(summary.error().message);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_summary = *summary;
    const UsageSummary &s = *summary;
    const QLocale locale;

    m_titleLabel->setText(tr("Usage & limits"));
    m_subtitleLabel->setText(s.accountName);
    m_marketingValue->setText(locale.toString(s.marketingCount));
    m_limitValue->setText(s.tierLimit > 0 ? locale.toString(s.tierLimit) : tr("None"));
    m_limitValue->setToolTip(
        s.trial ? tr("The free trial holds up to %1 subscribers.").arg(locale.toString(s.tierLimit))
                : QString());
    m_percentValue->setText(s.tierLimit > 0 ? tr("%1 %").arg(locale.toString(s.percent))
                                            : QStringLiteral("–"));
    const bool over = s.tierLimit > 0 && s.marketingCount > s.tierLimit;
    const bool near = s.tierLimit > 0 && s.percent >= 90;
    m_percentValue->setStyleSheet(over       ? QStringLiteral("color: #b3261e;")
                                      : near ? QStringLiteral("color: #9a6700;")
                                             : QString());
    m_totalValue->setText(locale.toString(s.totalContacts));
    m_updateValue->setText(formatDate(s.nextUpdate));
    m_updateValue->setToolTip(
        tr("A contact set to non-marketing still counts until the next update date."));

    if (s.tierLimit <= 0)
        m_pendingLabel->setText(
            tr("Campaigns is not active on this account, so it has no subscriber limit."));
    else if (s.pendingUpgrade > 0)
        m_pendingLabel->setText(
            tr("%Ln marketing contact(s) wait as Pending upgrade.", nullptr, s.pendingUpgrade));
    else
        m_pendingLabel->setText(tr("%Ln place(s) left before the limit.", nullptr,
                                   std::max<qint64>(0, s.tierLimit - s.subscribed)));
    m_increaseLimitButton->setVisible(s.tier > 0 && s.tier < m_billing.catalog().maxTier());

    const QDate from = today.addDays(-chartDays());
    auto points = usage.series(m_accountId, from, today);
    if (!points) {
        m_errorLabel->setText(points.error().message);
        m_errorLabel->show();
        points = QList<UsagePoint>();
    }
    // Today as it stands now, not as the scheduler saw it this morning.
    if (!points->isEmpty() && points->constLast().day == today)
        points->removeLast();
    points->append({today, s.marketingCount, s.tierLimit});
    m_chart->setPoints(*points, from, today);

    if (s.tierLimit > 0) {
        const auto reached = usage.forecast(m_accountId, today);
        m_forecastLabel->setText(reached ? UsageService::forecastText(*reached, today)
                                         : reached.error().message);
    } else {
        m_forecastLabel->setText(QString());
    }
    // The chart speaks its latest figure and the forecast to assistive technology.
    m_chart->setAccessibleName(m_chartTitle->text());
    m_chart->setAccessibleDescription(
        QStringList {m_pendingLabel->text(), m_forecastLabel->text()}.join(QLatin1Char(' ')));
    updatePolicyControls();
}

void UsagePage::updatePolicyControls()
{
    if (!m_summary) {
        return;
    }
    (m_summary->policy == OveragePolicy::Hold ? m_holdButton : m_autoUpgradeButton)
        ->setChecked(true);
    const bool allowed = m_actor && m_actor->has(Permission::BillingAccess);
    m_holdButton->setEnabled(allowed);
    m_autoUpgradeButton->setEnabled(allowed);
    m_increaseLimitButton->setEnabled(allowed);
    if (!m_actor)
        m_policyReadOnlyLabel->setText(
            tr("No staff member is acting, so the policy is read-only."));
    else if (!allowed)
        m_policyReadOnlyLabel->setText(
            tr("Read-only: %1").arg(PermissionText::missing(*m_actor, Permission::BillingAccess)));
    m_policyReadOnlyLabel->setVisible(!allowed);
}

void UsagePage::choosePolicy(OveragePolicy policy)
{
    if (!m_actor || !m_summary || m_summary->policy == policy)
        return;
    const Status set = m_billing.setOveragePolicy(*m_actor, m_accountId, policy);
    if (!set)
        MessageBox::warning(this, tr("Usage & limits"), set.error().message);
    refresh(); // the stored policy, whichever it is now
}

} // namespace Tierline
