// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `tierline-cli backup --out FILE`: a consistent copy of an SQLite database (X11).
#include "cliapplication.h"
#include "storage/connectionurl.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace Tierline {

int CliApplication::backup(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Backup file."), tr("FILE"));
    parser.addOption(out);
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("backup"), args, code))
        return code;
    if (!parser.isSet(out) || parser.positionalArguments().size() != 1)
        return usageError(tr("backup needs --out FILE."));
    // Backing up must not create an empty database where there was none.
    if (!PostgreSqlUrl::looksLikeUrl(m_dbPath) && m_dbPath != QLatin1String(":memory:")
        && !QFileInfo::exists(m_dbPath)) {
        return fail(Error::badInput(tr("There is no database at %1.").arg(m_dbPath)));
    }
    // Only the storage is opened: a backup applies no billing events.
    auto opened = Database::open(m_dbPath);
    if (!opened)
        return fail(opened.error());
    const QString file = QFileInfo(parser.value(out)).absoluteFilePath();
    if (const Status saved = (*opened)->backup(file); !saved)
        return fail(saved.error());
    return print(QJsonObject {{QStringLiteral("backup"), file},
                              {QStringLiteral("bytes"), QFileInfo(file).size()}},
                 tr("Saved a copy of %1 to %2.\n")
                     .arg(QDir::toNativeSeparators(m_dbPath), QDir::toNativeSeparators(file)));
}

} // namespace Tierline
