// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrrcharts.h"

#include "money/moneyformat.h"
#include "mrrtablemodel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Tierline {

namespace {

constexpr const char *movementColors[MrrCharts::MovementCount] = {"#2f9e44", "#74c69d", "#4dabf7",
                                                                  "#f59f00", "#e03131"};

/** Minor units as a chart coordinate: charts draw in floating point, the figures stay exact. */
qreal major(qint64 minor)
{
    return qreal(minor) / 100.0;
}

/** A round axis top above value: 1, 2 or 5 times a power of ten. */
qreal niceCeiling(qreal value)
{
    if (value <= 0)
        return 1;
    const qreal power = std::pow(10.0, std::floor(std::log10(value)));
    for (const qreal step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * power)
            return step * power;
    }
    return 10 * power;
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

} // namespace

MrrCharts::MrrCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mrrCharts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_mrrChart = makeChart();
    m_line = new QLineSeries(m_mrrChart);
    m_baseline = new QLineSeries(m_mrrChart);
    m_area = new QAreaSeries(m_line, m_baseline);
    m_area->setColor(QColor(QStringLiteral("#d0e3fb")));
    m_area->setBorderColor(QColor(QStringLiteral("#1a66d2")));
    QPen pen(QColor(QStringLiteral("#1a66d2")));
    pen.setWidth(2);
    m_area->setPen(pen);
    m_mrrChart->addSeries(m_area);
    m_mrrChart->legend()->hide();
    m_mrrMonths = new QBarCategoryAxis(m_mrrChart);
    m_mrrValues = new QValueAxis(m_mrrChart);
    m_mrrValues->setLabelFormat(QStringLiteral("%.0f"));
    m_mrrChart->addAxis(m_mrrMonths, Qt::AlignBottom);
    m_mrrChart->addAxis(m_mrrValues, Qt::AlignLeft);
    m_area->attachAxis(m_mrrMonths);
    m_area->attachAxis(m_mrrValues);
    m_mrrView = new QChartView(m_mrrChart, this);
    m_mrrView->setObjectName(QStringLiteral("mrrChartView"));
    m_mrrView->setRenderHint(QPainter::Antialiasing);
    m_mrrView->setMinimumHeight(180);

    m_movementChart = makeChart();
    m_bars = new QStackedBarSeries(m_movementChart);
    m_bars->setBarWidth(0.7);
    for (int i = 0; i < MovementCount; ++i) {
        auto *set = new QBarSet(QString(), m_bars);
        set->setColor(QColor(QLatin1String(movementColors[i])));
        set->setBorderColor(QColor(QLatin1String(movementColors[i])));
        m_sets[size_t(i)] = set;
        m_bars->append(set);
    }
    m_movementChart->addSeries(m_bars);
    m_movementMonths = new QBarCategoryAxis(m_movementChart);
    m_movementValues = new QValueAxis(m_movementChart);
    m_movementValues->setLabelFormat(QStringLiteral("%.0f"));
    m_movementChart->addAxis(m_movementMonths, Qt::AlignBottom);
    m_movementChart->addAxis(m_movementValues, Qt::AlignLeft);
    m_bars->attachAxis(m_movementMonths);
    m_bars->attachAxis(m_movementValues);
    m_movementView = new QChartView(m_movementChart, this);
    m_movementView->setObjectName(QStringLiteral("movementChartView"));
    m_movementView->setRenderHint(QPainter::Antialiasing);
    m_movementView->setMinimumHeight(180);

    layout->addWidget(m_mrrView, 1);
    layout->addWidget(m_movementView, 1);

    connect(m_line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showHover(mrrHoverText(qRound(point.x())));
    });
    connect(m_area, &QAreaSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showHover(mrrHoverText(qRound(point.x())));
    });
    connect(m_bars, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        if (!state)
            return;
        const auto it = std::find(m_sets.cbegin(), m_sets.cend(), set);
        if (it != m_sets.cend())
            showHover(movementHoverText(Movement(it - m_sets.cbegin()), index));
    });
    retranslateUi();
}

MrrCharts::~MrrCharts() = default;

QString MrrCharts::movementName(Movement movement)
{
    static constexpr MrrTableModel::Column columns[MovementCount] = {
        MrrTableModel::New, MrrTableModel::Expansion, MrrTableModel::Reactivation,
        MrrTableModel::Contraction, MrrTableModel::Churn};
    return MrrTableModel::columnName(columns[movement]);
}

void MrrCharts::retranslateUi()
{
    m_mrrChart->setTitle(tr("MRR over time"));
    m_movementChart->setTitle(tr("Movements per month"));
    // Screen readers get the charts' names and where their numbers can be read.
    m_mrrView->setAccessibleName(m_mrrChart->title());
    m_movementView->setAccessibleName(m_movementChart->title());
    for (QChartView *view : {m_mrrView, m_movementView})
        view->setAccessibleDescription(tr("The same figures are in the table below the charts."));
    for (int i = 0; i < MovementCount; ++i)
        m_sets[size_t(i)]->setLabel(movementName(Movement(i)));
    setSeries(m_series); // month names follow the language
}

void MrrCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MrrCharts::setSeries(const MrrSeries &series)
{
    m_series = series;
    const qsizetype count = series.months.size();
    const QLocale locale;
    QStringList months;
    months.reserve(count);
    QList<QPointF> points;
    QList<QPointF> zeros;
    points.reserve(count);
    zeros.reserve(count);
    std::array<QList<qreal>, MovementCount> values;
    qint64 top = 0;
    qint64 gains = 0;
    qint64 losses = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const MrrMonth &m = series.months.at(i);
        // Unique labels: a category axis merges equal ones. A year's months read "Jan 26".
        months.append(locale.toString(QDate(m.year, m.month, 1), QStringLiteral("MMM yy")));
        points.append(QPointF(qreal(i), major(m.mrr)));
        zeros.append(QPointF(qreal(i), 0));
        top = std::max(top, m.mrr);
        const qint64 movement[MovementCount] = {m.newMrr, m.expansion, m.reactivation,
                                                m.contraction, m.churn};
        for (int k = 0; k < MovementCount; ++k)
            values[size_t(k)].append(major(movement[k]));
        gains = std::max(gains, m.newMrr + m.expansion + m.reactivation);
        losses = std::min(losses, m.contraction + m.churn);
    }
    m_line->replace(points);
    m_baseline->replace(zeros);
    for (int k = 0; k < MovementCount; ++k) {
        QBarSet *set = m_sets[size_t(k)];
        set->remove(0, set->count());
        set->append(values[size_t(k)]);
    }
    m_mrrMonths->setCategories(months);
    m_movementMonths->setCategories(months);
    // More than a year: the labels stand up so that they are neither cut nor run together.
    const int angle = count > 12 ? -90 : 0;
    m_mrrMonths->setLabelsAngle(angle);
    m_movementMonths->setLabelsAngle(angle);
    m_mrrValues->setRange(0, niceCeiling(major(top) * 1.1));
    const qreal reach = niceCeiling(std::max(major(gains), -major(losses)) * 1.1);
    m_movementValues->setRange(losses < 0 ? -reach : 0, gains > 0 ? reach : 1);
    const QString unit =
        series.currency.isEmpty() ? QString() : tr("MRR in %1").arg(series.currency);
    m_mrrValues->setTitleText(unit);
    m_movementValues->setTitleText(unit);
}

QString MrrCharts::mrrHoverText(int index) const
{
    if (index < 0 || index >= m_series.months.size())
        return {};
    const MrrMonth &m = m_series.months.at(index);
    //: Hover text of the MRR chart: "Mar 2026: MRR $1,234.00"
    return tr("%1: MRR %2")
        .arg(MrrTableModel::monthName(m), formatMoney(Money(m.mrr, m_series.currency)));
}

QString MrrCharts::movementHoverText(Movement movement, int index) const
{
    if (index < 0 || index >= m_series.months.size())
        return {};
    const MrrMonth &m = m_series.months.at(index);
    const qint64 amounts[MovementCount] = {m.newMrr, m.expansion, m.reactivation, m.contraction,
                                           m.churn};
    //: Hover text of a movement bar: "Mar 2026: Expansion $120.00 (net change $80.00)"
    return tr("%1: %2 %3 (net change %4)")
        .arg(MrrTableModel::monthName(m), movementName(movement),
             formatMoney(Money(amounts[movement], m_series.currency)),
             formatMoney(Money(m.change(), m_series.currency)));
}

void MrrCharts::showHover(const QString &text)
{
    if (text.isEmpty())
        return;
    m_lastHover = text;
    QToolTip::showText(QCursor::pos(), text, this);
    Q_EMIT hovered(text);
}

} // namespace Tierline
