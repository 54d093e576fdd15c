// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "schema.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace Tierline {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tierline-%1").arg(++counter);
}

/** SQLite's primary result code; extended codes (517 = SQLITE_BUSY_SNAPSHOT) keep it in the low
 * byte. */
int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

bool isBusyError(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6).
    const int code = primaryCode(error);
    return code == 5 || code == 6;
}

bool isDamagedError(const QSqlError &error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26).
    const int code = primaryCode(error);
    return code == 11 || code == 26;
}

} // namespace

Database::Database(QString connectionName, QString location, Engine engine)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_engine(engine)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("tierline.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo file(path);
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return Error::badInput(tr("Cannot open %1: the folder %2 does not exist.")
                                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
        if (file.exists()) {
            if (!file.isFile() || !file.isReadable())
                return Error::badInput(tr("Cannot open %1: it is not a readable file.").arg(path));
            if (!file.isWritable())
                return Error::badInput(tr("Cannot open %1: the file is read-only.").arg(path));
            QFile probe(path);
            if (probe.open(QIODevice::ReadOnly) && probe.size() > 0
                && !probe.read(16).startsWith("SQLite format 3")) {
                return Error::badInput(
                    tr("%1 is not a Tierline database: it is not an SQLite file.").arg(path));
            }
        } else if (!folder.isWritable()) {
            return Error::badInput(tr("Cannot create %1: the folder %2 is not writable.")
                                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, path, Engine::Sqlite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error::storage(tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    }
    Status ready = database->configure();
    if (ready)
        ready = database->migrate();
    if (!ready) {
        Error error = ready.error();
        if (!error.message.contains(path))
            error.message = tr("Cannot open %1: %2").arg(path, error.message);
        return error;
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorFrom(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (isBusyError(error))
        return Error::conflict(tr("The database is busy: another program is writing to it. "
                                  "Try again in a moment."));
    if (isDamagedError(error))
        return Error::badInput(tr("The database file is damaged (%1). Restore it from a backup.")
                                   .arg(error.databaseText()));
    return Error::storage(tr("The database reported an error: %1").arg(error.text()));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return errorFrom(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query);
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

int Database::schemaVersion() const
{
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

Status Database::configure()
{
    // Foreign keys must be switched on for every connection, outside any transaction.
    // A 64 MiB page cache (SQLite's default is 2 MiB) keeps whole-table reads such as the MRR
    // series and the contacts list out of the kernel's read path once they are warm.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -65536"}) {
        if (const auto done = run(QLatin1String(pragma)); !done)
            return done.error();
    }
    // Reading the header tells a damaged file apart before anything writes to it.
    const auto check = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!check) {
        return Error::badInput(tr("%1 is damaged or not a Tierline database: %2")
                                   .arg(m_location, check.error().message));
    }
    return Done {};
}

Status Database::migrate()
{
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    const auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !tables)
        return !appId ? appId.error() : tables.error();
    const int version = schemaVersion();
    const bool empty = tables->toInt() == 0 && version == 0;

    if (!empty && appId->toInt() != Schema::applicationId)
        return Error::badInput(
            tr("%1 is not a Tierline database: it holds other data.").arg(m_location));
    if (version > Schema::currentVersion()) {
        return Error::badInput(
            tr("%1 was written by a newer Tierline (schema version %2; this version knows up "
               "to %3). Update Tierline to open it.")
                .arg(m_location)
                .arg(version)
                .arg(Schema::currentVersion()));
    }

    if (m_location != QLatin1String(":memory:")) {
        const auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
    }

    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version <= version)
            continue;
        WriteTransaction transaction(*this);
        if (!transaction.isOpen())
            return transaction.error();
        for (const QString &statement : migration.statements) {
            if (const auto done = run(statement); !done)
                return done.error();
        }
        // PRAGMA takes no bound values; both numbers are compile-time constants.
        const QString stamp = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        const QString appStamp =
            QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId);
        for (const QString &pragma : {stamp, appStamp}) {
            if (const auto done = run(pragma); !done)
                return done.error();
        }
        if (const Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return Done {};
}

} // namespace Tierline
