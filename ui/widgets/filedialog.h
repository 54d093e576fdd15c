// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFileDialog>

namespace Tierline {

/**
 * Every file dialog Tierline shows goes through here, so that tests can pre-answer it
 * (KeePassXC's gui/FileDialog). The dialog's own labels and buttons get Tierline's
 * translations, because Debian ships no Swedish or Indonesian qtbase catalog.
 */
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::FileDialog)

public:
    /** Returns the chosen file, or an empty string when the user cancelled. */
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &directory = {}, const QString &filter = {},
                                   QString *selectedFilter = nullptr);
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory = {}, const QString &filter = {},
                                   QString *selectedFilter = nullptr);

    /**
     * The next file dialog returns fileName at once instead of showing itself; one answer
     * each, used up by the next dialog. An empty fileName answers as a cancel would.
     */
    static void setNextFileName(const QString &fileName);
    static void clearNextFileName();

private:
    static QString run(QFileDialog::AcceptMode mode, QWidget *parent, const QString &caption,
                       const QString &directory, const QString &filter, QString *selectedFilter);
};

} // namespace Tierline
