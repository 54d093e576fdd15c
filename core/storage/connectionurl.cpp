// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Tierline {

namespace {

/** libpq keywords a URL may carry besides host, port, user and dbname; never the password. */
const char *const allowedKeywords[] = {
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "service",
    "connect_timeout",
    "options",
    "application_name",
    "target_session_attrs",
    "passfile",
    "gssencmode",
    "requiressl",
    "sslcompression",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "hostaddr",
};

bool allowedKeyword(const QString &key)
{
    for (const char *allowed : allowedKeywords) {
        if (key == QLatin1String(allowed))
            return true;
    }
    return false;
}

} // namespace

bool PostgreSqlUrl::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PostgreSqlUrl> PostgreSqlUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!looksLikeUrl(text) || !url.isValid()) {
        // Not echoed: a malformed address might hold a password.
        return Error::badInput(tr("This is not a valid PostgreSQL address; write "
                                  "postgresql://user@host:port/database."));
    }
    const bool password =
        !url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"));
    if (password) {
        return Error::badInput(
            tr("The PostgreSQL address must not contain a password. Put it in ~/.pgpass, in "
               "the PGPASSWORD environment variable or in a service file instead."));
    }
    PostgreSqlUrl parsed;
    parsed.host = url.host();
    parsed.port = url.port(-1);
    parsed.user = url.userName();
    parsed.database = url.path().mid(1);
    if (parsed.database.contains(QLatin1Char('/')))
        return Error::badInput(tr("“%1” names more than one database.").arg(text));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            parsed.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            parsed.port = value.toInt(&ok);
            if (!ok || parsed.port <= 0 || parsed.port > 65535)
                return Error::badInput(tr("“%1” is not a port number.").arg(value));
        } else if (key == QLatin1String("user")) {
            parsed.user = value;
        } else if (key == QLatin1String("dbname")) {
            parsed.database = value;
        } else if (allowedKeyword(key)) {
            // QPSQL separates options with ';' and hands them to libpq as key=value words.
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
                return Error::badInput(
                    tr("The PostgreSQL option %1 cannot contain spaces or “;”.").arg(key));
            parsed.options.append(key + QLatin1Char('=') + value);
        } else {
            return Error::badInput(
                tr("The PostgreSQL address has an unknown option “%1”.").arg(key));
        }
    }
    return parsed;
}

QString PostgreSqlUrl::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        text += QStringLiteral("?host=") + host;
    return text;
}

} // namespace Tierline
