// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace Tierline::Testing {

/**
 * A throwaway PostgreSQL server for the tests of one process: `initdb` into a temporary
 * folder, `postgres` listening only on a Unix socket in that folder (no TCP), run as
 * `nobody` when the tests run as root. It stops when the process ends, and dies with it
 * if the process crashes (parent-death signal).
 *
 * Every caller of newDatabaseUrl() gets a fresh, empty schema of its own in one database,
 * so worlds never see each other's data and creating one costs a few milliseconds.
 */
class PostgreSqlServer
{
public:
    /**
     * The running server, started on first use; nullptr when it cannot run, with the
     * reason in whyNot (the PostgreSQL binaries are not installed, or they failed).
     */
    static PostgreSqlServer *instance(QString *whyNot = nullptr);

    /** The folder of PostgreSQL's programs (initdb, postgres, pg_dump …); empty if none. */
    static QString binFolder();

    ~PostgreSqlServer();

    /**
     * A `postgresql://` URL of a new, empty schema (its name in schema if given); qFatal()s
     * if it cannot be created.
     */
    QString newDatabaseUrl(QString *schema = nullptr);
    /** Runs one statement as the superuser, outside Tierline's code; its first value. */
    QVariant adminScalar(const QString &sql);
    QString socketFolder() const { return m_folder.path(); }

private:
    PostgreSqlServer() = default;
    bool start(QString *whyNot);
    /** Runs one of PostgreSQL's programs, as `nobody` when running as root. */
    bool runTool(const QString &tool, const QStringList &arguments, QString *output);
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_folder;
    QProcess m_postgres;
    QString m_log;
    int m_schemas = 0;
};

} // namespace Tierline::Testing
