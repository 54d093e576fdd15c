// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/billingcycle.h"
#include "errors/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tierline {

/** A price for one billing cycle of each interval, in minor units of one currency. */
struct CyclePrices
{
    qint64 monthly = 0; ///< charged every month when billed monthly
    qint64 annual = 0; ///< charged every year when billed annually

    qint64 forInterval(BillingInterval interval) const
    {
        return interval == BillingInterval::Monthly ? monthly : annual;
    }
};

/** One CRM plan (A1): Starter, Plus, Pro, Enterprise. */
struct Plan
{
    QString id; ///< "starter", "plus", "pro", "enterprise"
    QString name; ///< product name, not translated
    int includedUsers = 1; ///< user seats in the plan price
    int includedContacts = 1000; ///< contacts the plan price covers
    QHash<QString, CyclePrices> prices; ///< per currency code
    QHash<QString, CyclePrices> seatPrices; ///< one extra user seat, per currency code
    QStringList features; ///< feature ids, for the comparison (A4)
};

/** A paid add-on other than Campaigns, such as SMS (A2). */
struct Addon
{
    QString id;
    QString name;
    QHash<QString, CyclePrices> prices;
};

/** One step of the Campaigns tier table: the subscriber limit and its price for a cycle. */
struct TierPrice
{
    int subscribers = 0;
    qint64 price = 0; ///< minor units for the whole cycle (a month, or a year)
    bool operator==(const TierPrice &) const = default;
};

/**
 * The price catalog (X2): plans, seats, add-ons and the Campaigns tier table, per currency
 * and billing interval. Prices are data: the built-in catalog is a JSON resource and
 * `--catalog FILE` replaces it. Loading validates everything the billing rules rely on, so
 * code that holds a Catalog may trust it.
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::Catalog)

public:
    /** The catalog shipped inside Tierline (`:/catalog/default.json`). */
    static const Catalog &builtIn();

    /**
     * Reads and validates a catalog file. A malformed one is refused with
     * Error::Kind::BadInput and a message naming the file, the place in the JSON (a path
     * such as `campaigns.tiers.USD.monthly[3]`, or line and column for a syntax error) and
     * the problem.
     */
    static Result<Catalog> loadFile(const QString &path);

    /** Parses and validates catalog JSON; sourceName is used in error messages. */
    static Result<Catalog> fromJson(const QByteArray &json, const QString &sourceName);

    QStringList currencies() const { return m_currencies; }
    bool hasCurrency(const QString &code) const { return m_currencies.contains(code); }

    const QList<Plan> &plans() const { return m_plans; }
    std::optional<Plan> plan(const QString &id) const;
    /** Product ids (A1): "marketing", "sales", "marketing_sales". */
    QStringList products() const { return m_products; }
    const QList<Addon> &addons() const { return m_addons; }

    int trialDays() const { return m_trialDays; } ///< 21
    int trialSubscriberCap() const { return m_trialSubscriberCap; } ///< 500
    int minTier() const { return m_minTier; } ///< 1,000
    int maxTier() const { return m_maxTier; } ///< 50,000
    int tierStep() const { return m_tierStep; } ///< 1,000
    /** True for a tier on the step grid between minTier and maxTier inclusive. */
    bool isValidTier(int subscribers) const;
    /**
     * Ok for a valid tier; otherwise Error::Kind::BadInput saying what the tiers are
     * ("1,500 is not a subscriber tier: tiers go from 1,000 to 50,000 in steps of 1,000.").
     */
    Status checkTier(int subscribers) const;
    /** The smallest tier that holds count subscribers (rounded up to a step, at least minTier). */
    int tierFor(int count) const;

    /** The tier table for a currency and interval, ascending; empty if the currency is unknown. */
    QList<TierPrice> campaignsTiers(const QString &currency, BillingInterval interval) const;
    /** The price of one cycle at a tier, or nothing for an unknown currency or invalid tier. */
    std::optional<qint64> campaignsPrice(const QString &currency, BillingInterval interval,
                                         int subscribers) const;

private:
    QStringList m_currencies;
    QList<Plan> m_plans;
    QStringList m_products;
    QList<Addon> m_addons;
    int m_trialDays = 21;
    int m_trialSubscriberCap = 500;
    int m_minTier = 1000;
    int m_maxTier = 50000;
    int m_tierStep = 1000;
    /// currency → interval key → price per tier, index (subscribers - minTier) / tierStep
    QHash<QString, QHash<QString, QList<qint64>>> m_tiers;

    friend class CatalogParser;
};

} // namespace Tierline
