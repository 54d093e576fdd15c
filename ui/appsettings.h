// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

namespace Tierline {

/**
 * The GUI's settings file. Tierline sets no organisation name (its database path must stay
 * the one tierline-cli uses), so the file is named explicitly: `tierline.conf` in the
 * application's config folder. It lives under QStandardPaths, so
 * QStandardPaths::setTestModeEnabled(true) keeps tests away from the user's settings.
 */
class AppSettings : public QSettings
{
public:
    explicit AppSettings(QObject *parent = nullptr);

    /** The settings file's path. */
    static QString location();

    /** The UI language code; empty follows the system. */
    QString language() const;
    void setLanguage(const QString &code);

    /** The login of the staff member who last acted in the GUI. */
    QString login() const;
    void setLogin(const QString &login);
    /**
     * The database the GUI opens without --db: an SQLite file or a `postgresql://` URL (never
     * with a password); empty for the default file.
     */
    QString database() const;
    void setDatabase(const QString &location);
};

} // namespace Tierline
