// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace Tierline {

/**
 * One open Tierline database on its own named Qt Sql connection. Opening creates the
 * schema in an empty file or upgrades an older one (`PRAGMA user_version`), and refuses a
 * file that is not a Tierline database or comes from a newer Tierline, leaving it untouched.
 *
 * Every connection runs with foreign keys on and WAL. Statements take bound values only.
 * One Database per thread, as Qt Sql requires.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::Database)

public:
    enum class Engine { Sqlite };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (and creates if missing) an SQLite database file. The folder must exist and be
     * writable; the special path ":memory:" gives a private in-memory database.
     */
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);

    /** The default database file in the user's data folder, creating that folder. */
    static QString defaultSqlitePath();

    Engine engine() const { return m_engine; }
    QString location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /** Prepares sql, binds values positionally to its `?` marks, and runs it. */
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    /** Runs a query that yields one row of one column; nothing if it yields no row. */
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    /** Wraps a failed query's error for the user. */
    static Error errorFrom(const QSqlQuery &query);

private:
    friend class WriteTransaction;

    Database(QString connectionName, QString location, Engine engine);
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_location;
    Engine m_engine;
    mutable int m_transactionDepth = 0; ///< open WriteTransactions; inner ones are savepoints
};

} // namespace Tierline
