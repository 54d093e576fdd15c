// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/permissions.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;
class QJsonObject;
class QJsonValue;

namespace Tierline {

class BillingService;
class Catalog;
class Clock;
class Database;
struct Account;

/**
 * `tierline-cli`: the commands scripts rely on, on the same core services as the GUI.
 * Global options come before the command (`tierline-cli --db x.sqlite --json ledger 3`).
 *
 * Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a billing rule or a permission.
 * Errors go to stderr; with `--json`, stdout carries exactly one JSON document, an
 * `{"error": {"kind", "message"}}` object when the command failed.
 */
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::CliApplication)

public:
    enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, Refused = 3 };

    CliApplication(QTextStream &out, QTextStream &err);
    ~CliApplication();

    /** Runs one command line; arguments start with the program name. Returns the exit code. */
    int run(const QStringList &arguments);

private:
    struct Command;
    static const QList<Command> &commands();

    int usageError(const QString &message);
    int fail(const Error &error);
    int print(const QJsonValue &json, const QString &text);
    /** Parses a command's own options; on failure reports it and returns false. */
    bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
                      int &exitCode);
    Status openDatabase();
    Result<qint64> accountIdArgument(const QCommandLineParser &parser);
    Result<User> actingUser();

    /** What every account action needs: the account and the acting user. */
    struct ActionArguments
    {
        qint64 accountId;
        User actor;
    };
    /**
     * Parses a command that takes one account id, checks --as when the command acts, and
     * opens the database; nothing (with exitCode set) on failure.
     */
    std::optional<qint64> prepareAccountCommand(QCommandLineParser &parser, const QString &command,
                                                const QStringList &args, bool acts, int &exitCode);
    /** Parses an action's arguments, opens the database and finds the actor; nothing on failure. */
    std::optional<ActionArguments> prepareAction(QCommandLineParser &parser, const QString &command,
                                                 const QStringList &args, int &exitCode);
    QString helpText() const;

    int priceTable(const QStringList &args);
    int quoteChange(const QStringList &args);
    int demo(const QStringList &args);
    int accounts(const QStringList &args);
    int account(const QStringList &args);
    int ledger(const QStringList &args);
    int audit(const QStringList &args);
    int users(const QStringList &args);
    int advance(const QStringList &args);
    int tryCampaigns(const QStringList &args);
    int setTier(const QStringList &args);
    int cancel(const QStringList &args);
    int resume(const QStringList &args);
    int buy(const QStringList &args);
    int requestReview(const QStringList &args);
    int decideReview(const QStringList &args);
    int requestChange(const QStringList &args);
    int changeRequests(const QStringList &args);
    int planChange(const QStringList &args);
    int contacts(const QStringList &args);
    int contactsList(const QStringList &args);
    int contactsBulk(const QStringList &args);
    int contactsImport(const QStringList &args);
    int usage(const QStringList &args);
    int notifications(const QStringList &args);
    int overage(const QStringList &args);
    int mrr(const QStringList &args);
    int subscriptions(const QStringList &args);
    int deals(const QStringList &args);
    int deal(const QStringList &args);
    int smartLists(const QStringList &args);
    int exportList(const QStringList &args);
    int backup(const QStringList &args);

    QJsonObject accountJson(const Account &account) const;

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_dbPath;
    QString m_actingLogin;
    std::optional<qint64> m_expectedVersion; ///< --expect-version, for the account action
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Catalog> m_ownCatalog;
    const Catalog *m_catalog = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BillingService> m_billing;
};

} // namespace Tierline
