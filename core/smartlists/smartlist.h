// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/campaigns.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Tierline {

/**
 * What a smart list can show and sort by (Z5). Amounts are minor units in the account's own
 * currency; the MRR fields are read from `subscription_periods`.
 */
enum class SmartListField {
    Name,
    Owner,
    Plan,
    Currency,
    Campaigns, ///< the Campaigns add-on's status
    Tier, ///< the paid Campaigns tier
    TrialEnd, ///< the first day after the trial
    CurrentMrr, ///< monthly rates of the periods active today
    SubscriptionEnd, ///< last day of the current subscription; none while it is open-ended
    UpcomingMrr, ///< monthly rates of the next period starting after today
    UpcomingStart, ///< the day that next period starts
    MarketingContacts, ///< Subscribed marketing contacts: what counts against the tier
    UsagePercent, ///< marketing contacts of the tier limit, in whole percent (rounded down)
};

/** Every field, in the order the column chooser offers them. */
QList<SmartListField> allSmartListFields();
QString smartListFieldKey(SmartListField field); ///< "current_mrr" …: stable, stored
std::optional<SmartListField> smartListFieldFromKey(const QString &key);

/** Translated names and kinds of the fields. */
class SmartListFields
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::SmartListFields)

public:
    static QString title(SmartListField field);
    /** Fields of the subscriptions feature (Z7): hidden from the picker while it is off. */
    static bool isSubscriptionField(SmartListField field);
    static bool isMoney(SmartListField field);
    static bool isDate(SmartListField field);
    /** Whole numbers (tier, counts, percent). */
    static bool isCount(SmartListField field);
};

/**
 * A condition on a date field: none, within the next N days (today to today + N, both
 * inclusive), or between two dates (both inclusive; an invalid one leaves that side open).
 */
struct DateCondition
{
    enum class Kind { Any, WithinDays, Between };
    Kind kind = Kind::Any;
    int days = 30;
    QDate from;
    QDate to;

    bool operator==(const DateCondition &) const = default;
    static DateCondition within(int days) { return {Kind::WithinDays, days, {}, {}}; }
    static DateCondition between(QDate from, QDate to) { return {Kind::Between, 0, from, to}; }
};

/** Bounds on a number field, both inclusive; an unset side is open. */
struct RangeCondition
{
    std::optional<qint64> min;
    std::optional<qint64> max;

    bool isSet() const { return min || max; }
    bool operator==(const RangeCondition &) const = default;
};

/** Which accounts a smart list holds: each criterion narrows it; an unset one does not. */
struct SmartListFilter
{
    std::optional<qint64> ownerId;
    QString plan; ///< plan id ("pro"); empty for any
    std::optional<CampaignsStatus> status;
    RangeCondition currentMrr; ///< minor units
    RangeCondition upcomingMrr; ///< minor units; accounts without an upcoming period drop out
    DateCondition trialEnd;
    DateCondition subscriptionEnd;
    RangeCondition usagePercent;
    QString nameContains; ///< case-insensitive part of the account name

    bool operator==(const SmartListFilter &) const = default;
};

struct SmartListSort
{
    SmartListField field = SmartListField::Name;
    bool descending = false;

    bool operator==(const SmartListSort &) const = default;
};

/** A named, saved filter over accounts with its columns and sort (Z5). */
struct SmartList
{
    qint64 id = 0; ///< 0 for a built-in list
    QString builtInKey; ///< "all_accounts", "ending_soon"; empty for a saved list
    QString name; ///< translated for a built-in list
    SmartListFilter filter;
    QList<SmartListField> columns;
    SmartListSort sort;

    bool isBuiltIn() const { return !builtInKey.isEmpty(); }
    bool operator==(const SmartList &) const = default;

    /** The filter as JSON text, for storage; dates ISO, amounts minor units. */
    static QString filterToJson(const SmartListFilter &filter);
    static SmartListFilter filterFromJson(const QString &json);
    static QString columnsToText(const QList<SmartListField> &columns); ///< "name,owner"
    static QList<SmartListField> columnsFromText(const QString &text);
};

} // namespace Tierline
