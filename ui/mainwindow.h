// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"

#include <QDate>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <array>
#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Tierline {

class AccountsPage;
class BillingPage;
class ContactsPage;
class ChangeTierDialog;
class NotificationsDialog;
class UsagePage;
class ExchangeRatesCard;
class MrrPage;
class SettingsPage;
class SmartListsPage;
class WorkspaceSettings;
class BillingService;
class Database;

/**
 * Tierline's main window: the page navigation on the left, the pages in the middle, the
 * account picker and the acting staff member in the tool bar, and today's billing day and
 * the database in the status bar.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Accounts, Billing, Contacts, UsageAndLimits, Mrr, SmartLists, Settings };
    static constexpr int pageCount = 7;

    /**
     * login names the staff member who acts (--as); when empty, the one chosen last time,
     * else the first administrator.
     */
    MainWindow(const Database &database, BillingService &billing, const QString &login = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    AccountsPage *accountsPage() const { return m_accountsPage; }
    BillingPage *billingPage() const { return m_billingPage; }
    ContactsPage *contactsPage() const { return m_contactsPage; }
    UsagePage *usagePage() const { return m_usagePage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    MrrPage *mrrPage() const { return m_mrrPage; }
    ExchangeRatesCard *exchangeRatesCard() const { return m_exchangeRatesCard; }
    SmartListsPage *smartListsPage() const { return m_smartListsPage; }
    /** The workspace's settings; subscriptionsEnabledChanged drives every subscription view. */
    WorkspaceSettings *workspaceSettings() const { return m_workspaceSettings; }
    Page currentPage() const;
    void showPage(Page page);

    /** The staff member acting in the GUI, if the database has any. */
    std::optional<User> actingUser() const { return m_actor; }
    /** Makes the staff member with this login act; false when there is no such login. */
    bool setActingUser(const QString &login);

    /** Opens (or raises) the usage notifications (H3). */
    NotificationsDialog *openNotifications();
    /**
     * "Increase limit" (P4): selects the account, shows its billing page and opens the tier
     * change on the next tier; nothing when it cannot open.
     */
    ChangeTierDialog *increaseLimit(qint64 accountId);
    /** Unread notifications, as the tool bar button shows them. */
    qint64 unreadNotifications() const { return m_unreadNotifications; }

public Q_SLOTS:
    /** Reads everything shown again: accounts, the selected account, staff, today's date. */
    void refresh();

Q_SIGNALS:
    void actingUserChanged(const Tierline::User &user);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Placeholder
    {
        QLabel *title = nullptr;
        QLabel *message = nullptr;
    };

    void buildUi();
    void buildMenus();
    void buildToolBar();
    QWidget *buildNavigation();
    QWidget *buildPlaceholder(Page page);
    void retranslateUi();
    void loadUsers();
    void rebuildUserMenu();
    void updateActingUserLabel();
    void updateStatusBar();
    void updateNotificationsButton();
    void syncAccountPicker();
    void checkForNewDay();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();
    static QString pageTitle(Page page);

    const Database &m_database;
    BillingService &m_billing;
    QList<User> m_users;
    std::optional<User> m_actor;
    QDate m_shownDay;

    QListWidget *m_navigation = nullptr;
    QLabel *m_brandLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    AccountsPage *m_accountsPage = nullptr;
    BillingPage *m_billingPage = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    UsagePage *m_usagePage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    MrrPage *m_mrrPage = nullptr;
    ExchangeRatesCard *m_exchangeRatesCard = nullptr;
    SmartListsPage *m_smartListsPage = nullptr;
    WorkspaceSettings *m_workspaceSettings = nullptr;
    std::array<Placeholder, pageCount> m_placeholders {};

    QLabel *m_accountPickerLabel = nullptr;
    QComboBox *m_accountPicker = nullptr;
    QSortFilterProxyModel *m_pickerModel = nullptr;
    QLabel *m_actingUserLabel = nullptr;
    QToolButton *m_notificationsButton = nullptr;
    // Guarded: the dialog deletes itself on close, and goes with the window.
    QPointer<NotificationsDialog> m_notifications;
    qint64 m_unreadNotifications = 0;
    QAction *m_switchUserAction = nullptr;
    QMenu *m_userMenu = nullptr;
    QActionGroup *m_userActions = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    std::array<QAction *, pageCount> m_pageActions {};

    QLabel *m_databaseLabel = nullptr;
    QLabel *m_todayLabel = nullptr;
    QTimer *m_dayTimer = nullptr;
};

} // namespace Tierline
