// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <variant>

using namespace Tierline;

namespace {

const QString brokenName = QStringLiteral("broken.json");

QByteArray builtInJson()
{
    QFile file(QStringLiteral(":/catalog/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** One step of a JSON path such as `campaigns.tiers.USD.monthly[3]`: a key or an index. */
using PathStep = std::variant<QString, qsizetype>;

QList<PathStep> parsePath(const QString &path)
{
    QList<PathStep> steps;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        steps.append(part.left(bracket));
        if (bracket >= 0)
            steps.append(part.mid(bracket + 1).chopped(1).toLongLong());
    }
    return steps;
}

/** node with the value at steps[at…] replaced by value; an undefined value removes it. */
QJsonValue edited(const QJsonValue &node, const QList<PathStep> &steps, qsizetype at,
                  const QJsonValue &value)
{
    const bool last = at + 1 == steps.size();
    if (const auto *key = std::get_if<QString>(&steps.at(at))) {
        QJsonObject object = node.toObject();
        if (last && value.isUndefined())
            object.remove(*key);
        else
            object.insert(*key, last ? value : edited(object.value(*key), steps, at + 1, value));
        return object;
    }
    const qsizetype index = std::get<qsizetype>(steps.at(at));
    QJsonArray array = node.toArray();
    if (last && value.isUndefined())
        array.removeAt(index);
    else if (index == array.size())
        array.append(last ? value : edited({}, steps, at + 1, value));
    else
        array.replace(index, last ? value : edited(array.at(index), steps, at + 1, value));
    return array;
}

/** The built-in catalog with exactly one change at path. */
QByteArray builtInWith(const QString &path, const QJsonValue &value)
{
    const QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
    return QJsonDocument(edited(root, parsePath(path), 0, value).toObject()).toJson();
}

qint64 builtInTierPrice(const QString &currency, BillingInterval interval, int subscribers)
{
    return Catalog::builtIn().campaignsPrice(currency, interval, subscribers).value_or(-1);
}

const QJsonValue removed(QJsonValue::Undefined);

/** The error message of a failed result, for QVERIFY2 (which evaluates it even on success). */
QByteArray failureOf(const Result<Catalog> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void builtInPlans_data();
    void builtInPlans();
    void builtInTierTables_data();
    void builtInTierTables();
    void tiers_data();
    void tiers();
    void campaignsPrice_data();
    void campaignsPrice();
    void acceptedCatalog_data();
    void acceptedCatalog();
    void malformedCatalog_data();
    void malformedCatalog();
    void syntaxError_data();
    void syntaxError();
    void loadFileErrors_data();
    void loadFileErrors();
    void customValidCatalog();
};

void TestCatalog::builtInLoads()
{
    // Parse the resource directly first: a broken built-in catalog would otherwise end the
    // test run in builtIn()'s qFatal without saying much.
    const auto parsed = Catalog::fromJson(builtInJson(), QStringLiteral("default.json"));
    QVERIFY2(parsed.ok(), failureOf(parsed).constData());

    const Catalog &catalog = Catalog::builtIn();
    QCOMPARE(catalog.currencies(),
             QStringList({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("SEK"),
                          QStringLiteral("IDR")}));
    QCOMPARE(catalog.products(),
             QStringList({QStringLiteral("marketing"), QStringLiteral("sales"),
                          QStringLiteral("marketing_sales")}));
    QCOMPARE(catalog.trialDays(), 21);
    QCOMPARE(catalog.trialSubscriberCap(), 500);
    QCOMPARE(catalog.minTier(), 1000);
    QCOMPARE(catalog.maxTier(), 50000);
    QCOMPARE(catalog.tierStep(), 1000);
    QCOMPARE(&Catalog::builtIn(), &catalog);

    QCOMPARE(builtInTierPrice(QStringLiteral("USD"), BillingInterval::Monthly, 1000), 1600);
    QCOMPARE(builtInTierPrice(QStringLiteral("USD"), BillingInterval::Annual, 1000), 16000);

    const auto sms = std::find_if(catalog.addons().cbegin(), catalog.addons().cend(),
                                  [](const Addon &addon) { return addon.id == u"sms"; });
    QVERIFY(sms != catalog.addons().cend());
    for (const QString &currency : catalog.currencies())
        QVERIFY2(sms->prices.contains(currency), qPrintable(currency));
}

void TestCatalog::builtInPlans_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("includedUsers");
    QTest::addColumn<qint64>("usdAnnual");

    QTest::newRow("Starter $15/month billed annually")
        << 0 << QStringLiteral("starter") << QStringLiteral("Starter") << 1 << qint64(18000);
    QTest::newRow("Plus $49/month billed annually")
        << 1 << QStringLiteral("plus") << QStringLiteral("Plus") << 1 << qint64(58800);
    QTest::newRow("Pro $79/month billed annually")
        << 2 << QStringLiteral("pro") << QStringLiteral("Pro") << 3 << qint64(94800);
    QTest::newRow("Enterprise $145/month billed annually")
        << 3 << QStringLiteral("enterprise") << QStringLiteral("Enterprise") << 5 << qint64(174000);
}

void TestCatalog::builtInPlans()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(int, includedUsers);
    QFETCH(qint64, usdAnnual);

    const Catalog &catalog = Catalog::builtIn();
    QCOMPARE(catalog.plans().size(), 4);
    const Plan &plan = catalog.plans().at(index);
    QCOMPARE(plan.id, id);
    QCOMPARE(catalog.plan(id)->name, name);
    QCOMPARE(plan.includedUsers, includedUsers);
    QCOMPARE(plan.includedContacts, 1000);
    QCOMPARE(plan.prices.value(QStringLiteral("USD")).annual, usdAnnual);
    // Billed monthly costs more than a twelfth of the annual price.
    QVERIFY(plan.prices.value(QStringLiteral("USD")).monthly * 12 > usdAnnual);
    for (const QString &currency : catalog.currencies()) {
        QVERIFY2(plan.prices.contains(currency), qPrintable(currency));
        QVERIFY2(plan.seatPrices.contains(currency), qPrintable(currency));
    }
    // Each plan has everything the plan below it has, and more (A4 compares them).
    if (index > 0) {
        const Plan &lower = catalog.plans().at(index - 1);
        for (const QString &feature : lower.features)
            QVERIFY2(plan.features.contains(feature), qPrintable(feature));
        QVERIFY(plan.features.size() > lower.features.size());
    }
}

void TestCatalog::builtInTierTables_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<qint64>("entryPrice");

    QTest::newRow("USD monthly") << QStringLiteral("USD") << QStringLiteral("monthly")
                                 << qint64(1600);
    QTest::newRow("USD annual") << QStringLiteral("USD") << QStringLiteral("annual")
                                << qint64(16000);
    QTest::newRow("EUR monthly") << QStringLiteral("EUR") << QStringLiteral("monthly")
                                 << qint64(1500);
    QTest::newRow("EUR annual") << QStringLiteral("EUR") << QStringLiteral("annual")
                                << qint64(15000);
    QTest::newRow("SEK monthly") << QStringLiteral("SEK") << QStringLiteral("monthly")
                                 << qint64(16900);
    QTest::newRow("SEK annual") << QStringLiteral("SEK") << QStringLiteral("annual")
                                << qint64(169000);
    QTest::newRow("IDR monthly") << QStringLiteral("IDR") << QStringLiteral("monthly")
                                 << qint64(25000000);
    QTest::newRow("IDR annual") << QStringLiteral("IDR") << QStringLiteral("annual")
                                << qint64(250000000);
}

void TestCatalog::builtInTierTables()
{
    QFETCH(QString, currency);
    QFETCH(QString, interval);
    QFETCH(qint64, entryPrice);

    const QList<TierPrice> tiers =
        Catalog::builtIn().campaignsTiers(currency, *billingIntervalFromKey(interval));
    QCOMPARE(tiers.size(), 50);
    QCOMPARE(tiers.first(), (TierPrice {1000, entryPrice}));
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        QCOMPARE(tiers.at(i).subscribers, 1000 * int(i + 1));
        if (i == 0)
            continue;
        const TierPrice &previous = tiers.at(i - 1);
        const TierPrice &tier = tiers.at(i);
        QVERIFY2(tier.price >= previous.price,
                 qPrintable(QStringLiteral("total falls at %1").arg(tier.subscribers)));
        // price/subscribers <= previous.price/previous.subscribers, without division.
        QVERIFY2(
            tier.price * previous.subscribers <= previous.price * tier.subscribers,
            qPrintable(QStringLiteral("per-subscriber price rises at %1").arg(tier.subscribers)));
    }
}

void TestCatalog::tiers_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("tier");

    QTest::newRow("negative count") << -5 << false << 1000;
    QTest::newRow("no subscribers") << 0 << false << 1000;
    QTest::newRow("999 fits the smallest tier") << 999 << false << 1000;
    QTest::newRow("1,000 is the smallest tier") << 1000 << true << 1000;
    QTest::newRow("1,001 needs 2,000") << 1001 << false << 2000;
    QTest::newRow("1,500 is between steps") << 1500 << false << 2000;
    QTest::newRow("27,001 needs 28,000") << 27001 << false << 28000;
    QTest::newRow("28,000 is a tier") << 28000 << true << 28000;
    QTest::newRow("49,999 needs 50,000") << 49999 << false << 50000;
    QTest::newRow("50,000 is the largest tier") << 50000 << true << 50000;
    QTest::newRow("50,001 is capped at 50,000") << 50001 << false << 50000;
    QTest::newRow("INT_MAX is capped at 50,000") << INT_MAX << false << 50000;
}

void TestCatalog::tiers()
{
    QFETCH(int, count);
    QFETCH(bool, valid);
    QFETCH(int, tier);

    const Catalog &catalog = Catalog::builtIn();
    QCOMPARE(catalog.isValidTier(count), valid);
    QCOMPARE(catalog.tierFor(count), tier);
    QVERIFY(catalog.isValidTier(catalog.tierFor(count)));
}

void TestCatalog::campaignsPrice_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<int>("subscribers");
    QTest::addColumn<qint64>("price"); // -1: no price

    const QString usd = QStringLiteral("USD");
    const QString monthly = QStringLiteral("monthly");
    const QString annual = QStringLiteral("annual");
    QTest::newRow("USD monthly 1,000") << usd << monthly << 1000 << qint64(1600);
    QTest::newRow("USD annual 1,000") << usd << annual << 1000 << qint64(16000);
    QTest::newRow("USD monthly 2,000") << usd << monthly << 2000 << qint64(3000);
    QTest::newRow("USD monthly 50,000") << usd << monthly << 50000 << qint64(43200);
    QTest::newRow("USD annual 50,000") << usd << annual << 50000 << qint64(432000);
    QTest::newRow("IDR monthly 1,000")
        << QStringLiteral("IDR") << monthly << 1000 << qint64(25000000);
    QTest::newRow("unknown currency GBP") << QStringLiteral("GBP") << monthly << 1000 << qint64(-1);
    QTest::newRow("between tiers 1,500") << usd << monthly << 1500 << qint64(-1);
    QTest::newRow("below the range 0") << usd << annual << 0 << qint64(-1);
    QTest::newRow("above the range 51,000") << usd << annual << 51000 << qint64(-1);
}

void TestCatalog::campaignsPrice()
{
    QFETCH(QString, currency);
    QFETCH(QString, interval);
    QFETCH(int, subscribers);
    QFETCH(qint64, price);

    const auto actual =
        Catalog::builtIn().campaignsPrice(currency, *billingIntervalFromKey(interval), subscribers);
    QCOMPARE(actual.has_value(), price >= 0);
    if (actual)
        QCOMPARE(*actual, price);
}

void TestCatalog::acceptedCatalog_data()
{
    QTest::addColumn<QString>("path"); // the one value changed in the built-in catalog
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("prefix"); // bytes put before the JSON text

    // 4,400 for 3,000 subscribers allows 5,866.67 for 4,000 at the same rate.
    QTest::newRow("price per subscriber level at the limit")
        << QStringLiteral("campaigns.tiers.USD.monthly[3]") << QJsonValue(5866) << QByteArray();
    QTest::newRow("flat total at the last tier")
        << QStringLiteral("campaigns.tiers.USD.monthly[49]") << QJsonValue(42600) << QByteArray();
    QTest::newRow("whole number written as a fraction")
        << QStringLiteral("plans[0].prices.USD.annual") << QJsonValue(18000.0) << QByteArray();
    QTest::newRow("largest exact price 2^53 - 1")
        << QStringLiteral("addons[1].prices.SEK.annual") << QJsonValue(qint64(9007199254740991))
        << QByteArray();
    QTest::newRow("no add-ons") << QStringLiteral("addons") << QJsonValue(QJsonArray())
                                << QByteArray();
    QTest::newRow("unknown key ignored")
        << QStringLiteral("comment") << QJsonValue(QStringLiteral("prices from 2026"))
        << QByteArray();
    QTest::newRow("UTF-8 byte order mark")
        << QStringLiteral("format") << QJsonValue(1) << QByteArray("\xEF\xBB\xBF");
}

void TestCatalog::acceptedCatalog()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, prefix);

    const auto result =
        Catalog::fromJson(prefix + builtInWith(path, value), QStringLiteral("edited.json"));
    QVERIFY2(result.ok(), failureOf(result).constData());
}

void TestCatalog::malformedCatalog_data()
{
    QTest::addColumn<QString>("path"); // the one value changed in the built-in catalog
    QTest::addColumn<QJsonValue>("value"); // its new value; undefined removes it
    QTest::addColumn<QString>("place"); // where the error message must point
    QTest::addColumn<QString>("problemWord"); // a word of the problem it must name

    const auto row = [](const char *name, const QString &path, const QJsonValue &value,
                        const QString &place, const QString &word) {
        QTest::newRow(name) << path << value << place << word;
    };
    const auto same = [&row](const char *name, const QString &path, const QJsonValue &value,
                             const QString &word) { row(name, path, value, path, word); };
    const QString usd = QStringLiteral("USD");
    const QString eur = QStringLiteral("EUR");

    same("wrong format version", QStringLiteral("format"), 2, QStringLiteral("unsupported"));
    same("format missing", QStringLiteral("format"), removed, QStringLiteral("missing"));
    same("format as text", QStringLiteral("format"), QStringLiteral("1"), QStringLiteral("text"));
    same("no currencies", QStringLiteral("currencies"), QJsonArray(),
         QStringLiteral("no currency"));
    same("unknown currency code", QStringLiteral("currencies[1]"), QStringLiteral("EUX"),
         QStringLiteral("unknown"));
    same("currency listed twice", QStringLiteral("currencies[2]"), usd, QStringLiteral("twice"));
    same("missing currency table in plan prices", QStringLiteral("plans[1].prices.EUR"), removed,
         QStringLiteral("no prices"));
    same("missing annual seat price", QStringLiteral("plans[3].seatPrices.SEK.annual"), removed,
         QStringLiteral("missing"));
    same("missing currency table in tiers", QStringLiteral("campaigns.tiers.IDR"), removed,
         QStringLiteral("no prices"));
    same("missing annual tier table", QStringLiteral("campaigns.tiers.EUR.annual"), removed,
         QStringLiteral("missing"));
    same("price for an unlisted currency", QStringLiteral("plans[0].prices.GBP"),
         QJsonObject {{QStringLiteral("monthly"), 100}, {QStringLiteral("annual"), 1000}},
         QStringLiteral("not in"));
    same("unknown billing interval", QStringLiteral("addons[0].prices.USD.quarterly"), 3000,
         QStringLiteral("interval"));
    same("fractional plan price", QStringLiteral("plans[2].prices.EUR.annual"), 88800.5,
         QStringLiteral("whole"));
    same("fractional tier price", QStringLiteral("campaigns.tiers.USD.monthly[3]"), 5800.5,
         QStringLiteral("whole"));
    same("string tier price", QStringLiteral("campaigns.tiers.SEK.monthly[0]"),
         QStringLiteral("16900"), QStringLiteral("text"));
    same("null tier price", QStringLiteral("campaigns.tiers.SEK.annual[7]"),
         QJsonValue(QJsonValue::Null), QStringLiteral("null"));
    same("negative seat price", QStringLiteral("plans[0].seatPrices.USD.monthly"), -1000,
         QStringLiteral("negative"));
    same("negative tier price", QStringLiteral("campaigns.tiers.IDR.monthly[0]"), -1,
         QStringLiteral("negative"));
    same("price beyond 2^53", QStringLiteral("addons[0].prices.IDR.annual"), 1e300,
         QStringLiteral("range"));

    same("price of 2^53", QStringLiteral("addons[1].prices.SEK.annual"), qint64(9007199254740992),
         QStringLiteral("range"));
    const qint64 usdAt10k = builtInTierPrice(usd, BillingInterval::Monthly, 10000);
    same("falling total", QStringLiteral("campaigns.tiers.USD.monthly[10]"), usdAt10k - 100,
         QStringLiteral("falls"));
    // 4,400 for 3,000 allows at most 5,866.67 for 4,000; 6,000 still raises the total.
    same("rising price per subscriber", QStringLiteral("campaigns.tiers.USD.monthly[3]"), 6000,
         QStringLiteral("rises"));
    const qint64 eurAt49k = builtInTierPrice(eur, BillingInterval::Annual, 49000);
    same("rising price per subscriber at the last tier",
         QStringLiteral("campaigns.tiers.EUR.annual[49]"), eurAt49k * 50 / 49 + 1,
         QStringLiteral("rises"));
    row("tier table one short", QStringLiteral("campaigns.tiers.EUR.annual[49]"), removed,
        QStringLiteral("campaigns.tiers.EUR.annual"), QStringLiteral("found 49"));
    row("tier table one too long", QStringLiteral("campaigns.tiers.USD.monthly[50]"), 50000,
        QStringLiteral("campaigns.tiers.USD.monthly"), QStringLiteral("found 51"));
    same("tier step does not divide the range", QStringLiteral("campaigns.tierStep"), 300,
         QStringLiteral("steps"));
    same("max tier below min tier", QStringLiteral("campaigns.maxTier"), 500,
         QStringLiteral("below"));
    same("zero trial days", QStringLiteral("campaigns.trialDays"), 0, QStringLiteral("positive"));
    same("fractional trial cap", QStringLiteral("campaigns.trialSubscriberCap"), 499.5,
         QStringLiteral("whole"));
    same("duplicate plan id", QStringLiteral("plans[2].id"), QStringLiteral("plus"),
         QStringLiteral("twice"));
    same("empty plan name", QStringLiteral("plans[0].name"), QString(), QStringLiteral("empty"));
    same("zero included users", QStringLiteral("plans[1].includedUsers"), 0,
         QStringLiteral("positive"));
    same("plans not a list", QStringLiteral("plans"), QJsonObject(), QStringLiteral("list"));
    same("feature id not text", QStringLiteral("plans[1].features[0]"), 7, QStringLiteral("text"));
    same("duplicate add-on id", QStringLiteral("addons[1].id"), QStringLiteral("sms"),
         QStringLiteral("twice"));
    same("campaigns missing", QStringLiteral("campaigns"), removed, QStringLiteral("missing"));
}

void TestCatalog::malformedCatalog()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, place);
    QFETCH(QString, problemWord);

    const auto result = Catalog::fromJson(builtInWith(path, value), brokenName);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::BadInput);
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(brokenName + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(": at ") + place + QStringLiteral(": ")),
             qPrintable(message));
    QVERIFY2(message.contains(problemWord), qPrintable(message));
}

void TestCatalog::syntaxError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problemWord");

    QTest::newRow("missing comma")
        << QByteArray("{\n  \"format\": 1\n  \"currencies\": []\n}")
        << QStringLiteral("line 3, column 3") << QStringLiteral("unterminated");
    QTest::newRow("trailing comma in a list")
        << QByteArray("{\n  \"format\": 1,\n  \"currencies\": [\"USD\",]\n}")
        << QStringLiteral("line 3, column 24") << QStringLiteral("missing");
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("{\n  \"name\": \"\xc3\x85sa\xc3\xa5\" x\n}")
        << QStringLiteral("line 2, column 18") << QStringLiteral("unterminated");
    QTest::newRow("truncated file")
        << QByteArray("{\n  \"format\": 1,\n") << QStringLiteral("line 3, column 1")
        << QStringLiteral("unterminated");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1, column 1")
                                << QStringLiteral("value");
    QTest::newRow("top level is a list")
        << QByteArray("[1, 2]") << QStringLiteral("the top level") << QStringLiteral("object");
}

void TestCatalog::syntaxError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QFETCH(QString, problemWord);

    const auto result = Catalog::fromJson(json, brokenName);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::BadInput);
    const QString message = result.error().message;
    QVERIFY2(
        message.startsWith(brokenName + QStringLiteral(": at ") + place + QStringLiteral(": ")),
        qPrintable(message));
    QVERIFY2(message.contains(problemWord), qPrintable(message));
}

void TestCatalog::loadFileErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("setup"); // "absent", "directory" or "file" with content
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << QStringLiteral("nowhere.json") << QStringLiteral("absent")
                                  << QByteArray() << QStringLiteral("cannot read");
    QTest::newRow("directory instead of a file")
        << QStringLiteral("folder.json") << QStringLiteral("directory") << QByteArray()
        << QStringLiteral("cannot read");
    QTest::newRow("syntax error on disk")
        << QStringLiteral("prices.json") << QStringLiteral("file")
        << QByteArray("{\n  \"format\": 1,,\n}") << QStringLiteral("at line 2, column 15");
    QTest::newRow("bad tier price on disk")
        << QStringLiteral("prices.json") << QStringLiteral("file")
        << builtInWith(QStringLiteral("campaigns.tiers.USD.monthly[3]"), 6000)
        << QStringLiteral("at campaigns.tiers.USD.monthly[3]: price per subscriber rises above "
                          "that of 3000 subscribers; this tier may cost at most 58.66 USD");
}

void TestCatalog::loadFileErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QString, setup);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    if (setup == u"directory") {
        QVERIFY(QDir(dir.path()).mkdir(fileName));
    } else if (setup == u"file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    const auto result = Catalog::loadFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::BadInput);
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")),
             qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestCatalog::customValidCatalog()
{
    const QString path = QStringLiteral(TIERLINE_TEST_DATA "/catalogs/custom_valid.json");
    QVERIFY(!path.isEmpty());
    const auto result = Catalog::loadFile(path);
    QVERIFY2(result.ok(), failureOf(result).constData());

    const Catalog &catalog = *result;
    QCOMPARE(catalog.currencies(), QStringList {QStringLiteral("USD")});
    QCOMPARE(catalog.minTier(), 1000);
    QCOMPARE(catalog.maxTier(), 5000);
    QCOMPARE(catalog.tierFor(4001), 5000);
    QCOMPARE(catalog.tierFor(9000), 5000);
    QCOMPARE(catalog.campaignsTiers(QStringLiteral("USD"), BillingInterval::Monthly).size(), 5);
    QCOMPARE(catalog.campaignsPrice(QStringLiteral("USD"), BillingInterval::Monthly, 5000),
             std::optional<qint64>(4000));
    QCOMPARE(catalog.campaignsPrice(QStringLiteral("USD"), BillingInterval::Annual, 1000),
             std::optional<qint64>(10000));
    QVERIFY(!catalog.campaignsPrice(QStringLiteral("EUR"), BillingInterval::Monthly, 1000));
    QVERIFY(catalog.plan(QStringLiteral("basic")).has_value());
    QVERIFY(!catalog.plan(QStringLiteral("starter")).has_value());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
