// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"
#include "i18n/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tierline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERLINE_VERSION));
    Tierline::Language::apply({});

    QTextStream out(stdout);
    QTextStream err(stderr);
    Tierline::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
