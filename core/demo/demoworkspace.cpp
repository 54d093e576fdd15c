// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "billing/billingservice.h"
#include "billing/scheduler.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "mrr/exchangerates.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "subscriptions/subscriptions.h"

#include <QLocale>
#include <QRandomGenerator>

#include <map>

namespace Tierline {

namespace {

constexpr int historyDays = 420;

struct DemoUser
{
    const char *login;
    const char *name;
    Role role;
};

constexpr DemoUser demoUsers[] = {
    {"ada", "Ada Admin", Role::Admin},
    {"anna", "Anna Lindqvist", Role::AccountOwner},
    {"marco", "Marco Rossi", Role::AccountOwner},
    {"dewi", "Dewi Santoso", Role::AccountOwner},
    {"rita", "Rita Wijaya", Role::Reviewer},
    {"sam", "Sam Berg", Role::SalesManager},
    {"rob", "Rob Esposito", Role::SalesRep},
    {"olga", "Olga Bianchi", Role::Ops},
};

constexpr const char *companyStems[] = {
    "Fjällbacka", "Nordljus",      "Solvik",    "Björkdal", "Havsbris", "Lindgren",
    "Ekholm",     "Stensjö",       "Nusantara", "Merapi",   "Kencana",  "Sinar Jaya",
    "Bintang",    "Cahaya",        "Lestari",   "Samudra",  "Aurora",   "Bellavista",
    "Dolomiti",   "Ponte Vecchio", "Gelsomino", "Vesuvio",  "Lagunare", "Tramonto",
    "Polaris",    "Kestrel",       "Harbor",    "Meridian", "Juniper",  "Copperfield"};
constexpr const char *companyKinds[] = {"Design",     "Logistik", "Kafe",   "Studio", "Tekstil",
                                        "Consulting", "Foods",    "Travel", "Media",  "Outdoor"};
constexpr const char *firstNames[] = {"Astrid", "Erik",   "Lina", "Johan",  "Sari",
                                      "Budi",   "Putri",  "Agus", "Giulia", "Luca",
                                      "Chiara", "Matteo", "Emma", "Noah"};
constexpr const char *lastNames[] = {"Nilsson", "Berg",   "Holm",  "Wahyudi", "Siregar", "Lestari",
                                     "Ferrari", "Romano", "Conti", "Moretti", "Smith",   "Jensen"};

/** How an account's Campaigns story goes. */
enum class Story {
    Converted,
    Stopped,
    TrialNow,
    CancelledEarlier,
    CancelPending,
    Untouched,
    Bought,
    Downsizing, ///< bought more room than the list needs, and books a downgrade
};

enum class StepKind {
    StartTrial,
    RequestReview,
    Approve,
    Reject,
    PickTier,
    Grow,
    Cancel,
    Buy,
    Downgrade
};

struct Step
{
    qint64 accountId;
    StepKind kind;
    int value = 0;
};

class Generator
{
public:
    Generator(const Database &database, const Catalog &catalog, const DemoOptions &options)
        : m_database(database)
        , m_catalog(catalog)
        , m_options(options)
        , m_random(options.seed)
        , m_clock(options.today.addDays(-historyDays))
        , m_billing(database, catalog, m_clock)
        , m_contacts(database, catalog)
    {
    }

    Status run(const DemoWorkspace::Progress &progress);

private:
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[m_random.bounded(int(N))];
    }
    int between(int low, int high) { return low + m_random.bounded(high - low + 1); }
    QDate start() const { return m_options.today.addDays(-historyDays); }

    Status createUsers();
    Result<qint64> createAccount(int index);
    void planStory(qint64 accountId, QDate created, int index);
    Status addContacts(qint64 accountId, int count, QDate day);
    Status perform(const Step &step);
    /** Z1, Z3: deals sales entered beside billing, and the exchange rates MRR reports with. */
    Status addDealsAndRates(const QList<qint64> &accountIds);

    const Database &m_database;
    const Catalog &m_catalog;
    DemoOptions m_options;
    QRandomGenerator m_random;
    FixedClock m_clock;
    BillingService m_billing;
    ContactService m_contacts;
    QHash<QString, User> m_users;
    std::multimap<QDate, Step> m_steps;
    int m_contactSerial = 0;
};

Status Generator::createUsers()
{
    UserStore store(m_database);
    for (const DemoUser &u : demoUsers) {
        User user;
        user.login = QString::fromUtf8(u.login);
        user.name = QString::fromUtf8(u.name);
        user.role = u.role;
        user.permissions = defaultPermissions(u.role);
        const auto id = store.create(user);
        if (!id)
            return id.error();
        user.id = *id;
        m_users.insert(user.login, user);
    }
    return Done {};
}

Result<qint64> Generator::createAccount(int index)
{
    static const QString owners[] = {QStringLiteral("anna"), QStringLiteral("marco"),
                                     QStringLiteral("dewi"), QStringLiteral("sam")};
    Account account;
    account.name = QString::fromUtf8(companyStems[index % std::size(companyStems)])
        + QLatin1Char(' ') + QString::fromUtf8(pick(companyKinds));
    if (index >= int(std::size(companyStems)))
        account.name += QStringLiteral(" %1").arg(index / int(std::size(companyStems)) + 1);
    account.ownerId = m_users.value(owners[m_random.bounded(4)]).id;
    const QList<Plan> &plans = m_catalog.plans();
    account.plan = plans.at(m_random.bounded(int(plans.size()))).id;
    account.product = m_catalog.products().at(m_random.bounded(int(m_catalog.products().size())));
    account.currency =
        m_catalog.currencies().at(m_random.bounded(int(m_catalog.currencies().size())));
    account.interval =
        m_random.bounded(10) < 7 ? BillingInterval::Monthly : BillingInterval::Annual;
    account.seats = between(1, 12);
    account.createdOn = start().addDays(-between(0, 200));
    return AccountStore(m_database).create(account);
}

void Generator::planStory(qint64 accountId, QDate created, int index)
{
    // The first accounts take one story each, so even a small demo shows every state; the
    // rest are drawn by chance.
    static constexpr Story everyStory[] = {
        Story::Converted, Story::TrialNow,  Story::CancelPending,    Story::Stopped,
        Story::Bought,    Story::Untouched, Story::CancelledEarlier, Story::Downsizing};
    const int roll = m_random.bounded(100);
    const Story story = index < int(std::size(everyStory)) ? everyStory[index]
        : roll < 38                                        ? Story::Converted
        : roll < 50                                        ? Story::Stopped
        : roll < 60                                        ? Story::TrialNow
        : roll < 68                                        ? Story::CancelledEarlier
        : roll < 75                                        ? Story::CancelPending
        : roll < 88                                        ? Story::Untouched
                                                           : Story::Bought;
    const QDate today = m_options.today;
    const QDate begin = std::max(created, start()).addDays(between(0, 120));
    auto at = [&](QDate day, StepKind kind, int value = 0) {
        if (day <= today)
            m_steps.emplace(day, Step {accountId, kind, value});
    };
    auto growMonthly = [&](QDate from) {
        for (QDate day = from.addDays(between(20, 35)); day <= today;
             day = day.addDays(between(25, 40)))
            at(day, StepKind::Grow);
    };
    const int firstTier = between(1, 12) * m_catalog.tierStep();

    switch (story) {
    case Story::Converted:
    case Story::CancelledEarlier:
    case Story::CancelPending:
        at(begin, StepKind::StartTrial);
        at(begin.addDays(between(1, 6)), StepKind::RequestReview);
        at(begin.addDays(between(7, 12)), StepKind::Approve);
        at(begin.addDays(between(13, 19)), StepKind::PickTier, firstTier);
        growMonthly(begin.addDays(m_catalog.trialDays()));
        if (story == Story::CancelledEarlier)
            at(today.addDays(-between(60, 120)), StepKind::Cancel);
        else if (story == Story::CancelPending)
            at(today.addDays(-between(1, 10)), StepKind::Cancel);
        else if (m_random.bounded(4) == 0)
            at(today.addDays(-between(1, 8)), StepKind::Downgrade);
        break;
    case Story::Downsizing:
        at(begin, StepKind::StartTrial);
        at(begin.addDays(2), StepKind::RequestReview);
        at(begin.addDays(5), StepKind::Approve);
        at(begin.addDays(8), StepKind::PickTier, 15 * m_catalog.tierStep());
        at(today.addDays(-between(1, 8)), StepKind::Downgrade);
        break;
    case Story::Stopped:
        at(begin, StepKind::StartTrial);
        if (m_random.bounded(2) == 0) {
            at(begin.addDays(3), StepKind::RequestReview);
            at(begin.addDays(9), StepKind::Reject);
        }
        break;
    case Story::TrialNow: {
        const QDate trialDay = today.addDays(-between(0, m_catalog.trialDays() - 2));
        at(trialDay, StepKind::StartTrial);
        if (m_random.bounded(2) == 0)
            at(trialDay.addDays(1), StepKind::RequestReview);
        break;
    }
    case Story::Untouched:
        if (m_random.bounded(3) == 0)
            at(today.addDays(-between(1, 30)), StepKind::RequestReview);
        break;
    case Story::Bought:
        at(begin, StepKind::RequestReview);
        at(begin.addDays(between(2, 6)), StepKind::Approve);
        at(begin.addDays(between(7, 10)), StepKind::Buy, firstTier);
        growMonthly(begin.addDays(10));
        break;
    }
}

Status Generator::addContacts(qint64 accountId, int count, QDate day)
{
    QList<NewContact> contacts;
    contacts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString first = QString::fromUtf8(pick(firstNames));
        const QString last = QString::fromUtf8(pick(lastNames));
        ++m_contactSerial;
        contacts.append({first + QLatin1Char(' ') + last,
                         QStringLiteral("%1.%2.%3@example.com")
                             .arg(first.toLower(), last.toLower())
                             .arg(m_contactSerial),
                         m_random.bounded(10) < 9});
    }
    const auto added =
        m_contacts.addContacts(m_users.value(QStringLiteral("olga")), accountId, contacts, day);
    if (!added)
        return added.error();
    return Done {};
}

Status Generator::perform(const Step &step)
{
    const User &owner = m_users[QStringLiteral("anna")];
    const User &reviewer = m_users[QStringLiteral("rita")];
    switch (step.kind) {
    case StepKind::StartTrial:
        if (const Status s = addContacts(step.accountId, between(200, 700), m_clock.today()); !s)
            return s;
        return m_billing.startTrial(owner, step.accountId);
    case StepKind::RequestReview:
        return m_billing.requestReview(owner, step.accountId);
    case StepKind::Approve:
        return m_billing.decideReview(reviewer, step.accountId, true);
    case StepKind::Reject:
        return m_billing.decideReview(reviewer, step.accountId, false);
    case StepKind::PickTier: {
        const auto quote = m_billing.changeTier(owner, step.accountId, step.value);
        if (!quote)
            return quote.error();
        return Done {};
    }
    case StepKind::Buy:
        if (const Status s = addContacts(step.accountId, step.value * 3 / 4, m_clock.today()); !s)
            return s;
        return m_billing.buy(owner, step.accountId, step.value);
    case StepKind::Cancel: {
        const auto account = m_billing.account(step.accountId);
        if (!account || account->campaigns.status != CampaignsStatus::Active)
            return Done {};
        const auto effective = m_billing.cancel(owner, step.accountId);
        if (!effective)
            return effective.error();
        return Done {};
    }
    case StepKind::Grow:
    case StepKind::Downgrade:
        break;
    }

    const auto account = m_billing.account(step.accountId);
    if (!account)
        return account.error();
    const CampaignsState &c = account->campaigns;
    if (c.status != CampaignsStatus::Active || c.cancelOn.isValid())
        return Done {};
    if (step.kind == StepKind::Downgrade) {
        const auto floor = m_billing.floorTier(step.accountId);
        if (!floor)
            return floor.error();
        // Halve the room, but never below what the list already needs (P8).
        const int target = std::max(*floor, m_catalog.tierFor(c.tier / 2));
        if (target < c.tier) {
            const auto quote = m_billing.changeTier(owner, step.accountId, target);
            if (!quote)
                return quote.error();
        }
        return Done {};
    }

    // Grow: the list gains contacts; at the limit they wait as Pending upgrade, and most
    // owners then raise the tier so that they are promoted.
    if (const Status s =
            addContacts(step.accountId, c.tier * between(3, 16) / 100, m_clock.today());
        !s)
        return s;
    const auto counts = m_contacts.counts(step.accountId);
    if (!counts)
        return counts.error();
    if (counts->pendingUpgrade > 0 && m_random.bounded(10) < 7) {
        const int wanted = m_catalog.tierFor(int(
            std::min<qint64>(counts->subscribed + counts->pendingUpgrade, m_catalog.maxTier())));
        if (wanted > c.tier) {
            const auto quote = m_billing.changeTier(owner, step.accountId, wanted);
            if (!quote)
                return quote.error();
        }
    }
    return Done {};
}

Status Generator::run(const DemoWorkspace::Progress &progress)
{
    if (const Status s = createUsers(); !s)
        return s;
    QList<qint64> accountIds;
    for (int i = 0; i < m_options.accounts; ++i) {
        const auto id = createAccount(i);
        if (!id)
            return id.error();
        const auto account = AccountStore(m_database).load(*id);
        if (!account)
            return account.error();
        if (const Status s = addContacts(*id, between(50, 400), account->createdOn); !s)
            return s;
        planStory(*id, account->createdOn, i);
        accountIds.append(*id);
    }

    const Scheduler scheduler(m_database, m_catalog, m_clock);
    for (int day = 0; day <= historyDays; ++day) {
        m_clock.setToday(start().addDays(day));
        if (const auto applied = scheduler.runUntil(m_clock.today()); !applied)
            return applied.error();
        const auto [first, last] = m_steps.equal_range(m_clock.today());
        for (auto it = first; it != last; ++it) {
            if (const Status s = perform(it->second); !s)
                return s;
        }
        if (progress && !progress(day, historyDays))
            return Error::refused(DemoWorkspace::tr("Demo generation was cancelled."));
    }
    return addDealsAndRates(accountIds);
}

Status Generator::addDealsAndRates(const QList<qint64> &accountIds)
{
    struct Rate
    {
        const char *currency;
        const char *older;
        const char *recent;
    };
    static constexpr Rate rates[] = {{"EUR", "1.0837", "1.0921"},
                                     {"SEK", "0.0915", "0.0948"},
                                     {"IDR", "0.0000634", "0.0000612"}};
    const ExchangeRates exchange(m_database);
    const User &admin = m_users[QStringLiteral("ada")];
    for (const Rate &r : rates) {
        for (const auto &[day, rate] : {std::pair {start().addYears(-2), r.older},
                                        std::pair {m_options.today.addMonths(-5), r.recent}}) {
            if (const Status set = exchange.setRate(
                    admin,
                    {QLatin1String(r.currency), QStringLiteral("USD"), day, QLatin1String(rate)});
                !set)
                return set;
        }
    }
    static constexpr const char *notes[] = {"Onboarding package", "Consulting retainer",
                                            "Premium support"};
    const SubscriptionService service(m_database, m_catalog);
    const qint64 manager = m_users.value(QStringLiteral("sam")).id;
    for (qsizetype i = 1; i < accountIds.size(); i += 3) {
        const auto account = AccountStore(m_database).load(accountIds.at(i));
        if (!account)
            return account.error();
        // Roughly the same worth in every currency.
        const qint64 scale = account->currency == QLatin1String("IDR") ? 15000
            : account->currency == QLatin1String("SEK")                ? 10
                                                                       : 1;
        SubscriptionPeriod deal;
        deal.accountId = account->id;
        deal.source = PeriodSource::Manual;
        deal.currency = account->currency;
        deal.interval = SubscriptionInterval(m_random.bounded(3));
        deal.amount = qint64(between(4, 30)) * 2500 * monthsIn(deal.interval) * scale;
        deal.start = start().addDays(between(0, historyDays - 30));
        if (m_random.bounded(5) < 2)
            deal.end = deal.start.addMonths(between(3, 12)).addDays(-1);
        deal.note = QString::fromUtf8(notes[m_random.bounded(int(std::size(notes)))]);
        if (const auto added = service.insert(deal, manager); !added)
            return added.error();
    }
    return Done {};
}

} // namespace

Result<bool> DemoWorkspace::isEmpty(const Database &database)
{
    const auto rows = database.scalar(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM accounts)"));
    if (!rows)
        return rows.error();
    return rows->toLongLong() == 0;
}

Status DemoWorkspace::generate(const Database &database, const Catalog &catalog,
                               const DemoOptions &options, const Progress &progress)
{
    if (options.accounts < 1 || options.accounts > 100000)
        return Error::badInput(tr("The demo needs between %1 and %2 accounts.")
                                   .arg(QLocale().toString(1), QLocale().toString(100000)));
    if (!options.today.isValid())
        return Error::badInput(tr("The demo needs a valid day to end on."));
    const auto empty = isEmpty(database);
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error::badInput(tr("The database already has data; the demo needs an empty one."));

    // One transaction around it all: a cancelled or failed generation leaves nothing behind.
    WriteTransaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    // With no accounts nothing was ever billed: the history may start in the past.
    if (const auto reset = database.run(QStringLiteral("DELETE FROM meta WHERE key = ?"),
                                        {QStringLiteral("scheduler.applied_through")});
        !reset)
        return reset.error();
    Generator generator(database, catalog, options);
    if (const Status s = generator.run(progress); !s)
        return s;
    return transaction.commit();
}

} // namespace Tierline
