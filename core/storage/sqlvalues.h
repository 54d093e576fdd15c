// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

/** How dates and NULLs travel to and from SQL: ISO 'YYYY-MM-DD' text, portable to any engine. */
namespace Tierline::SqlValues {

inline QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

inline QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : null();
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/**
 * A LIKE pattern that finds text anywhere, with LIKE's own wildcards taken literally: use it
 * as `lower(col) LIKE lower(?) ESCAPE '\'`.
 */
inline QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace Tierline::SqlValues
