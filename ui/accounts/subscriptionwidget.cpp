// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionwidget.h"

#include "billing/billingstyle.h"
#include "calendar/clock.h"
#include "dealdialog.h"
#include "money/moneyformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

enum PeriodColumn {
    SourceColumn,
    AmountColumn,
    RateColumn,
    StartColumn,
    EndColumn,
    NoteColumn,
    PeriodColumnCount
};

QDate lastDayOf(QDate month)
{
    return QDate(month.year(), month.month(), month.daysInMonth());
}

} // namespace

SubscriptionWidget::SubscriptionWidget(const Database &database, const Catalog &catalog,
                                       const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("subscriptionWidget"));
    buildUi();
    retranslateUi();
}

SubscriptionWidget::~SubscriptionWidget() = default;

void SubscriptionWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    m_rateCaption = caption("currentRateCaption", this);
    m_rateLabel = value("currentRateLabel", this);
    m_rateLabel->setFont(scaledFont(font(), 1.15, true));
    m_endCaption = caption("currentEndCaption", this);
    m_endLabel = value("currentEndLabel", this);
    m_upcomingCaption = caption("upcomingCaption", this);
    m_upcomingLabel = value("upcomingLabel", this);
    m_upcomingStatusLabel = new QLabel(this);
    m_upcomingStatusLabel->setObjectName(QStringLiteral("upcomingStatusLabel"));
    m_historyCaption = caption("historyCaption", this);
    auto *history = new QHBoxLayout;
    history->setSpacing(6);
    m_previousMonthButton = new QToolButton(this);
    m_previousMonthButton->setObjectName(QStringLiteral("previousMonthButton"));
    m_previousMonthButton->setArrowType(Qt::LeftArrow);
    m_historyMonthLabel = new QLabel(this);
    m_historyMonthLabel->setObjectName(QStringLiteral("historyMonthLabel"));
    m_historyMonthLabel->setAlignment(Qt::AlignCenter);
    m_historyMonthLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("September 2026")));
    m_nextMonthButton = new QToolButton(this);
    m_nextMonthButton->setObjectName(QStringLiteral("nextMonthButton"));
    m_nextMonthButton->setArrowType(Qt::RightArrow);
    m_historyValueLabel = value("historyValueLabel", this);
    m_historyValueLabel->setWordWrap(false);
    m_historyValueLabel->setFont(scaledFont(font(), 1.0, true));
    history->addWidget(m_previousMonthButton);
    history->addWidget(m_historyMonthLabel);
    history->addWidget(m_nextMonthButton);
    history->addSpacing(8);
    history->addWidget(m_historyValueLabel, 1);
    auto *upcoming = new QHBoxLayout;
    upcoming->setSpacing(8);
    upcoming->addWidget(m_upcomingLabel, 1);
    upcoming->addWidget(m_upcomingStatusLabel, 0, Qt::AlignTop);
    grid->addWidget(m_rateCaption, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_rateLabel, 0, 1);
    grid->addWidget(m_endCaption, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_endLabel, 1, 1);
    grid->addWidget(m_upcomingCaption, 2, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addLayout(upcoming, 2, 1);
    grid->addWidget(m_historyCaption, 3, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addLayout(history, 3, 1);
    layout->addLayout(grid);

    m_periodsTable = new QTableWidget(0, PeriodColumnCount, this);
    m_periodsTable->setObjectName(QStringLiteral("periodsTable"));
    m_periodsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periodsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_periodsTable->setAlternatingRowColors(true);
    m_periodsTable->setShowGrid(false);
    m_periodsTable->setWordWrap(false);
    m_periodsTable->verticalHeader()->hide();
    m_periodsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_periodsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_periodsTable->horizontalHeader()->setStretchLastSection(true);
    m_periodsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_periodsTable->setMinimumHeight(80);
    layout->addWidget(m_periodsTable, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_editButton = makeButton("editDealButton", this);
    m_addButton = makeButton("addDealButton", this, true);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_addButton);
    layout->addLayout(buttons);

    connect(m_previousMonthButton, &QToolButton::clicked, this,
            [this] { showHistoryMonth(m_historyMonth.addMonths(-1)); });
    connect(m_nextMonthButton, &QToolButton::clicked, this,
            [this] { showHistoryMonth(m_historyMonth.addMonths(1)); });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (DealDialog *dialog = openDealDialog(false))
            dialog->setAttribute(Qt::WA_DeleteOnClose);
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (DealDialog *dialog = openDealDialog(true))
            dialog->setAttribute(Qt::WA_DeleteOnClose);
    });
    connect(m_periodsTable, &QTableWidget::itemSelectionChanged, this,
            &SubscriptionWidget::updateButtons);
    connect(m_periodsTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (DealDialog *dialog = openDealDialog(true))
            dialog->setAttribute(Qt::WA_DeleteOnClose);
    });
}

void SubscriptionWidget::retranslateUi()
{
    m_rateCaption->setText(tr("Monthly rate"));
    m_endCaption->setText(tr("Ends"));
    m_upcomingCaption->setText(tr("Upcoming"));
    m_historyCaption->setText(tr("MRR history"));
    m_previousMonthButton->setToolTip(tr("Previous month"));
    m_previousMonthButton->setAccessibleName(tr("Previous month"));
    m_nextMonthButton->setToolTip(tr("Next month"));
    m_nextMonthButton->setAccessibleName(tr("Next month"));
    m_addButton->setText(tr("Add deal…"));
    m_editButton->setText(tr("Edit deal…"));
    m_periodsTable->setHorizontalHeaderLabels(
        {tr("Source"), tr("Amount"), tr("Monthly rate"), tr("Start"), tr("End"), tr("Note")});
    refresh();
}

void SubscriptionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubscriptionWidget::setAccount(qint64 accountId)
{
    if (accountId != m_accountId)
        m_historyMonth = {};
    m_accountId = accountId;
    refresh();
}

void SubscriptionWidget::setActor(const User &actor)
{
    m_actor = actor;
    updateButtons();
}

void SubscriptionWidget::setSubscriptionsShown(bool shown)
{
    m_shown = shown;
    setVisible(shown);
}

void SubscriptionWidget::refresh()
{
    m_periods.clear();
    m_loadError.clear();
    m_summary = {};
    const QDate today = m_clock.today();
    if (m_accountId > 0) {
        const SubscriptionService service(m_database, m_catalog);
        const auto periods = service.periods(m_accountId);
        const auto summary = service.summary(m_accountId, today);
        if (periods && summary) {
            m_periods = *periods;
            m_summary = *summary;
        } else {
            m_loadError = periods ? summary.error().message : periods.error().message;
        }
    }
    const QString currency = m_summary.currency;
    auto money = [&](qint64 minor) { return formatMoney(Money(minor, currency)); };

    if (!m_loadError.isEmpty()) {
        m_rateLabel->setText(m_loadError);
    } else {
        m_rateLabel->setText(m_summary.currentRate > 0
                                 ? tr("%1 a month").arg(money(m_summary.currentRate))
                                 : tr("No subscription now"));
    }
    m_endLabel->setText(m_summary.currentRate <= 0           ? QStringLiteral("–")
                            : m_summary.currentEnd.isValid() ? formatDate(m_summary.currentEnd)
                                                             : tr("No end date"));
    if (m_summary.hasUpcoming) {
        const QString until = m_summary.upcomingEnd.isValid()
            ? tr("%1 to %2")
                  .arg(formatDate(m_summary.upcomingStart), formatDate(m_summary.upcomingEnd))
            : tr("from %1, no end date").arg(formatDate(m_summary.upcomingStart));
        m_upcomingLabel->setText(
            m_summary.upcomingRate > 0
                ? tr("%1 a month, %2").arg(money(m_summary.upcomingRate), until)
                : tr("Ends; nothing from %1").arg(formatDate(m_summary.upcomingStart)));
        const bool increase = m_summary.upcomingRate > m_summary.currentRate;
        m_upcomingStatusLabel->setText(increase ? tr("Increase") : tr("Decrease"));
        m_upcomingStatusLabel->setStyleSheet(
            increase
                ? QStringLiteral("QLabel { background: #e6f4ea; color: #1e6b34; border-radius: "
                                 "8px; padding: 1px 8px; font-weight: bold; }")
                : QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border-radius: "
                                 "8px; padding: 1px 8px; font-weight: bold; }"));
        m_upcomingStatusLabel->show();
    } else {
        m_upcomingLabel->setText(tr("No change ahead"));
        m_upcomingStatusLabel->hide();
    }

    m_periodsTable->setRowCount(int(m_periods.size()));
    for (int row = 0; row < m_periods.size(); ++row) {
        const SubscriptionPeriod &p = m_periods.at(row);
        const QStringList cells {p.source == PeriodSource::Billing ? tr("Billing") : tr("Deal"),
                                 tr("%1 %2").arg(formatMoney(Money(p.amount, p.currency)),
                                                 SubscriptionService::intervalName(p.interval)),
                                 formatMoney(Money(p.monthlyRate, p.currency)),
                                 formatDate(p.start),
                                 p.isOpen() ? tr("open") : formatDate(p.end),
                                 p.note};
        for (int column = 0; column < PeriodColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, p.id);
            if (column == AmountColumn || column == RateColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_periodsTable->setItem(row, column, item);
        }
    }
    if (!m_historyMonth.isValid())
        m_historyMonth = QDate(today.year(), today.month(), 1);
    updateHistory();
    updateButtons();
}

void SubscriptionWidget::showHistoryMonth(QDate month)
{
    if (!month.isValid())
        return;
    m_historyMonth = QDate(month.year(), month.month(), 1);
    updateHistory();
}

void SubscriptionWidget::updateHistory()
{
    m_historyMonthLabel->setText(QLocale().toString(m_historyMonth, QStringLiteral("MMMM yyyy")));
    const qint64 rate = SubscriptionService::rateOn(m_periods, lastDayOf(m_historyMonth));
    m_historyValueLabel->setText(m_summary.currency.isEmpty()
                                     ? QStringLiteral("–")
                                     : formatMoney(Money(rate, m_summary.currency)));
    // Browsing stops at the first period's month and at this month.
    QDate first = m_historyMonth;
    for (const SubscriptionPeriod &p : std::as_const(m_periods))
        first = std::min(first, QDate(p.start.year(), p.start.month(), 1));
    const QDate today = m_clock.today();
    m_previousMonthButton->setEnabled(m_historyMonth > first);
    m_nextMonthButton->setEnabled(m_historyMonth < QDate(today.year(), today.month(), 1));
}

std::optional<SubscriptionPeriod> SubscriptionWidget::selectedPeriod() const
{
    const QList<QTableWidgetItem *> selected = m_periodsTable->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const qint64 id = selected.constFirst()->data(Qt::UserRole).toLongLong();
    for (const SubscriptionPeriod &p : m_periods) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void SubscriptionWidget::selectPeriod(qint64 periodId)
{
    for (int row = 0; row < m_periodsTable->rowCount(); ++row) {
        if (m_periodsTable->item(row, 0)->data(Qt::UserRole).toLongLong() == periodId) {
            m_periodsTable->selectRow(row);
            return;
        }
    }
}

void SubscriptionWidget::updateButtons()
{
    const bool allowed =
        m_actor && SubscriptionService::canManageDeals(*m_actor) && m_accountId > 0;
    const auto selected = selectedPeriod();
    m_addButton->setEnabled(allowed);
    m_editButton->setEnabled(allowed && selected && selected->source == PeriodSource::Manual);
    const QString why = !m_actor || allowed
        ? QString()
        : tr("%1 cannot enter deals.").arg(PermissionText::roleName(m_actor->role));
    m_addButton->setToolTip(why);
    m_editButton->setToolTip(why.isEmpty() && selected && selected->source == PeriodSource::Billing
                                 ? tr("Billing writes this period; change the plan instead.")
                                 : why);
}

DealDialog *SubscriptionWidget::openDealDialog(bool editSelected)
{
    if (!m_actor || !SubscriptionService::canManageDeals(*m_actor) || m_accountId <= 0)
        return nullptr;
    std::optional<SubscriptionPeriod> period;
    if (editSelected) {
        period = selectedPeriod();
        if (!period || period->source != PeriodSource::Manual)
            return nullptr;
    }
    QString currency = m_summary.currency;
    auto *dialog = new DealDialog(m_database, m_catalog, m_clock, *m_actor, m_accountId, currency,
                                  period, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT dealsChanged(m_accountId);
    });
    dialog->open();
    return dialog;
}

} // namespace Tierline
