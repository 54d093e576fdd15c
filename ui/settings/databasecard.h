// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tierline {

/**
 * Settings, Database (X1): which database the GUI opens at its next start, an SQLite file or
 * a team's PostgreSQL server (`postgresql://user@host:port/dbname`). The choice is kept in
 * the GUI's settings file; a password is refused, never stored: libpq reads it from
 * `~/.pgpass`, `PGPASSWORD` or a service file. `--db` still overrides the choice.
 */
class DatabaseCard : public QFrame
{
    Q_OBJECT

public:
    /** currentLocation is the database this window has open. */
    explicit DatabaseCard(const QString &currentLocation, QWidget *parent = nullptr);

    /** Checks and keeps location for the next start; false (reason shown) when refused. */
    bool choose(const QString &location);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void showChoice();

    QString m_currentLocation;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLineEdit *m_locationEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Tierline
