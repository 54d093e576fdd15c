// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountchangerequestdialog.h"

#include "billing/changerequests.h"
#include "billingstyle.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

constexpr ChangeRequestKind requestKinds[] = {
    ChangeRequestKind::PlanDowngrade, ChangeRequestKind::AddonRemoval, ChangeRequestKind::Unbundle,
    ChangeRequestKind::ProductChange};

} // namespace

AccountChangeRequestDialog::AccountChangeRequestDialog(const Database &database, const Clock &clock,
                                                       const User &actor, const Account &account,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
    , m_account(account)
{
    setObjectName(QStringLiteral("accountChangeRequestDialog"));
    buildUi();
    retranslateUi();
    updateSendButton();
}

AccountChangeRequestDialog::~AccountChangeRequestDialog() = default;

void AccountChangeRequestDialog::buildUi()
{
    resize(480, 360);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // texts arrive after the first layout
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(6);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("requestTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.35, true));
    m_introLabel = value("requestIntroLabel", this);
    m_introLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addSpacing(12);

    m_kindCaption = new QLabel(this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("requestKindCombo"));
    for (const ChangeRequestKind kind : requestKinds)
        m_kindCombo->addItem(QString(), changeRequestKindKey(kind));
    m_kindCaption->setBuddy(m_kindCombo);
    layout->addWidget(m_kindCaption);
    layout->addWidget(m_kindCombo);
    layout->addSpacing(8);

    m_detailsCaption = new QLabel(this);
    m_detailsEdit = new QPlainTextEdit(this);
    m_detailsEdit->setObjectName(QStringLiteral("requestDetailsEdit"));
    m_detailsEdit->setTabChangesFocus(true);
    m_detailsCaption->setBuddy(m_detailsEdit);
    layout->addWidget(m_detailsCaption);
    layout->addWidget(m_detailsEdit, 1);
    layout->addSpacing(10);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_sendButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("sendRequestButton"));
    m_sendButton->setDefault(true);
    m_sendButton->setStyleSheet(primaryButtonStyle());
    layout->addWidget(buttons);

    connect(m_detailsEdit, &QPlainTextEdit::textChanged, this,
            &AccountChangeRequestDialog::updateSendButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sendButton, &QPushButton::clicked, this, &AccountChangeRequestDialog::send);
}

void AccountChangeRequestDialog::retranslateUi()
{
    setWindowTitle(tr("Request account change"));
    m_titleLabel->setText(tr("Request account change"));
    m_introLabel->setText(tr("For %1. These changes are made by our staff: tell us what "
                             "should change and we will get back to you.")
                              .arg(m_account.name));
    m_kindCaption->setText(tr("&What should change?"));
    for (int i = 0; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(i, ChangeRequests::kindText(requestKinds[i]));
    m_detailsCaption->setText(tr("&Details"));
    m_detailsEdit->setPlaceholderText(
        tr("For example: move from Pro to Plus at the next renewal."));
    m_cancelButton->setText(tr("Cancel"));
    m_sendButton->setText(tr("Send request"));
}

void AccountChangeRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountChangeRequestDialog::prefill(ChangeRequestKind kind, const QString &details)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(changeRequestKindKey(kind)));
    m_detailsEdit->setPlainText(details);
    m_detailsEdit->setFocus();
    m_detailsEdit->moveCursor(QTextCursor::End);
}

void AccountChangeRequestDialog::updateSendButton()
{
    const bool allowed = m_actor.has(Permission::BillingAccess);
    m_sendButton->setEnabled(allowed && !m_detailsEdit->toPlainText().trimmed().isEmpty());
    m_sendButton->setToolTip(allowed ? QString()
                                     : PermissionText::missing(m_actor, Permission::BillingAccess));
}

bool AccountChangeRequestDialog::send()
{
    const ChangeRequestKind kind = requestKinds[std::max(0, m_kindCombo->currentIndex())];
    const auto filed = ChangeRequests(m_database, m_clock)
                           .submit(m_actor, m_account.id, kind, m_detailsEdit->toPlainText());
    if (!filed) {
        MessageBox::warning(this, tr("Request account change"), filed.error().message);
        return false;
    }
    MessageBox::information(this, tr("Request account change"),
                            tr("Your request “%1” for %2 was sent. Our staff will contact you.")
                                .arg(ChangeRequests::kindText(kind), m_account.name));
    accept();
    return true;
}

} // namespace Tierline
