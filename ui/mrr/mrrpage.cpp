// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrrpage.h"

#include "billing/billingstyle.h"
#include "billing/permissions.h"
#include "calendar/clock.h"
#include "mrr/mrrengine.h"
#include "mrrcharts.h"
#include "mrrtablemodel.h"
#include "storage/database.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

MrrPage::MrrPage(const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_model(new MrrTableModel(this))
{
    setObjectName(QStringLiteral("mrrPage"));
    buildUi();
    retranslateUi();
    const QDate last = firstOfMonth(m_clock.today());
    m_first = last.addMonths(-11);
    m_last = last;
}

MrrPage::~MrrPage() = default;

void MrrPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("mrrTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.5, true));
    layout->addWidget(m_titleLabel);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    m_ownerLabel = new QLabel(this);
    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(QStringLiteral("ownerCombo"));
    m_ownerCombo->setMinimumContentsLength(16);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel->setBuddy(m_ownerCombo);
    m_rangeLabel = new QLabel(this);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 4; ++i)
        m_rangeCombo->addItem(QString(), i);
    m_rangeLabel->setBuddy(m_rangeCombo);
    auto makeMonthEdit = [this](const char *name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
        edit->setCalendarPopup(false);
        edit->setEnabled(false);
        return edit;
    };
    m_fromEdit = makeMonthEdit("fromMonthEdit");
    m_toEdit = makeMonthEdit("toMonthEdit");
    m_currencyLabel = new QLabel(this);
    m_currencyLabel->setObjectName(QStringLiteral("reportingCurrencyLabel"));
    m_currencyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_saveButton = makeButton("saveChartButton", this);
    controls->addWidget(m_ownerLabel);
    controls->addWidget(m_ownerCombo);
    controls->addSpacing(12);
    controls->addWidget(m_rangeLabel);
    controls->addWidget(m_rangeCombo);
    controls->addWidget(m_fromEdit);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_toEdit);
    controls->addSpacing(12);
    controls->addWidget(m_currencyLabel);
    controls->addStretch(1);
    controls->addWidget(m_saveButton);
    layout->addLayout(controls);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("mrrErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 6px; padding: 8px 10px; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mrrSplitter"));
    splitter->setChildrenCollapsible(false);
    m_charts = new MrrCharts(splitter);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("mrrTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(110);
    splitter->addWidget(m_charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_hoverLabel = new QLabel(this);
    m_hoverLabel->setObjectName(QStringLiteral("hoverLabel"));
    m_hoverLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hoverLabel);

    connect(m_charts, &MrrCharts::hovered, m_hoverLabel, &QLabel::setText);
    connect(m_ownerCombo, &QComboBox::activated, this, [this] { recompute(); });
    connect(m_rangeCombo, &QComboBox::activated, this,
            [this](int index) { setRange(Range(m_rangeCombo->itemData(index).toInt())); });
    auto customChanged = [this] {
        if (Range(m_rangeCombo->currentData().toInt()) == Range::Custom)
            setCustomRange(m_fromEdit->date(), m_toEdit->date());
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, customChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, customChanged);
    connect(m_saveButton, &QPushButton::clicked, this, &MrrPage::saveChartAsPng);
}

void MrrPage::retranslateUi()
{
    m_titleLabel->setText(tr("MRR"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_rangeLabel->setText(tr("&Months:"));
    m_rangeCombo->setItemText(0, tr("Last 12 months"));
    m_rangeCombo->setItemText(1, tr("Last 24 months"));
    m_rangeCombo->setItemText(2, tr("All"));
    m_rangeCombo->setItemText(3, tr("Custom"));
    m_fromEdit->setAccessibleName(tr("First month"));
    m_toEdit->setAccessibleName(tr("Last month"));
    m_saveButton->setText(tr("Save chart as PNG…"));
    m_model->retranslate();
    if (m_ownerCombo->count() > 0)
        m_ownerCombo->setItemText(0, tr("All owners"));
    if (!m_model->series().currency.isEmpty())
        m_currencyLabel->setText(tr("Amounts in %1").arg(m_model->series().currency));
}

void MrrPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MrrPage::showEvent(QShowEvent *event)
{
    // Computed when first looked at: the main window builds every page at start.
    if (!m_loaded)
        refresh();
    QWidget::showEvent(event);
}

void MrrPage::refresh()
{
    m_loaded = true;
    loadOwners();
    recompute();
}

void MrrPage::loadOwners()
{
    const qint64 current = m_ownerCombo->currentData().toLongLong();
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("All owners"), qint64(0));
    const auto users = UserStore(m_database).all();
    if (users) {
        for (const User &u : *users)
            m_ownerCombo->addItem(u.name, u.id);
    }
    const int index = m_ownerCombo->findData(current);
    m_ownerCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MrrPage::setOwner(qint64 ownerId)
{
    if (!m_loaded)
        loadOwners();
    const int index = m_ownerCombo->findData(ownerId);
    m_ownerCombo->setCurrentIndex(index < 0 ? 0 : index);
    recompute();
}

void MrrPage::setRange(Range range)
{
    const int index = m_rangeCombo->findData(int(range));
    m_rangeCombo->setCurrentIndex(index);
    const bool custom = range == Range::Custom;
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    const QDate last = firstOfMonth(m_clock.today());
    switch (range) {
    case Range::Last12Months:
        m_first = last.addMonths(-11);
        m_last = last;
        break;
    case Range::Last24Months:
        m_first = last.addMonths(-23);
        m_last = last;
        break;
    case Range::All: {
        const auto first =
            MrrEngine(m_database).firstMonth(m_ownerCombo->currentData().toLongLong());
        m_first = first && first->isValid() ? std::min(*first, last) : last.addMonths(-11);
        m_first = std::max(m_first, last.addMonths(-(MrrEngine::maxMonths - 1)));
        m_last = last;
        break;
    }
    case Range::Custom:
        return;
    }
    recompute();
}

void MrrPage::setCustomRange(QDate first, QDate last)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(Range::Custom)));
    m_fromEdit->setEnabled(true);
    m_toEdit->setEnabled(true);
    m_first = firstOfMonth(first);
    m_last = firstOfMonth(last);
    recompute();
}

void MrrPage::recompute()
{
    m_loaded = true;
    {
        // Show the range without the edits calling back.
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(m_first);
        m_toEdit->setDate(m_last);
    }
    MrrQuery query;
    query.from = m_first;
    query.to = m_last;
    query.ownerId = m_ownerCombo->currentData().toLongLong();
    const auto series = MrrEngine(m_database).series(query);
    if (!series) {
        m_errorLabel->setText(series.error().message);
        m_errorLabel->show();
        m_model->setSeries({});
        m_charts->setSeries({});
        m_saveButton->setEnabled(false);
        return;
    }
    m_errorLabel->hide();
    m_model->setSeries(*series);
    m_charts->setSeries(*series);
    m_currencyLabel->setText(tr("Amounts in %1").arg(series->currency));
    m_saveButton->setEnabled(true);
    m_hoverLabel->setText(tr("Point at a month to see its figures."));
}

bool MrrPage::saveChartAsPng()
{
    const QString file =
        FileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                    QStringLiteral("mrr-%1-%2.png")
                                        .arg(m_first.toString(QStringLiteral("yyyy-MM")),
                                             m_last.toString(QStringLiteral("yyyy-MM"))),
                                    tr("PNG images (*.png)"));
    if (file.isEmpty())
        return false;
    if (!m_charts->grab().save(file, "PNG")) {
        MessageBox::warning(this, tr("Save chart as PNG"),
                            tr("The chart could not be saved as %1. Choose a folder you can "
                               "write to.")
                                .arg(file));
        return false;
    }
    return true;
}

} // namespace Tierline
