// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mrrengine.h"

#include "calendar/clock.h"
#include "money/money.h"
#include "mrr/exchangerates.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

namespace Tierline {

namespace {

int monthIndex(int year, int month)
{
    return year * 12 + (month - 1);
}

int monthIndex(QDate day)
{
    return monthIndex(day.year(), day.month());
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

/** A rate over months: the months whose last day it covers, [first, last]. */
struct Span
{
    int first;
    int last;
    qint64 rate;
};

/** One account's (or one account-currency's) stretch of rows, and how to add them up. */
class Accumulator
{
public:
    Accumulator(int from, int to, QList<MrrMonth> &months)
        : m_from(from)
        , m_to(to)
        , m_months(months)
        , m_tail(size_t(to - from + 2), 0)
    {
    }

    /** Adds the constant tails gathered by add() to the months' MRR; call once at the end. */
    void finish()
    {
        qint64 running = 0;
        for (qsizetype i = 0; i < m_months.size(); ++i) {
            running += m_tail[size_t(i)];
            m_months[i].mrr += running;
        }
    }

    /** Adds up one account's spans; converted gives the reporting value of a month's rate. */
    template<typename Convert>
    Status add(const std::vector<Span> &spans, const Convert &converted)
    {
        int first = std::numeric_limits<int>::max();
        for (const Span &s : spans)
            first = std::min(first, s.first);
        if (first > m_to)
            return Done {};
        const int width = m_to - first + 2;
        m_diff.assign(size_t(width), 0);
        int lastChange = first; // from this month on the amount stays the same
        for (const Span &s : spans) {
            m_diff[size_t(s.first - first)] += s.rate;
            lastChange = std::max(lastChange, s.first);
            if (s.last < m_to) {
                m_diff[size_t(s.last + 1 - first)] -= s.rate;
                lastChange = std::max(lastChange, s.last + 1);
            }
        }
        MrrMonth *months = m_months.data(); // once: QList's operator[] checks for sharing
        qint64 native = 0;
        qint64 previousNative = -1;
        qint64 value = 0;
        qint64 previous = 0;
        bool everPaid = false;
        for (int m = first; m <= m_to; ++m) {
            native += m_diff[size_t(m - first)];
            if (m < m_from - 1) {
                everPaid = everPaid || native > 0;
                continue;
            }
            // Converting costs a 128-bit division: only when the amount or month's rate moves.
            if (native != previousNative || m == m_from - 1 || converted.changesAt(m)) {
                const auto v = converted(native, m);
                if (!v)
                    return v.error();
                value = *v;
                previousNative = native;
            }
            if (m >= m_from) {
                MrrMonth &month = months[m - m_from];
                month.mrr += value;
                if (value > 0 && previous == 0)
                    (everPaid ? month.reactivation : month.newMrr) += value;
                else if (value == 0 && previous > 0)
                    month.churn -= previous;
                else if (value > previous)
                    month.expansion += value - previous;
                else if (value < previous)
                    month.contraction += value - previous;
            }
            everPaid = everPaid || value > 0 || native > 0;
            previous = value;
            if (m >= lastChange && m >= m_from) {
                // Nothing moves until the exchange rate does: add the value to those months at
                // once (through m_tail) instead of month by month.
                const int until = std::min(converted.nextChangeAfter(m), m_to + 1);
                m_tail[size_t(m + 1 - m_from)] += value;
                m_tail[size_t(until - m_from)] -= value;
                m = until - 1;
            }
        }
        return Done {};
    }

private:
    int m_from;
    int m_to;
    QList<MrrMonth> &m_months;
    std::vector<qint64> m_diff;
    std::vector<qint64> m_tail; ///< differences of MRR added over constant stretches
};

/** The dated rates of one currency into the reporting currency, per month of the series. */
class Conversion
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::MrrEngine)

public:
    Conversion(QString currency, QString reporting, int from, int to)
        : m_currency(std::move(currency))
        , m_reporting(std::move(reporting))
        , m_from(from)
        , m_identity(m_currency == m_reporting)
        , m_rates(size_t(to - from + 1))
        , m_known(size_t(to - from + 1), 0)
        , m_changes(size_t(to - from + 1), m_identity ? 0 : 1)
        , m_next(size_t(to - from + 1), 0)
    {
        updateNextChanges();
    }

    /** Sets the rate from a day on (rates must come in ascending day order). */
    void addRate(QDate validFrom, ExactRate rate)
    {
        // Within a month the later rate wins: the one valid on the month's last day.
        for (int m = std::max(m_from, monthIndex(validFrom)); m < m_from + int(m_rates.size());
             ++m) {
            m_rates[size_t(m - m_from)] = rate;
            m_known[size_t(m - m_from)] = 1;
        }
        // Whether a month's rate differs from the month before's, looked up once per month
        // and account in the hot loop.
        for (size_t i = 1; i < m_rates.size(); ++i) {
            m_changes[i] = m_known[i] != m_known[i - 1]
                || m_rates[i].numerator != m_rates[i - 1].numerator
                || m_rates[i].denominator != m_rates[i - 1].denominator;
        }
        updateNextChanges();
    }

    /** The first month after m whose rate differs from the one before; past the end if none. */
    int nextChangeAfter(int m) const { return m_from + m_next[size_t(m - m_from)]; }

    bool changesAt(int m) const { return m_changes[size_t(m - m_from)] != 0; }

    Result<qint64> operator()(qint64 native, int m) const
    {
        if (m_identity || native == 0)
            return native;
        const size_t i = size_t(m - m_from);
        if (!m_known[i]) {
            const int year = m / 12;
            const int month = m % 12 + 1;
            return Error::badInput(
                tr("There is no exchange rate from %1 to %2 on %3. Add one in Settings, "
                   "Exchange rates.")
                    .arg(m_currency, m_reporting,
                         QDate(year, month, daysInMonth(year, month)).toString(Qt::ISODate)));
        }
        return m_rates[i].convert(native);
    }

private:
    QString m_currency;
    QString m_reporting;
    int m_from;
    bool m_identity;
    std::vector<ExactRate> m_rates;
    std::vector<char> m_known;
    std::vector<char> m_changes; ///< 1 where the rate differs from the month before's
    std::vector<int> m_next; ///< per month, the index of the next month with a change

    void updateNextChanges()
    {
        int next = int(m_changes.size());
        for (int i = int(m_changes.size()) - 1; i >= 0; --i) {
            m_next[size_t(i)] = next;
            if (m_changes[size_t(i)])
                next = i;
        }
    }
};

} // namespace

QString MrrMonth::key() const
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

QDate MrrMonth::lastDay() const
{
    return QDate(year, month, daysInMonth(year, month));
}

QDate MrrEngine::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

Result<QDate> MrrEngine::firstMonth(qint64 ownerId) const
{
    const auto first = ownerId > 0
        ? m_database.scalar(QStringLiteral("SELECT MIN(p.start_on) FROM subscription_periods p "
                                           "JOIN accounts a ON a.id = p.account_id "
                                           "WHERE a.owner_id = ?"),
                            {ownerId})
        : m_database.scalar(QStringLiteral("SELECT MIN(start_on) FROM subscription_periods"));
    if (!first)
        return first.error();
    const QDate day = SqlValues::toDate(*first);
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

Result<MrrSeries> MrrEngine::series(const MrrQuery &query) const
{
    if (!query.from.isValid() || !query.to.isValid())
        return Error::badInput(tr("MRR needs a first and a last month."));
    const int from = monthIndex(query.from);
    const int to = monthIndex(query.to);
    if (to < from)
        return Error::badInput(tr("The last month, %1, comes before the first, %2.")
                                   .arg(query.to.toString(QStringLiteral("yyyy-MM")),
                                        query.from.toString(QStringLiteral("yyyy-MM"))));
    if (to - from + 1 > maxMonths)
        return Error::badInput(tr("MRR covers at most %1 months at a time.").arg(maxMonths));

    MrrSeries series;
    if (query.currency.isEmpty()) {
        const auto reporting = ExchangeRates(m_database).reportingCurrency();
        if (!reporting)
            return reporting.error();
        series.currency = *reporting;
    } else {
        series.currency = query.currency;
    }
    if (!Currency::fromCode(series.currency))
        return Error::badInput(
            tr("%1 is not a currency Tierline knows; choose one of %2.")
                .arg(series.currency, Currency::supportedCodes().join(QStringLiteral(", "))));

    // The month before the first one is measured too: its MRR is where the first change starts.
    const int measuredFrom = from - 1;
    std::map<QString, Conversion> conversions;
    auto conversionFor = [&](const QString &currency) -> Conversion & {
        return conversions.try_emplace(currency, currency, series.currency, measuredFrom, to)
            .first->second;
    };
    {
        auto rates = m_database.run(
            QStringLiteral("SELECT currency, valid_from, rate FROM exchange_rates "
                           "WHERE reporting_currency = ? ORDER BY currency, valid_from"),
            {series.currency});
        if (!rates)
            return rates.error();
        while (rates->next()) {
            const auto rate = ExactRate::parse(rates->value(2).toString());
            const QDate validFrom = SqlValues::toDate(rates->value(1));
            if (rate && validFrom.isValid())
                conversionFor(rates->value(0).toString()).addRate(validFrom, *rate);
        }
    }

    for (int m = from; m <= to; ++m) {
        MrrMonth month;
        month.year = m / 12;
        month.month = m % 12 + 1;
        series.months.append(month);
    }

    // Each row travels as three integers: what costs is Qt's work per value, not SQLite's. The
    // third packs the start and end as yyyymmdd (an open end as 99991231) and the currency as
    // its index in the list Tierline knows: start * 10^9 + end * 10 + currency.
    const QStringList currencies = Currency::supportedCodes();
    QString columns =
        QStringLiteral("SELECT p.account_id, p.monthly_rate, "
                       "CAST(replace(p.start_on, '-', '') AS BIGINT) * 1000000000 "
                       "+ COALESCE(CAST(replace(p.end_on, '-', '') AS BIGINT), 99991231) * 10 "
                       "+ CASE p.currency");
    for (qsizetype i = 0; i < currencies.size(); ++i)
        columns += QStringLiteral(" WHEN ? THEN %1").arg(i);
    columns += QStringLiteral(" ELSE 9 END FROM subscription_periods p ");
    // A plain scan in storage order is the cheapest read; grouping by account is done here.
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    if (query.ownerId > 0) {
        rows.prepare(columns
                     + QStringLiteral("JOIN accounts a ON a.id = p.account_id "
                                      "WHERE a.owner_id = ?"));
    } else {
        // No condition at all: a date condition would make SQLite walk the dates index and
        // fetch every row out of order, ten times slower than the scan.
        rows.prepare(columns);
    }
    for (const QString &code : currencies)
        rows.addBindValue(code);
    if (query.ownerId > 0)
        rows.addBindValue(query.ownerId);
    if (!rows.exec())
        return Database::errorFrom(rows);

    struct Row
    {
        qint64 account;
        int currency;
        Span span;
    };
    std::vector<Row> all;
    constexpr qint64 openEnd = 99991231;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const qint64 rate = rows.value(1).toLongLong();
        const qint64 packed = rows.value(2).toLongLong();
        const int code = int(packed % 10);
        if (code >= currencies.size())
            return Error::storage(tr("Account %1 has a subscription period in a currency "
                                     "Tierline does not know.")
                                      .arg(id));
        const qint64 start = packed / 1000000000;
        const qint64 end = packed / 10 % 100000000;
        const int first = monthIndex(int(start / 10000), int(start / 100 % 100));
        int last = std::numeric_limits<int>::max();
        if (end != openEnd) {
            const int year = int(end / 10000);
            const int month = int(end / 100 % 100);
            last = monthIndex(year, month);
            // The rate counts for a month only if it still applies on the month's last day.
            if (int(end % 100) < daysInMonth(year, month))
                --last;
        }
        if (last >= first && rate != 0 && first <= to)
            all.push_back({id, code, {first, std::min(last, to), rate}});
    }
    rows.finish();
    const auto byAccount = [](const Row &a, const Row &b) {
        return a.account != b.account ? a.account < b.account : a.currency < b.currency;
    };
    // Storage order is often account order already (an import, a migration): then no sort.
    if (!std::is_sorted(all.begin(), all.end(), byAccount))
        std::sort(all.begin(), all.end(), byAccount);

    // One account in one currency at a time (an account bills in one currency, so nearly always
    // one group per account).
    Accumulator accumulator(from, to, series.months);
    std::vector<Span> spans;
    for (size_t i = 0; i < all.size();) {
        size_t next = i;
        spans.clear();
        while (next < all.size() && all[next].account == all[i].account
               && all[next].currency == all[i].currency)
            spans.push_back(all[next++].span);
        if (const Status added =
                accumulator.add(spans, conversionFor(currencies.at(all[i].currency)));
            !added)
            return added.error();
        i = next;
    }
    accumulator.finish();
    return series;
}

} // namespace Tierline
