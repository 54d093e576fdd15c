// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartlist.h"

#include "storage/enumkeys.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tierline {

namespace {

constexpr std::pair<SmartListField, const char *> fieldKeys[] = {
    {SmartListField::Name, "name"},
    {SmartListField::Owner, "owner"},
    {SmartListField::Plan, "plan"},
    {SmartListField::Currency, "currency"},
    {SmartListField::Campaigns, "status"},
    {SmartListField::Tier, "tier"},
    {SmartListField::TrialEnd, "trial_end"},
    {SmartListField::CurrentMrr, "current_mrr"},
    {SmartListField::SubscriptionEnd, "subscription_end"},
    {SmartListField::UpcomingMrr, "upcoming_mrr"},
    {SmartListField::UpcomingStart, "upcoming_start"},
    {SmartListField::MarketingContacts, "marketing_contacts"},
    {SmartListField::UsagePercent, "usage_percent"},
};

constexpr std::pair<DateCondition::Kind, const char *> dateKindKeys[] = {
    {DateCondition::Kind::Any, "any"},
    {DateCondition::Kind::WithinDays, "within_days"},
    {DateCondition::Kind::Between, "between"},
};

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject dateConditionJson(const DateCondition &condition)
{
    return {{QStringLiteral("kind"), EnumKeys::keyOf(condition.kind, dateKindKeys)},
            {QStringLiteral("days"), condition.days},
            {QStringLiteral("from"), dateJson(condition.from)},
            {QStringLiteral("to"), dateJson(condition.to)}};
}

DateCondition dateConditionFrom(const QJsonObject &json)
{
    DateCondition condition;
    condition.kind = EnumKeys::fromKey(json.value(QStringLiteral("kind")).toString(), dateKindKeys)
                         .value_or(DateCondition::Kind::Any);
    condition.days = json.value(QStringLiteral("days")).toInt(30);
    condition.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    condition.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    return condition;
}

// Amounts travel as text: a JSON number is a double, and money never is.
QJsonObject rangeJson(const RangeCondition &range)
{
    QJsonObject json;
    if (range.min)
        json.insert(QStringLiteral("min"), QString::number(*range.min));
    if (range.max)
        json.insert(QStringLiteral("max"), QString::number(*range.max));
    return json;
}

RangeCondition rangeFrom(const QJsonObject &json)
{
    RangeCondition range;
    bool ok = false;
    if (const qint64 min = json.value(QStringLiteral("min")).toString().toLongLong(&ok); ok)
        range.min = min;
    if (const qint64 max = json.value(QStringLiteral("max")).toString().toLongLong(&ok); ok)
        range.max = max;
    return range;
}

} // namespace

QList<SmartListField> allSmartListFields()
{
    QList<SmartListField> fields;
    for (const auto &[field, key] : fieldKeys)
        fields.append(field);
    return fields;
}

QString smartListFieldKey(SmartListField field)
{
    return EnumKeys::keyOf(field, fieldKeys);
}

std::optional<SmartListField> smartListFieldFromKey(const QString &key)
{
    return EnumKeys::fromKey(key, fieldKeys);
}

QString SmartListFields::title(SmartListField field)
{
    switch (field) {
    case SmartListField::Name:
        return tr("Account");
    case SmartListField::Owner:
        return tr("Owner");
    case SmartListField::Plan:
        return tr("Plan");
    case SmartListField::Currency:
        return tr("Currency");
    case SmartListField::Campaigns:
        return tr("Campaigns status");
    case SmartListField::Tier:
        return tr("Tier");
    case SmartListField::TrialEnd:
        return tr("Trial end");
    case SmartListField::CurrentMrr:
        return tr("Current MRR");
    case SmartListField::SubscriptionEnd:
        return tr("Subscription end");
    case SmartListField::UpcomingMrr:
        return tr("Upcoming MRR");
    case SmartListField::UpcomingStart:
        return tr("Upcoming start");
    case SmartListField::MarketingContacts:
        return tr("Marketing contacts");
    case SmartListField::UsagePercent:
        return tr("Usage %");
    }
    return {};
}

bool SmartListFields::isSubscriptionField(SmartListField field)
{
    return field == SmartListField::CurrentMrr || field == SmartListField::SubscriptionEnd
        || field == SmartListField::UpcomingMrr || field == SmartListField::UpcomingStart;
}

bool SmartListFields::isMoney(SmartListField field)
{
    return field == SmartListField::CurrentMrr || field == SmartListField::UpcomingMrr;
}

bool SmartListFields::isDate(SmartListField field)
{
    return field == SmartListField::TrialEnd || field == SmartListField::SubscriptionEnd
        || field == SmartListField::UpcomingStart;
}

bool SmartListFields::isCount(SmartListField field)
{
    return field == SmartListField::Tier || field == SmartListField::MarketingContacts
        || field == SmartListField::UsagePercent;
}

QString SmartList::filterToJson(const SmartListFilter &filter)
{
    QJsonObject json;
    if (filter.ownerId)
        json.insert(QStringLiteral("owner_id"), QString::number(*filter.ownerId));
    if (!filter.plan.isEmpty())
        json.insert(QStringLiteral("plan"), filter.plan);
    if (filter.status)
        json.insert(QStringLiteral("status"), campaignsStatusKey(*filter.status));
    json.insert(QStringLiteral("current_mrr"), rangeJson(filter.currentMrr));
    json.insert(QStringLiteral("upcoming_mrr"), rangeJson(filter.upcomingMrr));
    json.insert(QStringLiteral("trial_end"), dateConditionJson(filter.trialEnd));
    json.insert(QStringLiteral("subscription_end"), dateConditionJson(filter.subscriptionEnd));
    json.insert(QStringLiteral("usage_percent"), rangeJson(filter.usagePercent));
    if (!filter.nameContains.isEmpty())
        json.insert(QStringLiteral("name_contains"), filter.nameContains);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

SmartListFilter SmartList::filterFromJson(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    SmartListFilter filter;
    bool ok = false;
    if (const qint64 owner = json.value(QStringLiteral("owner_id")).toString().toLongLong(&ok); ok)
        filter.ownerId = owner;
    filter.plan = json.value(QStringLiteral("plan")).toString();
    filter.status = campaignsStatusFromKey(json.value(QStringLiteral("status")).toString());
    filter.currentMrr = rangeFrom(json.value(QStringLiteral("current_mrr")).toObject());
    filter.upcomingMrr = rangeFrom(json.value(QStringLiteral("upcoming_mrr")).toObject());
    filter.trialEnd = dateConditionFrom(json.value(QStringLiteral("trial_end")).toObject());
    filter.subscriptionEnd =
        dateConditionFrom(json.value(QStringLiteral("subscription_end")).toObject());
    filter.usagePercent = rangeFrom(json.value(QStringLiteral("usage_percent")).toObject());
    filter.nameContains = json.value(QStringLiteral("name_contains")).toString();
    return filter;
}

QString SmartList::columnsToText(const QList<SmartListField> &columns)
{
    QStringList keys;
    for (const SmartListField field : columns)
        keys.append(smartListFieldKey(field));
    return keys.isEmpty() ? QStringLiteral("") : keys.join(QLatin1Char(',')); // never NULL
}

QList<SmartListField> SmartList::columnsFromText(const QString &text)
{
    QList<SmartListField> columns;
    const QStringList keys = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        if (const auto field = smartListFieldFromKey(key.trimmed());
            field && !columns.contains(*field))
            columns.append(*field);
    }
    return columns;
}

} // namespace Tierline
