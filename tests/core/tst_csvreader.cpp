// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"

#include <QTest>

using namespace Tierline;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void recordLinesCountEmbeddedNewlines();
};

using Records = QList<QStringList>;

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<Records>("expected");

    const Records plain = {{QStringLiteral("name"), QStringLiteral("email")},
                           {QStringLiteral("Ann"), QStringLiteral("ann@example.com")}};
    QTest::newRow("LF") << QByteArray("name,email\nAnn,ann@example.com\n") << QStringLiteral(",")
                        << plain;
    QTest::newRow("CRLF") << QByteArray("name,email\r\nAnn,ann@example.com\r\n")
                          << QStringLiteral(",") << plain;
    QTest::newRow("no final line end")
        << QByteArray("name,email\nAnn,ann@example.com") << QStringLiteral(",") << plain;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFname,email\r\nAnn,ann@example.com\r\n")
                               << QStringLiteral(",") << plain;
    QTest::newRow("semicolon from the header")
        << QByteArray("name;email\nAnn;ann@example.com\n") << QStringLiteral(";") << plain;
    QTest::newRow("semicolon, commas inside a name")
        << QByteArray("name;email\n\"Berg, Ann\";ann@example.com\n") << QStringLiteral(";")
        << Records {{QStringLiteral("name"), QStringLiteral("email")},
                    {QStringLiteral("Berg, Ann"), QStringLiteral("ann@example.com")}};
    QTest::newRow("quoted newline and doubled quotes")
        << QByteArray("name,email\r\n\"Ann \"\"the\"\"\r\nBerg\",ann@example.com\r\n")
        << QStringLiteral(",")
        << Records {{QStringLiteral("name"), QStringLiteral("email")},
                    {QStringLiteral("Ann \"the\"\r\nBerg"), QStringLiteral("ann@example.com")}};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringLiteral(",")
                                  << Records {{QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("c")},
                                              {QString(), QString(), QString()}};
    QTest::newRow("non-ASCII text")
        << QByteArray("name,email\nÅsa Öberg,asa@exämple.se\n") << QStringLiteral(",")
        << Records {{QStringLiteral("name"), QStringLiteral("email")},
                    {QStringLiteral("Åsa Öberg"), QStringLiteral("asa@exämple.se")}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, separator);
    QFETCH(Records, expected);
    CsvReader reader(data);
    QVERIFY2(reader.ok(), qPrintable(reader.error().message));
    QCOMPARE(QString(reader.separator()), separator);
    Records read;
    QStringList fields;
    while (reader.readRecord(fields))
        read.append(fields);
    QVERIFY2(reader.ok(), qPrintable(reader.error().message));
    QCOMPARE(read, expected);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid UTF-8 on line 3")
        << QByteArray("name,email\nAnn,ann@example.com\nB\xE5rd,bard@example.com\n")
        << QStringLiteral("Line 3 is not valid UTF-8");
    QTest::newRow("Latin-1 header")
        << QByteArray("n\xE4me,email\n") << QStringLiteral("Line 1 is not valid UTF-8");
    QTest::newRow("unclosed quote") << QByteArray("name,email\n\"Ann,ann@example.com\n")
                                    << QStringLiteral("Line 2: a quoted field is not closed");
    QTest::newRow("text after a closing quote")
        << QByteArray("name,email\n\"Ann\"x,ann@example.com\n")
        << QStringLiteral("Line 2: text follows the closing quote");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    CsvReader reader(data);
    QStringList fields;
    while (reader.readRecord(fields)) { }
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().kind, Error::Kind::BadInput);
    QVERIFY2(reader.error().message.startsWith(message), qPrintable(reader.error().message));
}

void TestCsvReader::recordLinesCountEmbeddedNewlines()
{
    CsvReader reader(QByteArray("name,email\n\"two\nlines\",a@example.com\nC,c@example.com\n"));
    QStringList fields;
    QList<int> lines;
    while (reader.readRecord(fields))
        lines.append(reader.recordLine());
    QCOMPARE(lines, (QList<int> {1, 2, 4}));
    QCOMPARE(reader.permille(), 1000);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
