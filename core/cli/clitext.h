// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/** Text layout of the CLI's output for people, shared by the command files. */
namespace Tierline::CliText {

/** A labelled value of a record printed for people. */
using Field = std::pair<QString, QString>;

/** Lays out "label  value" lines with the values aligned, whatever the labels' language. */
QString fields(const QList<Field> &rows);
/** Lays out rows as aligned columns for the terminal. */
QString table(const QStringList &header, const QList<QStringList> &rows);

} // namespace Tierline::CliText
