// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `tierline-cli contacts …`: the contacts list, its bulk actions and CSV import (P8, H1–H6).
#include "billing/billingservice.h"
#include "calendar/clock.h"
#include "cliapplication.h"
#include "clitext.h"
#include "contacts/contactimport.h"
#include "contacts/contactservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Tierline {

namespace {

/** The filter options every contacts subcommand takes. */
struct FilterOptions
{
    QCommandLineOption status {QStringLiteral("status"), CliApplication::tr("Status."),
                               CliApplication::tr("STATUS")};
    QCommandLineOption marketing {QStringLiteral("marketing"), CliApplication::tr("yes or no."),
                                  CliApplication::tr("YES|NO")};
    QCommandLineOption search {QStringLiteral("search"), CliApplication::tr("Name or email."),
                               CliApplication::tr("TEXT")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({status, marketing, search}); }

    Result<ContactFilter> read(const QCommandLineParser &parser) const
    {
        ContactFilter filter;
        if (parser.isSet(status)) {
            filter.status = ContactImport::parseStatus(parser.value(status));
            if (!filter.status) {
                return Error::badInput(CliApplication::tr("--status takes subscribed, "
                                                          "pending_upgrade, unsubscribed or "
                                                          "archived, not “%1”.")
                                           .arg(parser.value(status)));
            }
        }
        if (parser.isSet(marketing)) {
            filter.marketing = ContactImport::parseMarketing(parser.value(marketing));
            if (!filter.marketing) {
                return Error::badInput(CliApplication::tr("--marketing takes yes or no, not “%1”.")
                                           .arg(parser.value(marketing)));
            }
        }
        filter.text = parser.value(search);
        return filter;
    }
};

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject contactJson(const ContactRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("email"), row.email},
            {QStringLiteral("marketing"), row.marketing},
            {QStringLiteral("status"), contactStatusKey(row.status)},
            {QStringLiteral("added_on"), dateOrNull(row.addedOn)},
            {QStringLiteral("marketing_switch_on"), dateOrNull(row.marketingSwitchOn)}};
}

} // namespace

int CliApplication::contacts(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("list"))
        return contactsList(args.mid(1));
    if (sub == QLatin1String("archive") || sub == QLatin1String("set-marketing")
        || sub == QLatin1String("delete"))
        return contactsBulk(args.mid(1));
    if (sub == QLatin1String("import"))
        return contactsImport(args.mid(1));
    return usageError(sub.isEmpty()
                          ? tr("contacts needs list, archive, set-marketing, delete or import.")
                          : tr("unknown contacts command “%1”.").arg(sub));
}

int CliApplication::contactsList(const QStringList &args)
{
    QCommandLineParser parser;
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("Rows to show."), tr("N"));
    parser.addOption(limitOption);
    int code = Ok;
    const auto id =
        prepareAccountCommand(parser, QStringLiteral("contacts list"), args, false, code);
    if (!id)
        return code;
    const auto filter = filterOptions.read(parser);
    if (!filter)
        return fail(filter.error());
    int limit = 100;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 0)
            return fail(Error::badInput(
                tr("--limit needs a number of rows, not “%1”.").arg(parser.value(limitOption))));
    }
    if (const auto account = m_billing->account(*id); !account)
        return fail(account.error());
    const ContactService service(*m_database, *m_catalog);
    const auto matching = service.countMatching(*id, *filter);
    if (!matching)
        return fail(matching.error());
    const auto rows = service.list(*id, *filter, {}, std::nullopt, limit);
    if (!rows)
        return fail(rows.error());

    QJsonArray json;
    QList<QStringList> lines;
    for (const ContactRow &row : *rows) {
        json.append(contactJson(row));
        QString marketing = row.marketing ? tr("yes") : tr("no");
        if (row.marketingSwitchOn.isValid())
            marketing = tr("yes; non-marketing from %1").arg(formatDate(row.marketingSwitchOn));
        lines.append({QString::number(row.id), row.name, row.email, marketing,
                      ContactService::statusName(row.status), formatDate(row.addedOn)});
    }
    QString text = CliText::table(
        {tr("ID"), tr("Name"), tr("Email"), tr("Marketing"), tr("Status"), tr("Added")}, lines);
    text += tr("%1 of %Ln matching contact(s).\n", nullptr, *matching)
                .arg(QLocale().toString(qint64(rows->size())));
    return print(QJsonObject {{QStringLiteral("account_id"), *id},
                              {QStringLiteral("matching"), *matching},
                              {QStringLiteral("contacts"), json}},
                 text);
}

int CliApplication::contactsBulk(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Set marketing."));
    const QCommandLineOption noOption(QStringLiteral("no"), tr("Set non-marketing."));
    if (sub == QLatin1String("set-marketing"))
        parser.addOptions({yesOption, noOption});
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("contacts ") + sub, args, code);
    if (!action)
        return code;
    const auto filter = filterOptions.read(parser);
    if (!filter)
        return fail(filter.error());
    const bool setMarketing = sub == QLatin1String("set-marketing");
    if (setMarketing && parser.isSet(yesOption) == parser.isSet(noOption))
        return usageError(tr("contacts set-marketing needs either --yes or --no."));

    const ContactService service(*m_database, *m_catalog);
    const ContactSelection selection = ContactSelection::matching(*filter);
    const qint64 id = action->accountId;
    Result<BulkOutcome> outcome = BulkOutcome {};
    if (setMarketing)
        outcome = service.setMarketing(action->actor, id, selection, parser.isSet(yesOption),
                                       m_clock->today());
    else if (sub == QLatin1String("archive"))
        outcome = service.archive(action->actor, id, selection);
    else
        outcome = service.remove(action->actor, id, selection);
    if (!outcome)
        return fail(outcome.error());
    const auto floor = m_billing->floorTier(id);

    QJsonObject json {{QStringLiteral("account_id"), id},
                      {QStringLiteral("changed"), outcome->changed},
                      {QStringLiteral("pending_upgrade"), outcome->pending},
                      {QStringLiteral("scheduled"), outcome->scheduled},
                      {QStringLiteral("switch_on"), dateOrNull(outcome->switchOn)}};
    if (floor)
        json.insert(QStringLiteral("floor_tier"), *floor);
    QString text;
    if (sub == QLatin1String("archive"))
        text = tr("%Ln contact(s) archived.", nullptr, outcome->changed);
    else if (sub == QLatin1String("delete"))
        text = tr("%Ln contact(s) deleted.", nullptr, outcome->changed);
    else
        text = tr("%Ln contact(s) changed.", nullptr, outcome->changed);
    text += QLatin1Char('\n');
    if (outcome->scheduled > 0) {
        text += tr("%Ln contact(s) stay marketing until the update date, %1.", nullptr,
                   outcome->scheduled)
                    .arg(formatDate(outcome->switchOn))
            + QLatin1Char('\n');
    }
    if (outcome->pending > 0)
        text += tr("%Ln contact(s) wait as Pending upgrade.", nullptr, outcome->pending)
            + QLatin1Char('\n');
    if (floor && *floor > 0)
        text +=
            tr("The lowest tier the account can choose now: %1.\n").arg(QLocale().toString(*floor));
    return print(json, text);
}

int CliApplication::contactsImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("Account id."), tr("ID"));
    const QCommandLineOption duplicatesOption(QStringLiteral("duplicates"), tr("update or skip."),
                                              tr("POLICY"));
    parser.addOptions({accountOption, duplicatesOption});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("contacts import"), args, code))
        return code;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(accountOption))
        return usageError(tr("contacts import needs a FILE and --account ID."));
    if (m_actingLogin.isEmpty())
        return usageError(tr("%1 acts as a user: give --as LOGIN before the command.")
                              .arg(QStringLiteral("contacts import")));
    bool ok = false;
    const qint64 id = parser.value(accountOption).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
            Error::badInput(tr("“%1” is not an account id.").arg(parser.value(accountOption))));
    DuplicatePolicy policy = DuplicatePolicy::Update;
    if (parser.isSet(duplicatesOption)) {
        const QString value = parser.value(duplicatesOption);
        if (value == QLatin1String("skip"))
            policy = DuplicatePolicy::Skip;
        else if (value != QLatin1String("update"))
            return fail(
                Error::badInput(tr("--duplicates takes update or skip, not “%1”.").arg(value)));
    }
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto actor = actingUser();
    if (!actor)
        return fail(actor.error());
    const auto contacts = ContactImport::readFile(parser.positionalArguments().at(1));
    if (!contacts)
        return fail(contacts.error());
    const auto outcome = ContactService(*m_database, *m_catalog)
                             .importContacts(*actor, id, *contacts, policy, m_clock->today());
    if (!outcome)
        return fail(outcome.error());
    return print(QJsonObject {{QStringLiteral("account_id"), id},
                              {QStringLiteral("added"), outcome->added},
                              {QStringLiteral("updated"), outcome->updated},
                              {QStringLiteral("skipped"), outcome->skipped},
                              {QStringLiteral("pending_upgrade"), outcome->pending}},
                 ContactService::importSummary(*outcome) + QLatin1Char('\n'));
}

} // namespace Tierline
