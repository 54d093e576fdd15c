// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "appsettings.h"
#include "billing/billingstyle.h"
#include "i18n/language.h"
#include "settings/workspacesettings.h"
#include "widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

namespace {

/** Each language by its own name, as people look for it whatever the UI speaks now. */
QString endonym(const QString &code)
{
    const QString name = Language::localeFor(code).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("settingsTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.45, true));
    layout->addWidget(m_titleLabel);

    QFrame *languageCard = card("languageCard", this);
    auto *form = new QFormLayout(languageCard);
    form->setContentsMargins(20, 16, 20, 16);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageLabel = new QLabel(languageCard);
    m_languageCombo = new QComboBox(languageCard);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setMinimumContentsLength(28);
    m_languageCombo->addItem(QString(), QString()); // the system's language; text in retranslateUi
    for (const QString &code : Language::available())
        m_languageCombo->addItem(endonym(code), code);
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageHint = new QLabel(languageCard);
    m_languageHint->setObjectName(QStringLiteral("languageHint"));
    m_languageHint->setWordWrap(true);
    m_languageHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_languageHint); // spans the card, not just the field column
    layout->addWidget(languageCard);
    m_sections = layout;

    m_subscriptionsCard = card("subscriptionsCard", this);
    auto *subscriptions = new QVBoxLayout(m_subscriptionsCard);
    subscriptions->setContentsMargins(20, 16, 20, 16);
    subscriptions->setSpacing(8);
    m_subscriptionsTitle = new QLabel(m_subscriptionsCard);
    m_subscriptionsTitle->setFont(scaledFont(font(), 1.1, true));
    m_subscriptionsCheck = new QCheckBox(m_subscriptionsCard);
    m_subscriptionsCheck->setObjectName(QStringLiteral("subscriptionsCheck"));
    m_subscriptionsHint = new QLabel(m_subscriptionsCard);
    m_subscriptionsHint->setObjectName(QStringLiteral("subscriptionsHint"));
    m_subscriptionsHint->setWordWrap(true);
    m_subscriptionsHint->setForegroundRole(QPalette::PlaceholderText);
    subscriptions->addWidget(m_subscriptionsTitle);
    subscriptions->addWidget(m_subscriptionsCheck);
    subscriptions->addWidget(m_subscriptionsHint);
    m_subscriptionsCard->hide(); // until there is a workspace to set
    layout->addWidget(m_subscriptionsCard);
    layout->addStretch(1);
    connect(m_subscriptionsCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_workspace)
            return;
        if (const Status stored = m_workspace->setSubscriptionsEnabled(on); !stored) {
            MessageBox::warning(this, tr("Settings"), stored.error().message);
            const QSignalBlocker blocker(m_subscriptionsCheck);
            m_subscriptionsCheck->setChecked(m_workspace->subscriptionsEnabled());
        }
    });

    const int saved = m_languageCombo->findData(AppSettings().language());
    m_languageCombo->setCurrentIndex(saved < 0 ? 0 : saved);
    connect(m_languageCombo, &QComboBox::activated, this, &SettingsPage::onLanguageActivated);
    retranslateUi();
}

void SettingsPage::chooseLanguage(const QString &code)
{
    const int index = m_languageCombo->findData(code);
    if (index < 0)
        return;
    m_languageCombo->setCurrentIndex(index);
    onLanguageActivated(index);
}

void SettingsPage::addSection(QWidget *section)
{
    // Before the closing stretch, so that the cards stay at the top.
    section->setParent(this);
    m_sections->insertWidget(m_sections->count() - 1, section);
}

void SettingsPage::setWorkspaceSettings(WorkspaceSettings *settings)
{
    m_workspace = settings;
    m_subscriptionsCard->setVisible(settings != nullptr);
    if (!settings)
        return;
    const QSignalBlocker blocker(m_subscriptionsCheck);
    m_subscriptionsCheck->setChecked(settings->subscriptionsEnabled());
    // Another view may switch it too; the box follows.
    connect(settings, &WorkspaceSettings::subscriptionsEnabledChanged, m_subscriptionsCheck,
            [this](bool on) {
                const QSignalBlocker block(m_subscriptionsCheck);
                m_subscriptionsCheck->setChecked(on);
            });
}

void SettingsPage::onLanguageActivated(int index)
{
    const QString code = m_languageCombo->itemData(index).toString();
    AppSettings().setLanguage(code);
    Language::apply(code); // every widget receives QEvent::LanguageChange
    Q_EMIT languageChanged(code);
}

void SettingsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setItemText(
        0, tr("System language (%1)").arg(endonym(Language::systemLanguage())));
    m_languageHint->setText(
        tr("The new language applies at once, to amounts and dates too, and is remembered for "
           "the next start."));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_subscriptionsTitle->setText(tr("Subscriptions"));
    m_subscriptionsCheck->setText(tr("Use &subscriptions: MRR, subscription widgets and fields"));
    m_subscriptionsHint->setText(
        tr("For everyone on this database. Switched off, subscription widgets and fields are "
           "hidden and smart lists no longer offer them; columns already in smart lists stay "
           "and no data is removed. Switched on again, everything shows as before."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Tierline
