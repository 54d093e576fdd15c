// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "money/money.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace Tierline {

/**
 * Reads catalog JSON into a Catalog and checks every rule the billing code relies on. The
 * first problem found is kept with its place (a JSON path such as `plans[2].prices.EUR`), and
 * parsing stops there.
 */
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::Catalog)

public:
    explicit CatalogParser(QString sourceName)
        : m_sourceName(std::move(sourceName))
    {
    }

    Result<Catalog> parse(const QByteArray &json);

private:
    bool fail(const QString &place, const QString &problem);
    static QString placeOf(const QString &parent, QLatin1String key);
    static QString placeOf(const QString &parent, const QString &key);
    static QString placeOf(const QString &parent, qsizetype index);
    static QString describe(const QJsonValue &value);

    std::optional<QJsonValue> member(const QJsonObject &object, const QString &place,
                                     QLatin1String key);
    std::optional<QJsonObject> readObject(const QJsonValue &value, const QString &place);
    std::optional<QJsonArray> readArray(const QJsonValue &value, const QString &place);
    std::optional<QString> readText(const QJsonValue &value, const QString &place);
    std::optional<qint64> readWholeNumber(const QJsonValue &value, const QString &place);
    std::optional<qint64> readPrice(const QJsonValue &value, const QString &place);
    std::optional<int> readPositiveCount(const QJsonValue &value, const QString &place);
    std::optional<int> readPositiveCount(const QJsonObject &object, const QString &place,
                                         QLatin1String key);
    std::optional<QString> readText(const QJsonObject &object, const QString &place,
                                    QLatin1String key);
    std::optional<QStringList> readTextList(const QJsonObject &object, const QString &place,
                                            QLatin1String key);
    std::optional<QJsonObject> readCurrencyMap(const QJsonObject &object, const QString &place,
                                               QLatin1String key);
    std::optional<QJsonObject> readIntervalMap(const QJsonObject &object, const QString &place);
    std::optional<QHash<QString, CyclePrices>>
    readPriceTable(const QJsonObject &object, const QString &place, QLatin1String key);

    bool readFormat(const QJsonObject &root);
    bool readCurrencies(const QJsonObject &root);
    bool readProducts(const QJsonObject &root);
    bool readPlans(const QJsonObject &root);
    bool readAddons(const QJsonObject &root);
    bool readCampaigns(const QJsonObject &root);
    bool readTierTable(const QJsonValue &value, const QString &place, const QString &currency,
                       QList<qint64> &prices);

    QString m_sourceName;
    std::optional<Error> m_error;
    Catalog m_catalog;
};

namespace {

/// 2^53: every integer of smaller magnitude survives the trip through an IEEE double exactly.
constexpr double exactIntegerLimit = 9007199254740992.0;

/**
 * The highest price for subscribers that costs no more per subscriber than previousPrice for
 * previousSubscribers: floor(previousPrice * subscribers / previousSubscribers), exact and
 * without overflow for non-negative prices and positive counts (a result too large for
 * qint64 is clamped, as no price read from JSON comes near it).
 */
qint64 highestPriceKeepingRate(qint64 previousPrice, int previousSubscribers, int subscribers)
{
    qint64 whole = 0;
    qint64 total = 0;
    const qint64 part = (previousPrice % previousSubscribers) * subscribers / previousSubscribers;
    if (qMulOverflow(previousPrice / previousSubscribers, qint64(subscribers), &whole)
        || qAddOverflow(whole, part, &total))
        return std::numeric_limits<qint64>::max();
    return total;
}

/** "line 3, column 7" for a byte offset into UTF-8 text; columns count characters. */
QString syntaxPlace(const QByteArray &json, int offset)
{
    qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    // QJsonParseError's offset lies just past the character that broke the syntax; point at
    // that character, as an editor would, unless the text simply ended.
    if (end > 0 && !std::isspace(static_cast<unsigned char>(json.at(end - 1))))
        --end;
    const QByteArray before = json.left(end);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    //: The place of a syntax error in a catalog file
    return Catalog::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

bool CatalogParser::fail(const QString &place, const QString &problem)
{
    if (!m_error)
        //: %1 file name, %2 place in the file (a JSON path or a line and column), %3 problem
        m_error = Error::badInput(tr("%1: at %2: %3").arg(m_sourceName, place, problem));
    return false;
}

QString CatalogParser::placeOf(const QString &parent, QLatin1String key)
{
    return parent.isEmpty() ? QString(key) : parent + QLatin1Char('.') + key;
}

QString CatalogParser::placeOf(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString CatalogParser::placeOf(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString CatalogParser::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        //: Describes a JSON string value found where something else was expected
        return tr("the text \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<QJsonValue> CatalogParser::member(const QJsonObject &object, const QString &place,
                                                QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(placeOf(place, key), tr("value is missing"));
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonObject> CatalogParser::readObject(const QJsonValue &value, const QString &place)
{
    if (!value.isObject()) {
        fail(place, tr("expected an object, found %1").arg(describe(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> CatalogParser::readArray(const QJsonValue &value, const QString &place)
{
    if (!value.isArray()) {
        fail(place, tr("expected a list, found %1").arg(describe(value)));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QString> CatalogParser::readText(const QJsonValue &value, const QString &place)
{
    if (!value.isString()) {
        fail(place, tr("expected text, found %1").arg(describe(value)));
        return std::nullopt;
    }
    QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        fail(place, tr("must not be empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> CatalogParser::readText(const QJsonObject &object, const QString &place,
                                               QLatin1String key)
{
    const auto value = member(object, place, key);
    return value ? readText(*value, placeOf(place, key)) : std::nullopt;
}

std::optional<qint64> CatalogParser::readWholeNumber(const QJsonValue &value, const QString &place)
{
    if (!value.isDouble()) {
        fail(place, tr("expected a whole number, found %1").arg(describe(value)));
        return std::nullopt;
    }
    // The one floating-point read on this path: JSON numbers arrive as doubles, and only
    // whole numbers within the exactly representable range are accepted.
    const double number = value.toDouble();
    if (!(std::abs(number) < exactIntegerLimit)) {
        fail(place, tr("number %1 is out of range").arg(describe(value)));
        return std::nullopt;
    }
    if (number != std::trunc(number)) {
        fail(place, tr("expected a whole number, found %1").arg(describe(value)));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> CatalogParser::readPrice(const QJsonValue &value, const QString &place)
{
    const auto price = readWholeNumber(value, place);
    if (price && *price < 0) {
        fail(place, tr("price must not be negative, found %1").arg(*price));
        return std::nullopt;
    }
    return price;
}

std::optional<int> CatalogParser::readPositiveCount(const QJsonValue &value, const QString &place)
{
    const auto number = readWholeNumber(value, place);
    if (!number)
        return std::nullopt;
    if (*number <= 0) {
        fail(place, tr("must be positive, found %1").arg(*number));
        return std::nullopt;
    }
    if (*number > std::numeric_limits<int>::max()) {
        fail(place, tr("number %1 is too large").arg(*number));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<int> CatalogParser::readPositiveCount(const QJsonObject &object, const QString &place,
                                                    QLatin1String key)
{
    const auto value = member(object, place, key);
    return value ? readPositiveCount(*value, placeOf(place, key)) : std::nullopt;
}

std::optional<QStringList> CatalogParser::readTextList(const QJsonObject &object,
                                                       const QString &place, QLatin1String key)
{
    const QString listPlace = placeOf(place, key);
    const auto value = member(object, place, key);
    const auto array = value ? readArray(*value, listPlace) : std::nullopt;
    if (!array)
        return std::nullopt;
    QStringList texts;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const auto text = readText(array->at(i), placeOf(listPlace, i));
        if (!text)
            return std::nullopt;
        texts.append(*text);
    }
    return texts;
}

std::optional<QJsonObject> CatalogParser::readCurrencyMap(const QJsonObject &object,
                                                          const QString &place, QLatin1String key)
{
    const QString mapPlace = placeOf(place, key);
    const auto value = member(object, place, key);
    const auto map = value ? readObject(*value, mapPlace) : std::nullopt;
    if (!map)
        return std::nullopt;
    for (const QString &currency : std::as_const(m_catalog.m_currencies)) {
        if (!map->contains(currency)) {
            fail(placeOf(mapPlace, currency), tr("no prices for %1").arg(currency));
            return std::nullopt;
        }
    }
    for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
        if (!m_catalog.m_currencies.contains(it.key())) {
            fail(placeOf(mapPlace, it.key()),
                 tr("currency %1 is not in the catalog's currencies").arg(it.key()));
            return std::nullopt;
        }
    }
    return map;
}

std::optional<QJsonObject> CatalogParser::readIntervalMap(const QJsonObject &object,
                                                          const QString &place)
{
    for (const auto interval : {BillingInterval::Monthly, BillingInterval::Annual}) {
        const QString key = billingIntervalKey(interval);
        if (!object.contains(key)) {
            fail(placeOf(place, key), tr("value is missing"));
            return std::nullopt;
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!billingIntervalFromKey(it.key())) {
            fail(placeOf(place, it.key()),
                 tr("unknown billing interval; expected monthly or annual"));
            return std::nullopt;
        }
    }
    return object;
}

std::optional<QHash<QString, CyclePrices>>
CatalogParser::readPriceTable(const QJsonObject &object, const QString &place, QLatin1String key)
{
    const QString tablePlace = placeOf(place, key);
    const auto table = readCurrencyMap(object, place, key);
    if (!table)
        return std::nullopt;
    QHash<QString, CyclePrices> prices;
    for (const QString &currency : std::as_const(m_catalog.m_currencies)) {
        const QString currencyPlace = placeOf(tablePlace, currency);
        const auto cycle = readObject(table->value(currency), currencyPlace);
        if (!cycle || !readIntervalMap(*cycle, currencyPlace))
            return std::nullopt;
        const auto monthly = readPrice(cycle->value(QLatin1String("monthly")),
                                       placeOf(currencyPlace, QLatin1String("monthly")));
        const auto annual = monthly ? readPrice(cycle->value(QLatin1String("annual")),
                                                placeOf(currencyPlace, QLatin1String("annual")))
                                    : std::nullopt;
        if (!annual)
            return std::nullopt;
        prices.insert(currency, CyclePrices {*monthly, *annual});
    }
    return prices;
}

bool CatalogParser::readFormat(const QJsonObject &root)
{
    const QString place = QStringLiteral("format");
    const auto value = member(root, {}, QLatin1String("format"));
    const auto format = value ? readWholeNumber(*value, place) : std::nullopt;
    if (!format)
        return false;
    if (*format != 1)
        return fail(place,
                    tr("unsupported catalog format %1; this version reads format 1").arg(*format));
    return true;
}

bool CatalogParser::readCurrencies(const QJsonObject &root)
{
    const QString place = QStringLiteral("currencies");
    const auto codes = readTextList(root, {}, QLatin1String("currencies"));
    if (!codes)
        return false;
    if (codes->isEmpty())
        return fail(place, tr("lists no currency"));
    for (qsizetype i = 0; i < codes->size(); ++i) {
        const QString &code = codes->at(i);
        if (!Currency::fromCode(code))
            return fail(placeOf(place, i), tr("unknown currency code \"%1\"").arg(code));
        if (m_catalog.m_currencies.contains(code))
            return fail(placeOf(place, i), tr("currency %1 is listed twice").arg(code));
        m_catalog.m_currencies.append(code);
    }
    return true;
}

bool CatalogParser::readProducts(const QJsonObject &root)
{
    const QString place = QStringLiteral("products");
    const auto products = readTextList(root, {}, QLatin1String("products"));
    if (!products)
        return false;
    if (products->isEmpty())
        return fail(place, tr("lists no product"));
    for (qsizetype i = 0; i < products->size(); ++i) {
        if (m_catalog.m_products.contains(products->at(i)))
            return fail(placeOf(place, i),
                        tr("product \"%1\" is listed twice").arg(products->at(i)));
        m_catalog.m_products.append(products->at(i));
    }
    return true;
}

bool CatalogParser::readPlans(const QJsonObject &root)
{
    const QString listPlace = QStringLiteral("plans");
    const auto value = member(root, {}, QLatin1String("plans"));
    const auto array = value ? readArray(*value, listPlace) : std::nullopt;
    if (!array)
        return false;
    if (array->isEmpty())
        return fail(listPlace, tr("lists no plan"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString place = placeOf(listPlace, i);
        const auto object = readObject(array->at(i), place);
        if (!object)
            return false;
        Plan plan;
        const auto id = readText(*object, place, QLatin1String("id"));
        if (!id)
            return false;
        if (m_catalog.plan(*id))
            return fail(placeOf(place, QLatin1String("id")),
                        tr("plan id \"%1\" is used twice").arg(*id));
        plan.id = *id;
        const auto name = readText(*object, place, QLatin1String("name"));
        const auto users =
            name ? readPositiveCount(*object, place, QLatin1String("includedUsers")) : std::nullopt;
        const auto contacts = users
            ? readPositiveCount(*object, place, QLatin1String("includedContacts"))
            : std::nullopt;
        if (!contacts)
            return false;
        plan.name = *name;
        plan.includedUsers = *users;
        plan.includedContacts = *contacts;
        const auto prices = readPriceTable(*object, place, QLatin1String("prices"));
        const auto seatPrices =
            prices ? readPriceTable(*object, place, QLatin1String("seatPrices")) : std::nullopt;
        const auto features =
            seatPrices ? readTextList(*object, place, QLatin1String("features")) : std::nullopt;
        if (!features)
            return false;
        plan.prices = *prices;
        plan.seatPrices = *seatPrices;
        plan.features = *features;
        m_catalog.m_plans.append(plan);
    }
    return true;
}

bool CatalogParser::readAddons(const QJsonObject &root)
{
    const QString listPlace = QStringLiteral("addons");
    const auto value = member(root, {}, QLatin1String("addons"));
    const auto array = value ? readArray(*value, listPlace) : std::nullopt;
    if (!array)
        return false;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString place = placeOf(listPlace, i);
        const auto object = readObject(array->at(i), place);
        const auto id = object ? readText(*object, place, QLatin1String("id")) : std::nullopt;
        if (!id)
            return false;
        if (ids.contains(*id))
            return fail(placeOf(place, QLatin1String("id")),
                        tr("add-on id \"%1\" is used twice").arg(*id));
        ids.insert(*id);
        const auto name = readText(*object, place, QLatin1String("name"));
        const auto prices =
            name ? readPriceTable(*object, place, QLatin1String("prices")) : std::nullopt;
        if (!prices)
            return false;
        m_catalog.m_addons.append(Addon {*id, *name, *prices});
    }
    return true;
}

bool CatalogParser::readCampaigns(const QJsonObject &root)
{
    const QString place = QStringLiteral("campaigns");
    const auto value = member(root, {}, QLatin1String("campaigns"));
    const auto campaigns = value ? readObject(*value, place) : std::nullopt;
    if (!campaigns)
        return false;

    const auto trialDays = readPositiveCount(*campaigns, place, QLatin1String("trialDays"));
    const auto trialCap = trialDays
        ? readPositiveCount(*campaigns, place, QLatin1String("trialSubscriberCap"))
        : std::nullopt;
    const auto minTier =
        trialCap ? readPositiveCount(*campaigns, place, QLatin1String("minTier")) : std::nullopt;
    const auto maxTier =
        minTier ? readPositiveCount(*campaigns, place, QLatin1String("maxTier")) : std::nullopt;
    const auto tierStep =
        maxTier ? readPositiveCount(*campaigns, place, QLatin1String("tierStep")) : std::nullopt;
    if (!tierStep)
        return false;
    if (*maxTier < *minTier)
        return fail(placeOf(place, QLatin1String("maxTier")),
                    tr("must not be below minTier (%1)").arg(*minTier));
    if ((*maxTier - *minTier) % *tierStep != 0)
        return fail(placeOf(place, QLatin1String("tierStep")),
                    tr("does not divide the range from %1 to %2 into whole steps")
                        .arg(*minTier)
                        .arg(*maxTier));
    m_catalog.m_trialDays = *trialDays;
    m_catalog.m_trialSubscriberCap = *trialCap;
    m_catalog.m_minTier = *minTier;
    m_catalog.m_maxTier = *maxTier;
    m_catalog.m_tierStep = *tierStep;

    const QString tiersPlace = placeOf(place, QLatin1String("tiers"));
    const auto tiers = readCurrencyMap(*campaigns, place, QLatin1String("tiers"));
    if (!tiers)
        return false;
    for (const QString &currency : std::as_const(m_catalog.m_currencies)) {
        const QString currencyPlace = placeOf(tiersPlace, currency);
        const auto byInterval = readObject(tiers->value(currency), currencyPlace);
        if (!byInterval || !readIntervalMap(*byInterval, currencyPlace))
            return false;
        for (const auto interval : {BillingInterval::Monthly, BillingInterval::Annual}) {
            const QString key = billingIntervalKey(interval);
            QList<qint64> prices;
            if (!readTierTable(byInterval->value(key), placeOf(currencyPlace, key), currency,
                               prices))
                return false;
            m_catalog.m_tiers[currency].insert(key, prices);
        }
    }
    return true;
}

bool CatalogParser::readTierTable(const QJsonValue &value, const QString &place,
                                  const QString &currency, QList<qint64> &prices)
{
    const auto array = readArray(value, place);
    if (!array)
        return false;
    const int minTier = m_catalog.m_minTier;
    const int step = m_catalog.m_tierStep;
    const qint64 expected = (qint64(m_catalog.m_maxTier) - minTier) / step + 1;
    if (array->size() != expected)
        return fail(place,
                    tr("expected %1 prices, one per tier from %2 to %3, found %4")
                        .arg(expected)
                        .arg(minTier)
                        .arg(m_catalog.m_maxTier)
                        .arg(array->size()));

    prices.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString entryPlace = placeOf(place, i);
        const auto price = readPrice(array->at(i), entryPlace);
        if (!price)
            return false;
        if (i > 0) {
            const qint64 previous = prices.last();
            const int subscribers = minTier + int(i) * step;
            const int previousSubscribers = subscribers - step;
            if (*price < previous)
                //: %1 and %2 amounts, %3 currency code
                return fail(entryPlace,
                            tr("total price falls from %1 to %2 %3")
                                .arg(Money(previous, currency).toDecimalString(),
                                     Money(*price, currency).toDecimalString(), currency));
            const qint64 highest =
                highestPriceKeepingRate(previous, previousSubscribers, subscribers);
            if (*price > highest)
                //: %1 subscribers of the tier below, %2 amount, %3 currency code
                return fail(entryPlace,
                            tr("price per subscriber rises above that of %1 subscribers; this "
                               "tier may cost at most %2 %3")
                                .arg(previousSubscribers)
                                .arg(Money(highest, currency).toDecimalString(), currency));
        }
        prices.append(*price);
    }
    return true;
}

Result<Catalog> CatalogParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(syntaxPlace(json, parseError.offset), parseError.errorString());
        return *m_error;
    }
    if (!document.isObject()) {
        fail(tr("the top level"),
             tr("expected an object, found %1")
                 .arg(document.isArray() ? tr("a list") : tr("nothing")));
        return *m_error;
    }
    const QJsonObject root = document.object();
    if (!readFormat(root) || !readCurrencies(root) || !readProducts(root) || !readPlans(root)
        || !readAddons(root) || !readCampaigns(root))
        return *m_error;
    return m_catalog;
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        const QString path = QStringLiteral(":/catalog/default.json");
        auto loaded = loadFile(path);
        if (!loaded)
            qFatal("Broken built-in catalog: %s", qUtf8Printable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return catalog;
}

Result<Catalog> Catalog::loadFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("%1: cannot read the catalog: %2").arg(name, file.errorString()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::badInput(tr("%1: cannot read the catalog: %2").arg(name, file.errorString()));
    return fromJson(json, name);
}

Result<Catalog> Catalog::fromJson(const QByteArray &json, const QString &sourceName)
{
    return CatalogParser(sourceName).parse(json);
}

std::optional<Plan> Catalog::plan(const QString &id) const
{
    const auto it = std::find_if(m_plans.cbegin(), m_plans.cend(),
                                 [&id](const Plan &plan) { return plan.id == id; });
    if (it == m_plans.cend())
        return std::nullopt;
    return *it;
}

bool Catalog::isValidTier(int subscribers) const
{
    return subscribers >= m_minTier && subscribers <= m_maxTier
        && (subscribers - m_minTier) % m_tierStep == 0;
}

Status Catalog::checkTier(int subscribers) const
{
    if (isValidTier(subscribers))
        return Done {};
    const QLocale locale;
    return Error::badInput(tr("%1 is not a subscriber tier: tiers go from %2 to %3 in steps of %4.")
                               .arg(locale.toString(subscribers), locale.toString(m_minTier),
                                    locale.toString(m_maxTier), locale.toString(m_tierStep)));
}

int Catalog::tierFor(int count) const
{
    if (count <= m_minTier)
        return m_minTier;
    if (count >= m_maxTier)
        return m_maxTier;
    const qint64 steps = (qint64(count) - m_minTier + m_tierStep - 1) / m_tierStep;
    return int(m_minTier + steps * m_tierStep);
}

QList<TierPrice> Catalog::campaignsTiers(const QString &currency, BillingInterval interval) const
{
    const QList<qint64> prices = m_tiers.value(currency).value(billingIntervalKey(interval));
    QList<TierPrice> tiers;
    tiers.reserve(prices.size());
    for (qsizetype i = 0; i < prices.size(); ++i)
        tiers.append(TierPrice {m_minTier + int(i) * m_tierStep, prices.at(i)});
    return tiers;
}

std::optional<qint64> Catalog::campaignsPrice(const QString &currency, BillingInterval interval,
                                              int subscribers) const
{
    if (!isValidTier(subscribers))
        return std::nullopt;
    const QList<qint64> prices = m_tiers.value(currency).value(billingIntervalKey(interval));
    const qsizetype index = (subscribers - m_minTier) / m_tierStep;
    if (index >= prices.size())
        return std::nullopt;
    return prices.at(index);
}

} // namespace Tierline
