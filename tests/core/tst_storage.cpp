// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Both storage engines: PostgreSQL addresses, the schema on PostgreSQL, backups (X11).
#include "billing/campaigns.h"
#include "billing/ledger.h"
#include "clirun.h"
#include "pgserver.h"
#include "storage/connectionurl.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>
#include <vector>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

/** The whole content of a file: unchanged content means an action left it alone. */
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Account sampleAccount(const QString &name)
{
    Account account;
    account.name = name;
    account.plan = QStringLiteral("pro");
    account.product = QStringLiteral("marketing");
    account.currency = QStringLiteral("SEK");
    account.createdOn = QDate(2026, 1, 5);
    return account;
}

/** Reads one value of an SQLite file with Qt Sql, outside Tierline's code. */
QVariant sqliteValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    return value;
}

#define REQUIRE_POSTGRESQL(server)                                                                 \
    QString whyNot_;                                                                               \
    PostgreSqlServer *server = PostgreSqlServer::instance(&whyNot_);                               \
    if (!server && PostgreSqlServer::binFolder().isEmpty())                                        \
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL to test on: ") + whyNot_));                 \
    QVERIFY2(server, qPrintable(whyNot_))

/** The rows of a test that runs once on each engine. */
void onBothEngines(const char *sqlite = "SQLite", const char *postgreSql = "PostgreSQL")
{
    QTest::addColumn<bool>("postgreSql");
    QTest::newRow(sqlite) << false;
    QTest::newRow(postgreSql) << true;
}

/**
 * Declares location: sqliteLocation on the SQLite row of onBothEngines(), a new, empty
 * database of the throwaway server on the PostgreSQL row (skipped without PostgreSQL).
 */
#define LOCATION_ON_ENGINE(location, sqliteLocation)                                               \
    QFETCH(bool, postgreSql);                                                                      \
    QString location = sqliteLocation;                                                             \
    if (postgreSql) {                                                                              \
        REQUIRE_POSTGRESQL(server_);                                                               \
        location = server_->newDatabaseUrl();                                                      \
    }

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgreSqlAddresses_data();
    void postgreSqlAddresses();
    void badPostgreSqlAddresses_data();
    void badPostgreSqlAddresses();
    void filePathsAreNotAddresses();

    void backupIsAConsistentCopy();
    void backupNeverOverwrites();
    void cliBackup();
    void upgradeKeepsACopyOfTheOldFile();
    void readOnlyPlacesAreRefusedUntouched_data();
    void readOnlyPlacesAreRefusedUntouched();

    void programsCreateTheSchemaAtOnce_data();
    void programsCreateTheSchemaAtOnce();
    void largeSumsStayExact_data();
    void largeSumsStayExact();
    void statementsForPostgreSql();
    void postgreSqlSchemaFromEmpty();
    void postgreSqlRefusesForeignDataUntouched();
    void postgreSqlRefusesNewerSchemaUntouched();
    void auditLogCannotBeRewritten_data();
    void auditLogCannotBeRewritten();
    void postgreSqlConnectionsRunWithoutJit();
    void postgreSqlUnreachableServer();
    void postgreSqlBackupIsPgDump();

private:
    QTemporaryDir m_folder;
};

void TestStorage::postgreSqlAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("user, host, port and database")
        << QStringLiteral("postgresql://anna@db.example.com:5433/tierline")
        << QStringLiteral("db.example.com") << 5433 << QStringLiteral("anna")
        << QStringLiteral("tierline") << QStringList();
    QTest::newRow("default socket, default user")
        << QStringLiteral("postgresql:///books") << QString() << -1 << QString()
        << QStringLiteral("books") << QStringList();
    QTest::newRow("socket folder as host")
        << QStringLiteral("postgresql://anna@/books?host=/run/postgresql")
        << QStringLiteral("/run/postgresql") << -1 << QStringLiteral("anna")
        << QStringLiteral("books") << QStringList();
    QTest::newRow("postgres scheme and libpq options")
        << QStringLiteral("postgres://rita@h/d?sslmode=require&connect_timeout=5")
        << QStringLiteral("h") << -1 << QStringLiteral("rita") << QStringLiteral("d")
        << QStringList {QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=5")};
    QTest::newRow("service file entry")
        << QStringLiteral("postgresql://?service=tierline") << QString() << -1 << QString()
        << QString() << QStringList {QStringLiteral("service=tierline")};
}

void TestStorage::postgreSqlAddresses()
{
    QFETCH(QString, url);
    const auto parsed = PostgreSqlUrl::parse(url);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QVERIFY(PostgreSqlUrl::looksLikeUrl(url));
    QTEST(parsed->host, "host");
    QTEST(parsed->port, "port");
    QTEST(parsed->user, "user");
    QTEST(parsed->database, "database");
    QTEST(parsed->options, "options");
}

void TestStorage::badPostgreSqlAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password in the address")
        << QStringLiteral("postgresql://anna:s3cret@db/tierline")
        << QStringLiteral("must not contain a password");
    QTest::newRow("password as an option")
        << QStringLiteral("postgresql://anna@db/tierline?password=s3cret")
        << QStringLiteral("must not contain a password");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://db/tierline?colour=blue")
                                    << QStringLiteral("unknown option “colour”");
    QTest::newRow("port that is not a number")
        << QStringLiteral("postgresql://db/tierline?port=abc") << QStringLiteral("not a port");
    QTest::newRow("option with a space")
        << QStringLiteral("postgresql://db/tierline?application_name=a%20b")
        << QStringLiteral("cannot contain spaces");
}

void TestStorage::badPostgreSqlAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto parsed = PostgreSqlUrl::parse(url);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::BadInput);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QStringLiteral("s3cret")));
    // The same refusal when opening, before any connection is tried.
    const auto opened = Database::open(url);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error().message.contains(QStringLiteral("s3cret")));
}

void TestStorage::filePathsAreNotAddresses()
{
    QVERIFY(!PostgreSqlUrl::looksLikeUrl(QStringLiteral("/home/anna/tierline.sqlite")));
    QVERIFY(!PostgreSqlUrl::looksLikeUrl(QStringLiteral("postgresql.sqlite")));
    QVERIFY(!PostgreSqlUrl::looksLikeUrl(QStringLiteral(":memory:")));
}

void TestStorage::backupIsAConsistentCopy()
{
    const QString path = m_folder.filePath(QStringLiteral("live.sqlite"));
    const QString copy = m_folder.filePath(QStringLiteral("live-copy.sqlite"));
    const auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    QVERIFY(AccountStore(**db).create(sampleAccount(QStringLiteral("Solvik Media"))).ok());
    // Taken while the database is open and its last write may still be in the WAL.
    const Status saved = (*db)->backup(copy);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));

    const auto restored = Database::openSqlite(copy);
    QVERIFY(restored.ok());
    QCOMPARE((*restored)->schemaVersion(), Schema::currentVersion());
    const auto accounts = AccountStore(**restored).loadAll();
    QVERIFY(accounts.ok());
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->at(0).name, QStringLiteral("Solvik Media"));
}

void TestStorage::backupNeverOverwrites()
{
    const auto db = Database::openSqlite(m_folder.filePath(QStringLiteral("keep.sqlite")));
    QVERIFY(db.ok());
    const QString existing = m_folder.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("do not overwrite me\n");
    }
    const QByteArray before = contentOf(existing);
    const Status refused = (*db)->backup(existing);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("already exists")),
             qPrintable(refused.error().message));
    QCOMPARE(contentOf(existing), before);

    const QString nowhere = m_folder.filePath(QStringLiteral("no/such/folder/copy.sqlite"));
    const Status noFolder = (*db)->backup(nowhere);
    QVERIFY(!noFolder.ok());
    QVERIFY(noFolder.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(nowhere));
}

void TestStorage::cliBackup()
{
    const QString path = m_folder.filePath(QStringLiteral("cli.sqlite"));
    const QString copy = m_folder.filePath(QStringLiteral("cli-backup.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--today"),
                     QStringLiteral("2026-03-10"), QStringLiteral("demo"),
                     QStringLiteral("--accounts"), QStringLiteral("3")})
                 .exitCode,
             0);
    const CliRun saved = runCli({QStringLiteral("--db"), path, QStringLiteral("--json"),
                                 QStringLiteral("backup"), QStringLiteral("--out"), copy});
    QCOMPARE(saved.exitCode, 0);
    QCOMPARE(saved.json().value(QStringLiteral("backup")).toString(), copy);
    QVERIFY(saved.json().value(QStringLiteral("bytes")).toInteger() > 0);
    QCOMPARE(sqliteValue(copy, QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 3);

    const CliRun again = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--out"), copy});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));

    // No database there: nothing is created, neither the database nor the copy.
    const QString missing = m_folder.filePath(QStringLiteral("missing.sqlite"));
    const QString missingCopy = m_folder.filePath(QStringLiteral("missing-copy.sqlite"));
    const CliRun none = runCli({QStringLiteral("--db"), missing, QStringLiteral("backup"),
                                QStringLiteral("--out"), missingCopy});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(missingCopy));

    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("backup")}).exitCode, 1);
}

void TestStorage::upgradeKeepsACopyOfTheOldFile()
{
    // A file as the first release wrote it: version 1 of the schema, with an account.
    const QString path = m_folder.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QStringList statements = Schema::migrations().constFirst().statements;
        statements << QStringLiteral("PRAGMA user_version = 1")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("INSERT INTO accounts (name, plan, product, currency, "
                                     "billing_interval, seats, created_on) VALUES ('Merapi "
                                     "Design', 'pro', 'marketing', 'IDR', 'monthly', 2, "
                                     "'2025-04-01')");
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    const QString copy = m_folder.filePath(QStringLiteral("old.schema1-backup.sqlite"));
    QCOMPARE(Database::upgradeBackupPath(path, 1), copy);
    {
        const auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    }
    QVERIFY(QFile::exists(copy));
    QCOMPARE(sqliteValue(copy, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(sqliteValue(copy, QStringLiteral("SELECT name FROM accounts")).toString(),
             QStringLiteral("Merapi Design"));
    // A second copy of the same version never replaces the first.
    QCOMPARE(Database::upgradeBackupPath(path, 1),
             m_folder.filePath(QStringLiteral("old.schema1-backup-2.sqlite")));
    // Reopening an up-to-date file makes no copy.
    const auto reopened = Database::openSqlite(path);
    QVERIFY(reopened.ok());
    QVERIFY(!QFile::exists(m_folder.filePath(QStringLiteral("old.schema1-backup-2.sqlite"))));
}

void TestStorage::readOnlyPlacesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("fileWritable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("read-only file")
        << QStringLiteral("book.sqlite") << false << QStringLiteral("the file is read-only");
    QTest::newRow("writable file in a read-only folder")
        << QStringLiteral("book.sqlite") << true << QStringLiteral("is not writable");
    QTest::newRow("new file in a read-only folder")
        << QStringLiteral("new.sqlite") << true << QStringLiteral("is not writable");
}

void TestStorage::readOnlyPlacesAreRefusedUntouched()
{
    QFETCH(QString, file);
    QFETCH(bool, fileWritable);
    QFETCH(QString, expected);
    const QString cli = qEnvironmentVariable("TIERLINE_CLI");
    if (cli.isEmpty())
        QSKIP("TIERLINE_CLI is set by CTest");
    // Root ignores file permissions: the CLI then runs as nobody, as a user would.
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv to drop to an ordinary user");

    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    QVERIFY(QFile::setPermissions(outer.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QDir(outer.path()).mkdir(QStringLiteral("locked")));
    const QString folder = outer.filePath(QStringLiteral("locked"));
    const QString book = QDir(folder).filePath(QStringLiteral("book.sqlite"));
    QVERIFY(runCli({QStringLiteral("--db"), book, QStringLiteral("--today"),
                    QStringLiteral("2026-03-10"), QStringLiteral("demo"),
                    QStringLiteral("--accounts"), QStringLiteral("2")})
                .exitCode
            == 0);
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(
        book, fileWritable ? readable | QFile::WriteOwner | QFile::WriteOther : readable));
    QVERIFY(QFile::setPermissions(folder, readable | QFile::ExeOwner | QFile::ExeOther));
    const auto restore = qScopeGuard(
        [&] { QFile::setPermissions(folder, readable | QFile::WriteOwner | QFile::ExeOwner); });
    const QString path = QDir(folder).filePath(file);
    const QByteArray before = contentOf(book);
    const QStringList listing = QDir(folder).entryList(QDir::Files);

    QProcess process;
    QStringList arguments {QStringLiteral("--db"), path, QStringLiteral("--json"),
                           QStringLiteral("accounts")};
    if (root) {
        arguments = QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), QStringLiteral("--"), cli}
            + arguments;
        process.start(QStringLiteral("setpriv"), arguments);
    } else {
        process.start(cli, arguments);
    }
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY(err.contains(path));
    QCOMPARE(contentOf(book), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), listing);
}

void TestStorage::programsCreateTheSchemaAtOnce_data()
{
    onBothEngines();
}

void TestStorage::programsCreateTheSchemaAtOnce()
{
    const QString cli = qEnvironmentVariable("TIERLINE_CLI");
    if (cli.isEmpty())
        QSKIP("TIERLINE_CLI is set by CTest");
    LOCATION_ON_ENGINE(location, m_folder.filePath(QStringLiteral("race.sqlite")));
    // Four programs open the same empty database at once: each migration runs exactly once.
    std::vector<std::unique_ptr<QProcess>> programs;
    for (int i = 0; i < 4; ++i) {
        programs.push_back(std::make_unique<QProcess>());
        programs.back()->start(
            cli,
            {QStringLiteral("--db"), location, QStringLiteral("--json"), QStringLiteral("users")});
    }
    for (const auto &program : programs) {
        QVERIFY(program->waitForFinished(120000));
        QVERIFY2(program->exitCode() == 0, program->readAllStandardError().constData());
    }
    const auto db = Database::open(location);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
}

void TestStorage::largeSumsStayExact_data()
{
    onBothEngines();
}

void TestStorage::largeSumsStayExact()
{
    // X1: PostgreSQL's SUM of BIGINT is NUMERIC; it must never pass through a double.
    LOCATION_ON_ENGINE(location, QStringLiteral(":memory:"));
    const auto db = Database::open(location);
    QVERIFY(db.ok());
    const auto account = AccountStore(**db).create(sampleAccount(QStringLiteral("Big Books")));
    QVERIFY(account.ok());
    const qint64 huge = (qint64(1) << 53) + 1; // not representable as a double
    for (const auto &[amount, key] :
         {std::pair {huge, "a"}, std::pair {huge, "b"}, std::pair {qint64(1), "c"}}) {
        LedgerEntry entry;
        entry.accountId = *account;
        entry.date = QDate(2026, 3, 10);
        entry.amount = amount;
        entry.currency = QStringLiteral("SEK");
        entry.eventKey = QLatin1String(key);
        QVERIFY(Ledger(**db).append(entry).ok());
    }
    const auto balance = Ledger(**db).balance(*account);
    QVERIFY(balance.ok());
    QCOMPARE(*balance, 2 * huge + 1);
}

void TestStorage::statementsForPostgreSql()
{
    const Schema::Migration migration {
        99,
        {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL, "
                        "parent_id INTEGER PRIMARY KEY)"),
         QStringLiteral("CREATE TRIGGER t_no_delete BEFORE DELETE ON t\n"
                        "    BEGIN SELECT RAISE(ABORT, 't is append-only'); END")}};
    QCOMPARE(Schema::statementsFor(migration, Schema::Dialect::Sqlite), migration.statements);
    const QStringList pg = Schema::statementsFor(migration, Schema::Dialect::PostgreSql);
    QCOMPARE(pg.size(), 3);
    QCOMPARE(pg.at(0),
             QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                            "KEY, n BIGINT NOT NULL, parent_id BIGINT PRIMARY KEY)"));
    QVERIFY(
        pg.at(1).startsWith(QLatin1String("CREATE OR REPLACE FUNCTION tierline_refuse_change")));
    QCOMPARE(pg.at(2),
             QStringLiteral("CREATE TRIGGER t_no_delete BEFORE DELETE ON t FOR EACH ROW "
                            "EXECUTE FUNCTION tierline_refuse_change('t is append-only')"));
}

void TestStorage::postgreSqlSchemaFromEmpty()
{
    REQUIRE_POSTGRESQL(server);
    QString schema;
    const QString url = server->newDatabaseUrl(&schema);
    const auto db = Database::open(url);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->engine(), Database::Engine::PostgreSql);
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    for (const char *table : {"users", "accounts", "campaigns", "ledger", "contacts", "audit_log",
                              "meta", "change_requests", "account_addons"}) {
        const QVariant found = server->adminScalar(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                           "table_schema = '%1' AND table_name = '%2'")
                .arg(schema, QLatin1String(table)));
        QVERIFY2(found.toInt() == 1, table);
    }
    // Ids come from identity columns, read back with RETURNING.
    const auto first = AccountStore(**db).create(sampleAccount(QStringLiteral("Solvik Media")));
    const auto second = AccountStore(**db).create(sampleAccount(QStringLiteral("Merapi Design")));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*second > *first);
    QCOMPARE(AccountStore(**db).load(*second)->name, QStringLiteral("Merapi Design"));

    // Reopening migrates nothing and keeps the data.
    const auto again = Database::open(url);
    QVERIFY(again.ok());
    QCOMPARE(AccountStore(**again).loadAll()->size(), 2);
}

void TestStorage::postgreSqlRefusesForeignDataUntouched()
{
    REQUIRE_POSTGRESQL(server);
    QString schema;
    const QString url = server->newDatabaseUrl(&schema);
    server->adminScalar(QStringLiteral("CREATE TABLE %1.notes (body TEXT)").arg(schema));
    server->adminScalar(QStringLiteral("INSERT INTO %1.notes VALUES ('keep me')").arg(schema));
    const auto db = Database::open(url);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("holds other data")),
             qPrintable(db.error().message));
    QCOMPARE(server
                 ->adminScalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                              "WHERE table_schema = '%1'")
                                   .arg(schema))
                 .toInt(),
             1);
    QCOMPARE(
        server->adminScalar(QStringLiteral("SELECT body FROM %1.notes").arg(schema)).toString(),
        QStringLiteral("keep me"));
}

void TestStorage::postgreSqlConnectionsRunWithoutJit()
{
    // Tierline's correlated smart-list lookups pass the JIT threshold; compiling them cost
    // more than running them (bench_engines).
    REQUIRE_POSTGRESQL(server);
    const auto db = Database::open(server->newDatabaseUrl());
    QVERIFY(db.ok());
    const auto jit = (*db)->scalar(QStringLiteral("SHOW jit"));
    QVERIFY(jit.ok());
    QCOMPARE(jit->toString(), QStringLiteral("off"));
}

void TestStorage::postgreSqlRefusesNewerSchemaUntouched()
{
    REQUIRE_POSTGRESQL(server);
    QString schema;
    const QString url = server->newDatabaseUrl(&schema);
    QVERIFY(Database::open(url).ok());
    server->adminScalar(QStringLiteral("UPDATE %1.tierline_schema SET version = 99").arg(schema));
    const auto db = Database::open(url);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("newer Tierline")),
             qPrintable(db.error().message));
    QCOMPARE(
        server->adminScalar(QStringLiteral("SELECT version FROM %1.tierline_schema").arg(schema))
            .toInt(),
        99);
}

void TestStorage::auditLogCannotBeRewritten_data()
{
    onBothEngines("SQLite trigger", "PostgreSQL trigger function");
}

void TestStorage::auditLogCannotBeRewritten()
{
    LOCATION_ON_ENGINE(location, QStringLiteral(":memory:"));
    const auto db = Database::open(location);
    QVERIFY(db.ok());
    QVERIFY(
        (*db)
            ->run(QStringLiteral("INSERT INTO audit_log (at, action, details) VALUES (?, ?, ?)"),
                  {QStringLiteral("2026-01-01T10:00:00"), QStringLiteral("trial.start"),
                   QStringLiteral("{}")})
            .ok());
    const auto update = (*db)->run(QStringLiteral("UPDATE audit_log SET action = 'forged'"));
    QVERIFY(!update.ok());
    QVERIFY2(update.error().message.contains(QStringLiteral("audit log cannot be changed")),
             qPrintable(update.error().message));
    QVERIFY(!(*db)->run(QStringLiteral("DELETE FROM audit_log")).ok());
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT action FROM audit_log"))->toString(),
             QStringLiteral("trial.start"));
}

void TestStorage::postgreSqlUnreachableServer()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("the QPSQL driver is not installed");
    const QString nowhere = m_folder.filePath(QStringLiteral("no-server-here"));
    const QString url = QStringLiteral("postgresql://anna@/tierline?host=") + nowhere;
    const auto db = Database::open(url);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("Cannot connect to")),
             qPrintable(db.error().message));
    const CliRun cli = runCli({QStringLiteral("--db"), url, QStringLiteral("accounts")});
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(cli.err.contains(QStringLiteral("Cannot connect to")));
}

void TestStorage::postgreSqlBackupIsPgDump()
{
    REQUIRE_POSTGRESQL(server);
    const QString url = server->newDatabaseUrl();
    const QString copy = m_folder.filePath(QStringLiteral("pg-copy.sqlite"));
    const CliRun run = runCli(
        {QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("--out"), copy});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("pg_dump")), qPrintable(run.err));
    QVERIFY(!QFile::exists(copy));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
