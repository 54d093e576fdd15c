// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tierline {

/**
 * Reads RFC 4180 CSV: quoted fields with embedded separators, newlines and doubled quotes,
 * CRLF or LF line ends, UTF-8 with or without a byte order mark. The separator, `,` or `;`,
 * is the one the header line uses more often (outside quotes). Invalid UTF-8 is refused with
 * the line it is on.
 *
 * Records are read one at a time, so a million-row file is never held as a list of fields.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::CsvReader)

public:
    /** Decodes data; check error() before reading records. */
    explicit CsvReader(const QByteArray &data);
    /** Reads a whole file; a missing or unreadable file is a BadInput error. */
    static Result<CsvReader> fromFile(const QString &path);

    /** Why the data cannot be read (invalid UTF-8), or an empty message. */
    const Error &error() const { return m_error; }
    bool ok() const { return m_error.message.isEmpty(); }
    QChar separator() const { return m_separator; }

    /**
     * Reads the next record into fields; false at the end or on a malformed record, which
     * sets error() (an unterminated quote, or text after a closing quote).
     */
    bool readRecord(QStringList &fields);
    /** The line (1-based) the last record read starts on. */
    int recordLine() const { return m_recordLine; }
    /** How far reading has come, 0 to 1000, for progress bars. */
    int permille() const;

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QChar m_separator = QLatin1Char(',');
    Error m_error;
};

} // namespace Tierline
