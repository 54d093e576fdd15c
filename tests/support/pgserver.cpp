// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVersionNumber>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Tierline::Testing {

namespace {

const QLatin1String adminConnection("tierline-test-postgresql-admin");
const QLatin1String databaseName("tierline");
const QLatin1String superuser("tierline");

std::unique_ptr<PostgreSqlServer> &theServer()
{
    static std::unique_ptr<PostgreSqlServer> server;
    return server;
}

/** Stops the server while the application still exists, before static destruction. */
void stopServer()
{
    theServer().reset();
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

QString PostgreSqlServer::binFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("TIERLINE_PG_BIN");
    if (!fromEnvironment.isEmpty())
        return QFileInfo::exists(fromEnvironment + QStringLiteral("/initdb")) ? fromEnvironment
                                                                              : QString();
    // Debian installs each major version under /usr/lib/postgresql/N/bin: take the newest.
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb"))
            && QFileInfo::exists(bin + QStringLiteral("/postgres")) && number > bestVersion) {
            best = bin;
            bestVersion = number;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

PostgreSqlServer *PostgreSqlServer::instance(QString *whyNot)
{
    static bool tried = false;
    static QString reason;
    if (!tried) {
        tried = true;
        std::unique_ptr<PostgreSqlServer> server(new PostgreSqlServer);
        if (server->start(&reason)) {
            theServer() = std::move(server);
            qAddPostRoutine(stopServer);
        }
    }
    if (!theServer() && whyNot)
        *whyNot = reason;
    return theServer().get();
}

QStringList PostgreSqlServer::asServerUser(const QString &program,
                                           const QStringList &arguments) const
{
    // PostgreSQL refuses to run as root: hand the server to `nobody`. The parent-death
    // signal stops the server even if the test process crashes.
    QStringList command {QStringLiteral("--pdeathsig"), QStringLiteral("INT")};
    if (runningAsRoot()) {
        const passwd *nobody = ::getpwnam("nobody");
        command << QStringLiteral("--reuid=%1").arg(nobody ? nobody->pw_uid : 65534)
                << QStringLiteral("--regid=%1").arg(nobody ? nobody->pw_gid : 65534)
                << QStringLiteral("--clear-groups");
    }
    return command << QStringLiteral("--") << program << arguments;
}

bool PostgreSqlServer::runTool(const QString &tool, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder.path());
    process.start(QStringLiteral("setpriv"),
                  asServerUser(binFolder() + QLatin1Char('/') + tool, arguments));
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll());
    if (!finished)
        *output += process.errorString();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgreSqlServer::start(QString *whyNot)
{
    const QString bin = binFolder();
    if (bin.isEmpty()) {
        *whyNot = QStringLiteral("PostgreSQL's programs (initdb, postgres) are not installed; "
                                 "apt-get install postgresql, or set TIERLINE_PG_BIN.");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        *whyNot = QStringLiteral("setpriv (util-linux) is missing.");
        return false;
    }
    if (!m_folder.isValid()) {
        *whyNot = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (runningAsRoot()) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody
            || ::chown(QFile::encodeName(m_folder.path()).constData(), nobody->pw_uid,
                       nobody->pw_gid)
                != 0) {
            *whyNot = QStringLiteral("cannot hand %1 to the user nobody").arg(m_folder.path());
            return false;
        }
    }
    const QString data = m_folder.filePath(QStringLiteral("data"));
    QString output;
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("--pgdata=") + data, QStringLiteral("--username=") + superuser,
                  QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"),
                  QStringLiteral("--locale=C"), QStringLiteral("--encoding=UTF8")},
                 &output)) {
        *whyNot = QStringLiteral("initdb failed: ") + output;
        return false;
    }

    // Only a Unix socket in the private folder; durability is not needed for a throwaway.
    m_postgres.setProcessChannelMode(QProcess::MergedChannels);
    m_postgres.setWorkingDirectory(m_folder.path());
    QStringList arguments {QStringLiteral("-D"), data, QStringLiteral("-k"), m_folder.path()};
    for (const char *setting :
         {"listen_addresses=", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
          "shared_buffers=16MB", "max_connections=60", "log_checkpoints=off",
          // LOG lines (start-up, ready) only: errors the tests provoke on purpose stay quiet.
          "log_min_messages=log", "log_min_error_statement=panic"}) {
        arguments << QStringLiteral("-c") << QLatin1String(setting);
    }
    m_postgres.start(QStringLiteral("setpriv"),
                     asServerUser(bin + QStringLiteral("/postgres"), arguments));
    if (!m_postgres.waitForStarted(30000)) {
        *whyNot = QStringLiteral("postgres did not start: ") + m_postgres.errorString();
        return false;
    }
    // Waits on the server's own log, not on a timer.
    while (!m_log.contains(QLatin1String("database system is ready to accept connections"))) {
        if (!m_postgres.waitForReadyRead(60000)) {
            m_log += QString::fromLocal8Bit(m_postgres.readAll());
            *whyNot = QStringLiteral("postgres did not become ready: ") + m_log;
            return false;
        }
        m_log += QString::fromLocal8Bit(m_postgres.readAll());
    }

    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection);
    admin.setHostName(m_folder.path());
    admin.setUserName(superuser);
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open()) {
        *whyNot = QStringLiteral("cannot connect to the test server: ") + admin.lastError().text();
        return false;
    }
    QSqlQuery create(admin);
    if (!create.exec(QStringLiteral("CREATE DATABASE ") + databaseName)) {
        *whyNot = QStringLiteral("cannot create the test database: ") + create.lastError().text();
        return false;
    }
    admin.close();
    admin.setDatabaseName(databaseName);
    if (!admin.open()) {
        *whyNot =
            QStringLiteral("cannot connect to the test database: ") + admin.lastError().text();
        return false;
    }
    return true;
}

PostgreSqlServer::~PostgreSqlServer()
{
    if (QSqlDatabase::contains(adminConnection)) {
        QSqlDatabase::database(adminConnection, false).close();
        QSqlDatabase::removeDatabase(adminConnection);
    }
    if (m_postgres.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_postgres.processId()), SIGINT); // fast shutdown
        if (!m_postgres.waitForFinished(30000))
            m_postgres.kill();
        m_postgres.waitForFinished(5000);
    }
}

QVariant PostgreSqlServer::adminScalar(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(adminConnection, false));
    if (!query.exec(sql))
        qFatal("test server: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

QString PostgreSqlServer::newDatabaseUrl(QString *schemaName)
{
    const QString schema = QStringLiteral("w%1").arg(++m_schemas);
    if (schemaName)
        *schemaName = schema;
    adminScalar(QStringLiteral("CREATE SCHEMA ") + schema);
    return QStringLiteral("postgresql://%1@/%2?host=%3&options=-csearch_path%4%5")
        .arg(superuser, databaseName,
             QString::fromLatin1(QUrl::toPercentEncoding(m_folder.path(), "/")),
             QStringLiteral("%3D"), schema);
}

} // namespace Tierline::Testing
