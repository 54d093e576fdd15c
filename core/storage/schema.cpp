// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QRegularExpression>

namespace Tierline::Schema {

// Portable SQL: dates are ISO 'YYYY-MM-DD' text, money is BIGINT minor units, booleans are
// INTEGER 0/1, enumerations are text keys guarded by CHECK. Only the audit-log triggers are
// SQLite-specific; statementsFor() translates them and the id columns for PostgreSQL.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             QStringLiteral(R"(CREATE TABLE users (
                 id INTEGER PRIMARY KEY,
                 login TEXT NOT NULL UNIQUE,
                 name TEXT NOT NULL,
                 role TEXT NOT NULL,
                 permissions INTEGER NOT NULL DEFAULT 0))"),
             QStringLiteral(R"(CREATE TABLE accounts (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 owner_id INTEGER REFERENCES users(id),
                 plan TEXT NOT NULL,
                 product TEXT NOT NULL,
                 currency TEXT NOT NULL,
                 billing_interval TEXT NOT NULL CHECK (billing_interval IN ('monthly', 'annual')),
                 seats INTEGER NOT NULL CHECK (seats >= 1),
                 created_on TEXT NOT NULL,
                 overage_policy TEXT NOT NULL DEFAULT 'hold'
                     CHECK (overage_policy IN ('hold', 'auto_upgrade')),
                 version INTEGER NOT NULL DEFAULT 1))"),
             QStringLiteral(R"(CREATE TABLE campaigns (
                 account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                 status TEXT NOT NULL DEFAULT 'none'
                     CHECK (status IN ('none', 'trial', 'active', 'stopped', 'cancelled')),
                 tier INTEGER NOT NULL DEFAULT 0,
                 scheduled_tier INTEGER,
                 trial_start TEXT,
                 trial_end TEXT,
                 anchor_on TEXT,
                 cycle_start TEXT,
                 cycle_end TEXT,
                 cancel_on TEXT,
                 review_state TEXT NOT NULL DEFAULT 'not_requested'
                     CHECK (review_state IN ('not_requested', 'pending', 'approved', 'rejected')),
                 review_expedited INTEGER NOT NULL DEFAULT 0,
                 next_event_on TEXT))"),
             QStringLiteral("CREATE INDEX campaigns_next_event ON campaigns(next_event_on)"),
             QStringLiteral(R"(CREATE TABLE ledger (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES accounts(id),
                 entry_date TEXT NOT NULL,
                 kind TEXT NOT NULL CHECK (kind IN ('charge', 'credit')),
                 reason TEXT NOT NULL,
                 amount BIGINT NOT NULL,
                 currency TEXT NOT NULL,
                 tier INTEGER,
                 period_start TEXT,
                 period_end TEXT,
                 event_key TEXT NOT NULL,
                 UNIQUE (account_id, event_key)))"),
             QStringLiteral("CREATE INDEX ledger_account ON ledger(account_id, entry_date)"),
             QStringLiteral(R"(CREATE TABLE contacts (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 email TEXT NOT NULL,
                 marketing INTEGER NOT NULL DEFAULT 1,
                 status TEXT NOT NULL
                     CHECK (status IN ('subscribed', 'pending_upgrade', 'unsubscribed', 'archived')),
                 added_on TEXT NOT NULL))"),
             QStringLiteral(
                 "CREATE INDEX contacts_account_status ON contacts(account_id, status, marketing)"),
             QStringLiteral(R"(CREATE TABLE audit_log (
                 id INTEGER PRIMARY KEY,
                 at TEXT NOT NULL,
                 user_id INTEGER REFERENCES users(id),
                 account_id INTEGER REFERENCES accounts(id),
                 action TEXT NOT NULL,
                 details TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX audit_account ON audit_log(account_id, id)"),
             // X7: the audit log is append-only; not even Tierline itself may rewrite it.
             QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                 BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END)"),
             QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                 BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END)"),
             QStringLiteral(R"(CREATE TABLE meta (
                 key TEXT PRIMARY KEY,
                 value TEXT NOT NULL))"),
         }},
        {2,
         {
             // A5: account changes the owner requests and staff carry out.
             QStringLiteral(R"(CREATE TABLE change_requests (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES accounts(id),
                 requested_by INTEGER REFERENCES users(id),
                 requested_at TEXT NOT NULL,
                 kind TEXT NOT NULL CHECK (kind IN ('plan_downgrade', 'addon_removal', 'unbundle',
                                                    'product_change')),
                 details TEXT NOT NULL,
                 handled_by INTEGER REFERENCES users(id),
                 handled_at TEXT))"),
             QStringLiteral("CREATE INDEX change_requests_open ON change_requests(handled_at, id)"),
         }},
        {3,
         {
             // Z1: what each account pays per month over time; the MRR engine reads only this.
             // `amount` is as billed or as the deal was written (per `billing_interval`);
             // `monthly_rate` is that amount normalised to a month, half-up. `end_on` is the
             // last day the rate applies (inclusive); NULL while open.
             QStringLiteral(R"(CREATE TABLE subscription_periods (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 source TEXT NOT NULL CHECK (source IN ('billing', 'manual')),
                 currency TEXT NOT NULL,
                 amount BIGINT NOT NULL CHECK (amount >= 0),
                 billing_interval TEXT NOT NULL
                     CHECK (billing_interval IN ('monthly', 'quarterly', 'annual')),
                 monthly_rate BIGINT NOT NULL CHECK (monthly_rate >= 0),
                 start_on TEXT NOT NULL,
                 end_on TEXT CHECK (end_on IS NULL OR end_on >= start_on),
                 note TEXT NOT NULL DEFAULT '',
                 created_by INTEGER REFERENCES users(id),
                 version INTEGER NOT NULL DEFAULT 1))"),
             QStringLiteral("CREATE INDEX subscription_periods_account "
                            "ON subscription_periods(account_id, start_on)"),
             QStringLiteral("CREATE INDEX subscription_periods_dates ON "
                            "subscription_periods(start_on, end_on)"),
             // Z3: one unit of `currency` is worth `rate` units of `reporting_currency` from
             // `valid_from` on. `rate` is an exact decimal in text ("0.0915"), never a float.
             QStringLiteral(R"(CREATE TABLE exchange_rates (
                 currency TEXT NOT NULL,
                 reporting_currency TEXT NOT NULL,
                 valid_from TEXT NOT NULL,
                 rate TEXT NOT NULL,
                 PRIMARY KEY (currency, reporting_currency, valid_from)))"),
         }},
        {7,
         {
             // A2: the CRM subscription is billed on the account's own cycle (anchored on
             // created_on): plan, extra seats and add-ons. `plan_paid_until` is the first day not
             // yet paid; NULL for an account the scheduler has not taken over yet.
             QStringLiteral("ALTER TABLE accounts ADD COLUMN plan_paid_until TEXT"),
             QStringLiteral("ALTER TABLE accounts ADD COLUMN scheduled_seats INTEGER "
                            "CHECK (scheduled_seats IS NULL OR scheduled_seats >= 1)"),
             QStringLiteral("CREATE INDEX accounts_plan_paid_until ON accounts(plan_paid_until)"),
             QStringLiteral(R"(CREATE TABLE account_addons (
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 addon TEXT NOT NULL,
                 added_on TEXT NOT NULL,
                 PRIMARY KEY (account_id, addon)))"),
             // What a plan line of the ledger prices: "plan:pro", "seats:5", "addon:sms".
             QStringLiteral("ALTER TABLE ledger ADD COLUMN item TEXT"),
         }},
        // Versions 1–3 and 7 were released in that order; what came after 7 is numbered
        // above it, since a database records only its highest version.
        {8,
         {
             // H4: a switch to non-marketing waits for the next update date; the contact counts
             // until then. NULL when no switch is pending.
             QStringLiteral("ALTER TABLE contacts ADD COLUMN marketing_switch_on TEXT"),
             QStringLiteral(
                 "CREATE INDEX contacts_marketing_switch ON contacts(marketing_switch_on) "
                 "WHERE marketing_switch_on IS NOT NULL"),
             // The contacts list filters and sorts a million rows per account in SQL.
             QStringLiteral(
                 "CREATE INDEX contacts_account_added ON contacts(account_id, added_on)"),
             QStringLiteral("CREATE INDEX contacts_account_name ON contacts(account_id, name)"),
             QStringLiteral("CREATE INDEX contacts_account_email ON contacts(account_id, email)"),
         }},
        {9,
         {
             // H2: one usage point per account and day, as the scheduler passes the day.
             // `marketing_count` counts marketing contacts that claim a place (Subscribed or
             // Pending upgrade); `tier_limit` is the subscriber limit that day.
             QStringLiteral(R"(CREATE TABLE usage_points (
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 day TEXT NOT NULL,
                 marketing_count BIGINT NOT NULL,
                 tier_limit BIGINT NOT NULL,
                 PRIMARY KEY (account_id, day)))"),
             // H3: a level (75, 90, 98 % or 100 = over the tier) stays here while usage is at or
             // above it, so that it fires once per crossing, also across restarts; the row goes
             // when usage falls back below, which re-arms the level.
             QStringLiteral(R"(CREATE TABLE usage_levels_crossed (
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 level INTEGER NOT NULL CHECK (level IN (75, 90, 98, 100)),
                 crossed_on TEXT NOT NULL,
                 PRIMARY KEY (account_id, level)))"),
             QStringLiteral(R"(CREATE TABLE notifications (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 level INTEGER NOT NULL CHECK (level IN (75, 90, 98, 100)),
                 day TEXT NOT NULL,
                 marketing_count BIGINT NOT NULL,
                 tier_limit BIGINT NOT NULL,
                 is_read INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1))))"),
             QStringLiteral("CREATE INDEX notifications_account ON notifications(account_id, id)"),
             QStringLiteral("CREATE INDEX notifications_unread ON notifications(is_read, id)"),
             // H5 auto-upgrade: the tier rises on the day contacts arrive beyond it; the prorated
             // credit and charge, quoted for that day, are booked by the scheduler on charge_on.
             QStringLiteral(R"(CREATE TABLE auto_upgrades (
                 id INTEGER PRIMARY KEY,
                 account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                 changed_on TEXT NOT NULL,
                 charge_on TEXT NOT NULL,
                 from_tier INTEGER NOT NULL,
                 to_tier INTEGER NOT NULL,
                 credit BIGINT NOT NULL,
                 charge BIGINT NOT NULL,
                 currency TEXT NOT NULL,
                 period_start TEXT NOT NULL,
                 period_end TEXT NOT NULL,
                 charged INTEGER NOT NULL DEFAULT 0 CHECK (charged IN (0, 1))))"),
             QStringLiteral("CREATE INDEX auto_upgrades_due ON auto_upgrades(charged, charge_on)"),
         }},
        {10,
         {
             // Z5: saved smart lists. The filter is JSON (dates ISO, amounts minor units as
             // text); columns are field keys ("name,current_mrr"). Built-in lists live in code.
             QStringLiteral(R"(CREATE TABLE smart_lists (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL UNIQUE,
                 filter TEXT NOT NULL,
                 columns TEXT NOT NULL,
                 sort_field TEXT NOT NULL,
                 sort_descending INTEGER NOT NULL DEFAULT 0))"),
         }},
        {11,
         {
             // Z1: 0 for an account whose subscription is known from imported deals only, so
             // that billing does not write periods beside them (counting it twice in MRR).
             QStringLiteral("ALTER TABLE accounts ADD COLUMN subscription_from_billing INTEGER "
                            "NOT NULL DEFAULT 1"),
         }},
    };
    return all;
}

int currentVersion()
{
    return migrations().constLast().version;
}

namespace {

/** One statement in PostgreSQL's dialect; a guard trigger becomes a function and a trigger. */
QStringList toPostgreSql(const QString &statement)
{
    // CREATE TRIGGER t BEFORE UPDATE ON table BEGIN SELECT RAISE(ABORT, 'message'); END
    static const QRegularExpression guard(
        QStringLiteral(R"(^\s*CREATE TRIGGER (\w+) BEFORE (UPDATE|DELETE) ON (\w+)\s+BEGIN\s+)"
                       R"(SELECT RAISE\(ABORT, '([^']*)'\);\s*END\s*$)"));
    if (const auto match = guard.match(statement); match.hasMatch()) {
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION tierline_refuse_change() RETURNS trigger "
                           "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW "
                           "EXECUTE FUNCTION tierline_refuse_change('%4')")
                .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4)),
        };
    }
    if (statement.contains(QLatin1String("CREATE TRIGGER"))
        || statement.contains(QLatin1String("PRAGMA"))) {
        qFatal("Schema: a statement has no PostgreSQL translation: %s", qPrintable(statement));
    }
    QString translated = statement;
    // SQLite's rowid alias: ids come from an identity column; 64-bit like SQLite's integers.
    static const QRegularExpression rowid(
        QStringLiteral(R"(\bid INTEGER PRIMARY KEY(\s+AUTOINCREMENT)?\b)"));
    translated.replace(rowid,
                       QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral(R"(\bINTEGER\b)"));
    translated.replace(integer, QStringLiteral("BIGINT"));
    return {translated};
}

} // namespace

QStringList statementsFor(const Migration &migration, Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return migration.statements;
    QStringList statements;
    for (const QString &statement : migration.statements)
        statements += toPostgreSql(statement);
    return statements;
}

} // namespace Tierline::Schema
