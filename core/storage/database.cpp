// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "connectionurl.h"
#include "schema.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
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

bool isBusyError(const QSqlError &error, bool postgreSql)
{
    if (postgreSql) {
        // lock_not_available (lock_timeout ran out), serialization_failure, deadlock_detected.
        const QString state = error.nativeErrorCode();
        return state == QLatin1String("55P03") || state == QLatin1String("40001")
            || state == QLatin1String("40P01");
    }
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

bool isConnectionLost(const QSqlError &error)
{
    // PostgreSQL's class 08: connection exceptions.
    return error.type() == QSqlError::ConnectionError
        || error.nativeErrorCode().startsWith(QLatin1String("08"));
}

/** The transaction-scoped advisory lock every PostgreSQL writer takes: one per schema. */
const char *const postgreSqlWriteLock =
    "SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))";

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

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    if (PostgreSqlUrl::looksLikeUrl(location))
        return openPostgreSql(location);
    return openSqlite(location);
}

Result<std::unique_ptr<Database>> Database::openPostgreSql(const QString &url)
{
    auto parsed = PostgreSqlUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error::storage(tr("Cannot open %1: the PostgreSQL driver of Qt is not installed "
                                 "(Debian package libqt6sql6-psql).")
                                  .arg(url));
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, url, Engine::PostgreSql));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setUserName(parsed->user);
        db.setDatabaseName(parsed->database);
        QStringList options = parsed->options;
        if (!options.filter(QRegularExpression(QStringLiteral("^connect_timeout="))).size())
            options.append(QStringLiteral("connect_timeout=10"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        // NUMERIC (SUM of BIGINT) as exact text, never through a double.
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!db.open()) {
            return Error::storage(
                tr("Cannot connect to %1: %2").arg(url, db.lastError().databaseText().trimmed()));
        }
    }
    Status ready = database->configurePostgreSql();
    if (ready)
        ready = database->migrate();
    if (!ready) {
        Error error = ready.error();
        if (!error.message.contains(url))
            error.message = tr("Cannot open %1: %2").arg(url, error.message);
        return error;
    }
    return database;
}

Status Database::checkSqliteLocation(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return Done {};
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
        // WAL keeps two files beside the database (-wal, -shm): the folder must take them.
        if (!folder.isWritable())
            return Error::badInput(tr("Cannot open %1: the folder %2 is not writable, and "
                                      "Tierline keeps its journal files beside the database.")
                                       .arg(path, QDir::toNativeSeparators(folder.filePath())));
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
    return Done {};
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    if (const Status usable = checkSqliteLocation(path); !usable)
        return usable.error();

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
    const bool postgreSql = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (isBusyError(error, postgreSql))
        return Error::conflict(tr("The database is busy: another program is writing to it. "
                                  "Try again in a moment."));
    if (postgreSql && isConnectionLost(error))
        return Error::storage(
            tr("The connection to the database server was lost: %1").arg(error.text()));
    if (!postgreSql && isDamagedError(error))
        return Error::badInput(tr("The database file is damaged (%1). Restore it from a backup.")
                                   .arg(error.databaseText()));
    return Error::storage(tr("The database reported an error: %1").arg(error.text()));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    if (values.isEmpty() && m_engine == Engine::PostgreSql) {
        // PostgreSQL prepares only plain DML; statements without values run as they are.
        if (!query.exec(sql))
            return errorFrom(query);
        return query;
    }
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

Result<QVariant> Database::meta(const QString &key) const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
}

Status Database::setMeta(const QString &key, const QString &value) const
{
    WriteTransaction transaction(*this);
    if (!transaction.isOpen())
        return transaction.error();
    const auto stored =
        run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {key, value});
    if (!stored)
        return stored.error();
    return transaction.commit();
}

int Database::schemaVersion() const
{
    const auto stamp = readStamp();
    return stamp ? stamp->version : -1;
}

Result<Database::Stamp> Database::readStamp() const
{
    Stamp stamp;
    if (m_engine == Engine::Sqlite) {
        const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
        const auto version = scalar(QStringLiteral("PRAGMA user_version"));
        const auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!appId || !version || !tables)
            return !appId ? appId.error() : !version ? version.error() : tables.error();
        stamp.version = version->toInt();
        stamp.applicationId = appId->toLongLong();
        stamp.empty = tables->toInt() == 0 && stamp.version == 0;
        return stamp;
    }
    const auto tables = scalar(QStringLiteral(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    const auto stamped =
        scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = current_schema() AND table_name = ?"),
               {QStringLiteral("tierline_schema")});
    if (!tables || !stamped)
        return !tables ? tables.error() : stamped.error();
    stamp.empty = tables->toInt() == 0;
    if (stamped->toInt() > 0) {
        auto row = run(QStringLiteral("SELECT version, application_id FROM tierline_schema"));
        if (!row)
            return row.error();
        if (row->next()) {
            stamp.version = row->value(0).toInt();
            stamp.applicationId = row->value(1).toLongLong();
        }
    }
    return stamp;
}

Status Database::writeStamp(int version) const
{
    QStringList statements;
    if (m_engine == Engine::Sqlite) {
        // PRAGMA takes no bound values; both numbers are compile-time constants.
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version)
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId);
    } else {
        statements << QStringLiteral("CREATE TABLE IF NOT EXISTS tierline_schema ("
                                     "application_id BIGINT NOT NULL, version INTEGER NOT NULL)")
                   << QStringLiteral("DELETE FROM tierline_schema")
                   << QStringLiteral("INSERT INTO tierline_schema (application_id, version) "
                                     "VALUES (%1, %2)")
                          .arg(Schema::applicationId)
                          .arg(version);
    }
    for (const QString &statement : statements) {
        if (const auto done = run(statement); !done)
            return done.error();
    }
    return Done {};
}

Status Database::beginWrite() const
{
    if (m_engine == Engine::Sqlite) {
        const auto begun = run(QStringLiteral("BEGIN IMMEDIATE"));
        return begun ? Status(Done {}) : Status(begun.error());
    }
    // BEGIN IMMEDIATE's counterpart: writers to this schema queue on one advisory lock, taken
    // before anything is read, so a read-then-write never works on data another writer is
    // changing. Readers are not blocked; the lock goes with COMMIT or ROLLBACK.
    if (const auto begun = run(QStringLiteral("BEGIN")); !begun)
        return begun.error();
    const auto locked = run(QLatin1String(postgreSqlWriteLock), {qint64(Schema::applicationId)});
    if (!locked) {
        run(QStringLiteral("ROLLBACK"));
        return locked.error();
    }
    return Done {};
}

Status Database::configurePostgreSql()
{
    // Like SQLite's busy timeout: a writer waits at most 5 s for another one.
    for (const char *setting : {"SET lock_timeout = '5s'", "SET client_min_messages = warning"}) {
        if (const auto done = run(QLatin1String(setting)); !done)
            return done.error();
    }
    // Tierline's reads are many small correlated lookups whose estimated cost can pass the
    // JIT threshold: compiling them took longer than running them (0.7 s of a 1.1 s smart-list
    // export). PostgreSQL before 11 has no JIT and no such setting.
    const auto jit = scalar(QStringLiteral("SELECT current_setting('jit', true)"));
    if (!jit)
        return jit.error();
    if (!jit->isNull()) {
        if (const auto done = run(QStringLiteral("SET jit = off")); !done)
            return done.error();
    }
    const auto schema = scalar(QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    if (schema->isNull())
        return Error::badInput(tr("%1 has no schema to work in: the search_path names no "
                                  "existing schema.")
                                   .arg(m_location));
    return Done {};
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
    const auto stamp = readStamp();
    if (!stamp)
        return stamp.error();
    const int version = stamp->version;

    if (!stamp->empty && stamp->applicationId != Schema::applicationId)
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

    const bool file = m_engine == Engine::Sqlite && m_location != QLatin1String(":memory:");
    if (file) {
        const auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (version > 0 && version < Schema::currentVersion()) {
            const QString copy = upgradeBackupPath(m_location, version);
            if (const Status saved = backup(copy); !saved) {
                return Error::storage(tr("%1 was not upgraded: its copy %2 could not be saved "
                                         "first. %3")
                                          .arg(m_location, copy, saved.error().message));
            }
        }
    }

    const Schema::Dialect dialect =
        m_engine == Engine::Sqlite ? Schema::Dialect::Sqlite : Schema::Dialect::PostgreSql;
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version <= version)
            continue;
        WriteTransaction transaction(*this);
        if (!transaction.isOpen())
            return transaction.error();
        // Another program may have upgraded the database while this one waited for the lock.
        const auto now = readStamp();
        if (!now)
            return now.error();
        if (now->version >= migration.version)
            continue;
        for (const QString &statement : Schema::statementsFor(migration, dialect)) {
            if (const auto done = run(statement); !done)
                return done.error();
        }
        if (const Status stamped = writeStamp(migration.version); !stamped)
            return stamped;
        if (const Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return Done {};
}

QString Database::upgradeBackupPath(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString stem = info.dir().filePath(info.completeBaseName())
        + QStringLiteral(".schema%1-backup").arg(version);
    QString candidate = stem + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + QStringLiteral("-%1").arg(n) + suffix;
    return candidate;
}

Status Database::backup(const QString &file) const
{
    if (m_engine == Engine::PostgreSql) {
        return Error::badInput(
            tr("A PostgreSQL database is backed up with pg_dump, for example: "
               "pg_dump --format=custom --file=tierline.dump DATABASE (restore with pg_restore)."));
    }
    if (m_location == QLatin1String(":memory:"))
        return Error::badInput(tr("An in-memory database cannot be backed up."));
    const QFileInfo target(file);
    if (target.exists())
        return Error::badInput(
            tr("%1 already exists; choose a new file for the backup.").arg(file));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return Error::badInput(tr("Cannot write %1: the folder %2 does not exist or is not "
                                  "writable.")
                                   .arg(file, QDir::toNativeSeparators(folder.filePath())));
    // VACUUM INTO writes a consistent, compact copy, WAL included, while others keep working.
    const auto done = run(QStringLiteral("VACUUM INTO ?"), {target.absoluteFilePath()});
    if (!done) {
        QFile::remove(target.absoluteFilePath());
        return done.error();
    }
    return Done {};
}

} // namespace Tierline
