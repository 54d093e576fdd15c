// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvwriter.h"
#include "errors/error.h"
#include "smartlist.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace Tierline {

class Catalog;
class Database;

/** Reports export progress (rows done of total); returning false cancels the export. */
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExportOutcome
{
    qint64 rows = 0; ///< data rows written (the header not counted)
    bool cancelled = false; ///< when true, no file was written
};

/**
 * Exports a smart list as CSV (Z6): a header row of the column titles, then one row per
 * account in the list's order. Dates are ISO (YYYY-MM-DD), amounts plain decimals from the
 * minor units ("1234.50"), with a Currency column added after the columns when the list shows
 * amounts but not the currency. Rows stream from a forward-only query, so memory stays flat
 * however long the list is. The file appears only complete: an error or a cancel leaves none.
 */
class SmartListExport
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::SmartListExport)

public:
    SmartListExport(const Database &database, const Catalog &catalog, QDate today)
        : m_database(database)
        , m_catalog(catalog)
        , m_today(today)
    {
    }

    /** The columns of the file in order, the added Currency column included. */
    static QList<SmartListField> fileColumns(const SmartList &list);

    Result<ExportOutcome> toCsv(const SmartList &list, const QString &path,
                                const CsvOptions &options = {},
                                const ExportProgress &progress = {}) const;

    /** How many accounts the list holds today. */
    Result<qint64> count(const SmartList &list) const;

private:
    const Database &m_database;
    const Catalog &m_catalog;
    QDate m_today;
};

} // namespace Tierline
