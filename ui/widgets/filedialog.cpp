// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include <optional>

namespace Tierline {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> name;
    return name;
}

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

void FileDialog::clearNextFileName()
{
    nextFileName().reset();
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter,
                                    QString *selectedFilter)
{
    return run(QFileDialog::AcceptSave, parent, caption, directory, filter, selectedFilter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter,
                                    QString *selectedFilter)
{
    return run(QFileDialog::AcceptOpen, parent, caption, directory, filter, selectedFilter);
}

QString FileDialog::run(QFileDialog::AcceptMode mode, QWidget *parent, const QString &caption,
                        const QString &directory, const QString &filter, QString *selectedFilter)
{
    if (std::optional<QString> &answer = nextFileName(); answer) {
        const QString name = *answer;
        answer.reset();
        return name;
    }

    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile
                                                       : QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::LookIn, tr("Look in:"));
    dialog.setLabelText(QFileDialog::FileName, tr("File name:"));
    dialog.setLabelText(QFileDialog::FileType, tr("Files of type:"));
    dialog.setLabelText(QFileDialog::Accept,
                        mode == QFileDialog::AcceptSave ? tr("Save") : tr("Open"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace Tierline
