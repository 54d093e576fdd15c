// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `tierline-cli usage|notifications|overage …`: usage & limits, notifications and the
// overage policy (H2, H3, H5).
#include "billing/billingservice.h"
#include "calendar/clock.h"
#include "cliapplication.h"
#include "clitext.h"
#include "storage/database.h"
#include "usage/usageservice.h"

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

QString levelKey(UsageLevel level)
{
    return level == UsageLevel::Over ? QStringLiteral("over") : QString::number(int(level));
}

} // namespace

int CliApplication::usage(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = prepareAccountCommand(parser, QStringLiteral("usage"), args, false, code);
    if (!id)
        return code;
    const UsageService service(*m_database, *m_catalog);
    const QDate today = m_clock->today();
    const auto s = service.summary(*id, today);
    if (!s)
        return fail(s.error());
    const auto reached = service.forecast(*id, today);
    if (!reached)
        return fail(reached.error());

    const QJsonObject json {{QStringLiteral("account"), *id},
                            {QStringLiteral("name"), s->accountName},
                            {QStringLiteral("marketing_contacts"), s->marketingCount},
                            {QStringLiteral("subscribed"), s->subscribed},
                            {QStringLiteral("pending_upgrade"), s->pendingUpgrade},
                            {QStringLiteral("total_contacts"), s->totalContacts},
                            {QStringLiteral("tier"), s->tier},
                            {QStringLiteral("limit"), s->tierLimit},
                            {QStringLiteral("trial"), s->trial},
                            {QStringLiteral("percent"), s->percent},
                            {QStringLiteral("next_update"), dateOrNull(s->nextUpdate)},
                            {QStringLiteral("overage_policy"), overagePolicyKey(s->policy)},
                            {QStringLiteral("limit_reached_on"),
                             reached->has_value() ? dateOrNull(**reached) : QJsonValue()}};
    const QLocale locale;
    const QString limit =
        s->tierLimit > 0 ? locale.toString(s->tierLimit) : tr("no limit: Campaigns is not active");
    QString text = CliText::fields({
        {tr("Account"), s->accountName},
        {tr("Marketing contacts"), locale.toString(s->marketingCount)},
        {tr("Pending upgrade"), locale.toString(s->pendingUpgrade)},
        {tr("Limit"), limit},
        {tr("Usage"), tr("%1 %").arg(locale.toString(s->percent))},
        {tr("Total contacts"), locale.toString(s->totalContacts)},
        {tr("Next update date"), formatDate(s->nextUpdate)},
        {tr("Overage policy"), UsageService::policyName(s->policy)},
    });
    if (s->tierLimit > 0)
        text += UsageService::forecastText(*reached, today) + QLatin1Char('\n');
    return print(json, text);
}

int CliApplication::notifications(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("Account id."), tr("ID"));
    const QCommandLineOption readOption(QStringLiteral("mark-read"),
                                        tr("Mark the listed notifications read."));
    parser.addOptions({accountOption, readOption});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("notifications"), args, code))
        return code;
    std::optional<qint64> accountId;
    if (parser.isSet(accountOption)) {
        bool ok = false;
        accountId = parser.value(accountOption).toLongLong(&ok);
        if (!ok || *accountId <= 0)
            return fail(
                Error::badInput(tr("“%1” is not an account id.").arg(parser.value(accountOption))));
    }
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    if (accountId) {
        if (const auto account = m_billing->account(*accountId); !account)
            return fail(account.error());
    }
    const UsageService service(*m_database, *m_catalog);
    const auto all = service.notifications(accountId);
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const UsageNotification &n : *all) {
        json.append(QJsonObject {{QStringLiteral("id"), n.id},
                                 {QStringLiteral("account"), n.accountId},
                                 {QStringLiteral("name"), n.accountName},
                                 {QStringLiteral("level"), levelKey(n.level)},
                                 {QStringLiteral("day"), dateOrNull(n.day)},
                                 {QStringLiteral("marketing_contacts"), n.marketingCount},
                                 {QStringLiteral("limit"), n.tierLimit},
                                 {QStringLiteral("read"), n.read}});
        rows.append({QString::number(n.id), formatDate(n.day), n.read ? tr("read") : tr("new"),
                     UsageService::notificationText(n)});
    }
    if (parser.isSet(readOption)) {
        if (const Status marked = service.markAllRead(accountId); !marked)
            return fail(marked.error());
    }
    if (all->isEmpty() && !m_json) {
        m_out << tr("No notifications.") << '\n';
        m_out.flush();
        return Ok;
    }
    return print(json,
                 CliText::table({tr("ID"), tr("Day"), tr("State"), tr("Notification")}, rows));
}

int CliApplication::overage(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption policyOption(QStringLiteral("policy"), tr("hold or auto-upgrade."),
                                          tr("POLICY"));
    parser.addOption(policyOption);
    int code = Ok;
    const auto action = prepareAction(parser, QStringLiteral("overage"), args, code);
    if (!action)
        return code;
    const QString value = parser.value(policyOption);
    std::optional<OveragePolicy> policy;
    if (value == QLatin1String("hold"))
        policy = OveragePolicy::Hold;
    else if (value == QLatin1String("auto-upgrade") || value == QLatin1String("auto_upgrade"))
        policy = OveragePolicy::AutoUpgrade;
    if (!policy) {
        return value.isEmpty()
            ? usageError(tr("overage needs --policy hold or auto-upgrade."))
            : fail(
                Error::badInput(tr("--policy takes hold or auto-upgrade, not “%1”.").arg(value)));
    }
    if (const Status set = m_billing->setOveragePolicy(action->actor, action->accountId, *policy);
        !set)
        return fail(set.error());
    const auto a = m_billing->account(action->accountId);
    if (!a)
        return fail(a.error());
    QJsonObject json = accountJson(*a);
    json.insert(QStringLiteral("overage_policy"), overagePolicyKey(a->overagePolicy));
    return print(json,
                 tr("Overage policy of %1: %2. %3\n")
                     .arg(a->name, UsageService::policyName(a->overagePolicy),
                          UsageService::policyDescription(a->overagePolicy)));
}

} // namespace Tierline
