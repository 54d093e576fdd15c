// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactservice.h"

#include <QCoreApplication>

namespace Tierline {

class CsvReader;

/**
 * Turns a contacts CSV file into contacts to import, checking every row first. Columns are
 * named by the header (name, email, marketing, status; any order and case; email is
 * required, unknown columns are ignored). Rows are counted as a spreadsheet shows them: the
 * header is row 1.
 *
 * A file with any bad row gives a BadInput error listing the problems by row and column
 * ("row 7, column email: “x@” is not an email address"), so that nothing is imported.
 */
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::ContactImport)

public:
    /** Reads every record of reader; progress goes from 0 to 1000 (permille of the file). */
    static Result<QList<ImportedContact>> read(CsvReader &reader,
                                               const ContactProgress &progress = {});
    /** Reads a file; see read(). */
    static Result<QList<ImportedContact>> readFile(const QString &path,
                                                   const ContactProgress &progress = {});

    /** Whether text looks like an email address: one @, a dot in the domain, no spaces. */
    static bool isEmailAddress(const QString &text);
    /** "yes", "no", "true", "false", "1", "0" (any case); nothing for anything else. */
    static std::optional<bool> parseMarketing(const QString &text);
    /** A status key or its words ("pending upgrade"), any case; nothing otherwise. */
    static std::optional<ContactStatus> parseStatus(const QString &text);

    /** How many problems an error message lists before "and N more". */
    static constexpr int listedProblems = 20;
};

} // namespace Tierline
