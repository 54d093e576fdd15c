// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartlistspage.h"

#include "billing/billingservice.h"
#include "billing/billingstyle.h"
#include "billing/billingtext.h"
#include "billing/permissions.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "money/money.h"
#include "settings/workspacesettings.h"
#include "smartlists/smartlistexport.h"
#include "smartlists/smartliststore.h"
#include "smartlistsmodel.h"
#include "storage/database.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/progressdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

constexpr CampaignsStatus statuses[] = {CampaignsStatus::None, CampaignsStatus::Trial,
                                        CampaignsStatus::Active, CampaignsStatus::Stopped,
                                        CampaignsStatus::Cancelled};

/** Amount filters are typed in major units of each account's own currency ("100.50"). */
std::optional<qint64> amountFrom(const QLineEdit *edit)
{
    QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    const auto money = Money::fromDecimalString(text, QStringLiteral("USD"));
    return money ? std::optional<qint64>(money->minorUnits()) : std::nullopt;
}

QString amountText(std::optional<qint64> minor)
{
    return minor ? Money(*minor, QStringLiteral("USD")).toDecimalString() : QString();
}

QLineEdit *amountEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,12}([.,]\\d{0,2})?")), edit));
    edit->setMaximumWidth(110);
    return edit;
}

/** A percent bound; the lowest value stands for "any". */
QSpinBox *percentSpin(const char *objectName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(-1, 1000);
    spin->setValue(-1);
    spin->setSuffix(QStringLiteral("\u00a0%"));
    return spin;
}

std::optional<qint64> percentFrom(const QSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<qint64>(spin->value());
}

} // namespace

/** A date condition's editors: any, within the next N days, or between two dates. */
struct SmartListsPage::DateConditionEdit : QWidget
{
    DateConditionEdit(const char *prefix, QWidget *parent)
        : QWidget(parent)
        , kind(new QComboBox(this))
        , days(new QSpinBox(this))
        , from(new QDateEdit(this))
        , to(new QDateEdit(this))
    {
        const QString name = QLatin1String(prefix);
        setObjectName(name + QStringLiteral("Edit"));
        kind->setObjectName(name + QStringLiteral("Kind"));
        days->setObjectName(name + QStringLiteral("Days"));
        from->setObjectName(name + QStringLiteral("From"));
        to->setObjectName(name + QStringLiteral("To"));
        for (int i = 0; i < 3; ++i)
            kind->addItem(QString());
        days->setRange(0, 3650);
        days->setValue(30);
        for (QDateEdit *edit : {from, to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        layout->addWidget(kind);
        layout->addWidget(days);
        layout->addWidget(from);
        layout->addWidget(to);
        layout->addStretch(1);
        connect(kind, &QComboBox::currentIndexChanged, this, [this] { updateShown(); });
        updateShown();
    }

    void retranslate()
    {
        kind->setItemText(0, SmartListsPage::tr("Any"));
        kind->setItemText(1, SmartListsPage::tr("Within the next"));
        kind->setItemText(2, SmartListsPage::tr("Between"));
        days->setSuffix(SmartListsPage::tr(" days"));
    }

    void updateShown()
    {
        days->setVisible(kind->currentIndex() == 1);
        from->setVisible(kind->currentIndex() == 2);
        to->setVisible(kind->currentIndex() == 2);
    }

    DateCondition condition() const
    {
        switch (kind->currentIndex()) {
        case 1:
            return DateCondition::within(days->value());
        case 2:
            return DateCondition::between(from->date(), to->date());
        default:
            return {};
        }
    }

    void showCondition(const DateCondition &condition, QDate today)
    {
        kind->setCurrentIndex(int(condition.kind));
        days->setValue(condition.days);
        from->setDate(condition.from.isValid() ? condition.from : today);
        to->setDate(condition.to.isValid() ? condition.to : today.addDays(30));
        updateShown();
    }

    QComboBox *kind;
    QSpinBox *days;
    QDateEdit *from;
    QDateEdit *to;
};

SmartListsPage::SmartListsPage(const Database &database, BillingService &billing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_billing(billing)
    , m_model(new SmartListsModel(database, billing.catalog(), this))
{
    setObjectName(QStringLiteral("smartListsPage"));
    buildUi();
    retranslateUi();
    reloadLists(QString());
}

SmartListsPage::~SmartListsPage() = default;

void SmartListsPage::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("smartListsTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.45, true));
    side->addWidget(m_titleLabel);
    m_listsView = new QListWidget(this);
    m_listsView->setObjectName(QStringLiteral("listsView"));
    m_listsView->setMinimumWidth(200);
    m_listsView->setMaximumWidth(260);
    m_listsView->setStyleSheet(QStringLiteral("QListWidget#listsView::item { padding: 5px 6px; }"));
    side->addWidget(m_listsView, 1);
    auto *sideButtons = new QHBoxLayout;
    m_newButton = makeButton("newListButton", this);
    m_deleteButton = makeButton("deleteListButton", this);
    sideButtons->addWidget(m_newButton);
    sideButtons->addWidget(m_deleteButton);
    side->addLayout(sideButtons);
    layout->addLayout(side);

    auto *main = new QVBoxLayout;
    main->setSpacing(12);
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("listNameEdit"));
    m_nameEdit->setFont(scaledFont(font(), 1.15, true));
    m_nameLabel->setBuddy(m_nameEdit);
    m_saveButton = makeButton("saveListButton", this, true);
    m_saveAsButton = makeButton("saveAsListButton", this);
    m_renameButton = makeButton("renameListButton", this);
    // The name field gives way, never the buttons' words ("Spara som ny", "Simpan sebagai baru").
    for (QPushButton *button : {m_saveButton, m_saveAsButton, m_renameButton})
        button->setSizePolicy(QSizePolicy::Fixed, button->sizePolicy().verticalPolicy());
    header->addWidget(m_nameLabel);
    header->addWidget(m_nameEdit, 1);
    header->addWidget(m_saveButton);
    header->addWidget(m_saveAsButton);
    header->addWidget(m_renameButton);
    main->addLayout(header);

    main->addWidget(buildFilterBox());

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_columnsButton = makeButton("columnsButton", this);
    m_columnsMenu = new QMenu(m_columnsButton);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_columnsButton->setMenu(m_columnsMenu);
    m_delimiterLabel = new QLabel(this);
    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(QString(), QStringLiteral(","));
    m_delimiterCombo->addItem(QString(), QStringLiteral(";"));
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    m_bomCheck = new QCheckBox(this);
    m_bomCheck->setObjectName(QStringLiteral("bomCheck"));
    m_exportButton = makeButton("exportButton", this, true);
    tools->addWidget(m_countLabel, 1);
    tools->addWidget(m_columnsButton);
    tools->addSpacing(12);
    tools->addWidget(m_delimiterLabel);
    tools->addWidget(m_delimiterCombo);
    tools->addWidget(m_bomCheck);
    tools->addWidget(m_exportButton);
    main->addLayout(tools);

    m_resultsView = new QTableView(this);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setModel(m_model);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setWordWrap(false);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_resultsView->horizontalHeader()->setMinimumSectionSize(90);
    main->addWidget(m_resultsView, 1);
    layout->addLayout(main, 1);

    connect(m_listsView, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0 && row < m_lists.size())
            showList(m_lists.at(row));
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        SmartList fresh = SmartListStore::builtIns().constFirst();
        fresh.builtInKey.clear();
        fresh.name = tr("New smart list");
        m_listsView->clearSelection();
        showList(fresh);
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &SmartListsPage::remove);
    connect(m_saveButton, &QPushButton::clicked, this, &SmartListsPage::save);
    connect(m_saveAsButton, &QPushButton::clicked, this, &SmartListsPage::saveAs);
    connect(m_renameButton, &QPushButton::clicked, this, &SmartListsPage::rename);
    connect(m_exportButton, &QPushButton::clicked, this, &SmartListsPage::exportCsv);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &SmartListsPage::updateButtons);
    connect(m_model, &SmartListsModel::sortChanged, this,
            [this](const SmartListSort &sort) { m_current.sort = sort; });
    connect(m_model, &SmartListsModel::failed, this, &SmartListsPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = m_model->shownColumnCount(); c < m_model->columnCount(); ++c)
            m_resultsView->setColumnHidden(c, true);
        for (int c = 0; c < m_model->shownColumnCount(); ++c)
            m_resultsView->setColumnHidden(c, false);
        const int sorted = int(m_current.columns.indexOf(m_current.sort.field));
        m_resultsView->horizontalHeader()->blockSignals(true);
        m_resultsView->horizontalHeader()->setSortIndicator(
            sorted, m_current.sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        m_resultsView->horizontalHeader()->blockSignals(false);
        // Wide enough for each language's header and the first rows, once they are fetched.
        QMetaObject::invokeMethod(m_resultsView, &QTableView::resizeColumnsToContents,
                                  Qt::QueuedConnection);
    });
}

QGroupBox *SmartListsPage::buildFilterBox()
{
    m_filterBox = new QGroupBox(this);
    m_filterBox->setObjectName(QStringLiteral("filterBox"));
    auto *grid = new QGridLayout(m_filterBox);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);

    m_searchLabel = new QLabel(m_filterBox);
    m_searchEdit = new QLineEdit(m_filterBox);
    m_searchEdit->setObjectName(QStringLiteral("nameContainsEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_ownerLabel = new QLabel(m_filterBox);
    m_ownerCombo = new QComboBox(m_filterBox);
    m_ownerCombo->setObjectName(QStringLiteral("ownerCombo"));
    m_planLabel = new QLabel(m_filterBox);
    m_planCombo = new QComboBox(m_filterBox);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_statusLabel = new QLabel(m_filterBox);
    m_statusCombo = new QComboBox(m_filterBox);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_currentMrrLabel = new QLabel(m_filterBox);
    m_currentMrrMin = amountEdit("currentMrrMinEdit", m_filterBox);
    m_currentMrrMax = amountEdit("currentMrrMaxEdit", m_filterBox);
    m_upcomingMrrLabel = new QLabel(m_filterBox);
    m_upcomingMrrMin = amountEdit("upcomingMrrMinEdit", m_filterBox);
    m_upcomingMrrMax = amountEdit("upcomingMrrMaxEdit", m_filterBox);
    m_usageLabel = new QLabel(m_filterBox);
    m_usageMin = percentSpin("usageMinSpin", m_filterBox);
    m_usageMax = percentSpin("usageMaxSpin", m_filterBox);
    m_subscriptionEndLabel = new QLabel(m_filterBox);
    m_subscriptionEnd = new DateConditionEdit("subscriptionEnd", m_filterBox);
    m_trialEndLabel = new QLabel(m_filterBox);
    m_trialEnd = new DateConditionEdit("trialEnd", m_filterBox);

    auto pair = [this](QWidget *first, QWidget *second) {
        auto *box = new QWidget(m_filterBox);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        row->addWidget(first);
        row->addWidget(new QLabel(QStringLiteral("–"), box));
        row->addWidget(second);
        row->addStretch(1);
        return box;
    };
    QWidget *currentMrr = pair(m_currentMrrMin, m_currentMrrMax);
    QWidget *upcomingMrr = pair(m_upcomingMrrMin, m_upcomingMrrMax);
    QWidget *usage = pair(m_usageMin, m_usageMax);

    grid->addWidget(m_searchLabel, 0, 0);
    grid->addWidget(m_searchEdit, 0, 1);
    grid->addWidget(m_ownerLabel, 0, 2);
    grid->addWidget(m_ownerCombo, 0, 3);
    grid->addWidget(m_planLabel, 1, 0);
    grid->addWidget(m_planCombo, 1, 1);
    grid->addWidget(m_statusLabel, 1, 2);
    grid->addWidget(m_statusCombo, 1, 3);
    grid->addWidget(m_currentMrrLabel, 2, 0);
    grid->addWidget(currentMrr, 2, 1);
    grid->addWidget(m_upcomingMrrLabel, 2, 2);
    grid->addWidget(upcomingMrr, 2, 3);
    grid->addWidget(m_subscriptionEndLabel, 3, 0);
    grid->addWidget(m_subscriptionEnd, 3, 1);
    grid->addWidget(m_usageLabel, 3, 2);
    grid->addWidget(usage, 3, 3);
    grid->addWidget(m_trialEndLabel, 4, 0);
    grid->addWidget(m_trialEnd, 4, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_subscriptionWidgets = {m_currentMrrLabel,      currentMrr,
                             m_upcomingMrrLabel,     upcomingMrr,
                             m_subscriptionEndLabel, m_subscriptionEnd};

    m_searchLabel->setBuddy(m_searchEdit);
    m_ownerLabel->setBuddy(m_ownerCombo);
    m_planLabel->setBuddy(m_planCombo);
    m_statusLabel->setBuddy(m_statusCombo);

    m_planCombo->addItem(QString(), QString());
    for (const Plan &plan : m_billing.catalog().plans())
        m_planCombo->addItem(plan.name, plan.id);
    m_statusCombo->addItem(QString(), QString());
    for (const CampaignsStatus status : statuses)
        m_statusCombo->addItem(QString(), campaignsStatusKey(status));

    for (QLineEdit *edit :
         {m_searchEdit, m_currentMrrMin, m_currentMrrMax, m_upcomingMrrMin, m_upcomingMrrMax})
        connect(edit, &QLineEdit::editingFinished, this, &SmartListsPage::filterEdited);
    for (QComboBox *combo :
         {m_ownerCombo, m_planCombo, m_statusCombo, m_subscriptionEnd->kind, m_trialEnd->kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &SmartListsPage::filterEdited);
    for (QSpinBox *spin : {m_usageMin, m_usageMax, m_subscriptionEnd->days, m_trialEnd->days})
        connect(spin, &QSpinBox::valueChanged, this, &SmartListsPage::filterEdited);
    for (QDateEdit *edit :
         {m_subscriptionEnd->from, m_subscriptionEnd->to, m_trialEnd->from, m_trialEnd->to})
        connect(edit, &QDateEdit::dateChanged, this, &SmartListsPage::filterEdited);
    return m_filterBox;
}

void SmartListsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Smart lists"));
    m_newButton->setText(tr("&New"));
    m_deleteButton->setText(tr("&Delete"));
    m_nameLabel->setText(tr("&Name:"));
    m_saveButton->setText(tr("&Save"));
    m_saveAsButton->setText(tr("Save &as new"));
    m_renameButton->setText(tr("&Rename"));
    m_filterBox->setTitle(tr("Filter"));
    m_searchLabel->setText(tr("Name contains:"));
    m_searchEdit->setPlaceholderText(tr("Part of the account name"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_planLabel->setText(tr("&Plan:"));
    m_statusLabel->setText(tr("Campaigns &status:"));
    m_currentMrrLabel->setText(tr("Current MRR:"));
    m_upcomingMrrLabel->setText(tr("Upcoming MRR:"));
    for (QLineEdit *edit : {m_currentMrrMin, m_upcomingMrrMin})
        edit->setPlaceholderText(tr("from"));
    for (QLineEdit *edit : {m_currentMrrMax, m_upcomingMrrMax})
        edit->setPlaceholderText(tr("to"));
    for (QLineEdit *edit : {m_currentMrrMin, m_currentMrrMax, m_upcomingMrrMin, m_upcomingMrrMax})
        edit->setToolTip(tr("In each account's own currency, e.g. 100.50"));
    m_usageLabel->setText(tr("Usage:"));
    for (QSpinBox *spin : {m_usageMin, m_usageMax})
        spin->setSpecialValueText(tr("any"));
    m_subscriptionEndLabel->setText(tr("Subscription end:"));
    m_trialEndLabel->setText(tr("Trial end:"));
    m_subscriptionEnd->retranslate();
    m_trialEnd->retranslate();
    m_planCombo->setItemText(0, tr("Any plan"));
    m_statusCombo->setItemText(0, tr("Any status"));
    for (int i = 0; i < int(std::size(statuses)); ++i)
        m_statusCombo->setItemText(i + 1, BillingText::campaignsStatus(statuses[i]));
    m_columnsButton->setText(tr("&Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns of the list"));
    m_delimiterLabel->setText(tr("Separator:"));
    m_delimiterCombo->setItemText(0, tr("Comma (,)"));
    m_delimiterCombo->setItemText(1, tr("Semicolon (;)"));
    m_bomCheck->setText(tr("BOM for Excel"));
    m_bomCheck->setToolTip(tr("Starts the file with a byte order mark, so that Excel reads it "
                              "as UTF-8"));
    m_exportButton->setText(tr("&Export CSV…"));

    // Owners: the staff, by name.
    const qint64 owner = m_ownerCombo->currentData().toLongLong();
    m_loading = true;
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("Any owner"), qint64(0));
    if (const auto users = UserStore(m_database).all()) {
        for (const User &user : *users)
            m_ownerCombo->addItem(user.name, user.id);
    }
    m_ownerCombo->setCurrentIndex(std::max(0, m_ownerCombo->findData(owner)));
    m_loading = false;
    updateColumnsMenu();
    updateCount();
}

void SmartListsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reloadLists(m_current.isBuiltIn() ? m_current.builtInKey : m_current.name);
    }
    QWidget::changeEvent(event);
}

void SmartListsPage::reloadLists(const QString &select)
{
    const auto lists = SmartListStore(m_database).all();
    if (!lists) {
        showError(lists.error().message);
        return;
    }
    m_lists = *lists;
    m_loading = true;
    m_listsView->clear();
    int row = 0;
    for (int i = 0; i < m_lists.size(); ++i) {
        const SmartList &list = m_lists.at(i);
        auto *item = new QListWidgetItem(list.name, m_listsView);
        if (list.isBuiltIn()) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setToolTip(tr("Built in: cannot be renamed or deleted"));
        }
        if (!select.isEmpty() && (list.name == select || list.builtInKey == select))
            row = i;
    }
    m_listsView->setCurrentRow(row);
    m_loading = false;
    showList(m_lists.value(row));
}

void SmartListsPage::showList(const SmartList &list)
{
    m_current = list;
    m_nameEdit->setText(list.name);
    showFilterInEditors(list.filter);
    updateColumnsMenu();
    m_model->setList(m_current, m_billing.clock().today());
    updateCount();
    updateButtons();
}

bool SmartListsPage::selectList(const QString &name)
{
    for (int i = 0; i < m_lists.size(); ++i) {
        if (m_lists.at(i).name == name || m_lists.at(i).builtInKey == name) {
            m_loading = true;
            m_listsView->setCurrentRow(i);
            m_loading = false;
            showList(m_lists.at(i));
            return true;
        }
    }
    return false;
}

void SmartListsPage::refresh()
{
    retranslateUi();
    const SmartList edited = m_current;
    reloadLists(m_current.isBuiltIn() ? m_current.builtInKey : m_current.name);
    if (edited.id == 0 && !edited.isBuiltIn())
        showList(edited); // an unsaved new list stays on screen
}

void SmartListsPage::setFilter(const SmartListFilter &filter)
{
    showFilterInEditors(filter);
    filterEdited();
}

void SmartListsPage::showFilterInEditors(const SmartListFilter &filter)
{
    const QDate today = m_billing.clock().today();
    m_loading = true;
    m_searchEdit->setText(filter.nameContains);
    m_ownerCombo->setCurrentIndex(std::max(0, m_ownerCombo->findData(filter.ownerId.value_or(0))));
    m_planCombo->setCurrentIndex(std::max(0, m_planCombo->findData(filter.plan)));
    m_statusCombo->setCurrentIndex(std::max(
        0,
        m_statusCombo->findData(filter.status ? campaignsStatusKey(*filter.status) : QString())));
    m_currentMrrMin->setText(amountText(filter.currentMrr.min));
    m_currentMrrMax->setText(amountText(filter.currentMrr.max));
    m_upcomingMrrMin->setText(amountText(filter.upcomingMrr.min));
    m_upcomingMrrMax->setText(amountText(filter.upcomingMrr.max));
    m_usageMin->setValue(int(filter.usagePercent.min.value_or(-1)));
    m_usageMax->setValue(int(filter.usagePercent.max.value_or(-1)));
    m_subscriptionEnd->showCondition(filter.subscriptionEnd, today);
    m_trialEnd->showCondition(filter.trialEnd, today);
    m_loading = false;
}

SmartListFilter SmartListsPage::filterFromEditors() const
{
    SmartListFilter filter;
    filter.nameContains = m_searchEdit->text().trimmed();
    if (const qint64 owner = m_ownerCombo->currentData().toLongLong(); owner > 0)
        filter.ownerId = owner;
    filter.plan = m_planCombo->currentData().toString();
    filter.status = campaignsStatusFromKey(m_statusCombo->currentData().toString());
    filter.currentMrr = {amountFrom(m_currentMrrMin), amountFrom(m_currentMrrMax)};
    filter.upcomingMrr = {amountFrom(m_upcomingMrrMin), amountFrom(m_upcomingMrrMax)};
    filter.usagePercent = {percentFrom(m_usageMin), percentFrom(m_usageMax)};
    filter.subscriptionEnd = m_subscriptionEnd->condition();
    filter.trialEnd = m_trialEnd->condition();
    return filter;
}

void SmartListsPage::filterEdited()
{
    if (m_loading)
        return;
    const SmartListFilter filter = filterFromEditors();
    if (filter == m_current.filter)
        return;
    m_current.filter = filter;
    m_model->setList(m_current, m_billing.clock().today());
    updateCount();
    updateButtons();
}

void SmartListsPage::updateCount()
{
    const auto count = SmartListExport(m_database, m_billing.catalog(), m_billing.clock().today())
                           .count(m_current);
    m_countLabel->setText(count ? tr("%Ln account(s)", nullptr, *count) : count.error().message);
}

QList<SmartListField> SmartListsPage::offeredFields() const
{
    QList<SmartListField> fields;
    for (const SmartListField field : allSmartListFields()) {
        // Z7: switched off, subscription fields are offered only to take them away.
        if (m_subscriptionsShown || !SmartListFields::isSubscriptionField(field)
            || m_current.columns.contains(field))
            fields.append(field);
    }
    return fields;
}

void SmartListsPage::updateColumnsMenu()
{
    m_columnsMenu->clear();
    for (const SmartListField field : offeredFields()) {
        QAction *action = m_columnsMenu->addAction(SmartListFields::title(field));
        action->setObjectName(QStringLiteral("column_") + smartListFieldKey(field));
        action->setCheckable(true);
        action->setChecked(m_current.columns.contains(field));
        // The list always shows at least one column.
        action->setEnabled(!(action->isChecked() && m_current.columns.size() == 1));
        connect(action, &QAction::toggled, this,
                [this, field](bool shown) { setColumnShown(field, shown); });
    }
}

void SmartListsPage::setColumnShown(SmartListField field, bool shown)
{
    if (shown == m_current.columns.contains(field))
        return;
    if (shown) {
        // In the order the picker offers them, so that the table reads the same every time.
        const QList<SmartListField> order = allSmartListFields();
        qsizetype at = 0;
        while (at < m_current.columns.size()
               && order.indexOf(m_current.columns.at(at)) < order.indexOf(field))
            ++at;
        m_current.columns.insert(at, field);
    } else {
        if (m_current.columns.size() == 1)
            return;
        m_current.columns.removeAll(field);
        if (m_current.sort.field == field)
            m_current.sort = {m_current.columns.constFirst(), false};
    }
    m_model->setList(m_current, m_billing.clock().today());
    // Rebuilt after the menu has finished handling the click.
    QMetaObject::invokeMethod(this, &SmartListsPage::updateColumnsMenu, Qt::QueuedConnection);
    updateButtons();
}

void SmartListsPage::updateButtons()
{
    const bool saved = m_current.id > 0;
    m_deleteButton->setEnabled(saved);
    m_renameButton->setEnabled(saved && m_nameEdit->text().trimmed() != m_current.name);
    m_nameEdit->setToolTip(m_current.isBuiltIn()
                               ? tr("A built-in list is saved as a new list under this name.")
                               : QString());
}

void SmartListsPage::save()
{
    store(m_current.isBuiltIn()); // a built-in list is kept as it is
}

void SmartListsPage::saveAs()
{
    store(true);
}

void SmartListsPage::store(bool asNew)
{
    SmartList list = m_current;
    if (asNew) {
        list.id = 0;
        list.builtInKey.clear();
    }
    list.name = m_nameEdit->text().trimmed();
    const auto id = SmartListStore(m_database).save(list);
    if (!id) {
        showError(id.error().message);
        return;
    }
    reloadLists(list.name);
}

void SmartListsPage::rename()
{
    const QString name = m_nameEdit->text().trimmed();
    if (const Status renamed = SmartListStore(m_database).rename(m_current.id, name); !renamed) {
        showError(renamed.error().message);
        return;
    }
    reloadLists(name);
}

void SmartListsPage::remove()
{
    if (m_current.id <= 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete smart list"),
        tr("Delete the smart list “%1”? The accounts in it are not touched.").arg(m_current.name));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status removed = SmartListStore(m_database).remove(m_current.id); !removed) {
        showError(removed.error().message);
        return;
    }
    reloadLists(QString());
}

void SmartListsPage::exportCsv()
{
    QString suggested = m_current.name;
    suggested.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export smart list as CSV"),
        QDir::home().filePath(suggested + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvOptions options;
    options.delimiter =
        m_delimiterCombo->currentData().toString() == QLatin1String(";") ? ';' : ',';
    options.byteOrderMark = m_bomCheck->isChecked();

    QProgressDialog *dialog =
        Progress::dialog(this, tr("Exporting “%1”…").arg(m_current.name), "exportProgressDialog");
    const auto outcome = SmartListExport(m_database, m_billing.catalog(), m_billing.clock().today())
                             .toCsv(m_current, path, options, [dialog](qint64 done, qint64 total) {
                                 return Progress::advance(dialog, done, total);
                             });
    dialog->close();
    dialog->deleteLater();
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    if (outcome->cancelled) {
        m_countLabel->setText(tr("Export cancelled; no file was written."));
        return;
    }
    m_countLabel->setText(tr("%Ln account(s) exported to %1.", nullptr, outcome->rows)
                              .arg(QDir::toNativeSeparators(path)));
}

void SmartListsPage::setSubscriptionsShown(bool shown)
{
    m_subscriptionsShown = shown;
    applySubscriptionsShown();
}

void SmartListsPage::applySubscriptionsShown()
{
    for (QWidget *widget : std::as_const(m_subscriptionWidgets))
        widget->setVisible(m_subscriptionsShown);
    updateColumnsMenu();
}

void SmartListsPage::setWorkspaceSettings(WorkspaceSettings *settings)
{
    if (!settings)
        return;
    setSubscriptionsShown(settings->subscriptionsEnabled());
    connect(settings, &WorkspaceSettings::subscriptionsEnabledChanged, this,
            &SmartListsPage::setSubscriptionsShown);
}

void SmartListsPage::showError(const QString &message)
{
    MessageBox::warning(this, tr("Smart lists"), message);
}

} // namespace Tierline
