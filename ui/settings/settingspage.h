// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QVBoxLayout;

namespace Tierline {

class WorkspaceSettings;

/**
 * Settings: the UI language, applied at once (every widget retranslates on
 * QEvent::LanguageChange; amounts and dates follow the new locale) and remembered for the
 * next start; and, once the workspace settings are given, the switch of the subscriptions
 * feature (Z7), which is the whole workspace's.
 */
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    /** Chooses a language code ("sv") or "" for the system's, as the combo box would. */
    void chooseLanguage(const QString &code);
    /** Adds a section (a card) below the others, such as Exchange rates. */
    void addSection(QWidget *section);
    /** Shows the workspace section, bound to settings (owned elsewhere). */
    void setWorkspaceSettings(Tierline::WorkspaceSettings *settings);

Q_SIGNALS:
    /** The language changed and was applied; views that format values should refresh. */
    void languageChanged(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLanguageActivated(int index);

    QLabel *m_titleLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageHint = nullptr;
    QVBoxLayout *m_sections = nullptr;
    WorkspaceSettings *m_workspace = nullptr;
    QFrame *m_subscriptionsCard = nullptr;
    QLabel *m_subscriptionsTitle = nullptr;
    QCheckBox *m_subscriptionsCheck = nullptr;
    QLabel *m_subscriptionsHint = nullptr;
};

} // namespace Tierline
