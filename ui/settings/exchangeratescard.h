// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"

#include <QFrame>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tierline {

class Clock;
class Database;

/**
 * Settings, Exchange rates (Z3): the currency MRR is reported in and the dated rates into it,
 * kept in the database for every user and the CLI. Rates are exact decimals as typed. Only
 * administrators and sales managers change them; others see them read-only, with the reason.
 */
class ExchangeRatesCard : public QFrame
{
    Q_OBJECT

public:
    ExchangeRatesCard(const Database &database, const Clock &clock, QWidget *parent = nullptr);

    /** Adds or replaces a rate as the form would; false (with the reason shown) when refused. */
    bool addRate(const QString &currency, QDate validFrom, const QString &rate);
    /** Chooses the reporting currency as the combo box would. */
    bool chooseReportingCurrency(const QString &code);

public Q_SLOTS:
    void reload();
    /** Who acts: the form is enabled only for those who may change rates. */
    void setActor(const Tierline::User &actor);

Q_SIGNALS:
    /** The reporting currency or a rate changed: MRR figures need computing again. */
    void ratesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showError(const QString &message);
    void removeSelected();

    void updateEditable();

    const Database &m_database;
    const Clock &m_clock;
    std::optional<User> m_actor;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_reportingLabel = nullptr;
    QComboBox *m_reportingCombo = nullptr;
    QTableWidget *m_ratesTable = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QDateEdit *m_validFromEdit = nullptr;
    QLineEdit *m_rateEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
};

} // namespace Tierline
