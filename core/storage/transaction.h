// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

namespace Tierline {

class Database;

/**
 * A write transaction that takes the write lock up front (`BEGIN IMMEDIATE` on SQLite; on
 * PostgreSQL `BEGIN` and a transaction-scoped advisory lock that every writer takes), so a
 * read-then-write never loses a race half-way. It rolls back on destruction unless
 * commit() succeeded. Opened inside another one it becomes a savepoint, so a service's
 * transaction can be part of a larger all-or-nothing operation such as demo generation.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /** Whether BEGIN succeeded; if not, error() says why and nothing may be written. */
    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    const Database &m_database;
    bool m_open = false;
    int m_depth = 0; ///< 0 for the outermost transaction
    Error m_error;
};

} // namespace Tierline
