// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QSaveFile;

namespace Tierline {

/** How a CSV file is laid out: `,` or `;` between fields, and an optional UTF-8 BOM for Excel. */
struct CsvOptions
{
    char delimiter = ',';
    bool byteOrderMark = false;
};

/**
 * Writes RFC 4180 CSV in UTF-8 with CRLF line ends, atomically: the rows go to a QSaveFile,
 * and the target appears only when commit() succeeds. Destroying the writer before commit(),
 * after an error or a cancel, leaves no file and no half file, and an existing target as it
 * was.
 *
 * Text cells are neutralised against formula injection (OWASP): a cell starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. Number cells are written as
 * they are, so that a negative amount stays a number.
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::CsvWriter)

public:
    explicit CsvWriter(CsvOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /** Opens path for writing (through a temporary file beside it); a BadInput error if not. */
    Status open(const QString &path);

    /** Appends a text cell to the current record, neutralised and quoted as needed. */
    void addText(const QString &text);
    /** Appends a number cell ("1234.50", "-3") as it is; quoted only if it holds a delimiter. */
    void addNumber(const QString &number);
    /** Ends the current record with CRLF. */
    void endRecord();
    /** Writes a whole record of text cells. */
    void writeTextRecord(const QStringList &cells);

    /** Writes what is buffered and renames the temporary file onto the target. */
    Status commit();

    /** One text cell as written, without delimiter: for tests and the neutralising rule. */
    static QByteArray encodeText(const QString &text, char delimiter = ',');

private:
    Status flush();
    void separate();

    CsvOptions m_options;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
    bool m_atRecordStart = true;
    Error m_error;
    bool m_failed = false;
};

} // namespace Tierline
