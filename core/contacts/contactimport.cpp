// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimport.h"

#include "csv/csvreader.h"

#include <QRegularExpression>

namespace Tierline {

namespace {

enum Column { NameColumn, EmailColumn, MarketingColumn, StatusColumn, ColumnCount };

constexpr const char *columnNames[ColumnCount] = {"name", "email", "marketing", "status"};

} // namespace

bool ContactImport::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s"<>,;]+@[^@\s"<>,;.]+(\.[^@\s"<>,;.]+)+$)"));
    return pattern.match(text).hasMatch();
}

std::optional<bool> ContactImport::parseMarketing(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")
        || t == QLatin1String("y") || t == QLatin1String("marketing"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")
        || t == QLatin1String("n") || t == QLatin1String("non-marketing"))
        return false;
    return std::nullopt;
}

std::optional<ContactStatus> ContactImport::parseStatus(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_'));
    return contactStatusFromKey(t);
}

Result<QList<ImportedContact>> ContactImport::readFile(const QString &path,
                                                       const ContactProgress &progress)
{
    auto reader = CsvReader::fromFile(path);
    if (!reader)
        return reader.error();
    return read(reader.value(), progress);
}

Result<QList<ImportedContact>> ContactImport::read(CsvReader &reader,
                                                   const ContactProgress &progress)
{
    if (!reader.ok())
        return reader.error();
    QStringList fields;
    if (!reader.readRecord(fields)) {
        return reader.ok() ? Error::badInput(tr("The file is empty: it needs a header line with "
                                                "at least an “email” column."))
                           : reader.error();
    }
    int index[ColumnCount] = {-1, -1, -1, -1};
    for (int i = 0; i < fields.size(); ++i) {
        const QString header = fields.at(i).trimmed().toLower();
        for (int c = 0; c < ColumnCount; ++c) {
            if (header != QLatin1String(columnNames[c]))
                continue;
            if (index[c] >= 0) {
                return Error::badInput(
                    tr("The header names the column “%1” twice.").arg(fields.at(i).trimmed()));
            }
            index[c] = i;
        }
    }
    if (index[EmailColumn] < 0) {
        return Error::badInput(tr("The file has no “email” column. The header line must name "
                                  "the columns: name, email, marketing, status."));
    }
    const qsizetype width = fields.size();

    QList<ImportedContact> contacts;
    QStringList problems;
    qsizetype problemCount = 0;
    auto problem = [&](int row, const QString &text) {
        if (++problemCount <= listedProblems)
            problems.append(tr("row %1: %2").arg(row).arg(text));
    };
    auto cellProblem = [&](int row, Column column, const QString &text) {
        if (++problemCount <= listedProblems) {
            problems.append(
                tr("row %1, column %2: %3").arg(row).arg(QLatin1String(columnNames[column]), text));
        }
    };
    int row = 1;
    while (reader.readRecord(fields)) {
        ++row;
        if (fields.size() == 1 && fields.constFirst().isEmpty())
            continue; // a blank line
        if (fields.size() != width) {
            problem(
                row,
                tr("%n field(s), but the header has %1", nullptr, int(fields.size())).arg(width));
            continue;
        }
        ImportedContact contact;
        contact.email = fields.at(index[EmailColumn]).trimmed();
        if (contact.email.isEmpty())
            cellProblem(row, EmailColumn, tr("an email address is required"));
        else if (!isEmailAddress(contact.email))
            cellProblem(row, EmailColumn, tr("“%1” is not an email address").arg(contact.email));
        if (index[NameColumn] >= 0)
            contact.name = fields.at(index[NameColumn]).trimmed();
        if (index[MarketingColumn] >= 0) {
            const QString text = fields.at(index[MarketingColumn]);
            if (!text.trimmed().isEmpty()) {
                contact.marketing = parseMarketing(text);
                if (!contact.marketing)
                    cellProblem(row, MarketingColumn,
                                tr("“%1” is neither yes nor no").arg(text.trimmed()));
            }
        }
        if (index[StatusColumn] >= 0) {
            const QString text = fields.at(index[StatusColumn]);
            if (!text.trimmed().isEmpty()) {
                contact.status = parseStatus(text);
                if (!contact.status) {
                    cellProblem(row, StatusColumn,
                                tr("“%1” is not a status (subscribed, pending upgrade, "
                                   "unsubscribed, archived)")
                                    .arg(text.trimmed()));
                }
            }
        }
        if (problemCount == 0)
            contacts.append(std::move(contact));
        if (row % 10000 == 0 && progress && !progress(reader.permille(), 1000))
            return Error::badInput(tr("The import was cancelled; nothing was imported."));
    }
    if (!reader.ok())
        return reader.error();
    if (problemCount > 0) {
        QString message =
            tr("The file has %n problem(s), so nothing was imported:", nullptr, int(problemCount));
        for (const QString &p : std::as_const(problems))
            message += QLatin1Char('\n') + p;
        if (problemCount > listedProblems)
            message += QLatin1Char('\n')
                + tr("… and %n more.", nullptr, int(problemCount - listedProblems));
        return Error::badInput(message);
    }
    return contacts;
}

} // namespace Tierline
