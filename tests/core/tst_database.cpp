// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/campaigns.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** Writes a plain SQLite file with Qt Sql, outside Tierline's own code. */
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaIsCreatedFromEmpty();
    void reopeningKeepsDataAndVersion();
    void connectionsRunWithForeignKeysAndWal();
    void unusableFilesAreRefusedUntouched_data();
    void unusableFilesAreRefusedUntouched();
    void olderSchemaIsUpgradedKeepingData();
    void missingFolderIsRefused();
    void transactionRollsBackUnlessCommitted();
    void innerTransactionIsASavepoint();

private:
    QTemporaryDir m_folder;
};

void TestDatabase::schemaIsCreatedFromEmpty()
{
    const QString path = m_folder.filePath(QStringLiteral("new.sqlite"));
    const auto db = Database::openSqlite(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA application_id"))->toInt(),
             Schema::applicationId);
    for (const char *table :
         {"users", "accounts", "campaigns", "ledger", "contacts", "audit_log", "meta"}) {
        const auto found = (*db)->scalar(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {QString::fromLatin1(table)});
        QVERIFY2(found && found->toInt() == 1, table);
    }
}

void TestDatabase::reopeningKeepsDataAndVersion()
{
    const QString path = m_folder.filePath(QStringLiteral("reopen.sqlite"));
    {
        const auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        Account account;
        account.name = QStringLiteral("Solvik Media");
        account.plan = QStringLiteral("pro");
        account.product = QStringLiteral("marketing");
        account.currency = QStringLiteral("SEK");
        account.createdOn = QDate(2026, 1, 5);
        QVERIFY(AccountStore(**db).create(account).ok());
    }
    const auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    const auto accounts = AccountStore(**db).loadAll();
    QVERIFY(accounts.ok());
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->at(0).name, QStringLiteral("Solvik Media"));
    QCOMPARE(accounts->at(0).createdOn, QDate(2026, 1, 5));
    QCOMPARE(accounts->at(0).campaigns.status, CampaignsStatus::None);
}

void TestDatabase::connectionsRunWithForeignKeysAndWal()
{
    const auto db = Database::openSqlite(m_folder.filePath(QStringLiteral("pragmas.sqlite")));
    QVERIFY(db.ok());
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
             QStringLiteral("wal"));
    const auto orphan =
        (*db)->run(QStringLiteral("INSERT INTO ledger (account_id, entry_date, kind, reason, "
                                  "amount, currency, event_key) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {999, QStringLiteral("2026-01-01"), QStringLiteral("charge"),
                    QStringLiteral("renewal"), 100, QStringLiteral("USD"), QStringLiteral("x")});
    QVERIFY(!orphan.ok());
}

void TestDatabase::unusableFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("truncated Tierline file")
        << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("another program's SQLite file")
        << QStringLiteral("foreign") << QStringLiteral("holds other data");
    QTest::newRow("newer schema version")
        << QStringLiteral("newer") << QStringLiteral("newer Tierline");
}

void TestDatabase::unusableFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_folder.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\nAstrid,astrid@example.com\n");
    } else if (kind == QLatin1String("truncated")) {
        {
            const auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(1000)); // the header survives, the pages do not
    } else if (kind == QLatin1String("foreign")) {
        writeForeignDatabase(path,
                             {QStringLiteral("CREATE TABLE notes (body TEXT)"),
                              QStringLiteral("INSERT INTO notes VALUES ('keep me')")});
    } else if (kind == QLatin1String("newer")) {
        {
            QVERIFY(Database::openSqlite(path).ok());
        }
        writeForeignDatabase(path, {QStringLiteral("PRAGMA user_version = 99")});
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray before = checksum(path);

    const auto db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(path));
    QCOMPARE(checksum(path), before);
}

void TestDatabase::olderSchemaIsUpgradedKeepingData()
{
    // A file as the first release wrote it: version 1 of the schema, with an account.
    const QString path = m_folder.filePath(QStringLiteral("version1.sqlite"));
    QStringList statements = Schema::migrations().constFirst().statements;
    statements << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
               << QStringLiteral(
                      "INSERT INTO accounts (name, plan, product, currency, billing_interval, "
                      "seats, created_on) VALUES ('Merapi Design', 'pro', 'marketing', 'IDR', "
                      "'monthly', 2, '2025-04-01')")
               << QStringLiteral("INSERT INTO campaigns (account_id) VALUES (1)");
    writeForeignDatabase(path, statements);

    const auto db = Database::openSqlite(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    QVERIFY(Schema::currentVersion() > 1);
    QCOMPARE(AccountStore(**db).load(1)->name, QStringLiteral("Merapi Design"));
    QVERIFY((*db)->run(QStringLiteral("SELECT COUNT(*) FROM change_requests")).ok());
}

void TestDatabase::missingFolderIsRefused()
{
    const QString path = m_folder.filePath(QStringLiteral("no/such/folder/tierline.sqlite"));
    const auto db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::BadInput);
    QVERIFY(db.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    const auto db = Database::openSqlite(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    {
        WriteTransaction transaction(**db);
        QVERIFY(transaction.isOpen());
        QVERIFY((*db)->run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '1')")).ok());
    }
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM meta"))->toInt(), 0);
    {
        WriteTransaction transaction(**db);
        QVERIFY((*db)->run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '1')")).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM meta"))->toInt(), 1);
}

void TestDatabase::innerTransactionIsASavepoint()
{
    const auto db = Database::openSqlite(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    {
        WriteTransaction outer(**db);
        QVERIFY(
            (*db)->run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('outer', '1')")).ok());
        {
            WriteTransaction inner(**db);
            QVERIFY(inner.isOpen());
            QVERIFY(
                (*db)
                    ->run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('dropped', '1')"))
                    .ok());
        }
        {
            WriteTransaction inner(**db);
            QVERIFY((*db)
                        ->run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('kept', '1')"))
                        .ok());
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    auto keys = (*db)->run(QStringLiteral("SELECT key FROM meta ORDER BY key"));
    QStringList found;
    while (keys->next())
        found.append(keys->value(0).toString());
    QCOMPARE(found, (QStringList {QStringLiteral("kept"), QStringLiteral("outer")}));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
