// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Tierline;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellEncoding_data();
    void cellEncoding();
    void everyInjectionPrefixIsNeutralised_data();
    void everyInjectionPrefixIsNeutralised();
    void numbersStayNumbers();
    void recordsEndInCrlfAndReadBack();
    void semicolonAndByteOrderMark();
    void unwritableTargetLeavesNothing_data();
    void unwritableTargetLeavesNothing();
    void abandonedWriteLeavesNoFileAndKeepsTheOldOne();

private:
    QTemporaryDir m_folder;
};

void TestCsvWriter::cellEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << QStringLiteral("Nordljus Design") << ','
                           << QByteArray("Nordljus Design");
    QTest::newRow("empty") << QString() << ',' << QByteArray();
    QTest::newRow("comma quoted") << QStringLiteral("Rossi, Bianchi") << ','
                                  << QByteArray("\"Rossi, Bianchi\"");
    QTest::newRow("comma plain with semicolon delimiter")
        << QStringLiteral("Rossi, Bianchi") << ';' << QByteArray("Rossi, Bianchi");
    QTest::newRow("semicolon quoted with semicolon delimiter")
        << QStringLiteral("a;b") << ';' << QByteArray("\"a;b\"");
    QTest::newRow("inner quotes doubled")
        << QStringLiteral("The \"best\" shop") << ',' << QByteArray("\"The \"\"best\"\" shop\"");
    QTest::newRow("embedded LF") << QStringLiteral("line one\nline two") << ','
                                 << QByteArray("\"line one\nline two\"");
    QTest::newRow("embedded CRLF")
        << QStringLiteral("line one\r\nline two") << ',' << QByteArray("\"line one\r\nline two\"");
    QTest::newRow("UTF-8") << QStringLiteral("Åsa Öberg – Café") << ','
                           << QStringLiteral("Åsa Öberg – Café").toUtf8();
    QTest::newRow("minus inside is kept")
        << QStringLiteral("Jean-Luc") << ',' << QByteArray("Jean-Luc");
}

void TestCsvWriter::cellEncoding()
{
    QFETCH(QString, text);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, encoded);
    QCOMPARE(CsvWriter::encodeText(text, delimiter), encoded);
}

void TestCsvWriter::everyInjectionPrefixIsNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("=") << QStringLiteral("=SUM(A1:A9)") << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("+") << QStringLiteral("+1+2") << QByteArray("'+1+2");
    QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("@") << QStringLiteral("@cmd") << QByteArray("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("CR, then quoted") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("= with a comma, quoted") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                            << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

void TestCsvWriter::everyInjectionPrefixIsNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(CsvWriter::encodeText(text), encoded);
}

void TestCsvWriter::numbersStayNumbers()
{
    const QString path = m_folder.filePath(QStringLiteral("numbers.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(path).ok());
    writer.addText(QStringLiteral("-5"));
    writer.addNumber(QStringLiteral("-5.00"));
    writer.addNumber(QStringLiteral("1234.50"));
    writer.endRecord();
    QVERIFY(writer.commit().ok());
    QCOMPARE(readAll(path), QByteArray("'-5,-5.00,1234.50\r\n"));
}

void TestCsvWriter::recordsEndInCrlfAndReadBack()
{
    const QString path = m_folder.filePath(QStringLiteral("records.csv"));
    const QList<QStringList> records {
        {QStringLiteral("Account"), QStringLiteral("Note")},
        {QStringLiteral("Rossi, Bianchi"), QStringLiteral("two\nlines")},
        {QStringLiteral("\"Quoted\""), QString()},
    };
    {
        CsvWriter writer;
        QVERIFY(writer.open(path).ok());
        for (const QStringList &record : records)
            writer.writeTextRecord(record);
        QVERIFY(writer.commit().ok());
    }
    const QByteArray bytes = readAll(path);
    QCOMPARE(
        bytes,
        QByteArray("Account,Note\r\n\"Rossi, Bianchi\",\"two\nlines\"\r\n\"\"\"Quoted\"\"\",\r\n"));
    CsvReader reader(bytes);
    QVERIFY(reader.ok());
    QList<QStringList> read;
    QStringList fields;
    while (reader.readRecord(fields))
        read.append(fields);
    QCOMPARE(read, records);
}

void TestCsvWriter::semicolonAndByteOrderMark()
{
    const QString path = m_folder.filePath(QStringLiteral("excel.csv"));
    CsvWriter writer(CsvOptions {';', true});
    QVERIFY(writer.open(path).ok());
    writer.writeTextRecord({QStringLiteral("Konto"), QStringLiteral("MRR")});
    writer.addText(QStringLiteral("Åre; Sälen"));
    writer.addNumber(QStringLiteral("169.00"));
    writer.endRecord();
    QVERIFY(writer.commit().ok());
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes,
             QByteArray("\xEF\xBB\xBFKonto;MRR\r\n\"") + QStringLiteral("Åre; Sälen").toUtf8()
                 + QByteArray("\";169.00\r\n"));
    CsvReader reader(bytes);
    QCOMPARE(reader.separator(), QLatin1Char(';'));
}

void TestCsvWriter::unwritableTargetLeavesNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << m_folder.filePath(QStringLiteral("no/such/folder/x.csv"));
    QTest::newRow("a folder as the target") << m_folder.path();
}

void TestCsvWriter::unwritableTargetLeavesNothing()
{
    QFETCH(QString, path);
    const QStringList before =
        QDir(m_folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    CsvWriter writer;
    const Status opened = writer.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::BadInput);
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(opened.error().message));
    QCOMPARE(QDir(m_folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestCsvWriter::abandonedWriteLeavesNoFileAndKeepsTheOldOne()
{
    QTemporaryDir folder;
    const QString fresh = folder.filePath(QStringLiteral("fresh.csv"));
    const QString existing = folder.filePath(QStringLiteral("existing.csv"));
    {
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\r\n");
    }
    for (const QString &path : {fresh, existing}) {
        CsvWriter writer;
        QVERIFY(writer.open(path).ok());
        // Enough rows to pass the flush threshold: bytes really went to disk.
        for (int i = 0; i < 50000; ++i)
            writer.writeTextRecord(
                {QStringLiteral("row %1").arg(i), QStringLiteral("padding text")});
        // Destroyed without commit(), as after an error or a cancel.
    }
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(readAll(existing), QByteArray("old content\r\n"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files),
             QStringList {QStringLiteral("existing.csv")});
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
