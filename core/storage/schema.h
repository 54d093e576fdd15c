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

} // namespace Tierline::Schema
