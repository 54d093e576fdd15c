// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworld.h"

#include "pgserver.h"

#include <QDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace Tierline::Testing {

namespace {

User makeUser(const Database &database, const QString &login, const QString &name, Role role)
{
    User user;
    user.login = login;
    user.name = name;
    user.role = role;
    user.permissions = defaultPermissions(role);
    const auto id = UserStore(database).create(user);
    if (!id)
        qFatal("cannot create test user: %s", qPrintable(id.error().message));
    user.id = *id;
    return user;
}

} // namespace

TestWorld::TestWorld(QDate today)
    : m_clock(today)
{
    if (!m_folder.isValid())
        qFatal("cannot create a temporary folder");
    m_location = newDatabaseLocation(m_folder.path(), QStringLiteral("tierline.sqlite"));
    auto opened = Database::open(m_location);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
    m_database = std::move(opened).value();
    m_billing = std::make_unique<BillingService>(*m_database, catalog(), m_clock);
    admin = makeUser(*m_database, QStringLiteral("ada"), QStringLiteral("Ada Admin"), Role::Admin);
    owner = makeUser(*m_database, QStringLiteral("anna"), QStringLiteral("Anna Owner"),
                     Role::AccountOwner);
    reviewer = makeUser(*m_database, QStringLiteral("rita"), QStringLiteral("Rita Reviewer"),
                        Role::Reviewer);
    rep = makeUser(*m_database, QStringLiteral("rob"), QStringLiteral("Rob Rep"), Role::SalesRep);
}

QString TestWorld::databasePath() const
{
    return m_location;
}

bool TestWorld::onPostgreSql()
{
    return qEnvironmentVariable("TIERLINE_TEST_ENGINE") == QLatin1String("postgresql");
}

QString TestWorld::newDatabaseLocation(const QString &folder, const QString &fileName)
{
    if (!onPostgreSql())
        return QDir(folder).filePath(fileName);
    QString whyNot;
    PostgreSqlServer *server = PostgreSqlServer::instance(&whyNot);
    if (!server) {
        if (PostgreSqlServer::binFolder().isEmpty()) {
            // CTest's SKIP_RETURN_CODE: reported as skipped, with this reason in the output.
            std::fprintf(stderr, "SKIP: no PostgreSQL to test on: %s\n", qPrintable(whyNot));
            std::fflush(stderr);
            std::_Exit(77);
        }
        qFatal("cannot start the PostgreSQL test server: %s", qPrintable(whyNot));
    }
    return server->newDatabaseUrl();
}

qint64 TestWorld::createAccount(const QString &currency, BillingInterval interval,
                                const QString &name)
{
    Account account;
    account.name = name;
    account.ownerId = owner.id;
    account.plan = QStringLiteral("plus");
    account.product = QStringLiteral("marketing");
    account.currency = currency;
    account.interval = interval;
    account.seats = 2;
    account.createdOn = m_clock.today();
    const auto id = AccountStore(*m_database).create(account);
    if (!id)
        qFatal("cannot create a test account: %s", qPrintable(id.error().message));
    return *id;
}

void TestWorld::addContacts(qint64 accountId, int count, bool marketing)
{
    QList<NewContact> contacts;
    for (int i = 0; i < count; ++i) {
        contacts.append({QStringLiteral("Contact %1").arg(i),
                         QStringLiteral("contact%1.%2@example.com").arg(accountId).arg(i),
                         marketing});
    }
    const auto added = this->contacts().addContacts(admin, accountId, contacts, m_clock.today());
    if (!added)
        qFatal("cannot add test contacts: %s", qPrintable(added.error().message));
}

void TestWorld::buyCampaigns(qint64 accountId, int tier)
{
    for (const Status &step : {m_billing->requestReview(owner, accountId),
                               m_billing->decideReview(reviewer, accountId, true),
                               m_billing->buy(owner, accountId, tier)}) {
        if (!step)
            qFatal("cannot buy Campaigns in the test: %s", qPrintable(step.error().message));
    }
}

QString TestWorld::contactsFingerprint(qint64 accountId)
{
    // group_concat is SQLite's, string_agg PostgreSQL's; both in id order.
    const QString concat = m_database->engine() == Database::Engine::PostgreSql
        ? QStringLiteral("string_agg(%1, ',' ORDER BY id)")
        : QStringLiteral("group_concat(%1, ',')");
    const QString row = QStringLiteral(
        "id || '|' || account_id || '|' || name || '|' || email || '|' || marketing || '|' || "
        "status || '|' || added_on || '|' || COALESCE(marketing_switch_on, '-')");
    const auto text = m_database->scalar(
        QStringLiteral("SELECT COUNT(*) || ':' || COALESCE(") + concat.arg(row)
            + QStringLiteral(", '') FROM (SELECT * FROM contacts WHERE ? = 0 OR account_id = ? "
                             "ORDER BY id) c"),
        {accountId, accountId});
    if (!text)
        qFatal("cannot read the contacts: %s", qPrintable(text.error().message));
    return text->toString();
}

Account TestWorld::account(qint64 accountId)
{
    const auto loaded = m_billing->account(accountId);
    if (!loaded)
        qFatal("cannot load test account: %s", qPrintable(loaded.error().message));
    return *loaded;
}

ContactCounts TestWorld::counts(qint64 accountId)
{
    const auto counted = contacts().counts(accountId);
    if (!counted)
        qFatal("cannot count contacts: %s", qPrintable(counted.error().message));
    return *counted;
}

QList<LedgerEntry> TestWorld::allLedger(qint64 accountId)
{
    const auto entries = Ledger(*m_database).entries(accountId);
    if (!entries)
        qFatal("cannot read the ledger: %s", qPrintable(entries.error().message));
    return *entries;
}

QList<LedgerEntry> TestWorld::ledger(qint64 accountId)
{
    QList<LedgerEntry> campaigns = allLedger(accountId);
    campaigns.removeIf([](const LedgerEntry &e) { return e.isPlanLine(); });
    return campaigns;
}

QList<LedgerEntry> TestWorld::planLedger(qint64 accountId)
{
    QList<LedgerEntry> plan = allLedger(accountId);
    plan.removeIf([](const LedgerEntry &e) { return !e.isPlanLine(); });
    return plan;
}

} // namespace Tierline::Testing
