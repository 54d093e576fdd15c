// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

/** Helpers of the GUI tests: finding named widgets and saving screenshots. */
namespace Tierline::Testing {

/** The child called name; a missing one ends the test run, naming it. */
template<typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

/** Saves a picture as folder/NAME_LANG.png, the UI language in the file name (billing_sv.png). */
inline bool shoot(QWidget *widget, const QString &folder, const char *name)
{
    QCoreApplication::processEvents();
    const QString language = qEnvironmentVariable("TIERLINE_LANG", QStringLiteral("en"));
    QString file = QLatin1String(name);
    file.replace(QStringLiteral(".png"), QLatin1Char('_') + language + QStringLiteral(".png"));
    return widget->grab().save(QDir(folder).filePath(file));
}

} // namespace Tierline::Testing
