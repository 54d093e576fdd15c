// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingservice.h"

#include "billing/ledger.h"
#include "billing/scheduler.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "money/moneyformat.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "subscriptions/subscriptions.h"
#include "usage/usageservice.h"

#include <QLocale>
#include <QUuid>

#include <limits>

namespace Tierline {

namespace {

QString uniqueEventKey(const QString &what)
{
    return what + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** Whether a fresh quote books exactly what the user reviewed. */
bool samePrices(const ProrationQuote &quote, const ProrationQuote &reviewed)
{
    return quote.kind == reviewed.kind && quote.effective == reviewed.effective
        && quote.credit == reviewed.credit && quote.charge == reviewed.charge
        && quote.nextCyclePrice == reviewed.nextCyclePrice;
}

} // namespace

BillingService::BillingService(const Database &database, const Catalog &catalog, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_clock(clock)
{
}

Result<Account> BillingService::account(qint64 accountId) const
{
    return AccountStore(m_database).load(accountId);
}

Result<QList<Account>> BillingService::accounts() const
{
    return AccountStore(m_database).loadAll();
}

Status BillingService::checkCatalogCoversBook() const
{
    auto currencies = m_database.run(QStringLiteral(
        "SELECT currency, MIN(name) FROM accounts GROUP BY currency ORDER BY currency"));
    if (!currencies)
        return currencies.error();
    while (currencies->next()) {
        const QString currency = currencies->value(0).toString();
        if (!m_catalog.hasCurrency(currency)) {
            return Error::badInput(
                tr("The price catalog has no Campaigns prices in %1, which %2 and perhaps other "
                   "accounts are billed in. Use a catalog with %1 prices.")
                    .arg(currency, currencies->value(1).toString()));
        }
    }
    return Done {};
}

Result<int> BillingService::catchUp()
{
    QList<qint64> changed;
    const auto applied = Scheduler(m_database, m_catalog, m_clock).catchUp(&changed);
    // Accounts billed before a failure did change: say so even then.
    for (const qint64 id : std::as_const(changed))
        Q_EMIT accountChanged(id);
    return applied;
}

Result<int> BillingService::floorTier(qint64 accountId) const
{
    const auto subscribed = ContactService(m_database, m_catalog).subscribedCount(accountId);
    if (!subscribed)
        return subscribed.error();
    return m_catalog.tierFor(int(std::min<qint64>(*subscribed, m_catalog.maxTier())));
}

Result<TierChangeQuestion> BillingService::tierChangeQuestion(const Account &account, int toTier,
                                                              qint64 subscribedCount) const
{
    const CampaignsState &c = account.campaigns;
    TierChangeQuestion question;
    question.currency = account.currency;
    question.interval = account.interval;
    question.toTier = toTier;
    question.changeDate = m_clock.today();
    question.subscribedCount =
        int(std::min<qint64>(subscribedCount, std::numeric_limits<int>::max()));
    switch (c.status) {
    case CampaignsStatus::Trial:
        question.fromTier = c.scheduledTier.value_or(m_catalog.minTier());
        question.cycle = {c.trialStart, c.trialEnd};
        question.trialEnd = c.trialEnd;
        return question;
    case CampaignsStatus::Active:
        question.fromTier = c.tier;
        question.cycle = c.cycle;
        return question;
    case CampaignsStatus::None:
    case CampaignsStatus::Stopped:
    case CampaignsStatus::Cancelled:
        break;
    }
    return Error::refused(tr("Campaigns is not active on %1.").arg(account.name));
}

Result<ProrationQuote> BillingService::quoteTierChange(const Account &account, int toTier) const
{
    const auto subscribed = ContactService(m_database, m_catalog).subscribedCount(account.id);
    if (!subscribed)
        return subscribed.error();
    const auto question = tierChangeQuestion(account, toTier, *subscribed);
    if (!question)
        return question.error();
    return TierChangePlanner(m_catalog).quote(*question);
}

Status BillingService::refuseUnlessUsable(const Account &account) const
{
    const CampaignsState &c = account.campaigns;
    if (!c.isUsable())
        return Error::refused(tr("Campaigns is not active on %1.").arg(account.name));
    if (c.cancelOn.isValid()) {
        return Error::refused(tr("Campaigns is cancelled from %1. Resume it to make changes.")
                                  .arg(formatDate(c.cancelOn)));
    }
    return Done {};
}

Status BillingService::mutate(const User &actor, Permission needed, qint64 accountId,
                              const Mutation &change)
{
    const std::optional<ExpectedVersion> expected = std::exchange(m_expectedVersion, std::nullopt);
    if (!actor.has(needed))
        return Error::forbidden(PermissionText::missing(actor, needed));
    const Scheduler scheduler(m_database, m_catalog, m_clock);
    if (const Status clockOk = scheduler.checkClockNotBehind(); !clockOk)
        return clockOk;
    if (const auto caughtUp = catchUp(); !caughtUp)
        return caughtUp.error();

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    auto account = AccountStore(m_database).load(accountId);
    if (!account)
        return account.error();
    if (expected && expected->accountId == accountId && expected->version != account->version) {
        return Error::conflict(tr("%1 was changed by someone else after you opened it. Reload "
                                  "it and try again.")
                                   .arg(account->name));
    }

    QVariantMap details;
    QString action;
    if (const Status changed = change(account.value(), details, action); !changed)
        return changed;
    if (action.isEmpty())
        return Done {}; // nothing to change: no write, no audit

    if (const Status saved = AccountStore(m_database).saveCampaigns(accountId, account->campaigns);
        !saved)
        return saved;
    const auto promoted = ContactService(m_database, m_catalog).promotePending(accountId);
    if (!promoted)
        return promoted.error();
    if (*promoted > 0)
        details.insert(QStringLiteral("promoted"), *promoted);
    // A new limit moves usage against the thresholds (H3).
    if (const auto checked =
            UsageService(m_database, m_catalog).checkThresholds(accountId, m_clock.today());
        !checked)
        return checked.error();
    // Z1: the subscription periods follow every billing change, in the same transaction.
    if (const Status synced =
            SubscriptionService(m_database, m_catalog).syncBilling(accountId, m_clock.today());
        !synced)
        return synced;
    if (const Status logged =
            AuditLog(m_database).record(m_clock.now(), actor.id, accountId, action, details);
        !logged)
        return logged;
    if (const Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT accountChanged(accountId);
    return Done {};
}

void BillingService::expectVersion(qint64 accountId, qint64 version)
{
    m_expectedVersion = ExpectedVersion {accountId, version};
}

Status BillingService::startTrial(const User &actor, qint64 accountId)
{
    return mutate(actor, Permission::BillingAccess, accountId,
                  [this](Account &account, QVariantMap &details, QString &action) -> Status {
                      CampaignsState &c = account.campaigns;
                      if (c.trialTaken()) {
                          return Error::refused(tr("%1 already took the free trial on %2.")
                                                    .arg(account.name, formatDate(c.trialStart)));
                      }
                      if (c.status != CampaignsStatus::None)
                          return Error::refused(
                              tr("Campaigns is already on for %1.").arg(account.name));
                      c.status = CampaignsStatus::Trial;
                      c.trialStart = m_clock.today();
                      c.trialEnd = c.trialStart.addDays(m_catalog.trialDays());
                      c.scheduledTier.reset();
                      action = QStringLiteral("trial.start");
                      details.insert(QStringLiteral("trial_end"), c.trialEnd.toString(Qt::ISODate));
                      return Done {};
                  });
}

Error BillingService::reviewedAmountChanged(const Account &account, qint64 now,
                                            qint64 reviewed) const
{
    return Error::conflict(tr("The amounts changed since you reviewed them: %1 would be charged "
                              "today instead of %2. Review the change again.")
                               .arg(formatMoney(Money(now, account.currency)),
                                    formatMoney(Money(reviewed, account.currency))));
}

Result<ProrationQuote> BillingService::changeTier(const User &actor, qint64 accountId, int toTier,
                                                  const std::optional<ProrationQuote> &reviewed)
{
    ProrationQuote result;
    const Status done = mutate(
        actor, Permission::BillingAccess, accountId,
        [&](Account &account, QVariantMap &details, QString &action) -> Status {
            if (const Status usable = refuseUnlessUsable(account); !usable)
                return usable;
            const auto quote = quoteTierChange(account, toTier);
            if (!quote)
                return quote.error();
            if (quote->kind == TierChangeKind::Refused)
                return Error::refused(quote->reason);
            if (reviewed && !samePrices(*quote, *reviewed))
                return reviewedAmountChanged(account, quote->chargedToday, reviewed->chargedToday);
            result = *quote;

            CampaignsState &c = account.campaigns;
            const int from = c.status == CampaignsStatus::Trial
                ? c.scheduledTier.value_or(m_catalog.minTier())
                : c.tier;
            details.insert(QStringLiteral("from"), from);
            details.insert(QStringLiteral("to"), toTier);
            details.insert(QStringLiteral("effective"), quote->effective.toString(Qt::ISODate));

            if (c.status == CampaignsStatus::Trial) {
                if (toTier == from)
                    return Done {};
                c.scheduledTier = toTier; // P7: free now, applied at the trial end
                action = QStringLiteral("tier.trial_choice");
                return Done {};
            }

            switch (quote->kind) {
            case TierChangeKind::Upgrade: {
                const Ledger ledger(m_database);
                const QString key = uniqueEventKey(QStringLiteral("upgrade"));
                LedgerEntry line;
                line.accountId = account.id;
                line.date = m_clock.today();
                line.currency = account.currency;
                line.period = {m_clock.today(), c.cycle.end};
                line.reason = LedgerReason::UpgradeCredit;
                line.amount = -quote->credit;
                line.tier = from;
                line.eventKey = key + QStringLiteral(":credit");
                if (const Status added = ledger.append(line); !added)
                    return added;
                line.reason = LedgerReason::UpgradeCharge;
                line.amount = quote->charge;
                line.tier = toTier;
                line.eventKey = key + QStringLiteral(":charge");
                if (const Status added = ledger.append(line); !added)
                    return added;
                c.tier = toTier;
                c.scheduledTier.reset();
                action = QStringLiteral("tier.upgrade");
                details.insert(QStringLiteral("credit"), quote->credit);
                details.insert(QStringLiteral("charge"), quote->charge);
                return Done {};
            }
            case TierChangeKind::Downgrade:
                c.scheduledTier = toTier;
                action = QStringLiteral("tier.downgrade_scheduled");
                return Done {};
            case TierChangeKind::Unchanged:
                if (c.scheduledTier) {
                    c.scheduledTier.reset();
                    action = QStringLiteral("tier.downgrade_withdrawn");
                }
                return Done {};
            case TierChangeKind::Refused:
                break;
            }
            return Done {};
        });
    if (!done)
        return done.error();
    return result;
}

Result<ProrationQuote> BillingService::quotePlanChange(const Account &account,
                                                       const PlanChange &change) const
{
    return PlanPlanner(m_catalog).quote(account, change, m_clock.today());
}

Result<ProrationQuote> BillingService::changePlan(const User &actor, qint64 accountId,
                                                  const PlanChange &change,
                                                  const std::optional<ProrationQuote> &reviewed)
{
    ProrationQuote result;
    const Status done = mutate(
        actor, Permission::BillingAccess, accountId,
        [&](Account &account, QVariantMap &details, QString &action) -> Status {
            const auto quote = quotePlanChange(account, change);
            if (!quote)
                return quote.error();
            if (quote->kind == TierChangeKind::Refused)
                return Error::refused(quote->reason);
            if (reviewed && !samePrices(*quote, *reviewed))
                return reviewedAmountChanged(account, quote->chargedToday, reviewed->chargedToday);
            result = *quote;

            QString item;
            switch (change.kind) {
            case PlanChange::Kind::Seats:
                details.insert(QStringLiteral("from"), account.seats);
                details.insert(QStringLiteral("to"), change.seats);
                item = QStringLiteral("seats:%1").arg(change.seats);
                break;
            case PlanChange::Kind::AddAddon:
                details.insert(QStringLiteral("addon"), change.addon);
                item = QStringLiteral("addon:") + change.addon;
                break;
            case PlanChange::Kind::Plan:
                details.insert(QStringLiteral("from"), account.plan);
                details.insert(QStringLiteral("to"), change.plan);
                item = QStringLiteral("plan:") + change.plan;
                break;
            }

            switch (quote->kind) {
            case TierChangeKind::Upgrade: {
                const CycleRange cycle = PlanPlanner::cycleOn(account, m_clock.today());
                const QString key = uniqueEventKey(QStringLiteral("plan"));
                LedgerEntry line;
                line.accountId = account.id;
                line.date = m_clock.today();
                line.currency = account.currency;
                line.period = {m_clock.today(), cycle.end};
                line.item = item;
                line.reason = LedgerReason::PlanCredit;
                line.amount = -quote->credit;
                line.eventKey = key + QStringLiteral(":credit");
                const Ledger ledger(m_database);
                if (const Status added = ledger.append(line); !added)
                    return added;
                line.reason = LedgerReason::PlanCharge;
                line.amount = quote->charge;
                line.eventKey = key + QStringLiteral(":charge");
                if (const Status added = ledger.append(line); !added)
                    return added;
                details.insert(QStringLiteral("credit"), quote->credit);
                details.insert(QStringLiteral("charge"), quote->charge);
                if (change.kind == PlanChange::Kind::AddAddon) {
                    action = QStringLiteral("addon.add");
                    return AccountStore(m_database)
                        .addAddon(account.id, change.addon, m_clock.today());
                }
                if (change.kind == PlanChange::Kind::Plan) {
                    account.plan = change.plan;
                    action = QStringLiteral("plan.upgrade");
                } else {
                    account.seats = change.seats;
                    action = QStringLiteral("seats.add");
                }
                account.scheduledSeats.reset();
                return AccountStore(m_database).savePlan(account);
            }
            case TierChangeKind::Downgrade:
                account.scheduledSeats = change.seats;
                details.insert(QStringLiteral("effective"), quote->effective.toString(Qt::ISODate));
                action = QStringLiteral("seats.reduce_scheduled");
                return AccountStore(m_database).savePlan(account);
            case TierChangeKind::Unchanged:
                if (change.kind == PlanChange::Kind::Seats && account.scheduledSeats) {
                    account.scheduledSeats.reset();
                    action = QStringLiteral("seats.reduce_withdrawn");
                    return AccountStore(m_database).savePlan(account);
                }
                return Done {};
            case TierChangeKind::Refused:
                break;
            }
            return Done {};
        });
    if (!done)
        return done.error();
    return result;
}

Result<QDate> BillingService::cancel(const User &actor, qint64 accountId)
{
    QDate effective;
    const Status done =
        mutate(actor, Permission::BillingAccess, accountId,
               [&](Account &account, QVariantMap &details, QString &action) -> Status {
                   if (const Status usable = refuseUnlessUsable(account); !usable)
                       return usable;
                   CampaignsState &c = account.campaigns;
                   // A trial ends without converting; a paid cycle runs out.
                   effective = c.status == CampaignsStatus::Trial ? c.trialEnd : c.cycle.end;
                   c.cancelOn = effective;
                   // A booked downgrade or trial choice stays, so that Resume restores it;
                   // the scheduler drops it when the cancellation applies.
                   action = QStringLiteral("cancel.schedule");
                   details.insert(QStringLiteral("effective"), effective.toString(Qt::ISODate));
                   return Done {};
               });
    if (!done)
        return done.error();
    return effective;
}

Status BillingService::resume(const User &actor, qint64 accountId)
{
    return mutate(actor, Permission::BillingAccess, accountId,
                  [this](Account &account, QVariantMap &, QString &action) -> Status {
                      CampaignsState &c = account.campaigns;
                      if (!c.isUsable() || !c.cancelOn.isValid())
                          return Error::refused(
                              tr("No cancellation is scheduled for %1.").arg(account.name));
                      c.cancelOn = {};
                      action = QStringLiteral("cancel.withdrawn");
                      return Done {};
                  });
}

Status BillingService::buy(const User &actor, qint64 accountId, int tier,
                           std::optional<qint64> reviewedCharge)
{
    return mutate(
        actor, Permission::BillingAccess, accountId,
        [&](Account &account, QVariantMap &details, QString &action) -> Status {
            CampaignsState &c = account.campaigns;
            if (c.isUsable())
                return Error::refused(tr("Campaigns is already on for %1.").arg(account.name));
            if (c.review != ReviewState::Approved) {
                return Error::refused(
                    tr("Buying Campaigns needs an approved account review. Request one first."));
            }
            if (const Status valid = m_catalog.checkTier(tier); !valid)
                return valid;
            const auto floor = floorTier(account.id);
            if (!floor)
                return floor.error();
            if (tier < *floor) {
                return Error::refused(
                    tr("The account has more subscribed contacts than %1 "
                       "subscribers; choose at least %2.")
                        .arg(QLocale().toString(tier), QLocale().toString(*floor)));
            }
            const QDate today = m_clock.today();
            c.status = CampaignsStatus::Active;
            c.tier = tier;
            c.scheduledTier.reset();
            c.cancelOn = {};
            c.anchor = today;
            c.cycle = BillingCycle(today, account.interval).cycleContaining(today);
            LedgerEntry line;
            line.accountId = account.id;
            line.date = today;
            line.reason = LedgerReason::Purchase;
            const auto price = m_catalog.campaignsPrice(account.currency, account.interval, tier);
            if (!price) {
                return Error::badInput(
                    tr("The price catalog has no Campaigns prices in %1, the currency of %2.")
                        .arg(account.currency, account.name));
            }
            if (reviewedCharge && *reviewedCharge != *price)
                return reviewedAmountChanged(account, *price, *reviewedCharge);
            line.amount = *price;
            line.currency = account.currency;
            line.tier = tier;
            line.period = c.cycle;
            line.eventKey = uniqueEventKey(QStringLiteral("purchase"));
            if (const Status added = Ledger(m_database).append(line); !added)
                return added;
            action = QStringLiteral("purchase");
            details.insert(QStringLiteral("tier"), tier);
            details.insert(QStringLiteral("charge"), line.amount);
            return Done {};
        });
}

Status BillingService::setOveragePolicy(const User &actor, qint64 accountId, OveragePolicy policy)
{
    return mutate(actor, Permission::BillingAccess, accountId,
                  [&](Account &account, QVariantMap &details, QString &action) -> Status {
                      if (account.overagePolicy == policy)
                          return Done {};
                      details.insert(QStringLiteral("from"),
                                     overagePolicyKey(account.overagePolicy));
                      details.insert(QStringLiteral("to"), overagePolicyKey(policy));
                      account.overagePolicy = policy;
                      action = QStringLiteral("overage.policy");
                      return AccountStore(m_database).saveOveragePolicy(account.id, policy);
                  });
}

Status BillingService::requestReview(const User &actor, qint64 accountId)
{
    return mutate(actor, Permission::CanSendCampaigns, accountId,
                  [this](Account &account, QVariantMap &, QString &action) -> Status {
                      CampaignsState &c = account.campaigns;
                      switch (c.review) {
                      case ReviewState::NotRequested:
                      case ReviewState::Rejected:
                          c.review = ReviewState::Pending;
                          c.reviewExpedited = false;
                          action = QStringLiteral("review.request");
                          return Done {};
                      case ReviewState::Pending:
                          if (c.reviewExpedited)
                              return Error::refused(
                                  tr("The review of %1 is already expedited.").arg(account.name));
                          c.reviewExpedited = true;
                          action = QStringLiteral("review.expedite");
                          return Done {};
                      case ReviewState::Approved:
                          break;
                      }
                      return Error::refused(
                          tr("The account review of %1 is already approved.").arg(account.name));
                  });
}

Status BillingService::decideReview(const User &actor, qint64 accountId, bool approve)
{
    return mutate(
        actor, Permission::ReviewDecisions, accountId,
        [&](Account &account, QVariantMap &, QString &action) -> Status {
            CampaignsState &c = account.campaigns;
            if (c.review != ReviewState::Pending)
                return Error::refused(tr("%1 has no pending account review.").arg(account.name));
            c.review = approve ? ReviewState::Approved : ReviewState::Rejected;
            c.reviewExpedited = false;
            action = approve ? QStringLiteral("review.approve") : QStringLiteral("review.reject");
            return Done {};
        });
}

} // namespace Tierline
