// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMessageBox>

namespace Tierline {

/**
 * Every message box Tierline shows goes through here, so that tests can pre-answer it
 * (KeePassXC's gui/MessageBox). Standard buttons get their texts from Tierline's own
 * catalogs, because Debian ships no Swedish or Indonesian qtbase catalog.
 */
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);

    /**
     * The next message box returns answer at once instead of showing itself; one answer
     * each, used up by the next box. QMessageBox::NoButton clears it.
     */
    static void setNextAnswer(Button answer);
    /** The title and text of the last box asked, shown or answered in advance: for tests. */
    static QString lastTitle();
    static QString lastText();

    /** The translated text for a standard button ("Yes", "Cancel" …). */
    static QString buttonText(Button button);
    /** Gives every standard button of box its translated text. */
    static void translateButtons(QMessageBox &box);

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace Tierline
