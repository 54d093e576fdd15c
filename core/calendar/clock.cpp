// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QRegularExpression>

namespace Tierline {

QDateTime Clock::now() const
{
    return QDateTime(today(), QTime::currentTime());
}

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

QDate parseIsoDate(const QString &text)
{
    // anchoredPattern: a plain `$` would also accept a trailing newline.
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString formatDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return QStringLiteral("–");
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace Tierline
