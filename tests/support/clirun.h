// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cliapplication.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Tierline::Testing {

/** What one in-process run of tierline-cli printed and returned. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

/** Runs tierline-cli with arguments (without the program name) in this process. */
inline CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApplication cli(out, err);
    run.exitCode = cli.run(QStringList {QStringLiteral("tierline-cli")} + arguments);
    return run;
}

} // namespace Tierline::Testing
