// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressdialog.h"

#include "messagebox.h"

#include <QApplication>
#include <QProgressDialog>

namespace Tierline::Progress {

QProgressDialog *dialog(QWidget *parent, const QString &label, const char *objectName)
{
    auto *dialog = new QProgressDialog(parent);
    dialog->setObjectName(QLatin1String(objectName));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setLabelText(label);
    dialog->setCancelButtonText(MessageBox::buttonText(QMessageBox::Cancel));
    dialog->setRange(0, 1000);
    dialog->setValue(0);
    return dialog;
}

bool advance(QProgressDialog *dialog, qint64 done, qint64 total)
{
    dialog->setValue(total > 0 ? int(std::min<qint64>(done * 1000 / total, 1000)) : 1000);
    QApplication::processEvents();
    return !dialog->wasCanceled();
}

} // namespace Tierline::Progress
