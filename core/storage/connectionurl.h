// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tierline {

/**
 * Where a PostgreSQL database lives, read from a `postgresql://user@host:port/dbname?k=v`
 * URL (also `postgres://`). A missing host means libpq's default Unix socket; `?host=/dir`
 * names a socket folder. Other query items are libpq connection keywords (`sslmode`,
 * `service`, `connect_timeout`, `options`, …), passed on as they are.
 *
 * A password is never accepted here, so none is ever stored or shown: libpq finds it in
 * `~/.pgpass`, `PGPASSWORD` or a service file.
 */
struct PostgreSqlUrl
{
    Q_DECLARE_TR_FUNCTIONS(Tierline::PostgreSqlUrl)

public:
    QString host; ///< a host name, or a socket folder starting with '/'; empty for the default
    int port = -1; ///< -1 for libpq's default
    QString user; ///< empty for libpq's default (the login name or PGUSER)
    QString database; ///< empty for libpq's default
    QStringList options; ///< further libpq keywords as "key=value"

    /** Whether text is meant as a PostgreSQL URL rather than an SQLite file path. */
    static bool looksLikeUrl(const QString &text);
    /** Parses a URL; refuses passwords and unknown schemes with a message saying why. */
    static Result<PostgreSqlUrl> parse(const QString &text);
    /** The URL again, without anything secret (there is nothing secret in it). */
    QString display() const;
};

} // namespace Tierline
