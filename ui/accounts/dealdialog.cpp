// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealdialog.h"

#include "billing/billingstyle.h"
#include "calendar/clock.h"
#include "money/moneyformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

DealDialog::DealDialog(const Database &database, const Catalog &catalog, const Clock &clock,
                       const User &actor, qint64 accountId, const QString &currency,
                       const std::optional<SubscriptionPeriod> &period, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_actor(actor)
    , m_accountId(accountId)
    , m_currency(currency)
    , m_period(period)
{
    setObjectName(QStringLiteral("dealDialog"));
    setWindowTitle(period ? tr("Edit deal") : tr("Add deal"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setPlaceholderText(QStringLiteral("1234.50"));
    m_intervalCombo = new QComboBox(this);
    m_intervalCombo->setObjectName(QStringLiteral("intervalCombo"));
    m_intervalCombo->addItem(tr("Monthly"), int(SubscriptionInterval::Monthly));
    m_intervalCombo->addItem(tr("Quarterly"), int(SubscriptionInterval::Quarterly));
    m_intervalCombo->addItem(tr("Annual"), int(SubscriptionInterval::Annual));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(new QLabel(currency, this));
    amountRow->addWidget(m_intervalCombo);
    m_monthlyLabel = new QLabel(this);
    m_monthlyLabel->setObjectName(QStringLiteral("monthlyRateLabel"));
    m_monthlyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_startEdit = new QDateEdit(this);
    m_startEdit->setObjectName(QStringLiteral("startEdit"));
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_endCheck = new QCheckBox(tr("Ends on"), this);
    m_endCheck->setObjectName(QStringLiteral("endCheck"));
    m_endEdit = new QDateEdit(this);
    m_endEdit->setObjectName(QStringLiteral("endEdit"));
    m_endEdit->setCalendarPopup(true);
    m_endEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_endCheck);
    endRow->addWidget(m_endEdit, 1);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));

    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amountEdit);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_startEdit);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_noteEdit);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_monthlyLabel);
    form->addRow(startLabel, m_startEdit);
    form->addRow(tr("End:"), endRow);
    form->addRow(noteLabel, m_noteEdit);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("dealErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancelButton = makeButton("cancelButton", this);
    m_cancelButton->setText(tr("Cancel"));
    m_saveButton = makeButton("saveButton", this, true);
    m_saveButton->setText(tr("Save deal"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    const QDate today = clock.today();
    if (period) {
        m_amountEdit->setText(Money(period->amount, currency).toDecimalString());
        m_intervalCombo->setCurrentIndex(m_intervalCombo->findData(int(period->interval)));
        m_startEdit->setDate(period->start);
        m_endCheck->setChecked(!period->isOpen());
        m_endEdit->setDate(period->isOpen() ? period->start.addYears(1).addDays(-1) : period->end);
        m_noteEdit->setText(period->note);
    } else {
        m_startEdit->setDate(today);
        m_endEdit->setDate(today.addYears(1).addDays(-1));
    }
    m_endEdit->setEnabled(m_endCheck->isChecked());
    connect(m_endCheck, &QCheckBox::toggled, m_endEdit, &QDateEdit::setEnabled);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &DealDialog::updateMonthlyRate);
    connect(m_intervalCombo, &QComboBox::currentIndexChanged, this, &DealDialog::updateMonthlyRate);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &DealDialog::accept);
    updateMonthlyRate();
    setMinimumWidth(460);
}

DealDialog::~DealDialog() = default;

Result<DealInput> DealDialog::deal() const
{
    DealInput deal;
    // A plain decimal; the UI language's decimal mark is read as a point too. Group
    // separators are not guessed away: "1,5" must not become 15.
    QString text = m_amountEdit->text().trimmed();
    text.replace(QLocale().decimalPoint(), QStringLiteral("."));
    const auto amount = Money::fromDecimalString(text, m_currency);
    if (!amount)
        return Error::badInput(
            tr("“%1” is not an amount: write it with digits and a decimal mark, such as 1234.50.")
                .arg(m_amountEdit->text()));
    deal.amount = amount->minorUnits();
    deal.interval = SubscriptionInterval(m_intervalCombo->currentData().toInt());
    deal.start = m_startEdit->date();
    deal.end = m_endCheck->isChecked() ? m_endEdit->date() : QDate();
    deal.note = m_noteEdit->text().trimmed();
    if (const Status valid = SubscriptionService::checkDeal(deal); !valid)
        return valid.error();
    return deal;
}

void DealDialog::updateMonthlyRate()
{
    const auto entered = deal();
    if (!entered) {
        m_monthlyLabel->clear();
        return;
    }
    m_monthlyLabel->setText(
        tr("%1 a month in MRR")
            .arg(
                formatMoney(Money(monthlyRateOf(entered->amount, entered->interval), m_currency))));
}

void DealDialog::accept()
{
    const auto entered = deal();
    if (!entered) {
        m_errorLabel->setText(entered.error().message);
        m_errorLabel->show();
        return;
    }
    const SubscriptionService service(m_database, m_catalog);
    if (m_period) {
        const Status saved =
            service.editDeal(m_actor, m_period->id, *entered, m_clock.now(), m_period->version);
        if (!saved) {
            m_errorLabel->setText(saved.error().message);
            m_errorLabel->show();
            return;
        }
        m_dealId = m_period->id;
    } else {
        const auto added = service.addDeal(m_actor, m_accountId, *entered, m_clock.now());
        if (!added) {
            m_errorLabel->setText(added.error().message);
            m_errorLabel->show();
            return;
        }
        m_dealId = *added;
    }
    QDialog::accept();
}

} // namespace Tierline
