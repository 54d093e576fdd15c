// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accounts/accountsmodel.h"
#include "accounts/accountspage.h"
#include "appsettings.h"
#include "billing/billingpage.h"
#include "billing/billingservice.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactspage.h"
#include "mrr/mrrpage.h"
#include "settings/databasecard.h"
#include "settings/exchangeratescard.h"
#include "settings/settingspage.h"
#include "settings/workspacesettings.h"
#include "smartlists/smartlistspage.h"
#include "storage/database.h"
#include "tierlineapplication.h"
#include "usage/notificationsdialog.h"
#include "usage/usagepage.h"
#include "usage/usageservice.h"
#include "widgets/messagebox.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tierline {

namespace {

constexpr int dayCheckIntervalMs = 60 * 1000;

constexpr const char *pageObjectNames[MainWindow::pageCount] = {
    "accountsPage", "billingPage",    "contactsPage", "usagePage",
    "mrrPage",      "smartListsPage", "settingsPage"};

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

MainWindow::MainWindow(const Database &database, BillingService &billing, const QString &login,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_billing(billing)
    , m_dayTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QFileInfo(database.location()).fileName());
    setWindowIcon(TierlineApplication::applicationIcon());
    setMinimumSize(900, 560);

    buildUi();
    buildMenus();
    buildToolBar();
    retranslateUi();

    loadUsers();
    const QString wanted = login.isEmpty() ? AppSettings().login() : login;
    if (wanted.isEmpty() || !setActingUser(wanted)) {
        const auto admin = std::find_if(m_users.cbegin(), m_users.cend(),
                                        [](const User &u) { return u.role == Role::Admin; });
        if (admin != m_users.cend())
            setActingUser(admin->login);
        else if (!m_users.isEmpty())
            setActingUser(m_users.constFirst().login);
    }

    m_accountsPage->reload();
    restoreSettings();
    updateStatusBar();

    connect(&m_billing, &BillingService::accountChanged, m_accountsPage,
            &AccountsPage::reloadAccount);
    // X3: billing events fall due when the calendar reaches them, also while Tierline runs.
    m_dayTimer->setInterval(dayCheckIntervalMs);
    connect(m_dayTimer, &QTimer::timeout, this, &MainWindow::checkForNewDay);
    m_dayTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_accountsPage = new AccountsPage(m_database, m_billing, m_pages);
    m_pages->addWidget(m_accountsPage);
    m_billingPage = new BillingPage(m_database, m_billing, m_pages);
    m_pages->addWidget(m_billingPage);
    m_contactsPage = new ContactsPage(m_database, m_billing, m_pages);
    m_pages->addWidget(m_contactsPage);
    m_usagePage = new UsagePage(m_database, m_billing, m_pages);
    m_pages->addWidget(m_usagePage);
    m_mrrPage = new MrrPage(m_database, m_billing.clock(), m_pages);
    m_pages->addWidget(m_mrrPage);
    m_smartListsPage = new SmartListsPage(m_database, m_billing, m_pages);
    m_pages->addWidget(m_smartListsPage);
    m_settingsPage = new SettingsPage(m_pages);
    m_pages->addWidget(m_settingsPage);
    m_exchangeRatesCard = new ExchangeRatesCard(m_database, m_billing.clock(), m_settingsPage);
    connect(this, &MainWindow::actingUserChanged, m_exchangeRatesCard,
            &ExchangeRatesCard::setActor);
    m_settingsPage->addSection(m_exchangeRatesCard);
    m_settingsPage->addSection(new DatabaseCard(m_database.location(), m_settingsPage));
    // Z3: billing changes, deals and rates all move MRR.
    connect(m_exchangeRatesCard, &ExchangeRatesCard::ratesChanged, m_mrrPage, &MrrPage::refresh);
    connect(&m_billing, &BillingService::accountChanged, m_mrrPage, [this] {
        if (m_mrrPage->isVisible())
            m_mrrPage->refresh();
    });
    connect(m_accountsPage, &AccountsPage::subscriptionsChanged, m_mrrPage, &MrrPage::refresh);
    connect(this, &MainWindow::actingUserChanged, m_accountsPage, &AccountsPage::setActor);
    // Z7: one switch for the workspace; every subscription view follows its signal.
    m_workspaceSettings = new WorkspaceSettings(m_database, this);
    m_settingsPage->setWorkspaceSettings(m_workspaceSettings);
    m_smartListsPage->setWorkspaceSettings(m_workspaceSettings);
    m_accountsPage->setSubscriptionsShown(m_workspaceSettings->subscriptionsEnabled());
    connect(m_workspaceSettings, &WorkspaceSettings::subscriptionsEnabledChanged, m_accountsPage,
            &AccountsPage::setSubscriptionsShown);
    // Amounts and dates are formatted when shown: a new language re-reads everything.
    connect(m_settingsPage, &SettingsPage::languageChanged, this, &MainWindow::refresh);
    connect(m_accountsPage, &AccountsPage::currentAccountChanged, m_billingPage,
            &BillingPage::setAccount);
    connect(this, &MainWindow::actingUserChanged, m_billingPage, &BillingPage::setActor);
    connect(&m_billing, &BillingService::accountChanged, m_billingPage,
            &BillingPage::onAccountChanged);
    connect(m_accountsPage, &AccountsPage::currentAccountChanged, m_contactsPage,
            &ContactsPage::setAccount);
    connect(this, &MainWindow::actingUserChanged, m_contactsPage, &ContactsPage::setActor);
    connect(&m_billing, &BillingService::accountChanged, m_contactsPage,
            &ContactsPage::onAccountChanged);
    connect(m_accountsPage, &AccountsPage::currentAccountChanged, m_usagePage,
            &UsagePage::setAccount);
    connect(this, &MainWindow::actingUserChanged, m_usagePage, &UsagePage::setActor);
    // Contacts' bulk actions and imports, billing actions and the scheduler all say so here.
    connect(&m_billing, &BillingService::accountChanged, m_usagePage, &UsagePage::onAccountChanged);
    connect(&m_billing, &BillingService::accountChanged, this,
            &MainWindow::updateNotificationsButton);
    connect(m_usagePage, &UsagePage::increaseLimitRequested, this,
            [this](qint64 id) { increaseLimit(id); });
    // P8: the floor of "Change number" links to the contacts that can be archived.
    connect(m_billingPage, &BillingPage::archiveContactsRequested, this, [this](qint64 id) {
        m_contactsPage->showArchivable(id);
        showPage(Page::Contacts);
    });

    layout->addWidget(buildNavigation());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(QStringLiteral("todayLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_todayLabel);
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar QLabel { padding: 2px 8px; }"));
}

QWidget *MainWindow::buildNavigation()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(208);
    panel->setStyleSheet(QStringLiteral(
        "QWidget#navigationPanel { background: palette(base);"
        " border-right: 1px solid palette(midlight); }"
        "QListWidget#navigationList { background: transparent; border: none; outline: 0; }"
        "QListWidget#navigationList::item { padding: 8px 12px; margin: 1px 10px;"
        " border-radius: 6px; color: palette(text); }"
        "QListWidget#navigationList::item:hover:!selected { background: palette(window); }"
        "QListWidget#navigationList::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 16, 0, 12);
    layout->setSpacing(12);

    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(20, 0, 12, 4);
    brand->setSpacing(10);
    auto *logo = new QLabel(panel);
    logo->setObjectName(QStringLiteral("brandLogo"));
    logo->setPixmap(TierlineApplication::applicationIcon().pixmap(28, 28));
    m_brandLabel = new QLabel(panel);
    m_brandLabel->setObjectName(QStringLiteral("brandLabel"));
    m_brandLabel->setFont(scaledFont(font(), 1.3, true));
    brand->addWidget(logo);
    brand->addWidget(m_brandLabel, 1);
    layout->addLayout(brand);

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFont(scaledFont(font(), 1.05, false));
    for (int i = 0; i < pageCount; ++i)
        m_navigation->addItem(QString());
    layout->addWidget(m_navigation, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    return panel;
}

QWidget *MainWindow::buildPlaceholder(Page page)
{
    auto *widget = new QWidget(m_pages);
    widget->setObjectName(QLatin1String(pageObjectNames[int(page)]));
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(8);
    Placeholder &placeholder = m_placeholders[size_t(page)];
    placeholder.title = new QLabel(widget);
    placeholder.title->setObjectName(QStringLiteral("placeholderTitle"));
    placeholder.title->setAlignment(Qt::AlignCenter);
    placeholder.title->setFont(scaledFont(font(), 1.5, true));
    placeholder.message = new QLabel(widget);
    placeholder.message->setObjectName(QStringLiteral("placeholderMessage"));
    placeholder.message->setAlignment(Qt::AlignCenter);
    placeholder.message->setWordWrap(true);
    placeholder.message->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch(1);
    layout->addWidget(placeholder.title);
    layout->addWidget(placeholder.message);
    layout->addStretch(1);
    return widget;
}

void MainWindow::buildMenus()
{
    m_userMenu = new QMenu(this);
    m_userMenu->setObjectName(QStringLiteral("userMenu"));
    m_userActions = new QActionGroup(this);
    m_userActions->setExclusive(true);
    m_switchUserAction = new QAction(this);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUserAction->setMenu(m_userMenu);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_switchUserAction);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    for (int i = 0; i < pageCount; ++i) {
        QAction *action = m_goMenu->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions[size_t(i)] = action;
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setVisible(false);
    toolBar->setStyleSheet(
        QStringLiteral("QToolBar#mainToolBar { spacing: 8px; padding: 6px 12px; }"));

    m_accountPickerLabel = new QLabel(toolBar);
    m_accountPickerLabel->setObjectName(QStringLiteral("accountPickerLabel"));
    m_accountPicker = new QComboBox(toolBar);
    m_accountPicker->setObjectName(QStringLiteral("accountPicker"));
    m_accountPicker->setMinimumContentsLength(26);
    m_accountPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accountPickerLabel->setBuddy(m_accountPicker);

    // The picker lists the accounts by name, from the same model as the table.
    m_pickerModel = new QSortFilterProxyModel(this);
    m_pickerModel->setObjectName(QStringLiteral("accountPickerModel"));
    m_pickerModel->setSourceModel(m_accountsPage->model());
    m_pickerModel->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_pickerModel->setSortLocaleAware(true);
    m_pickerModel->sort(AccountsModel::Name);
    m_accountPicker->setModel(m_pickerModel);
    m_accountPicker->setModelColumn(AccountsModel::Name);

    toolBar->addWidget(m_accountPickerLabel);
    toolBar->addWidget(m_accountPicker);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_notificationsButton = new QToolButton(toolBar);
    m_notificationsButton->setObjectName(QStringLiteral("notificationsButton"));
    m_notificationsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addWidget(m_notificationsButton);
    connect(m_notificationsButton, &QToolButton::clicked, this, [this] { openNotifications(); });

    m_actingUserLabel = new QLabel(toolBar);
    m_actingUserLabel->setObjectName(QStringLiteral("actingUserLabel"));
    toolBar->addWidget(m_actingUserLabel);
    toolBar->addAction(m_switchUserAction);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_switchUserAction))) {
        button->setObjectName(QStringLiteral("switchUserButton"));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }

    // activated() is the user's choice only, so a model reset never moves the selection.
    connect(m_accountPicker, &QComboBox::activated, this, [this](int row) {
        const qint64 id = m_accountPicker->itemData(row, AccountsModel::AccountIdRole).toLongLong();
        if (id > 0)
            m_accountsPage->selectAccount(id);
    });
    connect(m_accountsPage, &AccountsPage::currentAccountChanged, this,
            &MainWindow::syncAccountPicker);
    connect(m_accountsPage, &AccountsPage::reloaded, this, &MainWindow::syncAccountPicker);
}

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Accounts:
        return tr("Accounts");
    case Page::Billing:
        return tr("Billing");
    case Page::Contacts:
        return tr("Contacts");
    case Page::UsageAndLimits:
        return tr("Usage & limits");
    case Page::Mrr:
        return tr("MRR");
    case Page::SmartLists:
        return tr("Smart lists");
    case Page::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::retranslateUi()
{
    m_brandLabel->setText(tr("Tierline"));
    for (int i = 0; i < pageCount; ++i) {
        const QString title = pageTitle(Page(i));
        m_navigation->item(i)->setText(title);
        // A menu would read a single "&" as a mnemonic marker.
        m_pageActions[size_t(i)]->setText(
            QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
        if (Placeholder &p = m_placeholders[size_t(i)]; p.title)
            p.title->setText(title);
    }
    // The panel grows with the longest page name, so that no language is cut short
    // ("Användning och grän…"); 64 covers the item padding and margins of the style sheet.
    int widest = 0;
    for (int i = 0; i < pageCount; ++i) {
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    }
    m_navigation->parentWidget()->setFixedWidth(std::max(208, widest + 64));

    m_fileMenu->setTitle(tr("&File"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_switchUserAction->setText(tr("Switch user"));
    m_switchUserAction->setToolTip(tr("Act as another member of staff"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Tierline"));
    m_accountPickerLabel->setText(tr("&Account:"));
    m_accountPicker->setToolTip(tr("The account the pages show"));
    rebuildUserMenu();
    updateActingUserLabel();
    updateStatusBar();
    updateNotificationsButton();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::loadUsers()
{
    const auto users = UserStore(m_database).all();
    if (!users) {
        statusBar()->showMessage(users.error().message);
        return;
    }
    m_users = *users;
    if (m_actor) {
        const auto same = std::find_if(m_users.cbegin(), m_users.cend(),
                                       [this](const User &u) { return u.id == m_actor->id; });
        if (same == m_users.cend())
            m_actor.reset();
        else
            m_actor = *same;
    }
    rebuildUserMenu();
    updateActingUserLabel();
}

bool MainWindow::setActingUser(const QString &login)
{
    const auto user = std::find_if(m_users.cbegin(), m_users.cend(),
                                   [&login](const User &u) { return u.login == login; });
    if (user == m_users.cend())
        return false;
    m_actor = *user;
    const QList<QAction *> actions = m_userActions->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == login);
    updateActingUserLabel();
    Q_EMIT actingUserChanged(*m_actor);
    return true;
}

void MainWindow::rebuildUserMenu()
{
    m_userMenu->clear();
    const QList<QAction *> old = m_userActions->actions();
    for (QAction *action : old) {
        m_userActions->removeAction(action);
        delete action;
    }
    for (const User &user : std::as_const(m_users)) {
        auto *action = new QAction(
            tr("%1 — %2").arg(user.name, PermissionText::roleName(user.role)), m_userActions);
        action->setData(user.login);
        action->setCheckable(true);
        action->setChecked(m_actor && m_actor->id == user.id);
        connect(action, &QAction::triggered, this, [this, login = user.login] {
            if (setActingUser(login)) {
                AppSettings settings;
                settings.setLogin(login);
            }
        });
        m_userMenu->addAction(action);
    }
    m_switchUserAction->setEnabled(!m_users.isEmpty());
}

void MainWindow::updateActingUserLabel()
{
    if (!m_actingUserLabel)
        return;
    if (m_actor) {
        m_actingUserLabel->setText(
            tr("Acting as <b>%1</b> · %2")
                .arg(m_actor->name.toHtmlEscaped(), PermissionText::roleName(m_actor->role)));
    } else {
        m_actingUserLabel->setText(tr("No staff in this database"));
    }
}

void MainWindow::updateStatusBar()
{
    const QDate today = m_billing.clock().today();
    m_shownDay = today;
    m_todayLabel->setText(tr("Today: %1").arg(formatDate(today)));
    m_todayLabel->setToolTip(dynamic_cast<const FixedClock *>(&m_billing.clock())
                                 ? tr("The billing day was set with --today.")
                                 : tr("The billing day follows the calendar."));
    const QString location = QDir::toNativeSeparators(m_database.location());
    m_databaseLabel->setText(tr("Database: %1").arg(location));
    m_databaseLabel->setToolTip(location);
}

void MainWindow::syncAccountPicker()
{
    const QModelIndex source = m_accountsPage->model()->indexOf(m_accountsPage->currentAccountId());
    const QModelIndex row = m_pickerModel->mapFromSource(source);
    m_accountPicker->setCurrentIndex(row.isValid() ? row.row() : -1);
}

void MainWindow::refresh()
{
    loadUsers();
    m_accountsPage->reload();
    if (m_actor)
        m_billingPage->setActor(*m_actor);
    m_billingPage->refresh();
    m_contactsPage->refresh();
    m_usagePage->refresh();
    if (m_notifications)
        m_notifications->reload();
    m_exchangeRatesCard->reload();
    m_mrrPage->refresh();
    m_smartListsPage->refresh();
    updateStatusBar();
    updateNotificationsButton();
}

void MainWindow::updateNotificationsButton()
{
    if (!m_notificationsButton)
        return;
    const auto unread = UsageService(m_database, m_billing.catalog()).unreadCount();
    m_unreadNotifications = unread ? *unread : 0;
    m_notificationsButton->setText(
        m_unreadNotifications > 0
            ? tr("Notifications (%1)").arg(QLocale().toString(m_unreadNotifications))
            : tr("Notifications"));
    m_notificationsButton->setToolTip(
        unread ? tr("%Ln unread usage notification(s)", nullptr, m_unreadNotifications)
               : unread.error().message);
    QFont font = m_notificationsButton->font();
    font.setBold(m_unreadNotifications > 0);
    m_notificationsButton->setFont(font);
}

NotificationsDialog *MainWindow::openNotifications()
{
    if (!m_notifications) {
        m_notifications = new NotificationsDialog(m_database, m_billing.catalog(), this);
        m_notifications->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_notifications, &NotificationsDialog::changed, this,
                &MainWindow::updateNotificationsButton);
        connect(m_notifications, &NotificationsDialog::increaseLimitRequested, this,
                [this](qint64 id) { increaseLimit(id); });
    } else {
        m_notifications->reload();
    }
    m_notifications->show();
    m_notifications->raise();
    m_notifications->activateWindow();
    return m_notifications;
}

ChangeTierDialog *MainWindow::increaseLimit(qint64 accountId)
{
    const auto account = m_billing.account(accountId);
    if (!account) {
        MessageBox::warning(this, tr("Increase limit"), account.error().message);
        return nullptr;
    }
    m_accountsPage->selectAccount(accountId);
    showPage(Page::Billing);
    // P4: straight to the next tier, as the billing page's own "Increase limit" does.
    const Catalog &catalog = m_billing.catalog();
    const int current = account->campaigns.tier > 0 ? account->campaigns.tier : catalog.minTier();
    return m_billingPage->openChangeTierDialog(
        std::min(current + catalog.tierStep(), catalog.maxTier()));
}

void MainWindow::checkForNewDay()
{
    if (m_billing.clock().today() == m_shownDay)
        return;
    if (const auto caughtUp = m_billing.catchUp(); !caughtUp)
        statusBar()->showMessage(caughtUp.error().message);
    refresh();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Tierline"),
        tr("<p><b>Tierline %1</b></p><p>Billing for the Campaigns add-on: subscriber tiers, "
           "trials, charges and MRR.</p>")
            .arg(QStringLiteral(TIERLINE_VERSION)));
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), int(currentPage()));
    m_accountsPage->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const AppSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int page = settings.value(QStringLiteral("mainWindow/page"), 0).toInt();
    showPage(page >= 0 && page < pageCount ? Page(page) : Page::Accounts);
    m_accountsPage->restoreSettings(settings);
}

} // namespace Tierline
