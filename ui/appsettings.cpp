// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace Tierline {

AppSettings::AppSettings(QObject *parent)
    : QSettings(location(), QSettings::IniFormat, parent)
{
}

QString AppSettings::location()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("tierline.conf"));
}

QString AppSettings::language() const
{
    return value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    setValue(QStringLiteral("ui/language"), code);
}

QString AppSettings::login() const
{
    return value(QStringLiteral("session/login")).toString();
}

void AppSettings::setLogin(const QString &login)
{
    setValue(QStringLiteral("session/login"), login);
}

QString AppSettings::database() const
{
    return value(QStringLiteral("database/location")).toString();
}

void AppSettings::setDatabase(const QString &location)
{
    if (location.isEmpty())
        remove(QStringLiteral("database/location"));
    else
        setValue(QStringLiteral("database/location"), location);
}

} // namespace Tierline
