// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Tierline::Schema {

/** `PRAGMA application_id` of a Tierline SQLite file ("TRLN"). */
constexpr int applicationId = 0x54524c4e;

/** One step of the schema: the statements that take version - 1 to version. */
struct Migration
{
    int version;
    QStringList statements;
};

/** Every migration, ascending; the last one's version is the current schema version. */
const QList<Migration> &migrations();
int currentVersion();

/** The SQL engines the schema is written for. */
enum class Dialect { Sqlite, PostgreSql };

/**
 * A migration's statements for an engine. Migrations are written in SQLite's dialect; for
 * PostgreSQL the types are mapped (`id INTEGER PRIMARY KEY` → an identity column, INTEGER →
 * BIGINT, since SQLite's integers are 64-bit) and the audit log's guard triggers become a
 * PL/pgSQL trigger function.
 */
QStringList statementsFor(const Migration &migration, Dialect dialect);

} // namespace Tierline::Schema
