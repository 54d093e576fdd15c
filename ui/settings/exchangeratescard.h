// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tierline {

class Database;

/**
 * Settings, Exchange rates (Z3): the currency MRR is reported in and the dated rates into it,
 * kept in the database for every user and the CLI. Rates are exact decimals as typed.
 */
class ExchangeRatesCard : public QFrame
{
    Q_OBJECT

public:
    explicit ExchangeRatesCard(const Database &database, QWidget *parent = nullptr);

    /** Adds or replaces a rate as the form would; false (with the reason shown) when refused. */
    bool addRate(const QString &currency, QDate validFrom, const QString &rate);
    /** Chooses the reporting currency as the combo box would. */
    bool chooseReportingCurrency(const QString &code);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /** The reporting currency or a rate changed: MRR figures need computing again. */
    void ratesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showError(const QString &message);
    void removeSelected();

    const Database &m_database;
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
};

} // namespace Tierline
