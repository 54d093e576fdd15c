// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billing/changerequests.h"
#include "billing/ledger.h"
#include "billing/scheduler.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "clitext.h"
#include "contacts/contactservice.h"
#include "demo/demoworkspace.h"
#include "i18n/language.h"
#include "money/moneyformat.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Tierline {

struct CliApplication::Command
{
    const char *name;
    const char *synopsis; ///< translated through CliApplication::tr at display
    int (CliApplication::*handler)(const QStringList &args);
};

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString kindText(TierChangeKind kind)
{
    switch (kind) {
    case TierChangeKind::Upgrade:
        return CliApplication::tr("upgrade");
    case TierChangeKind::Downgrade:
        return CliApplication::tr("downgrade");
    case TierChangeKind::Unchanged:
        return CliApplication::tr("unchanged");
    case TierChangeKind::Refused:
        return CliApplication::tr("refused");
    }
    return {};
}

QString errorKindKey(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadInput:
        return QStringLiteral("bad_input");
    case Error::Kind::Refused:
        return QStringLiteral("refused");
    case Error::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::Storage:
        return QStringLiteral("storage");
    }
    return {};
}

} // namespace

namespace CliText {

/** Lays out "label  value" lines with the values aligned, whatever the labels' language. */
QString fields(const QList<Field> &rows)
{
    qsizetype width = 0;
    for (const Field &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const Field &row : rows)
        text += QString(row.first + QLatin1Char(':')).leftJustified(width + 3) + row.second
            + QLatin1Char('\n');
    return text;
}

/** Lays out rows as aligned columns for the terminal. */
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = header.at(i).size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace CliText

namespace {

using CliText::Field;
using CliText::fields;
using CliText::table;

} // namespace

const QList<CliApplication::Command> &CliApplication::commands()
{
    static const QList<Command> all = {
        {"price-table",
         QT_TR_NOOP("price-table --currency C --cycle monthly|annual   Campaigns prices per tier"),
         &CliApplication::priceTable},
        {"quote-change",
         QT_TR_NOOP(
             "quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D "
             "--cycle-end D --on D [--subscribed K] [--trial-end D]   price a tier change"),
         &CliApplication::quoteChange},
        {"demo",
         QT_TR_NOOP(
             "demo [--accounts N] [--seed S]   fill an empty database with a demo workspace"),
         &CliApplication::demo},
        {"accounts", QT_TR_NOOP("accounts   list accounts"), &CliApplication::accounts},
        {"account", QT_TR_NOOP("account ID   one account's billing"), &CliApplication::account},
        {"ledger", QT_TR_NOOP("ledger ID   charges and credits of an account"),
         &CliApplication::ledger},
        {"audit", QT_TR_NOOP("audit ID   who changed the account's billing, and when"),
         &CliApplication::audit},
        {"users", QT_TR_NOOP("users   staff, roles and permissions"), &CliApplication::users},
        {"advance", QT_TR_NOOP("advance --to D   apply every billing event due by D"),
         &CliApplication::advance},
        {"try", QT_TR_NOOP("try ID   start the free Campaigns trial"),
         &CliApplication::tryCampaigns},
        {"set-tier",
         QT_TR_NOOP(
             "set-tier ID --tier N   upgrade, schedule a downgrade, or pick the trial's tier"),
         &CliApplication::setTier},
        {"cancel", QT_TR_NOOP("cancel ID   cancel Campaigns at the next cycle start"),
         &CliApplication::cancel},
        {"resume", QT_TR_NOOP("resume ID   withdraw a scheduled cancellation"),
         &CliApplication::resume},
        {"buy", QT_TR_NOOP("buy ID --tier N   buy Campaigns (needs an approved review)"),
         &CliApplication::buy},
        {"request-review", QT_TR_NOOP("request-review ID   request or expedite the account review"),
         &CliApplication::requestReview},
        {"decide-review",
         QT_TR_NOOP("decide-review ID --approve|--reject   decide a pending review"),
         &CliApplication::decideReview},
        {"request-change",
         QT_TR_NOOP("request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change "
                    "--details TEXT   ask staff for an account change"),
         &CliApplication::requestChange},
        {"change-requests",
         QT_TR_NOOP("change-requests [--all]   account change requests for staff"),
         &CliApplication::changeRequests},
        {"plan-change",
         QT_TR_NOOP("plan-change ID --seats N|--add-addon ADDON|--plan PLAN [--dry-run]   "
                    "change user seats, add an add-on, or move to a dearer plan"),
         &CliApplication::planChange},
        {"contacts",
         QT_TR_NOOP(
             "contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] "
             "[--search TEXT]   list or change an account's contacts; contacts import FILE "
             "--account ID [--duplicates update|skip]"),
         &CliApplication::contacts},
        {"usage",
         QT_TR_NOOP("usage ID   marketing contacts against the tier, next update date and the "
                    "forecast"),
         &CliApplication::usage},
        {"notifications",
         QT_TR_NOOP("notifications [--account ID] [--mark-read]   usage notifications at 75, 90, "
                    "98 % and over the tier"),
         &CliApplication::notifications},
        {"overage",
         QT_TR_NOOP("overage ID --policy hold|auto-upgrade   what happens to new contacts beyond "
                    "the tier"),
         &CliApplication::overage},
        {"mrr",
         QT_TR_NOOP("mrr --from YYYY-MM --to YYYY-MM [--owner NAME] [--currency C]   MRR and its "
                    "movements per month"),
         &CliApplication::mrr},
        {"subscriptions",
         QT_TR_NOOP("subscriptions import FILE   import deals (account, owner, currency, amount, "
                    "interval, start, end); all or nothing"),
         &CliApplication::subscriptions},
        {"deals", QT_TR_NOOP("deals ID   an account's subscription periods and deals"),
         &CliApplication::deals},
        {"deal",
         QT_TR_NOOP("deal add ID|edit DEAL|delete DEAL --amount A --interval "
                    "monthly|quarterly|annual --start D [--end D] [--note T]   enter a deal"),
         &CliApplication::deal},
        {"smart-lists",
         QT_TR_NOOP("smart-lists   the smart lists and how many accounts each holds"),
         &CliApplication::smartLists},
        {"export",
         QT_TR_NOOP("export --smart-list NAME --out FILE [--delimiter ';'] [--bom]   write a "
                    "smart list as CSV"),
         &CliApplication::exportList},
        {"backup",
         QT_TR_NOOP("backup --out FILE   save a consistent copy of the SQLite database (for "
                    "PostgreSQL use pg_dump)"),
         &CliApplication::backup},
    };
    return all;
}

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliApplication::~CliApplication() = default;

QString CliApplication::helpText() const
{
    QString text = tr("Usage: tierline-cli [global options] COMMAND [options]\n\n"
                      "Global options:\n"
                      "  --db PATH|URL      the database: an SQLite file (default: %1) or\n"
                      "                     postgresql://user@host:port/database; the password\n"
                      "                     comes from ~/.pgpass or PGPASSWORD\n"
                      "  --today DATE       the day billing runs on (YYYY-MM-DD)\n"
                      "  --catalog FILE     a price catalog to use instead of the built-in one\n"
                      "  --json             write one JSON document to stdout\n"
                      "  --as LOGIN         the staff login that acts\n"
                      "  --lang CODE        en, sv, id or it\n"
                      "  --expect-version N refuse the action if the account changed since it\n"
                      "                     was read at version N (see “account ID”)\n"
                      "  --help, --version\n\n"
                      "Commands:\n")
                       .arg(Database::defaultSqlitePath());
    for (const Command &command : commands())
        text += QStringLiteral("  ") + tr(command.synopsis) + QLatin1Char('\n');
    text += tr(
        "\nExit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a billing rule or a permission.\n");
    return text;
}

int CliApplication::usageError(const QString &message)
{
    m_err << tr("tierline-cli: %1").arg(message) << '\n'
          << tr("Try “tierline-cli --help”.") << '\n';
    m_err.flush();
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject {{QStringLiteral("error"),
                                   QJsonObject {{QStringLiteral("kind"), QStringLiteral("usage")},
                                                {QStringLiteral("message"), message}}}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    }
    return Usage;
}

int CliApplication::fail(const Error &error)
{
    m_err << tr("tierline-cli: %1").arg(error.message) << '\n';
    m_err.flush();
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject {{QStringLiteral("error"),
                                   QJsonObject {{QStringLiteral("kind"), errorKindKey(error.kind)},
                                                {QStringLiteral("message"), error.message}}}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    }
    switch (error.kind) {
    case Error::Kind::BadInput:
    case Error::Kind::Storage:
        return BadInput;
    case Error::Kind::Refused:
    case Error::Kind::Forbidden:
    case Error::Kind::Conflict:
        return Refused;
    }
    return BadInput;
}

int CliApplication::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << doc.toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << text;
    }
    m_out.flush();
    return Ok;
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setApplicationDescription(tr("Tierline billing from the command line."));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Database: an SQLite file or a postgresql:// URL."),
                                      tr("PATH|URL"));
    const QCommandLineOption todayOption(QStringLiteral("today"), tr("The billing day."),
                                         tr("DATE"));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), tr("Price catalog."),
                                           tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("JSON output."));
    const QCommandLineOption asOption(QStringLiteral("as"), tr("Acting user."), tr("USER"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language."), tr("CODE"));
    const QCommandLineOption expectOption(QStringLiteral("expect-version"),
                                          tr("The account version the action was computed on."),
                                          tr("N"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Version."));
    global.addOptions({dbOption, todayOption, catalogOption, jsonOption, asOption, langOption,
                       expectOption, helpOption, versionOption});
    global.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    m_json = arguments.contains(QStringLiteral("--json"));
    if (!global.parse(arguments))
        return usageError(global.errorText());
    m_json = global.isSet(jsonOption);
    if (global.isSet(langOption))
        Language::apply(global.value(langOption));
    if (global.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return Ok;
    }
    if (global.isSet(versionOption)) {
        return print(QJsonObject {{QStringLiteral("version"), QStringLiteral(TIERLINE_VERSION)}},
                     QStringLiteral("tierline-cli " TIERLINE_VERSION "\n"));
    }

    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given."));

    if (global.isSet(todayOption)) {
        const QDate today = parseIsoDate(global.value(todayOption));
        if (!today.isValid())
            return fail(Error::badInput(tr("--today needs a date as YYYY-MM-DD, not “%1”.")
                                            .arg(global.value(todayOption))));
        m_clock = std::make_unique<FixedClock>(today);
    } else {
        m_clock = std::make_unique<SystemClock>();
    }

    if (global.isSet(catalogOption)) {
        auto loaded = Catalog::loadFile(global.value(catalogOption));
        if (!loaded)
            return fail(loaded.error());
        m_ownCatalog = std::make_unique<Catalog>(std::move(loaded).value());
        m_catalog = m_ownCatalog.get();
    } else {
        m_catalog = &Catalog::builtIn();
    }
    m_dbPath = global.isSet(dbOption) ? global.value(dbOption) : Database::defaultSqlitePath();
    m_actingLogin = global.value(asOption);
    if (global.isSet(expectOption)) {
        bool ok = false;
        m_expectedVersion = global.value(expectOption).toLongLong(&ok);
        if (!ok || *m_expectedVersion < 1)
            return fail(Error::badInput(tr("--expect-version needs an account version (a whole "
                                           "number from “account ID”), not “%1”.")
                                            .arg(global.value(expectOption))));
    }

    const QString name = positional.constFirst();
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return (this->*command.handler)(positional);
    }
    return usageError(tr("unknown command “%1”.").arg(name));
}

bool CliApplication::parseCommand(QCommandLineParser &parser, const QString &command,
                                  const QStringList &args, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("tierline-cli")} + args)) {
        exitCode = usageError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    return true;
}

Status CliApplication::openDatabase()
{
    if (m_database)
        return Done {};
    auto opened = Database::open(m_dbPath);
    if (!opened)
        return opened.error();
    m_database = std::move(opened).value();
    m_billing = std::make_unique<BillingService>(*m_database, *m_catalog, *m_clock);
    if (const Status covered = m_billing->checkCatalogCoversBook(); !covered)
        return covered;
    // Due events are applied whenever the clock has reached them (X3).
    if (const auto caughtUp = m_billing->catchUp(); !caughtUp)
        return caughtUp.error();
    return Done {};
}

Result<qint64> CliApplication::accountIdArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return Error {Error::Kind::BadInput, QString()}; // reported as usage by the caller
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badInput(tr("“%1” is not an account id.").arg(positional.at(1)));
    return id;
}

Result<User> CliApplication::actingUser()
{
    return UserStore(*m_database).byLogin(m_actingLogin);
}

int CliApplication::priceTable(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"), tr("Currency."), tr("C"));
    const QCommandLineOption cycle(QStringLiteral("cycle"), tr("Billing cycle."), tr("CYCLE"));
    parser.addOptions({currency, cycle});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("price-table"), args, code))
        return code;
    if (!parser.isSet(currency) || !parser.isSet(cycle))
        return usageError(tr("price-table needs --currency and --cycle."));
    const QString currencyCode = parser.value(currency).toUpper();
    if (!m_catalog->hasCurrency(currencyCode))
        return fail(Error::badInput(
            tr("The catalog has no prices in %1; it has %2.")
                .arg(parser.value(currency), m_catalog->currencies().join(QStringLiteral(", ")))));
    const auto interval = billingIntervalFromKey(parser.value(cycle));
    if (!interval)
        return fail(Error::badInput(
            tr("--cycle is monthly or annual, not “%1”.").arg(parser.value(cycle))));

    QJsonArray tiers;
    QList<QStringList> rows;
    for (const TierPrice &tier : m_catalog->campaignsTiers(currencyCode, *interval)) {
        tiers.append(QJsonObject {{QStringLiteral("subscribers"), tier.subscribers},
                                  {QStringLiteral("price"), tier.price}});
        rows.append(
            {QLocale().toString(tier.subscribers), formatMoney(Money(tier.price, currencyCode))});
    }
    const QString priceHeader =
        *interval == BillingInterval::Monthly ? tr("Price per month") : tr("Price per year");
    return print(QJsonObject {{QStringLiteral("currency"), currencyCode},
                              {QStringLiteral("cycle"), billingIntervalKey(*interval)},
                              {QStringLiteral("tiers"), tiers}},
                 table({tr("Subscribers"), priceHeader}, rows));
}

int CliApplication::quoteChange(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"), tr("Currency."), tr("C"));
    const QCommandLineOption cycle(QStringLiteral("cycle"), tr("Billing cycle."), tr("CYCLE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Current tier."), tr("N"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Wanted tier."), tr("M"));
    const QCommandLineOption cycleStart(QStringLiteral("cycle-start"), tr("Cycle start."),
                                        tr("DATE"));
    const QCommandLineOption cycleEnd(QStringLiteral("cycle-end"), tr("Cycle end."), tr("DATE"));
    const QCommandLineOption on(QStringLiteral("on"), tr("Day of the change."), tr("DATE"));
    const QCommandLineOption subscribed(QStringLiteral("subscribed"), tr("Subscribed contacts."),
                                        tr("K"));
    const QCommandLineOption trialEnd(QStringLiteral("trial-end"), tr("Trial end."), tr("DATE"));
    parser.addOptions({currency, cycle, from, to, cycleStart, cycleEnd, on, subscribed, trialEnd});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("quote-change"), args, code))
        return code;
    for (const QCommandLineOption *required :
         {&currency, &cycle, &from, &to, &cycleStart, &cycleEnd, &on}) {
        if (!parser.isSet(*required))
            return usageError(tr("quote-change needs --%1.").arg(required->names().constFirst()));
    }

    auto integer = [&](const QCommandLineOption &option) -> std::optional<int> {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    auto date = [&](const QCommandLineOption &option) {
        return parseIsoDate(parser.value(option));
    };

    TierChangeQuestion question;
    question.currency = parser.value(currency).toUpper();
    const auto interval = billingIntervalFromKey(parser.value(cycle));
    if (!interval)
        return fail(Error::badInput(
            tr("--cycle is monthly or annual, not “%1”.").arg(parser.value(cycle))));
    question.interval = *interval;
    for (const QCommandLineOption *option : {&from, &to, &subscribed}) {
        if (parser.isSet(*option) && !integer(*option)) {
            return fail(
                Error::badInput(tr("--%1 needs a whole number, not “%2”.")
                                    .arg(option->names().constFirst(), parser.value(*option))));
        }
    }
    for (const QCommandLineOption *option : {&cycleStart, &cycleEnd, &on, &trialEnd}) {
        if (parser.isSet(*option) && !date(*option).isValid()) {
            return fail(
                Error::badInput(tr("--%1 needs a date as YYYY-MM-DD, not “%2”.")
                                    .arg(option->names().constFirst(), parser.value(*option))));
        }
    }
    question.fromTier = *integer(from);
    question.toTier = *integer(to);
    question.cycle = {date(cycleStart), date(cycleEnd)};
    question.changeDate = date(on);
    if (parser.isSet(subscribed))
        question.subscribedCount = *integer(subscribed);
    if (parser.isSet(trialEnd))
        question.trialEnd = date(trialEnd);

    const auto quote = TierChangePlanner(*m_catalog).quote(question);
    if (!quote)
        return fail(quote.error());

    const QJsonObject json {{QStringLiteral("kind"), tierChangeKindKey(quote->kind)},
                            {QStringLiteral("effective"), dateJson(quote->effective)},
                            {QStringLiteral("credit"), quote->credit},
                            {QStringLiteral("charge"), quote->charge},
                            {QStringLiteral("charged_today"), quote->chargedToday},
                            {QStringLiteral("next_cycle_price"), quote->nextCyclePrice},
                            {QStringLiteral("reason"), quote->reason}};
    const QString c = question.currency;
    QList<Field> rows {{tr("Change"), kindText(quote->kind)},
                       {tr("Effective"), formatDate(quote->effective)}};
    if (quote->kind == TierChangeKind::Upgrade && quote->effective == question.changeDate) {
        rows.append({tr("Days left"), tr("%1 of %2").arg(quote->daysLeft).arg(quote->daysInCycle)});
        rows.append({tr("Credit"), formatMoney(Money(-quote->credit, c))});
        rows.append({tr("Charge"), formatMoney(Money(quote->charge, c))});
    }
    rows.append({tr("Charged today"), formatMoney(Money(quote->chargedToday, c))});
    rows.append({tr("Next cycle price"), formatMoney(Money(quote->nextCyclePrice, c))});
    if (!quote->reason.isEmpty())
        rows.append({tr("Reason"), quote->reason});
    const QString text = fields(rows);
    print(json, text);
    if (quote->kind == TierChangeKind::Refused) {
        m_err << tr("tierline-cli: %1").arg(quote->reason) << '\n';
        m_err.flush();
        return Refused;
    }
    return Ok;
}

int CliApplication::demo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption accountsOption(QStringLiteral("accounts"), tr("Accounts to create."),
                                            tr("N"), QStringLiteral("24"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed."), tr("S"),
                                        QStringLiteral("1"));
    parser.addOptions({accountsOption, seedOption});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("demo"), args, code))
        return code;
    DemoOptions options;
    bool ok = false;
    options.accounts = parser.value(accountsOption).toInt(&ok);
    if (!ok)
        return fail(Error::badInput(
            tr("--accounts needs a whole number, not “%1”.").arg(parser.value(accountsOption))));
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(Error::badInput(
            tr("--seed needs a whole number, not “%1”.").arg(parser.value(seedOption))));
    options.today = m_clock->today();
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    if (const Status made = DemoWorkspace::generate(*m_database, *m_catalog, options); !made)
        return fail(made.error());
    return print(
        QJsonObject {{QStringLiteral("accounts"), options.accounts},
                     {QStringLiteral("seed"), qint64(options.seed)},
                     {QStringLiteral("today"), dateJson(options.today)}},
        tr("Created a demo workspace with %Ln account(s) in %1.\n", nullptr, options.accounts)
            .arg(m_database->location()));
}

QJsonObject CliApplication::accountJson(const Account &a) const
{
    const CampaignsState &c = a.campaigns;
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("owner"), a.ownerName},
            {QStringLiteral("plan"), a.plan},
            {QStringLiteral("product"), a.product},
            {QStringLiteral("currency"), a.currency},
            {QStringLiteral("billing_cycle"), billingIntervalKey(a.interval)},
            {QStringLiteral("seats"), a.seats},
            {QStringLiteral("scheduled_seats"),
             a.scheduledSeats ? QJsonValue(*a.scheduledSeats) : QJsonValue()},
            {QStringLiteral("addons"), QJsonArray::fromStringList(a.addons)},
            {QStringLiteral("plan_paid_until"), dateJson(a.planPaidUntil)},
            {QStringLiteral("created_on"), dateJson(a.createdOn)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("campaigns"),
             QJsonObject {{QStringLiteral("status"), campaignsStatusKey(c.status)},
                          {QStringLiteral("tier"), c.tier},
                          {QStringLiteral("scheduled_tier"),
                           c.scheduledTier ? QJsonValue(*c.scheduledTier) : QJsonValue()},
                          {QStringLiteral("trial_start"), dateJson(c.trialStart)},
                          {QStringLiteral("trial_end"), dateJson(c.trialEnd)},
                          {QStringLiteral("trial_days_left"), c.trialDaysLeft(m_clock->today())},
                          {QStringLiteral("cycle_start"), dateJson(c.cycle.start)},
                          {QStringLiteral("cycle_end"), dateJson(c.cycle.end)},
                          {QStringLiteral("cancel_on"), dateJson(c.cancelOn)},
                          {QStringLiteral("next_event_on"), dateJson(c.nextEventOn())},
                          {QStringLiteral("subscriber_limit"),
                           c.subscriberLimit(m_catalog->trialSubscriberCap())},
                          {QStringLiteral("review"), reviewStateKey(c.review)},
                          {QStringLiteral("review_expedited"), c.reviewExpedited}}}};
}

int CliApplication::accounts(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("accounts"), args, code))
        return code;
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto all = m_billing->accounts();
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const Account &a : *all) {
        json.append(accountJson(a));
        const CampaignsState &c = a.campaigns;
        rows.append({QString::number(a.id), a.name, a.ownerName, a.currency,
                     BillingText::interval(a.interval), BillingText::campaignsStatus(c.status),
                     c.tier ? QLocale().toString(c.tier) : QStringLiteral("–"),
                     BillingText::review(c.review, c.reviewExpedited)});
    }
    return print(json,
                 table({tr("ID"), tr("Account"), tr("Owner"), tr("Currency"), tr("Billing"),
                        tr("Campaigns"), tr("Tier"), tr("Review")},
                       rows));
}

int CliApplication::account(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = prepareAccountCommand(parser, QStringLiteral("account"), args, false, code);
    if (!id)
        return code;
    const auto a = m_billing->account(*id);
    if (!a)
        return fail(a.error());
    const auto counts = ContactService(*m_database, *m_catalog).counts(*id);
    if (!counts)
        return fail(counts.error());

    QJsonObject json = accountJson(*a);
    json.insert(QStringLiteral("contacts"),
                QJsonObject {{QStringLiteral("subscribed"), counts->subscribed},
                             {QStringLiteral("pending_upgrade"), counts->pendingUpgrade},
                             {QStringLiteral("unsubscribed"), counts->unsubscribed},
                             {QStringLiteral("archived"), counts->archived},
                             {QStringLiteral("non_marketing"), counts->nonMarketing},
                             {QStringLiteral("total"), counts->total}});
    const CampaignsState &c = a->campaigns;
    const QLocale locale;
    QList<Field> rows {
        {tr("Account"), QStringLiteral("%1 (%2)").arg(a->name).arg(a->id)},
        {tr("Owner"), a->ownerName},
        {tr("Plan"),
         tr("%1, %Ln seat(s); %2 in %3", nullptr, a->seats)
             .arg(BillingText::planName(*m_catalog, a->plan), BillingText::interval(a->interval),
                  a->currency)},
        {tr("Campaigns"), BillingText::campaignsStatus(c.status)},
    };
    if (c.status == CampaignsStatus::Trial)
        rows.append(
            {tr("Trial"),
             tr("%Ln day(s) left in your trial", nullptr, c.trialDaysLeft(m_clock->today()))});
    if (c.tier)
        rows.append({tr("Tier"), tr("%Ln subscriber(s)", nullptr, c.tier)});
    if (c.scheduledTier && c.status == CampaignsStatus::Trial) {
        rows.append({tr("Chosen tier"),
                     tr("%Ln subscriber(s) from %1", nullptr, *c.scheduledTier)
                         .arg(formatDate(c.trialEnd))});
    } else if (c.scheduledTier) {
        rows.append({tr("Scheduled"),
                     tr("Downgrade to %Ln subscriber(s) on %1", nullptr, *c.scheduledTier)
                         .arg(formatDate(c.cycle.end))});
    }
    if (c.cycle.start.isValid()) {
        rows.append({tr("Cycle"),
                     QStringLiteral("%1 – %2").arg(formatDate(c.cycle.start),
                                                   formatDate(c.cycle.end.addDays(-1)))});
    }
    if (c.cancelOn.isValid())
        rows.append({tr("Cancelled from"), formatDate(c.cancelOn)});
    rows.append({tr("Account review"), BillingText::review(c.review, c.reviewExpedited)});
    rows.append({tr("Subscribed"), locale.toString(counts->subscribed)});
    rows.append({tr("Pending upgrade"), locale.toString(counts->pendingUpgrade)});
    rows.append({tr("Contacts in all"), locale.toString(counts->total)});
    const QString text = fields(rows);
    return print(json, text);
}

int CliApplication::ledger(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = prepareAccountCommand(parser, QStringLiteral("ledger"), args, false, code);
    if (!id)
        return code;
    const auto a = m_billing->account(*id);
    if (!a)
        return fail(a.error());
    const Ledger book(*m_database);
    const auto entries = book.entries(*id);
    if (!entries)
        return fail(entries.error());
    QJsonArray json;
    QList<QStringList> rows;
    qint64 balance = 0;
    for (const LedgerEntry &e : *entries) {
        balance += e.amount;
        json.append(
            QJsonObject {{QStringLiteral("date"), dateJson(e.date)},
                         {QStringLiteral("kind"),
                          e.isCredit() ? QStringLiteral("credit") : QStringLiteral("charge")},
                         {QStringLiteral("reason"), ledgerReasonKey(e.reason)},
                         {QStringLiteral("amount"), e.amount},
                         {QStringLiteral("tier"), e.tier},
                         {QStringLiteral("item"), e.item},
                         {QStringLiteral("period_start"), dateJson(e.period.start)},
                         {QStringLiteral("period_end"), dateJson(e.period.end)}});
        rows.append({e.date.toString(Qt::ISODate), BillingText::ledgerLine(e, *m_catalog),
                     e.tier > 0 ? QLocale().toString(e.tier) : QStringLiteral("–"),
                     formatMoney(Money(e.amount, e.currency))});
    }
    QString text = table({tr("Date"), tr("Description"), tr("Tier"), tr("Amount")}, rows);
    text += tr("Balance: %1\n").arg(formatMoney(Money(balance, a->currency)));
    return print(QJsonObject {{QStringLiteral("account"), *id},
                              {QStringLiteral("currency"), a->currency},
                              {QStringLiteral("entries"), json},
                              {QStringLiteral("balance"), balance}},
                 text);
}

int CliApplication::audit(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = prepareAccountCommand(parser, QStringLiteral("audit"), args, false, code);
    if (!id)
        return code;
    const auto entries = AuditLog(*m_database).entries(*id);
    if (!entries)
        return fail(entries.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const AuditEntry &e : *entries) {
        const QString who = e.userId ? e.userName : tr("scheduler");
        json.append(QJsonObject {
            {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
            {QStringLiteral("user"), who},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()}});
        rows.append({e.at.toString(Qt::ISODate), who, e.action, e.details});
    }
    return print(json, table({tr("When"), tr("Who"), tr("Action"), tr("Details")}, rows));
}

int CliApplication::users(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("users"), args, code))
        return code;
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto all = UserStore(*m_database).all();
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const User &u : *all) {
        QStringList permissions;
        QJsonArray permissionKeys;
        for (const auto &[permission, key] :
             {std::pair {Permission::BillingAccess, "billing_access"},
              std::pair {Permission::CanSendCampaigns, "can_send_campaigns"},
              std::pair {Permission::ReviewDecisions, "review_decisions"},
              std::pair {Permission::SetMarketing, "set_marketing"}}) {
            if (u.has(permission)) {
                permissions.append(PermissionText::permissionName(permission));
                permissionKeys.append(QLatin1String(key));
            }
        }
        json.append(QJsonObject {{QStringLiteral("login"), u.login},
                                 {QStringLiteral("name"), u.name},
                                 {QStringLiteral("role"), roleKey(u.role)},
                                 {QStringLiteral("permissions"), permissionKeys}});
        rows.append({u.login, u.name, PermissionText::roleName(u.role),
                     permissions.join(QStringLiteral(", "))});
    }
    return print(json, table({tr("Login"), tr("Name"), tr("Role"), tr("Permissions")}, rows));
}

int CliApplication::advance(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day to apply."), tr("DATE"));
    parser.addOption(toOption);
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("advance"), args, code))
        return code;
    if (!parser.isSet(toOption))
        return usageError(tr("advance needs --to."));
    const QDate to = parseIsoDate(parser.value(toOption));
    if (!to.isValid())
        return fail(Error::badInput(
            tr("--to needs a date as YYYY-MM-DD, not “%1”.").arg(parser.value(toOption))));
    m_clock = std::make_unique<FixedClock>(to);
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    // openDatabase() caught up to the new day; count what a second pass would add (nothing).
    const auto applied = Scheduler(*m_database, *m_catalog, *m_clock).appliedThrough();
    return print(QJsonObject {{QStringLiteral("applied_through"), dateJson(applied)}},
                 tr("Billing events applied through %1.\n").arg(applied.toString(Qt::ISODate)));
}

std::optional<qint64> CliApplication::prepareAccountCommand(QCommandLineParser &parser,
                                                            const QString &command,
                                                            const QStringList &args, bool acts,
                                                            int &exitCode)
{
    if (!parseCommand(parser, command, args, exitCode))
        return std::nullopt;
    const auto id = accountIdArgument(parser);
    if (!id) {
        exitCode = id.error().message.isEmpty()
            ? usageError(tr("%1 needs one account id.").arg(command))
            : fail(id.error());
        return std::nullopt;
    }
    if (acts && m_actingLogin.isEmpty()) {
        exitCode =
            usageError(tr("%1 acts as a user: give --as LOGIN before the command.").arg(command));
        return std::nullopt;
    }
    if (const Status opened = openDatabase(); !opened) {
        exitCode = fail(opened.error());
        return std::nullopt;
    }
    return *id;
}

std::optional<CliApplication::ActionArguments>
CliApplication::prepareAction(QCommandLineParser &parser, const QString &command,
                              const QStringList &args, int &exitCode)
{
    const auto id = prepareAccountCommand(parser, command, args, true, exitCode);
    if (!id)
        return std::nullopt;
    const auto actor = actingUser();
    if (!actor) {
        exitCode = fail(actor.error());
        return std::nullopt;
    }
    if (m_expectedVersion)
        m_billing->expectVersion(*id, *m_expectedVersion);
    return ActionArguments {*id, *actor};
}

int CliApplication::tryCampaigns(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("try"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    if (const Status done = m_billing->startTrial(actor, id); !done)
        return fail(done.error());
    const auto a = m_billing->account(id);
    return print(accountJson(*a),
                 tr("The free trial of Campaigns runs until %1.\n")
                     .arg(formatDate(a->campaigns.trialEnd.addDays(-1))));
}

int CliApplication::setTier(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption tierOption(QStringLiteral("tier"), tr("Wanted tier."), tr("N"));
    parser.addOption(tierOption);
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("set-tier"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    if (!parser.isSet(tierOption))
        return usageError(tr("set-tier needs --tier."));
    bool ok = false;
    const int tier = parser.value(tierOption).toInt(&ok);
    if (!ok)
        return fail(Error::badInput(
            tr("--tier needs a whole number, not “%1”.").arg(parser.value(tierOption))));
    const auto quote = m_billing->changeTier(actor, id, tier);
    if (!quote)
        return fail(quote.error());
    const auto a = m_billing->account(id);
    QJsonObject json = accountJson(*a);
    json.insert(QStringLiteral("change"),
                QJsonObject {{QStringLiteral("kind"), tierChangeKindKey(quote->kind)},
                             {QStringLiteral("effective"), dateJson(quote->effective)},
                             {QStringLiteral("credit"), quote->credit},
                             {QStringLiteral("charge"), quote->charge},
                             {QStringLiteral("charged_today"), quote->chargedToday},
                             {QStringLiteral("next_cycle_price"), quote->nextCyclePrice}});
    QString text;
    if (a->campaigns.status == CampaignsStatus::Trial)
        text = tr("%1 subscribers apply when the trial ends on %2. Nothing is charged now.\n")
                   .arg(QLocale().toString(tier), formatDate(quote->effective));
    else if (quote->kind == TierChangeKind::Upgrade)
        text =
            tr("Upgraded to %1 subscribers. Charged today: %2 (credit %3, charge %4).\n")
                .arg(QLocale().toString(tier), formatMoney(Money(quote->chargedToday, a->currency)),
                     formatMoney(Money(quote->credit, a->currency)),
                     formatMoney(Money(quote->charge, a->currency)));
    else if (quote->kind == TierChangeKind::Downgrade)
        text = tr("Downgrade to %1 subscribers on %2.\n")
                   .arg(QLocale().toString(tier), formatDate(quote->effective));
    else
        text = tr("The tier stays at %1 subscribers.\n").arg(QLocale().toString(tier));
    return print(json, text);
}

int CliApplication::cancel(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("cancel"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    const auto effective = m_billing->cancel(actor, id);
    if (!effective)
        return fail(effective.error());
    const auto a = m_billing->account(id);
    QJsonObject json = accountJson(*a);
    json.insert(QStringLiteral("effective"), dateJson(*effective));
    return print(json,
                 tr("Campaigns is cancelled from %1; it can be used until then.\n")
                     .arg(formatDate(*effective)));
}

int CliApplication::resume(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("resume"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    if (const Status done = m_billing->resume(actor, id); !done)
        return fail(done.error());
    return print(accountJson(*m_billing->account(id)), tr("The cancellation is withdrawn.\n"));
}

int CliApplication::buy(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption tierOption(QStringLiteral("tier"), tr("Tier to buy."), tr("N"));
    parser.addOption(tierOption);
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("buy"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    if (!parser.isSet(tierOption))
        return usageError(tr("buy needs --tier."));
    bool ok = false;
    const int tier = parser.value(tierOption).toInt(&ok);
    if (!ok)
        return fail(Error::badInput(
            tr("--tier needs a whole number, not “%1”.").arg(parser.value(tierOption))));
    if (const Status done = m_billing->buy(actor, id, tier); !done)
        return fail(done.error());
    const auto a = m_billing->account(id);
    return print(
        accountJson(*a),
        tr("Campaigns bought at %1 subscribers; the cycle runs until %2.\n")
            .arg(QLocale().toString(tier), formatDate(a->campaigns.cycle.end.addDays(-1))));
}

int CliApplication::requestReview(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("request-review"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    if (const Status done = m_billing->requestReview(actor, id); !done)
        return fail(done.error());
    const auto a = m_billing->account(id);
    return print(accountJson(*a),
                 a->campaigns.reviewExpedited ? tr("The account review is expedited.\n")
                                              : tr("The account review is requested.\n"));
}

int CliApplication::decideReview(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption approveOption(QStringLiteral("approve"), tr("Approve the review."));
    const QCommandLineOption rejectOption(QStringLiteral("reject"), tr("Reject the review."));
    parser.addOptions({approveOption, rejectOption});
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("decide-review"), args, code);
    if (!action)
        return code;
    const qint64 id = action->accountId;
    const User &actor = action->actor;
    if (parser.isSet(approveOption) == parser.isSet(rejectOption))
        return usageError(tr("decide-review needs exactly one of --approve and --reject."));
    const bool approve = parser.isSet(approveOption);
    if (const Status done = m_billing->decideReview(actor, id, approve); !done)
        return fail(done.error());
    return print(accountJson(*m_billing->account(id)),
                 approve ? tr("The account review is approved.\n")
                         : tr("The account review is rejected.\n"));
}

int CliApplication::requestChange(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("What to change."), tr("KIND"));
    const QCommandLineOption detailsOption(QStringLiteral("details"), tr("What should change."),
                                           tr("TEXT"));
    parser.addOptions({kindOption, detailsOption});
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("request-change"), args, code);
    if (!action)
        return code;
    if (!parser.isSet(kindOption) || !parser.isSet(detailsOption))
        return usageError(tr("request-change needs --kind and --details."));
    const auto kind = changeRequestKindFromKey(parser.value(kindOption));
    if (!kind) {
        return fail(Error::badInput(tr("--kind is plan_downgrade, addon_removal, unbundle or "
                                       "product_change, not “%1”.")
                                        .arg(parser.value(kindOption))));
    }
    const auto id =
        ChangeRequests(*m_database, *m_clock)
            .submit(action->actor, action->accountId, *kind, parser.value(detailsOption));
    if (!id)
        return fail(id.error());
    return print(QJsonObject {{QStringLiteral("request"), *id}},
                 tr("Request %1 is filed; staff will contact you about it.\n").arg(*id));
}

int CliApplication::changeRequests(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Include handled requests."));
    parser.addOption(allOption);
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("change-requests"), args, code))
        return code;
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto requests = ChangeRequests(*m_database, *m_clock).list(parser.isSet(allOption));
    if (!requests)
        return fail(requests.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const ChangeRequest &r : *requests) {
        json.append(
            QJsonObject {{QStringLiteral("id"), r.id},
                         {QStringLiteral("account"), r.accountId},
                         {QStringLiteral("account_name"), r.accountName},
                         {QStringLiteral("requested_by"), r.requestedByName},
                         {QStringLiteral("requested_at"), r.requestedAt.toString(Qt::ISODate)},
                         {QStringLiteral("kind"), changeRequestKindKey(r.kind)},
                         {QStringLiteral("details"), r.details},
                         {QStringLiteral("handled"), r.handled}});
        rows.append({QString::number(r.id), r.accountName, ChangeRequests::kindText(r.kind),
                     r.requestedByName, formatDate(r.requestedAt.date()), r.details});
    }
    return print(json,
                 table({tr("ID"), tr("Account"), tr("Request"), tr("Requested by"),
                        tr("Requested on"), tr("Details")},
                       rows));
}

int CliApplication::planChange(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seats(QStringLiteral("seats"), tr("User seats."), tr("N"));
    const QCommandLineOption addon(QStringLiteral("add-addon"), tr("Add-on to add."), tr("ADDON"));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("Plan to move to."), tr("PLAN"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only price the change."));
    parser.addOptions({seats, addon, plan, dryRun});
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("plan-change"), args, code);
    if (!action)
        return code;
    if (int(parser.isSet(seats)) + int(parser.isSet(addon)) + int(parser.isSet(plan)) != 1)
        return usageError(tr("plan-change needs exactly one of --seats, --add-addon and --plan."));
    PlanChange change;
    if (parser.isSet(seats)) {
        bool ok = false;
        change = PlanChange::toSeats(parser.value(seats).toInt(&ok));
        if (!ok)
            return fail(Error::badInput(
                tr("--seats needs a whole number, not “%1”.").arg(parser.value(seats))));
    } else if (parser.isSet(addon)) {
        change = PlanChange::addingAddon(parser.value(addon));
    } else {
        change = PlanChange::toPlan(parser.value(plan));
    }

    const auto before = m_billing->account(action->accountId);
    if (!before)
        return fail(before.error());
    const auto quote = parser.isSet(dryRun)
        ? m_billing->quotePlanChange(*before, change)
        : m_billing->changePlan(action->actor, action->accountId, change);
    if (!quote)
        return fail(quote.error());
    if (quote->kind == TierChangeKind::Refused)
        return fail(Error::refused(quote->reason));
    const auto after = m_billing->account(action->accountId);
    if (!after)
        return fail(after.error());
    QJsonObject json = accountJson(*after);
    json.insert(QStringLiteral("change"),
                QJsonObject {{QStringLiteral("kind"), tierChangeKindKey(quote->kind)},
                             {QStringLiteral("applied"), !parser.isSet(dryRun)},
                             {QStringLiteral("effective"), dateJson(quote->effective)},
                             {QStringLiteral("credit"), quote->credit},
                             {QStringLiteral("charge"), quote->charge},
                             {QStringLiteral("charged_today"), quote->chargedToday},
                             {QStringLiteral("next_cycle_price"), quote->nextCyclePrice}});
    const QString currency = after->currency;
    QString text = fields({{tr("Change"), BillingText::tierChangeKind(quote->kind, false)},
                           {tr("Effective"), formatDate(quote->effective)},
                           {tr("Credit"), formatMoney(Money(-quote->credit, currency))},
                           {tr("Charge"), formatMoney(Money(quote->charge, currency))},
                           {tr("Charged today"), formatMoney(Money(quote->chargedToday, currency))},
                           {tr("Full price from the next cycle"),
                            formatMoney(Money(quote->nextCyclePrice, currency))}});
    if (parser.isSet(dryRun))
        text += tr("Nothing was changed (--dry-run).\n");
    return print(json, text);
}

} // namespace Tierline
