// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Tierline {

class Catalog;
class Database;

/**
 * The usage notifications of every account (H3), newest first, unread ones in bold: mark
 * read, mark all read, and "Increase limit", which leads to the tier change (P4).
 */
class NotificationsDialog : public QDialog
{
    Q_OBJECT

public:
    NotificationsDialog(const Database &database, const Catalog &catalog,
                        QWidget *parent = nullptr);
    ~NotificationsDialog() override;

    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /** Notifications were marked read. */
    void changed();
    /** "Increase limit" on a notification of this account. */
    void increaseLimitRequested(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void markSelectedRead();
    void markAllRead();
    void increaseLimit();

    const Database &m_database;
    const Catalog &m_catalog;
    QLabel *m_emptyLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_markReadButton = nullptr;
    QPushButton *m_markAllReadButton = nullptr;
    QPushButton *m_increaseLimitButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Tierline
