// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `tierline-cli mrr …`, `subscriptions import`, `deals` and `deal`: MRR and subscription
// periods (Z1, Z3).
#include "billing/billingservice.h"
#include "calendar/clock.h"
#include "cliapplication.h"
#include "clitext.h"
#include "money/moneyformat.h"
#include "mrr/mrrengine.h"
#include "storage/database.h"
#include "subscriptions/subscriptionimport.h"
#include "subscriptions/subscriptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Tierline {

namespace {

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString sourceText(PeriodSource source)
{
    return source == PeriodSource::Billing ? CliApplication::tr("billing")
                                           : CliApplication::tr("deal");
}

/** The options of `deal add` and `deal edit`. */
struct DealOptions
{
    QCommandLineOption amount {QStringLiteral("amount"), CliApplication::tr("Amount per interval."),
                               CliApplication::tr("AMOUNT")};
    QCommandLineOption interval {QStringLiteral("interval"),
                                 CliApplication::tr("monthly, quarterly or annual."),
                                 CliApplication::tr("INTERVAL")};
    QCommandLineOption start {QStringLiteral("start"), CliApplication::tr("First day."),
                              CliApplication::tr("DATE")};
    QCommandLineOption end {QStringLiteral("end"), CliApplication::tr("Last day."),
                            CliApplication::tr("DATE")};
    QCommandLineOption note {QStringLiteral("note"), CliApplication::tr("A note."),
                             CliApplication::tr("TEXT")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({amount, interval, start, end, note});
    }

    /** Reads the deal; values not given keep those of base. */
    Result<DealInput> read(const QCommandLineParser &parser, const QString &currency,
                           DealInput base) const
    {
        if (parser.isSet(amount)) {
            const auto money = Money::fromDecimalString(parser.value(amount), currency);
            if (!money)
                return Error::badInput(CliApplication::tr("--amount needs a plain decimal such "
                                                          "as 1234.50, not “%1”.")
                                           .arg(parser.value(amount)));
            base.amount = money->minorUnits();
        }
        if (parser.isSet(interval)) {
            const auto value = subscriptionIntervalFromKey(parser.value(interval));
            if (!value)
                return Error::badInput(
                    CliApplication::tr("--interval takes monthly, quarterly or annual, not “%1”.")
                        .arg(parser.value(interval)));
            base.interval = *value;
        }
        for (const auto &[option, date] :
             {std::pair {&start, &base.start}, std::pair {&end, &base.end}}) {
            if (!parser.isSet(*option))
                continue;
            const QString text = parser.value(*option);
            *date = text.isEmpty() || text == QLatin1String("open") ? QDate() : parseIsoDate(text);
            if (!date->isValid()
                && !(option == &end && (text.isEmpty() || text == QLatin1String("open"))))
                return Error::badInput(
                    CliApplication::tr("--%1 needs a date as YYYY-MM-DD, not “%2”.")
                        .arg(option->names().constFirst(), text));
        }
        if (parser.isSet(note))
            base.note = parser.value(note);
        return base;
    }
};

QJsonObject periodJson(const SubscriptionPeriod &p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("account_id"), p.accountId},
        {QStringLiteral("source"),
         p.source == PeriodSource::Billing ? QStringLiteral("billing") : QStringLiteral("manual")},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("amount"), p.amount},
        {QStringLiteral("interval"), subscriptionIntervalKey(p.interval)},
        {QStringLiteral("monthly_rate"), p.monthlyRate},
        {QStringLiteral("start"), dateOrNull(p.start)},
        {QStringLiteral("end"), dateOrNull(p.end)},
        {QStringLiteral("note"), p.note}};
}

} // namespace

int CliApplication::mrr(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First month."), tr("YYYY-MM"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last month."), tr("YYYY-MM"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), tr("Owner's name or login."),
                                         tr("NAME"));
    const QCommandLineOption currencyOption(QStringLiteral("currency"), tr("Reporting currency."),
                                            tr("C"));
    parser.addOptions({fromOption, toOption, ownerOption, currencyOption});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("mrr"), args, code))
        return code;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption)
        || parser.positionalArguments().size() != 1)
        return usageError(tr("mrr needs --from YYYY-MM and --to YYYY-MM."));
    MrrQuery query;
    query.from = MrrEngine::parseMonth(parser.value(fromOption));
    query.to = MrrEngine::parseMonth(parser.value(toOption));
    for (const auto &[option, month] :
         {std::pair {&fromOption, query.from}, std::pair {&toOption, query.to}}) {
        if (!month.isValid())
            return fail(
                Error::badInput(tr("--%1 needs a month as YYYY-MM, not “%2”.")
                                    .arg(option->names().constFirst(), parser.value(*option))));
    }
    query.currency = parser.value(currencyOption).toUpper();
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    if (parser.isSet(ownerOption)) {
        const QString wanted = parser.value(ownerOption).trimmed();
        const auto users = UserStore(*m_database).all();
        if (!users)
            return fail(users.error());
        for (const User &u : *users) {
            if (u.login.compare(wanted, Qt::CaseInsensitive) == 0
                || u.name.compare(wanted, Qt::CaseInsensitive) == 0)
                query.ownerId = u.id;
        }
        if (query.ownerId == 0)
            return fail(Error::badInput(tr("There is no staff member “%1”.").arg(wanted)));
    }
    const auto series = MrrEngine(*m_database).series(query);
    if (!series)
        return fail(series.error());

    QJsonArray months;
    QList<QStringList> rows;
    auto money = [&](qint64 minor) { return formatMoney(Money(minor, series->currency)); };
    for (const MrrMonth &m : series->months) {
        months.append(QJsonObject {{QStringLiteral("month"), m.key()},
                                   {QStringLiteral("mrr"), m.mrr},
                                   {QStringLiteral("new"), m.newMrr},
                                   {QStringLiteral("expansion"), m.expansion},
                                   {QStringLiteral("contraction"), m.contraction},
                                   {QStringLiteral("churn"), m.churn},
                                   {QStringLiteral("reactivation"), m.reactivation}});
        rows.append({m.key(), money(m.mrr), money(m.newMrr), money(m.expansion),
                     money(m.contraction), money(m.churn), money(m.reactivation)});
    }
    const QString text = tr("MRR in %1\n").arg(series->currency)
        + CliText::table({tr("Month"), tr("MRR"), tr("New"), tr("Expansion"), tr("Contraction"),
                          tr("Churn"), tr("Reactivation")},
                         rows);
    return print(QJsonObject {{QStringLiteral("currency"), series->currency},
                              {QStringLiteral("months"), months}},
                 text);
}

int CliApplication::subscriptions(const QStringList &args)
{
    if (args.value(1) != QLatin1String("import"))
        return usageError(args.value(1).isEmpty()
                              ? tr("subscriptions needs import.")
                              : tr("unknown subscriptions command “%1”.").arg(args.value(1)));
    QCommandLineParser parser;
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("subscriptions import"), args.mid(1), code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(tr("subscriptions import needs a FILE."));
    if (m_actingLogin.isEmpty())
        return usageError(tr("%1 acts as a user: give --as LOGIN before the command.")
                              .arg(QStringLiteral("subscriptions import")));
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto actor = actingUser();
    if (!actor)
        return fail(actor.error());
    const auto outcome =
        SubscriptionImport(*m_database, *m_catalog)
            .importFile(*actor, parser.positionalArguments().at(1), m_clock->now());
    if (!outcome)
        return fail(outcome.error());
    return print(
        QJsonObject {{QStringLiteral("deals"), outcome->periods},
                     {QStringLiteral("accounts_created"), outcome->accountsCreated},
                     {QStringLiteral("owners_created"), outcome->ownersCreated}},
        tr("%Ln deal(s) imported", nullptr, outcome->periods) + QStringLiteral("; ")
            + tr("%Ln account(s) created", nullptr, outcome->accountsCreated) + QStringLiteral("; ")
            + tr("%Ln sales rep(s) added.", nullptr, outcome->ownersCreated) + QLatin1Char('\n'));
}

int CliApplication::deals(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = prepareAccountCommand(parser, QStringLiteral("deals"), args, false, code);
    if (!id)
        return code;
    const SubscriptionService service(*m_database, *m_catalog);
    const auto account = m_billing->account(*id);
    if (!account)
        return fail(account.error());
    const auto periods = service.periods(*id);
    if (!periods)
        return fail(periods.error());
    const auto summary = service.summary(*id, m_clock->today());
    if (!summary)
        return fail(summary.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SubscriptionPeriod &p : *periods) {
        json.append(periodJson(p));
        rows.append({QString::number(p.id), sourceText(p.source),
                     formatMoney(Money(p.amount, p.currency)),
                     SubscriptionService::intervalName(p.interval),
                     formatMoney(Money(p.monthlyRate, p.currency)), formatDate(p.start),
                     p.isOpen() ? tr("open") : formatDate(p.end), p.note});
    }
    QString text = CliText::table({tr("ID"), tr("Source"), tr("Amount"), tr("Interval"),
                                   tr("Monthly rate"), tr("Start"), tr("End"), tr("Note")},
                                  rows);
    text += tr("Current monthly rate: %1\n")
                .arg(formatMoney(Money(summary->currentRate, summary->currency)));
    return print(QJsonObject {{QStringLiteral("account_id"), *id},
                              {QStringLiteral("currency"), summary->currency},
                              {QStringLiteral("current_rate"), summary->currentRate},
                              {QStringLiteral("current_end"), dateOrNull(summary->currentEnd)},
                              {QStringLiteral("periods"), json}},
                 text);
}

int CliApplication::deal(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub != QLatin1String("add") && sub != QLatin1String("edit")
        && sub != QLatin1String("delete"))
        return usageError(sub.isEmpty() ? tr("deal needs add, edit or delete.")
                                        : tr("unknown deal command “%1”.").arg(sub));
    QCommandLineParser parser;
    const DealOptions options;
    if (sub != QLatin1String("delete"))
        options.addTo(parser);
    int code = Ok;
    // add takes the account id; edit and delete the deal's id.
    const auto id =
        prepareAccountCommand(parser, QStringLiteral("deal ") + sub, args.mid(1), true, code);
    if (!id)
        return code;
    const auto actor = actingUser();
    if (!actor)
        return fail(actor.error());
    const SubscriptionService service(*m_database, *m_catalog);
    if (sub == QLatin1String("add")) {
        if (!parser.isSet(options.amount) || !parser.isSet(options.interval)
            || !parser.isSet(options.start))
            return usageError(tr("deal add needs --amount, --interval and --start."));
        const auto account = m_billing->account(*id);
        if (!account)
            return fail(account.error());
        const auto deal = options.read(parser, account->currency, {});
        if (!deal)
            return fail(deal.error());
        const auto added = service.addDeal(*actor, *id, *deal, m_clock->now());
        if (!added)
            return fail(added.error());
        const auto period = service.period(*added);
        if (!period)
            return fail(period.error());
        return print(periodJson(*period),
                     tr("Deal %1 added: %2 a month from %3.\n")
                         .arg(QString::number(*added),
                              formatMoney(Money(period->monthlyRate, period->currency)),
                              formatDate(period->start)));
    }
    const auto old = service.period(*id);
    if (!old)
        return fail(old.error());
    if (sub == QLatin1String("delete")) {
        if (const Status removed = service.removeDeal(*actor, *id, m_clock->now()); !removed)
            return fail(removed.error());
        return print(QJsonObject {{QStringLiteral("deleted"), *id}},
                     tr("Deal %1 deleted.\n").arg(*id));
    }
    const auto deal =
        options.read(parser, old->currency,
                     DealInput {old->amount, old->interval, old->start, old->end, old->note});
    if (!deal)
        return fail(deal.error());
    if (const Status edited = service.editDeal(*actor, *id, *deal, m_clock->now(), old->version);
        !edited)
        return fail(edited.error());
    const auto period = service.period(*id);
    if (!period)
        return fail(period.error());
    return print(periodJson(*period), tr("Deal %1 changed.\n").arg(*id));
}

} // namespace Tierline
