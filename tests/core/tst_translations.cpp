// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Tierline;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< "", "unfinished", "obsolete", "vanished"
    QStringList translations;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage {context,
                                     {},
                                     xml.attributes().value(QLatin1String("numerus"))
                                         == QLatin1String("yes"),
                                     {},
                                     {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (current.numerus) {
                    inTranslation = true;
                } else {
                    current.translations.append(xml.readElementText());
                    messages.append(current);
                }
            } else if (name == QLatin1String("numerusform") && inTranslation) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")
                   && inTranslation) {
            inTranslation = false;
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &language)
{
    return QDir(qEnvironmentVariable("TIERLINE_SOURCE_DIR"))
        .filePath(QStringLiteral("translations/tierline_%1.ts").arg(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogsAreComplete_data();
    void catalogsAreComplete();
    void catalogsMatchTheSources_data();
    void catalogsMatchTheSources();
    void englishPluralsAreFilled();
    void pluralFormsPerLanguage_data();
    void pluralFormsPerLanguage();
    void countsAreGroupedForTheLocale_data();
    void countsAreGroupedForTheLocale();
    void cleanupTestCase();
};

void TestTranslations::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TIERLINE_SOURCE_DIR"))
        QSKIP("TIERLINE_SOURCE_DIR is set by CTest");
}

void TestTranslations::catalogsAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("Swedish") << QStringLiteral("sv") << 2;
    QTest::newRow("Indonesian") << QStringLiteral("id") << 1;
    QTest::newRow("Italian") << QStringLiteral("it") << 2;
}

void TestTranslations::catalogsAreComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QList<TsMessage> messages = readTs(tsPath(language));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems.append(m.type + QStringLiteral(" — ") + where);
        else if (m.translations.isEmpty()
                 || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                [](const QString &t) { return t.isEmpty(); }))
            problems.append(QStringLiteral("empty — ") + where);
        else if (m.numerus && m.translations.size() != pluralForms)
            problems.append(QStringLiteral("%1 plural forms — ").arg(m.translations.size())
                            + where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogsMatchTheSources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Language::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::catalogsMatchTheSources()
{
    QFETCH(QString, language);
    const QString lupdate = qEnvironmentVariable("TIERLINE_LUPDATE");
    if (lupdate.isEmpty())
        QSKIP("TIERLINE_LUPDATE is set by CTest");
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));

    // lupdate over the sources into a copy: a message the sources have and the catalog lacks
    // arrives unfinished, one the catalog has and the sources dropped is removed.
    QProcess process;
    process.setWorkingDirectory(qEnvironmentVariable("TIERLINE_SOURCE_DIR"));
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);

    auto keys = [](const QList<TsMessage> &messages) {
        QStringList list;
        for (const TsMessage &m : messages)
            list.append(m.context + QLatin1Char('|') + m.source);
        list.sort();
        return list;
    };
    const QStringList checkedIn = keys(readTs(tsPath(language)));
    const QStringList fromSources = keys(readTs(copy));
    QStringList missing;
    for (const QString &key : fromSources) {
        if (!checkedIn.contains(key))
            missing.append(QStringLiteral("missing: ") + key);
    }
    for (const QString &key : checkedIn) {
        if (!fromSources.contains(key))
            missing.append(QStringLiteral("no longer in the sources: ") + key);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("run `make update-translations` and translate:\n")
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreFilled()
{
    for (const TsMessage &m : readTs(tsPath(QStringLiteral("en")))) {
        if (!m.numerus)
            continue;
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2
                     && !m.translations.contains(QString()),
                 qPrintable(m.source));
    }
}

void TestTranslations::pluralFormsPerLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");
    const struct
    {
        const char *language;
        int days;
        const char *expected;
    } rows[] = {
        {"en", 0, "0 days left in your trial"},
        {"en", 1, "1 day left in your trial"},
        {"en", 2, "2 days left in your trial"},
        {"en", 5, "5 days left in your trial"},
        {"en", 21, "21 days left in your trial"},
        {"sv", 0, "0 dagar kvar av din provperiod"},
        {"sv", 1, "1 dag kvar av din provperiod"},
        {"sv", 2, "2 dagar kvar av din provperiod"},
        {"sv", 5, "5 dagar kvar av din provperiod"},
        {"sv", 21, "21 dagar kvar av din provperiod"},
        {"id", 0, "0 hari tersisa dalam uji coba Anda"},
        {"id", 1, "1 hari tersisa dalam uji coba Anda"},
        {"id", 2, "2 hari tersisa dalam uji coba Anda"},
        {"id", 5, "5 hari tersisa dalam uji coba Anda"},
        {"id", 21, "21 hari tersisa dalam uji coba Anda"},
        {"it", 0, "0 giorni rimasti nel periodo di prova"},
        {"it", 1, "1 giorno rimasto nel periodo di prova"},
        {"it", 2, "2 giorni rimasti nel periodo di prova"},
        {"it", 5, "5 giorni rimasti nel periodo di prova"},
        {"it", 21, "21 giorni rimasti nel periodo di prova"},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s, %d day(s)", row.language, row.days)
            << QString::fromLatin1(row.language) << row.days << QString::fromUtf8(row.expected);
    }
}

void TestTranslations::pluralFormsPerLanguage()
{
    // Through the compiled catalogs in :/i18n, as the application loads them.
    QFETCH(QString, language);
    QFETCH(int, days);
    QFETCH(QString, expected);
    QCOMPARE(Language::apply(language), language);
    QCOMPARE(QCoreApplication::translate("Tierline::BillingText", "%Ln day(s) left in your trial",
                                         nullptr, days),
             expected);
}

void TestTranslations::countsAreGroupedForTheLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("28,000 subscribers");
    QTest::newRow("sv: no-break space")
        << QStringLiteral("sv") << QStringLiteral("28\u00a0000 prenumeranter");
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("28.000 pelanggan");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("28.000 abbonati");
}

void TestTranslations::countsAreGroupedForTheLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    Language::apply(language);
    QCOMPARE(QCoreApplication::translate("Tierline::CliApplication", "%Ln subscriber(s)", nullptr,
                                         28000),
             expected);
}

void TestTranslations::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
