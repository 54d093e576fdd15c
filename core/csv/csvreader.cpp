// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace Tierline {

namespace {

/** The first line whose bytes are not valid UTF-8 (1-based). */
int firstInvalidLine(const QByteArray &data)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(data).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return line;
}

QChar detectSeparator(QStringView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

CsvReader::CsvReader(const QByteArray &data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    m_text = decoder(bytes);
    if (decoder.hasError()) {
        const int line = firstInvalidLine(data);
        m_text.clear();
        m_error = Error::badInput(
            tr("Line %1 is not valid UTF-8 text. Save the file as UTF-8 and try again.").arg(line));
        return;
    }
    m_separator = detectSeparator(m_text);
}

Result<CsvReader> CsvReader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return CsvReader(file.readAll());
}

int CsvReader::permille() const
{
    return m_text.isEmpty() ? 1000 : int(m_pos * 1000 / m_text.size());
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (!ok() || m_pos >= m_text.size())
        return false;
    m_recordLine = m_line;
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    QString field;
    for (;;) {
        // One field.
        field.clear();
        if (m_pos < size && data[m_pos] == QLatin1Char('"')) {
            ++m_pos;
            for (;;) {
                if (m_pos >= size) {
                    m_error = Error::badInput(
                        tr("Line %1: a quoted field is not closed.").arg(m_recordLine));
                    return false;
                }
                const QChar c = data[m_pos];
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < size && data[m_pos + 1] == QLatin1Char('"')) {
                        field += c;
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
                ++m_pos;
            }
            if (m_pos < size && data[m_pos] != m_separator && data[m_pos] != QLatin1Char('\r')
                && data[m_pos] != QLatin1Char('\n')) {
                m_error = Error::badInput(
                    tr("Line %1: text follows the closing quote of a field.").arg(m_line));
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_separator && data[m_pos] != QLatin1Char('\r')
                   && data[m_pos] != QLatin1Char('\n'))
                ++m_pos;
            field = QString(data + start, m_pos - start);
        }
        fields.append(field);

        if (m_pos >= size)
            return true;
        if (data[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        // End of the record: CRLF, LF or a lone CR.
        if (data[m_pos] == QLatin1Char('\r'))
            ++m_pos;
        if (m_pos < size && data[m_pos] == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
        return true;
    }
}

} // namespace Tierline
