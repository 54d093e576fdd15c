// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "subscriptions/subscriptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tierline {

class Catalog;
class Clock;
class Database;

/**
 * Adds or edits a manual deal (Z1): amount in the account's currency per monthly, quarterly
 * or annual interval, start, an optional end, and a note. Saving goes through
 * SubscriptionService; a refusal stays in the dialog, said plainly.
 */
class DealDialog : public QDialog
{
    Q_OBJECT

public:
    /** A new deal for the account when period is empty, else an edit of it. */
    DealDialog(const Database &database, const Catalog &catalog, const Clock &clock,
               const User &actor, qint64 accountId, const QString &currency,
               const std::optional<SubscriptionPeriod> &period, QWidget *parent = nullptr);
    ~DealDialog() override;

    /** The deal as entered, or the reason it cannot be read. */
    Result<DealInput> deal() const;
    /** The id the deal has after saving. */
    qint64 dealId() const { return m_dealId; }

public Q_SLOTS:
    void accept() override;

private:
    void updateMonthlyRate();

    const Database &m_database;
    const Catalog &m_catalog;
    const Clock &m_clock;
    User m_actor;
    qint64 m_accountId;
    QString m_currency;
    std::optional<SubscriptionPeriod> m_period;
    qint64 m_dealId = 0;

    QLineEdit *m_amountEdit = nullptr;
    QComboBox *m_intervalCombo = nullptr;
    QLabel *m_monthlyLabel = nullptr;
    QDateEdit *m_startEdit = nullptr;
    QCheckBox *m_endCheck = nullptr;
    QDateEdit *m_endEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Tierline
