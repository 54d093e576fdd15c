// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/usageservice.h"

#include <QChartView>
#include <QDate>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace Tierline {

/**
 * The daily usage chart of Usage & limits (H2): marketing contacts per day and the tier limit
 * as a dashed line. The x axis counts days from the first one shown and is labelled with
 * locale dates; all Qt Charts code of the page lives here.
 */
class UsageChart : public QChartView
{
    Q_OBJECT

public:
    explicit UsageChart(QWidget *parent = nullptr);

    /** Shows points (oldest first) over the days [from, to]; replaces what was shown. */
    void setPoints(const QList<UsagePoint> &points, QDate from, QDate to);
    void retranslateUi();

    QLineSeries *usageSeries() const { return m_usage; }
    QLineSeries *limitSeries() const { return m_limit; }
    QCategoryAxis *dayAxis() const { return m_days; }
    QValueAxis *countAxis() const { return m_counts; }

private:
    QLineSeries *m_usage = nullptr;
    QLineSeries *m_limit = nullptr;
    QCategoryAxis *m_days = nullptr;
    QValueAxis *m_counts = nullptr;
};

} // namespace Tierline
