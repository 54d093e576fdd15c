// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace Tierline {

/**
 * Settings: the UI language, applied at once (every widget retranslates on
 * QEvent::LanguageChange; amounts and dates follow the new locale) and remembered for the
 * next start.
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
};

} // namespace Tierline
