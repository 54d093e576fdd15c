// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `tierline-cli smart-lists` and `tierline-cli export`: the smart lists and their CSV export
// (Z5, Z6).
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "cliapplication.h"
#include "clitext.h"
#include "smartlists/smartlistexport.h"
#include "smartlists/smartliststore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Tierline {

int CliApplication::smartLists(const QStringList &args)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("smart-lists"), args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("smart-lists takes no arguments."));
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto lists = SmartListStore(*m_database).all();
    if (!lists)
        return fail(lists.error());
    const SmartListExport exporter(*m_database, *m_catalog, m_clock->today());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SmartList &list : *lists) {
        const auto count = exporter.count(list);
        if (!count)
            return fail(count.error());
        QJsonArray columns;
        QStringList titles;
        for (const SmartListField field : list.columns) {
            columns.append(smartListFieldKey(field));
            titles.append(SmartListFields::title(field));
        }
        json.append(QJsonObject {{QStringLiteral("id"), list.id},
                                 {QStringLiteral("name"), list.name},
                                 {QStringLiteral("built_in"), list.isBuiltIn()},
                                 {QStringLiteral("key"), list.builtInKey},
                                 {QStringLiteral("accounts"), *count},
                                 {QStringLiteral("columns"), columns},
                                 {QStringLiteral("sort"), smartListFieldKey(list.sort.field)},
                                 {QStringLiteral("descending"), list.sort.descending},
                                 {QStringLiteral("filter"), SmartList::filterToJson(list.filter)}});
        rows.append({list.name, list.isBuiltIn() ? tr("built-in") : tr("saved"),
                     QLocale().toString(*count), titles.join(QStringLiteral(", "))});
    }
    return print(
        json, CliText::table({tr("Smart list"), tr("Kind"), tr("Accounts"), tr("Columns")}, rows));
}

int CliApplication::exportList(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption listOption(QStringLiteral("smart-list"), tr("Smart list name."),
                                        tr("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("CSV file to write."), tr("FILE"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("Field separator, , or ;."), tr("CHAR"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), tr("Start with a UTF-8 BOM."));
    parser.addOptions({listOption, outOption, delimiterOption, bomOption});
    int code = Ok;
    if (!parseCommand(parser, QStringLiteral("export"), args, code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(listOption)
        || !parser.isSet(outOption))
        return usageError(tr("export needs --smart-list NAME and --out FILE."));
    CsvOptions options;
    options.byteOrderMark = parser.isSet(bomOption);
    if (parser.isSet(delimiterOption)) {
        const QString delimiter = parser.value(delimiterOption);
        if (delimiter == QLatin1String(";"))
            options.delimiter = ';';
        else if (delimiter != QLatin1String(","))
            return fail(Error::badInput(tr("--delimiter takes , or ;, not “%1”.").arg(delimiter)));
    }
    if (const Status opened = openDatabase(); !opened)
        return fail(opened.error());
    const auto list = SmartListStore(*m_database).byName(parser.value(listOption));
    if (!list)
        return fail(list.error());
    const QString path = parser.value(outOption);
    const auto outcome =
        SmartListExport(*m_database, *m_catalog, m_clock->today()).toCsv(*list, path, options);
    if (!outcome)
        return fail(outcome.error());
    return print(QJsonObject {{QStringLiteral("smart_list"), list->name},
                              {QStringLiteral("file"), path},
                              {QStringLiteral("rows"), outcome->rows}},
                 tr("%Ln account(s) of “%1” exported to %2.\n", nullptr, outcome->rows)
                     .arg(list->name, QDir::toNativeSeparators(path)));
}

} // namespace Tierline
