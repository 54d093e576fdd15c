// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace Tierline {

/**
 * The one source of "today" (X3). Services never call QDate::currentDate(): they ask the
 * clock, so that `--today` and tests can put the whole application on any day.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The billing day. */
    virtual QDate today() const = 0;
    /** A timestamp for audit entries: today's date with the wall-clock time of day. */
    virtual QDateTime now() const;
};

/** The real calendar. */
class SystemClock final : public Clock
{
public:
    QDate today() const override;
};

/** A clock standing on a chosen day until it is moved: `--today`, tests and the demo. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day)
        : m_day(day)
    {
    }
    QDate today() const override { return m_day; }
    void setToday(QDate day) { m_day = day; }
    void advanceDays(qint64 days) { m_day = m_day.addDays(days); }

private:
    QDate m_day;
};

/** Parses an ISO date (YYYY-MM-DD) strictly; an invalid or differently shaped text gives an invalid
 * date. */
QDate parseIsoDate(const QString &text);

/**
 * A billing date for people, unambiguous in every language: "1 Dec 2026", "1 dec. 2026",
 * "1 Des 2026", "1 dic 2026". An invalid date gives "–".
 */
QString formatDate(QDate date, const QLocale &locale = QLocale());

} // namespace Tierline
