// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Tierline {

class Clock;
class Database;
class MrrCharts;
class MrrTableModel;

/**
 * The MRR page for sales managers (Z4): MRR over time and its movements per month for every
 * account or one owner's, over the last 12 or 24 months, everything, or a chosen range; the
 * same figures in a table under the charts; and the charts saved as PNG.
 */
class MrrPage : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Last12Months, Last24Months, All, Custom };

    MrrPage(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~MrrPage() override;

    MrrCharts *charts() const { return m_charts; }
    MrrTableModel *model() const { return m_model; }
    /** The months shown, first and last (first days). */
    QDate firstMonth() const { return m_first; }
    QDate lastMonth() const { return m_last; }

    void setRange(Range range);
    /** A custom range of whole months. */
    void setCustomRange(QDate first, QDate last);
    /** Only this owner's accounts; 0 for all. */
    void setOwner(qint64 ownerId);
    /** Asks for a file and saves both charts in it; false when cancelled or not written. */
    bool saveChartAsPng();

public Q_SLOTS:
    /** Reads the owners and the figures again. */
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadOwners();
    void recompute();

    const Database &m_database;
    const Clock &m_clock;
    MrrTableModel *m_model = nullptr;
    QDate m_first;
    QDate m_last;
    bool m_loaded = false;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_hoverLabel = nullptr;
    MrrCharts *m_charts = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Tierline
