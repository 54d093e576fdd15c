// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingtext.h"

#include "billing/ledger.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "money/moneyformat.h"

#include <QHash>
#include <QLocale>

namespace Tierline {

QString BillingText::campaignsStatus(CampaignsStatus status)
{
    switch (status) {
    case CampaignsStatus::None:
        return tr("Not taken");
    case CampaignsStatus::Trial:
        return tr("Trial");
    case CampaignsStatus::Active:
        return tr("Active");
    case CampaignsStatus::Stopped:
        return tr("Stopped");
    case CampaignsStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString BillingText::review(ReviewState state, bool expedited)
{
    switch (state) {
    case ReviewState::NotRequested:
        return tr("Not requested");
    case ReviewState::Pending:
        return expedited ? tr("Pending (expedited)") : tr("Pending");
    case ReviewState::Approved:
        return tr("Approved");
    case ReviewState::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString BillingText::interval(BillingInterval interval)
{
    return interval == BillingInterval::Monthly ? tr("Monthly") : tr("Annual");
}

QString BillingText::product(const QString &productId)
{
    if (productId == QLatin1String("marketing"))
        return tr("Marketing");
    if (productId == QLatin1String("sales"))
        return tr("Sales");
    if (productId == QLatin1String("marketing_sales"))
        return tr("Marketing + Sales");
    return productId;
}

QString BillingText::feature(const QString &id)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("email_marketing"), QT_TR_NOOP("Email marketing")},
        {QStringLiteral("signup_forms"), QT_TR_NOOP("Sign-up forms")},
        {QStringLiteral("basic_reporting"), QT_TR_NOOP("Basic reporting")},
        {QStringLiteral("marketing_automation"), QT_TR_NOOP("Marketing automation")},
        {QStringLiteral("landing_pages"), QT_TR_NOOP("Landing pages")},
        {QStringLiteral("ab_testing"), QT_TR_NOOP("A/B testing")},
        {QStringLiteral("custom_reporting"), QT_TR_NOOP("Custom reporting")},
        {QStringLiteral("predictive_sending"), QT_TR_NOOP("Predictive sending")},
        {QStringLiteral("salesforce_integration"), QT_TR_NOOP("Salesforce integration")},
        {QStringLiteral("single_sign_on"), QT_TR_NOOP("Single sign-on")},
        {QStringLiteral("custom_user_roles"), QT_TR_NOOP("Custom user roles")},
        {QStringLiteral("dedicated_support"), QT_TR_NOOP("Dedicated support")},
    };
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString BillingText::addonName(const Catalog &catalog, const QString &addonId)
{
    for (const Addon &addon : catalog.addons()) {
        if (addon.id == addonId)
            return addon.name;
    }
    return addonId;
}

QString BillingText::seats(int seats)
{
    return tr("%Ln user seat(s)", nullptr, seats);
}

QString BillingText::ledgerLine(const LedgerEntry &entry, const Catalog &catalog)
{
    const QString reason = Ledger::reasonText(entry.reason);
    const qsizetype colon = entry.item.indexOf(QLatin1Char(':'));
    if (!entry.isPlanLine() || colon < 0)
        return reason;
    const QString kind = entry.item.left(colon);
    const QString what = entry.item.mid(colon + 1);
    QString item = what;
    if (kind == QLatin1String("plan"))
        //: A plan by its name: "Pro plan".
        item = tr("%1 plan").arg(planName(catalog, what));
    else if (kind == QLatin1String("seats"))
        item = seats(what.toInt());
    else if (kind == QLatin1String("addon"))
        item = addonName(catalog, what);
    //: A ledger line: its reason, then what it prices ("Plan renewal · Pro plan").
    return tr("%1 · %2").arg(reason, item);
}

QString BillingText::planName(const Catalog &catalog, const QString &planId)
{
    const std::optional<Plan> plan = catalog.plan(planId);
    return plan ? plan->name : planId;
}

QString BillingText::tierCell(const CampaignsState &campaigns)
{
    if (campaigns.status != CampaignsStatus::Active || campaigns.tier <= 0)
        return QStringLiteral("–");
    const QLocale locale;
    if (campaigns.scheduledTier && *campaigns.scheduledTier != campaigns.tier) {
        return tr("%1 → %2").arg(locale.toString(campaigns.tier),
                                 locale.toString(*campaigns.scheduledTier));
    }
    return locale.toString(campaigns.tier);
}

QString BillingText::nextEvent(const Account &account, const Catalog &catalog)
{
    const CampaignsState &c = account.campaigns;
    switch (c.status) {
    case CampaignsStatus::Trial:
        if (c.cancelOn.isValid())
            return tr("Cancelled: the trial stops on %1").arg(formatDate(c.trialEnd));
        if (c.review != ReviewState::Approved)
            return tr("Stops on %1 unless the account review is approved")
                .arg(formatDate(c.trialEnd));
        return tr("Continues at %Ln subscriber(s) on %1", nullptr,
                  c.scheduledTier.value_or(catalog.minTier()))
            .arg(formatDate(c.trialEnd));
    case CampaignsStatus::Active:
        if (c.cancelOn.isValid())
            return tr("Cancels on %1; usable until then").arg(formatDate(c.cancelOn));
        if (c.scheduledTier && *c.scheduledTier < c.tier)
            return tr("Downgrade to %Ln subscriber(s) on %1", nullptr, *c.scheduledTier)
                .arg(formatDate(c.cycle.end));
        if (const auto price = catalog.campaignsPrice(account.currency, account.interval, c.tier))
            return tr("Renews on %1 at %2")
                .arg(formatDate(c.cycle.end), formatMoney(Money(*price, account.currency)));
        return tr("Renews on %1").arg(formatDate(c.cycle.end));
    case CampaignsStatus::None:
    case CampaignsStatus::Stopped:
    case CampaignsStatus::Cancelled:
        break;
    }
    return {};
}

QString BillingText::campaignsSummary(const Account &account, int trialCap)
{
    const CampaignsState &c = account.campaigns;
    switch (c.status) {
    case CampaignsStatus::Trial:
        return tr("Free trial · up to %Ln subscriber(s)", nullptr, trialCap);
    case CampaignsStatus::Active:
        return tr("Active · %Ln subscriber(s)", nullptr, c.tier);
    case CampaignsStatus::None:
        return tr("Not taken");
    case CampaignsStatus::Stopped:
        return tr("Stopped after the trial; contacts and history are kept");
    case CampaignsStatus::Cancelled:
        return tr("Cancelled; contacts and history are kept");
    }
    return {};
}

QString BillingText::trialDaysLeft(int days)
{
    return tr("%Ln day(s) left in your trial", nullptr, days);
}

QString BillingText::cancelledFrom(QDate effective)
{
    return tr("Campaigns is cancelled from %1. You can use it until then.")
        .arg(formatDate(effective));
}

QString BillingText::perCycle(BillingInterval interval)
{
    return interval == BillingInterval::Monthly ? tr("per month") : tr("per year");
}

QString BillingText::pricePerThousandSubscribers(qint64 cyclePrice, const QString &currency,
                                                 int tier)
{
    if (tier <= 0)
        return {};
    const qint64 perThousand = mulDivRoundHalfUp(cyclePrice, 1000, tier);
    return tr("%1 per 1,000 subscribers").arg(formatMoney(Money(perThousand, currency)));
}

QString BillingText::daysLeftInCycle(qint64 daysLeft, qint64 daysInCycle)
{
    return tr("%1 of %Ln day(s) left in this cycle", nullptr, int(daysInCycle))
        .arg(QLocale().toString(daysLeft));
}

QString BillingText::tierChangeKind(TierChangeKind kind, bool duringTrial)
{
    if (duringTrial && kind != TierChangeKind::Refused)
        return tr("Free during the trial");
    switch (kind) {
    case TierChangeKind::Upgrade:
        return tr("Upgrade");
    case TierChangeKind::Downgrade:
        return tr("Downgrade");
    case TierChangeKind::Unchanged:
        return tr("No change");
    case TierChangeKind::Refused:
        return tr("Not possible");
    }
    return {};
}

} // namespace Tierline
