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
 * One open Tierline database on its own named Qt Sql connection: an SQLite file, or a
 * PostgreSQL database (QPSQL). Opening creates the schema in an empty database or upgrades
 * an older one (`PRAGMA user_version` on SQLite, the `tierline_schema` table on PostgreSQL),
 * and refuses a database that is not Tierline's or comes from a newer Tierline, leaving it
 * untouched. Before an SQLite file is upgraded, a copy of it is saved next to it.
 *
 * SQLite connections run with foreign keys on and WAL. Statements take bound values only.
 * One Database per thread, as Qt Sql requires.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::Database)

public:
    enum class Engine { Sqlite, PostgreSql };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (and creates if missing) an SQLite database file. The folder must exist and be
     * writable; the special path ":memory:" gives a private in-memory database.
     */
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    /**
     * Whether openSqlite() could open or create path, without opening it: the folder exists
     * (and is writable where needed), an existing file is a readable, writable SQLite file.
     * The refusal is the message openSqlite() would give.
     */
    static Status checkSqliteLocation(const QString &path);

    /**
     * Opens a PostgreSQL database named by a `postgresql://user@host:port/dbname` URL (see
     * PostgreSqlUrl). The password comes only from libpq: `~/.pgpass`, `PGPASSWORD` or a
     * service file.
     */
    static Result<std::unique_ptr<Database>> openPostgreSql(const QString &url);

    /** Opens what `--db` names: a `postgresql://` URL, or else an SQLite file path. */
    static Result<std::unique_ptr<Database>> open(const QString &location);

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

    /**
     * A shared setting of the meta table (one value for every user and the CLI, such as the
     * reporting currency); an invalid QVariant when the key is not set.
     */
    Result<QVariant> meta(const QString &key) const;
    /** Sets a shared setting of the meta table, in a write transaction (or the caller's). */
    Status setMeta(const QString &key, const QString &value) const;

    /** Wraps a failed query's error for the user. */
    static Error errorFrom(const QSqlQuery &query);

    /**
     * Writes a consistent copy of an SQLite database to a new file (`VACUUM INTO`), even
     * while others use it. Refuses an existing file. PostgreSQL databases are backed up
     * with pg_dump instead; this says so.
     */
    Status backup(const QString &file) const;
    /**
     * The file an SQLite database is copied to before its schema is upgraded from version:
     * `tierline.schema7-backup.sqlite` beside `tierline.sqlite` (numbered if taken).
     */
    static QString upgradeBackupPath(const QString &path, int version);

private:
    friend class WriteTransaction;

    Database(QString connectionName, QString location, Engine engine);
    Status configure();
    Status configurePostgreSql();
    Status migrate();
    /** The stored schema version and application id, and whether the database is empty. */
    struct Stamp
    {
        int version = 0;
        qint64 applicationId = 0;
        bool empty = true;
    };
    Result<Stamp> readStamp() const;
    Status writeStamp(int version) const;
    /** Opening a transaction's write lock: BEGIN IMMEDIATE, or BEGIN plus an advisory lock. */
    Status beginWrite() const;

    QString m_connectionName;
    QString m_location;
    Engine m_engine;
    mutable int m_transactionDepth = 0; ///< open WriteTransactions; inner ones are savepoints
};

} // namespace Tierline
