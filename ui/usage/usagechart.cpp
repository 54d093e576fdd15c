// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagechart.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace Tierline {

UsageChart::UsageChart(QWidget *parent)
    : QChartView(parent)
    , m_usage(new QLineSeries)
    , m_limit(new QLineSeries)
    , m_days(new QCategoryAxis)
    , m_counts(new QValueAxis)
{
    setObjectName(QStringLiteral("usageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().base());
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_usage->setObjectName(QStringLiteral("usageSeries"));
    m_usage->setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 2.5));
    QPen limitPen(QColor(0xc0, 0x39, 0x2b), 1.8);
    limitPen.setStyle(Qt::DashLine);
    m_limit->setObjectName(QStringLiteral("limitSeries"));
    m_limit->setPen(limitPen);
    chart->addSeries(m_usage);
    chart->addSeries(m_limit);
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_days->setGridLineVisible(false);
    m_counts->setLabelFormat(QStringLiteral("%i"));
    m_counts->setMin(0);
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    for (QLineSeries *series : {m_usage, m_limit}) {
        series->attachAxis(m_days);
        series->attachAxis(m_counts);
    }
    setChart(chart);
    retranslateUi();
}

void UsageChart::retranslateUi()
{
    m_usage->setName(tr("Marketing contacts"));
    m_limit->setName(tr("Tier limit"));
}

void UsageChart::setPoints(const QList<UsagePoint> &points, QDate from, QDate to)
{
    // Whole lists through replace(): appending to a shown series redraws on every point.
    QList<QPointF> usage;
    QList<QPointF> limit;
    usage.reserve(points.size());
    limit.reserve(points.size() * 2);
    qint64 top = 0;
    for (const UsagePoint &p : points) {
        const qreal x = qreal(from.daysTo(p.day));
        usage.append(QPointF(x, qreal(p.marketingCount)));
        // The limit is a step: it holds until the day it changes.
        if (!limit.isEmpty() && limit.constLast().y() != qreal(p.tierLimit))
            limit.append(QPointF(x, limit.constLast().y()));
        limit.append(QPointF(x, qreal(p.tierLimit)));
        top = std::max({top, p.marketingCount, p.tierLimit});
    }
    m_usage->replace(usage);
    m_limit->replace(limit);

    const qint64 span = std::max<qint64>(1, from.daysTo(to));
    const QStringList old = m_days->categoriesLabels();
    for (const QString &label : old)
        m_days->remove(label);
    m_days->setStartValue(0);
    m_days->setRange(0, qreal(span));
    // About six date labels, on whole weeks or months of days.
    const qint64 step = span <= 14 ? 2 : span <= 45 ? 7 : span <= 120 ? 14 : 61;
    const QLocale locale;
    const QString format = span > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
    for (qint64 day = 0; day <= span; day += step)
        m_days->append(locale.toString(from.addDays(day), format), qreal(day));
    // Headroom above the higher of usage and limit, rounded to a readable figure.
    m_counts->setRange(0, qreal(std::max<qint64>(10, top + top / 8)));
    m_counts->applyNiceNumbers();
}

} // namespace Tierline
