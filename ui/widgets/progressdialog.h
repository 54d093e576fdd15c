// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

/** Progress of long work (X9): import, bulk actions, export. */
namespace Tierline::Progress {

/** A modal progress dialog, shown at once, whose cancel button has Tierline's own translation. */
QProgressDialog *dialog(QWidget *parent, const QString &label, const char *objectName);

/** Moves the dialog to done of total and lets it paint; false once the user cancelled. */
bool advance(QProgressDialog *dialog, qint64 done, qint64 total);

} // namespace Tierline::Progress
