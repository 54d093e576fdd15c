// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QAbstractButton>

namespace Tierline {

namespace {

struct Pending
{
    MessageBox::Button nextAnswer = QMessageBox::NoButton;
    QString lastTitle;
    QString lastText;
};

Pending &pending()
{
    static Pending state;
    return state;
}

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    pending().nextAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return pending().lastTitle;
}

QString MessageBox::lastText()
{
    return pending().lastText;
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    Pending &state = pending();
    state.lastTitle = title;
    state.lastText = text;
    if (state.nextAnswer != QMessageBox::NoButton) {
        const Button answer = state.nextAnswer;
        state.nextAnswer = QMessageBox::NoButton;
        return answer;
    }

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    translateButtons(box);
    const int answer = box.exec();
    // Closing the window with Escape or the title bar gives the escape button's role; a box
    // without one reports NoButton.
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : Button(answer);
}

void MessageBox::translateButtons(QMessageBox &box)
{
    const QList<QAbstractButton *> buttons = box.buttons();
    for (QAbstractButton *button : buttons) {
        const QString text = buttonText(box.standardButton(button));
        if (!text.isEmpty())
            button->setText(text);
    }
}

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case QMessageBox::Ok:
        return tr("OK");
    case QMessageBox::Save:
        return tr("Save");
    case QMessageBox::SaveAll:
        return tr("Save All");
    case QMessageBox::Open:
        return tr("Open");
    case QMessageBox::Yes:
        return tr("Yes");
    case QMessageBox::YesToAll:
        return tr("Yes to All");
    case QMessageBox::No:
        return tr("No");
    case QMessageBox::NoToAll:
        return tr("No to All");
    case QMessageBox::Abort:
        return tr("Abort");
    case QMessageBox::Retry:
        return tr("Retry");
    case QMessageBox::Ignore:
        return tr("Ignore");
    case QMessageBox::Close:
        return tr("Close");
    case QMessageBox::Cancel:
        return tr("Cancel");
    case QMessageBox::Discard:
        return tr("Discard");
    case QMessageBox::Help:
        return tr("Help");
    case QMessageBox::Apply:
        return tr("Apply");
    case QMessageBox::Reset:
        return tr("Reset");
    case QMessageBox::RestoreDefaults:
        return tr("Restore Defaults");
    default:
        break;
    }
    return {};
}

} // namespace Tierline
