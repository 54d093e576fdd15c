// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartlistexport.h"

#include "billing/billingtext.h"
#include "catalog/catalog.h"
#include "money/money.h"
#include "smartlistquery.h"
#include "storage/database.h"

#include <QSqlError>

namespace Tierline {

namespace {

/** Rows between progress reports: often enough for a smooth bar, rare enough to cost nothing. */
constexpr qint64 progressStep = 1000;

} // namespace

QList<SmartListField> SmartListExport::fileColumns(const SmartList &list)
{
    QList<SmartListField> columns =
        list.columns.isEmpty() ? QList<SmartListField> {SmartListField::Name} : list.columns;
    const bool amounts = std::any_of(columns.cbegin(), columns.cend(), &SmartListFields::isMoney);
    if (amounts && !columns.contains(SmartListField::Currency))
        columns.append(SmartListField::Currency);
    return columns;
}

Result<qint64> SmartListExport::count(const SmartList &list) const
{
    const BoundSql sql = SmartListQuery(list, m_today, m_catalog.trialSubscriberCap()).count();
    const auto n = m_database.scalar(sql.sql, sql.values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<ExportOutcome> SmartListExport::toCsv(const SmartList &list, const QString &path,
                                             const CsvOptions &options,
                                             const ExportProgress &progress) const
{
    SmartList withCurrency = list;
    withCurrency.columns = fileColumns(list);
    const SmartListQuery query(withCurrency, m_today, m_catalog.trialSubscriberCap());
    const QList<SmartListField> &columns = query.columns();

    qint64 total = 0;
    if (progress) {
        const auto n = count(list);
        if (!n)
            return n.error();
        total = *n;
        if (!progress(0, total))
            return ExportOutcome {0, true};
    }

    CsvWriter writer(options);
    if (const Status opened = writer.open(path); !opened)
        return opened.error();
    for (const SmartListField field : columns)
        writer.addText(SmartListFields::title(field));
    writer.endRecord();

    const BoundSql sql = query.select();
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    if (!rows.prepare(sql.sql))
        return Database::errorFrom(rows);
    for (qsizetype i = 0; i < sql.values.size(); ++i)
        rows.bindValue(int(i), sql.values.at(i));
    if (!rows.exec())
        return Database::errorFrom(rows);

    const int currencyColumn = query.currencyColumn();
    QHash<QString, QString> planNames;
    ExportOutcome outcome;
    while (rows.next()) {
        const QString currency = rows.value(currencyColumn).toString();
        for (int c = 0; c < columns.size(); ++c) {
            const SmartListField field = columns.at(c);
            const QVariant value = rows.value(c);
            if (value.isNull()) {
                writer.addText(QString());
            } else if (SmartListFields::isMoney(field)) {
                writer.addNumber(Money(value.toLongLong(), currency).toDecimalString());
            } else if (SmartListFields::isCount(field)) {
                writer.addNumber(QString::number(value.toLongLong()));
            } else if (field == SmartListField::Campaigns) {
                writer.addText(BillingText::campaignsStatus(
                    campaignsStatusFromKey(value.toString()).value_or(CampaignsStatus::None)));
            } else if (field == SmartListField::Plan) {
                const QString id = value.toString();
                auto name = planNames.constFind(id);
                if (name == planNames.cend())
                    name = planNames.insert(id, BillingText::planName(m_catalog, id));
                writer.addText(*name);
            } else {
                writer.addText(value.toString()); // dates are ISO text already
            }
        }
        writer.endRecord();
        ++outcome.rows;
        if (progress && outcome.rows % progressStep == 0 && !progress(outcome.rows, total)) {
            outcome.cancelled = true;
            return outcome; // the writer discards its temporary file
        }
    }
    if (rows.lastError().isValid())
        return Database::errorFrom(rows);
    rows.finish();
    if (progress && !progress(outcome.rows, std::max(total, outcome.rows))) {
        outcome.cancelled = true;
        return outcome;
    }
    if (const Status committed = writer.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace Tierline
