// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QDir>
#include <QSaveFile>

namespace Tierline {

namespace {

/** Bytes buffered before they go to the file: few system calls, little memory. */
constexpr qsizetype flushThreshold = 256 * 1024;

bool needsQuotes(QByteArrayView cell, char delimiter)
{
    for (const char c : cell) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendCell(QByteArray &out, QByteArrayView cell, char delimiter)
{
    if (!needsQuotes(cell, delimiter)) {
        out.append(cell);
        return;
    }
    out.append('"');
    for (const char c : cell) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

/** The cell's UTF-8, with a leading `'` when a spreadsheet would read it as a formula. */
QByteArray neutralised(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (startsFormula(text))
        utf8.prepend('\'');
    return utf8;
}

} // namespace

CsvWriter::CsvWriter(CsvOptions options)
    : m_options(options)
{
    m_buffer.reserve(flushThreshold + 4096);
}

CsvWriter::~CsvWriter()
{
    // Not committed: QSaveFile removes its temporary file, the target is untouched.
    if (m_file)
        m_file->cancelWriting();
}

Status CsvWriter::open(const QString &path)
{
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return Error::badInput(tr("Cannot write %1: %2. Choose a folder you can write to.")
                                   .arg(QDir::toNativeSeparators(path), reason));
    }
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    return Done {};
}

QByteArray CsvWriter::encodeText(const QString &text, char delimiter)
{
    QByteArray out;
    appendCell(out, neutralised(text), delimiter);
    return out;
}

void CsvWriter::separate()
{
    if (!m_atRecordStart)
        m_buffer.append(m_options.delimiter);
    m_atRecordStart = false;
}

void CsvWriter::addText(const QString &text)
{
    separate();
    appendCell(m_buffer, neutralised(text), m_options.delimiter);
}

void CsvWriter::addNumber(const QString &number)
{
    separate();
    appendCell(m_buffer, number.toLatin1(), m_options.delimiter);
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    m_atRecordStart = true;
    if (m_buffer.size() >= flushThreshold && !m_failed) {
        if (const Status flushed = flush(); !flushed) {
            m_failed = true;
            m_error = flushed.error();
        }
    }
}

void CsvWriter::writeTextRecord(const QStringList &cells)
{
    for (const QString &cell : cells)
        addText(cell);
    endRecord();
}

Status CsvWriter::flush()
{
    if (!m_file)
        return Error::badInput(tr("The CSV file is not open."));
    if (m_buffer.isEmpty())
        return Done {};
    if (m_file->write(m_buffer) != m_buffer.size()) {
        return Error::badInput(tr("Cannot write %1: %2.")
                                   .arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
    }
    m_buffer.clear();
    return Done {};
}

Status CsvWriter::commit()
{
    if (m_failed)
        return m_error;
    if (const Status flushed = flush(); !flushed)
        return flushed;
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return Error::badInput(
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), reason));
    }
    m_file.reset();
    return Done {};
}

} // namespace Tierline
