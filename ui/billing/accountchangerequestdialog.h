// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"
#include "billing/changerequests.h"
#include "billing/permissions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Tierline {

class Clock;
class Database;

/**
 * "Contact us" → "Request account change" (A5): a plan downgrade, an add-on removal, an
 * unbundling or a product change is a request that staff act on, never a change by itself.
 */
class AccountChangeRequestDialog : public QDialog
{
    Q_OBJECT

public:
    AccountChangeRequestDialog(const Database &database, const Clock &clock, const User &actor,
                               const Account &account, QWidget *parent = nullptr);
    ~AccountChangeRequestDialog() override;

    /** Files the request; true when it was stored (and the dialog accepted). */
    bool send();
    /** Starts the form on a kind of change with a first draft of the details (A4, A5). */
    void prefill(ChangeRequestKind kind, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateSendButton();

    const Database &m_database;
    const Clock &m_clock;
    User m_actor;
    Account m_account;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QLabel *m_kindCaption = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_detailsCaption = nullptr;
    QPlainTextEdit *m_detailsEdit = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace Tierline
