// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mrr/mrrengine.h"

#include <QWidget>

#include <array>

class QLabel;

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Tierline {

/**
 * The two MRR charts (Z4), the only Qt Charts code of the MRR page: MRR over time as an area,
 * and the month's movements as stacked bars, gains above zero and losses below. Months sit on
 * a category axis; series are filled with replace(), never point by point.
 */
class MrrCharts : public QWidget
{
    Q_OBJECT

public:
    /** The movement bar sets, in stacking order. */
    enum Movement { New, Expansion, Reactivation, Contraction, Churn, MovementCount };

    explicit MrrCharts(QWidget *parent = nullptr);
    ~MrrCharts() override;

    void setSeries(const MrrSeries &series);
    /** What hovering the chart at month index shows, as the tooltip does. */
    QString mrrHoverText(int index) const;
    QString movementHoverText(Movement movement, int index) const;
    /** The text of the last hover, for people who read the status line and for tests. */
    QString lastHoverText() const { return m_lastHover; }
    int monthCount() const { return int(m_series.months.size()); }
    QBarSet *movementSet(Movement movement) const { return m_sets[size_t(movement)]; }
    QLineSeries *mrrLine() const { return m_line; }

Q_SIGNALS:
    void hovered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHover(const QString &text);
    static QString movementName(Movement movement);

    MrrSeries m_series;
    QString m_lastHover;
    QChartView *m_mrrView = nullptr;
    QChartView *m_movementView = nullptr;
    QChart *m_mrrChart = nullptr;
    QChart *m_movementChart = nullptr;
    QLineSeries *m_line = nullptr;
    QLineSeries *m_baseline = nullptr;
    QAreaSeries *m_area = nullptr;
    QBarCategoryAxis *m_mrrMonths = nullptr;
    QBarCategoryAxis *m_movementMonths = nullptr;
    QValueAxis *m_mrrValues = nullptr;
    QValueAxis *m_movementValues = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    std::array<QBarSet *, MovementCount> m_sets {};
};

} // namespace Tierline
