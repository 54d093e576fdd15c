// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeratescard.h"

#include "billing/billingstyle.h"
#include "calendar/clock.h"
#include "money/money.h"
#include "mrr/exchangerates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

ExchangeRatesCard::ExchangeRatesCard(const Database &database, const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_database(database)
    , m_clock(clock)
{
    auto *layout = setUpSettingsCard(this, "exchangeRatesCard", m_titleLabel, m_hintLabel);

    auto *reporting = new QHBoxLayout;
    m_reportingLabel = new QLabel(this);
    m_reportingCombo = new QComboBox(this);
    m_reportingCombo->setObjectName(QStringLiteral("reportingCurrencyCombo"));
    m_reportingCombo->addItems(Currency::supportedCodes());
    m_reportingLabel->setBuddy(m_reportingCombo);
    reporting->addWidget(m_reportingLabel);
    reporting->addWidget(m_reportingCombo);
    reporting->addStretch(1);
    layout->addLayout(reporting);

    m_readOnlyLabel = readOnlyNotice("ratesReadOnlyLabel", this);
    layout->addWidget(m_readOnlyLabel);

    m_ratesTable = new QTableWidget(0, 4, this);
    m_ratesTable->setObjectName(QStringLiteral("ratesTable"));
    m_ratesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ratesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ratesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ratesTable->verticalHeader()->hide();
    m_ratesTable->setShowGrid(false);
    m_ratesTable->setAlternatingRowColors(true);
    m_ratesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ratesTable->setMinimumHeight(120);
    layout->addWidget(m_ratesTable, 1);

    auto *form = new QHBoxLayout;
    form->setSpacing(8);
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("rateCurrencyCombo"));
    m_currencyCombo->addItems(Currency::supportedCodes());
    m_validFromEdit = new QDateEdit(m_clock.today(), this);
    m_validFromEdit->setObjectName(QStringLiteral("rateValidFromEdit"));
    m_validFromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_validFromEdit->setCalendarPopup(true);
    m_rateEdit = new QLineEdit(this);
    m_rateEdit->setObjectName(QStringLiteral("rateEdit"));
    m_rateEdit->setPlaceholderText(QStringLiteral("0.0915"));
    m_addButton = makeButton("addRateButton", this, true);
    m_removeButton = makeButton("removeRateButton", this);
    form->addWidget(m_currencyCombo);
    form->addWidget(m_validFromEdit);
    form->addWidget(m_rateEdit, 1);
    form->addWidget(m_addButton);
    form->addWidget(m_removeButton);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("ratesErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    connect(m_reportingCombo, &QComboBox::activated, this,
            [this](int index) { chooseReportingCurrency(m_reportingCombo->itemText(index)); });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRate(m_currencyCombo->currentText(), m_validFromEdit->date(), m_rateEdit->text());
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ExchangeRatesCard::removeSelected);
    retranslateUi();
    reload();
}

void ExchangeRatesCard::setActor(const User &actor)
{
    m_actor = actor;
    updateEditable();
}

void ExchangeRatesCard::updateEditable()
{
    const bool editable = m_actor && ExchangeRates::canChange(*m_actor);
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_reportingCombo, m_currencyCombo, m_validFromEdit,
                                           m_rateEdit, m_addButton, m_removeButton})
        widget->setEnabled(editable);
    m_readOnlyLabel->setText(m_actor ? ExchangeRates::whyNot(*m_actor) : QString());
    m_readOnlyLabel->setVisible(m_actor && !editable);
}

void ExchangeRatesCard::retranslateUi()
{
    m_titleLabel->setText(tr("Exchange rates"));
    m_hintLabel->setText(tr("MRR adds up every account in one currency. A rate applies from its "
                            "day until the next one; write it exactly, with a point: one unit of "
                            "the currency is worth this many units of the reporting currency."));
    m_reportingLabel->setText(tr("&Report MRR in:"));
    m_ratesTable->setHorizontalHeaderLabels({tr("Currency"), tr("Into"), tr("From"), tr("Rate")});
    m_currencyCombo->setAccessibleName(tr("Currency"));
    m_validFromEdit->setAccessibleName(tr("Valid from"));
    m_rateEdit->setAccessibleName(tr("Rate"));
    m_addButton->setText(tr("Add rate"));
    m_removeButton->setText(tr("Remove rate"));
    updateEditable(); // the read-only reason, in the new language
}

void ExchangeRatesCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ExchangeRatesCard::reload()
{
    const ExchangeRates rates(m_database);
    const auto reporting = rates.reportingCurrency();
    if (reporting)
        m_reportingCombo->setCurrentText(*reporting);
    const auto all = rates.rates();
    if (!all) {
        showError(all.error().message);
        return;
    }
    m_ratesTable->setRowCount(int(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const ExchangeRate &r = all->at(row);
        const QStringList cells {r.currency, r.reportingCurrency, r.validFrom.toString(Qt::ISODate),
                                 r.rate};
        for (int column = 0; column < cells.size(); ++column)
            m_ratesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void ExchangeRatesCard::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

bool ExchangeRatesCard::chooseReportingCurrency(const QString &code)
{
    if (!m_actor)
        return false;
    if (const Status set = ExchangeRates(m_database).setReportingCurrency(*m_actor, code); !set) {
        reload(); // the combo box back on the stored currency
        showError(set.error().message);
        return false;
    }
    showError({});
    reload();
    Q_EMIT ratesChanged();
    return true;
}

bool ExchangeRatesCard::addRate(const QString &currency, QDate validFrom, const QString &rate)
{
    if (!m_actor)
        return false;
    const ExchangeRate entered {currency, m_reportingCombo->currentText(), validFrom,
                                rate.trimmed()};
    if (const Status set = ExchangeRates(m_database).setRate(*m_actor, entered); !set) {
        showError(set.error().message);
        return false;
    }
    showError({});
    m_rateEdit->clear();
    reload();
    Q_EMIT ratesChanged();
    return true;
}

void ExchangeRatesCard::removeSelected()
{
    const int row = m_ratesTable->currentRow();
    if (row < 0 || !m_actor)
        return;
    const Status removed = ExchangeRates(m_database)
                               .removeRate(*m_actor, m_ratesTable->item(row, 0)->text(),
                                           m_ratesTable->item(row, 1)->text(),
                                           parseIsoDate(m_ratesTable->item(row, 2)->text()));
    showError(removed ? QString() : removed.error().message);
    reload();
    Q_EMIT ratesChanged();
}

} // namespace Tierline
