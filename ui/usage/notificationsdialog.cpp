// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsdialog.h"

#include "calendar/clock.h"
#include "usage/usageservice.h"
#include "widgets/messagebox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tierline {

namespace {

enum Role { NotificationIdRole = Qt::UserRole + 1, AccountIdRole, ReadRole };

} // namespace

NotificationsDialog::NotificationsDialog(const Database &database, const Catalog &catalog,
                                         QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("notificationsDialog"));
    resize(620, 420);
    auto *layout = new QVBoxLayout(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("noNotificationsLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 4px; }"));
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_markReadButton = new QPushButton(this);
    m_markReadButton->setObjectName(QStringLiteral("markReadButton"));
    m_markAllReadButton = new QPushButton(this);
    m_markAllReadButton->setObjectName(QStringLiteral("markAllReadButton"));
    m_increaseLimitButton = new QPushButton(this);
    m_increaseLimitButton->setObjectName(QStringLiteral("notificationIncreaseLimitButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeNotificationsButton"));
    buttons->addWidget(m_markReadButton);
    buttons->addWidget(m_markAllReadButton);
    buttons->addStretch(1);
    buttons->addWidget(m_increaseLimitButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &NotificationsDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &NotificationsDialog::markSelectedRead);
    connect(m_markReadButton, &QPushButton::clicked, this, &NotificationsDialog::markSelectedRead);
    connect(m_markAllReadButton, &QPushButton::clicked, this, &NotificationsDialog::markAllRead);
    connect(m_increaseLimitButton, &QPushButton::clicked, this,
            &NotificationsDialog::increaseLimit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

NotificationsDialog::~NotificationsDialog() = default;

void NotificationsDialog::retranslateUi()
{
    setWindowTitle(tr("Notifications"));
    m_emptyLabel->setText(tr("No notifications."));
    m_markReadButton->setText(tr("Mark read"));
    m_markAllReadButton->setText(tr("Mark all read"));
    m_increaseLimitButton->setText(tr("Increase limit"));
    m_closeButton->setText(tr("Close"));
    reload();
}

void NotificationsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_list)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NotificationsDialog::reload()
{
    const auto all = UsageService(m_database, m_catalog).notifications();
    m_list->clear();
    if (!all) {
        m_emptyLabel->setText(all.error().message);
        m_emptyLabel->show();
        updateButtons();
        return;
    }
    for (const UsageNotification &n : *all) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(UsageService::notificationText(n), formatDate(n.day)), m_list);
        item->setData(NotificationIdRole, n.id);
        item->setData(AccountIdRole, n.accountId);
        item->setData(ReadRole, n.read);
        QFont font = m_list->font();
        font.setBold(!n.read);
        item->setFont(font);
        if (n.level == UsageLevel::Over && !n.read)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_emptyLabel->setVisible(all->isEmpty());
    m_list->setVisible(!all->isEmpty());
    updateButtons();
}

void NotificationsDialog::updateButtons()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    const bool anyUnreadSelected = std::any_of(selected.cbegin(), selected.cend(), [](auto *item) {
        return !item->data(ReadRole).toBool();
    });
    m_markReadButton->setEnabled(anyUnreadSelected);
    bool anyUnread = false;
    for (int i = 0; i < m_list->count(); ++i)
        anyUnread = anyUnread || !m_list->item(i)->data(ReadRole).toBool();
    m_markAllReadButton->setEnabled(anyUnread);
    m_increaseLimitButton->setEnabled(selected.size() == 1);
}

void NotificationsDialog::markSelectedRead()
{
    const UsageService usage(m_database, m_catalog);
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected) {
        if (item->data(ReadRole).toBool())
            continue;
        if (const Status marked = usage.markRead(item->data(NotificationIdRole).toLongLong());
            !marked) {
            MessageBox::warning(this, tr("Notifications"), marked.error().message);
            break;
        }
    }
    reload();
    Q_EMIT changed();
}

void NotificationsDialog::markAllRead()
{
    if (const Status marked = UsageService(m_database, m_catalog).markAllRead(); !marked)
        MessageBox::warning(this, tr("Notifications"), marked.error().message);
    reload();
    Q_EMIT changed();
}

void NotificationsDialog::increaseLimit()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1)
        return;
    const qint64 accountId = selected.constFirst()->data(AccountIdRole).toLongLong();
    markSelectedRead();
    accept();
    Q_EMIT increaseLimitRequested(accountId);
}

} // namespace Tierline
