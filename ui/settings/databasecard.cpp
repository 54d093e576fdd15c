// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecard.h"

#include "appsettings.h"
#include "billing/billingstyle.h"
#include "storage/connectionurl.h"
#include "storage/database.h"
#include "widgets/filedialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

DatabaseCard::DatabaseCard(const QString &currentLocation, QWidget *parent)
    : QFrame(parent)
    , m_currentLocation(currentLocation)
{
    auto *layout = setUpSettingsCard(this, "databaseCard", m_titleLabel, m_hintLabel);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("currentDatabaseLabel"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_currentLabel);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_locationLabel = new QLabel(this);
    m_locationEdit = new QLineEdit(this);
    m_locationEdit->setObjectName(QStringLiteral("databaseLocationEdit"));
    m_locationEdit->setPlaceholderText(QStringLiteral("postgresql://anna@db.example.com/tierline"));
    m_locationLabel->setBuddy(m_locationEdit);
    m_browseButton = makeButton("browseDatabaseButton", this);
    m_useButton = makeButton("useDatabaseButton", this, true);
    row->addWidget(m_locationLabel);
    row->addWidget(m_locationEdit, 1);
    row->addWidget(m_browseButton);
    row->addWidget(m_useButton);
    layout->addLayout(row);

    auto *bottom = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_defaultButton = makeButton("defaultDatabaseButton", this);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_defaultButton);
    layout->addLayout(bottom);

    connect(m_browseButton, &QPushButton::clicked, this, &DatabaseCard::browse);
    connect(m_useButton, &QPushButton::clicked, this,
            [this] { choose(m_locationEdit->text().trimmed()); });
    connect(m_locationEdit, &QLineEdit::returnPressed, this,
            [this] { choose(m_locationEdit->text().trimmed()); });
    connect(m_defaultButton, &QPushButton::clicked, this, [this] {
        AppSettings().setDatabase({});
        m_locationEdit->clear();
        showChoice();
    });
    m_locationEdit->setText(AppSettings().database());
    retranslateUi();
}

bool DatabaseCard::choose(const QString &location)
{
    QString refusal;
    if (location.isEmpty()) {
        refusal = tr("Enter an SQLite file or a postgresql:// address.");
    } else if (PostgreSqlUrl::looksLikeUrl(location)) {
        if (const auto url = PostgreSqlUrl::parse(location); !url)
            refusal = url.error().message; // says why, never echoes a password
    } else if (!QFileInfo(location).isAbsolute()) {
        refusal = tr("Give the SQLite file's full path.");
    } else if (const Status usable = Database::checkSqliteLocation(location); !usable) {
        refusal = usable.error().message; // the very check the next start makes
    }
    if (!refusal.isEmpty()) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_statusLabel->setText(refusal);
        return false;
    }
    AppSettings().setDatabase(location);
    m_locationEdit->setText(location);
    showChoice();
    return true;
}

void DatabaseCard::browse()
{
    const QString file =
        FileDialog::getSaveFileName(this, tr("Choose the SQLite database"), m_locationEdit->text(),
                                    tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    m_locationEdit->setText(file);
    choose(file);
}

void DatabaseCard::showChoice()
{
    m_statusLabel->setStyleSheet(QString());
    const QString chosen = AppSettings().database();
    if (chosen.isEmpty())
        m_statusLabel->setText(tr("At the next start Tierline opens the default file, %1.")
                                   .arg(QDir::toNativeSeparators(Database::defaultSqlitePath())));
    else if (chosen == m_currentLocation)
        m_statusLabel->setText(tr("This database is the one Tierline opens at every start."));
    else
        m_statusLabel->setText(tr("At the next start Tierline opens %1.")
                                   .arg(PostgreSqlUrl::looksLikeUrl(chosen)
                                            ? chosen
                                            : QDir::toNativeSeparators(chosen)));
    m_defaultButton->setEnabled(!chosen.isEmpty());
}

void DatabaseCard::retranslateUi()
{
    m_titleLabel->setText(tr("Database"));
    m_hintLabel->setText(
        tr("Work on your own SQLite file, or beside your team on a PostgreSQL server. The "
           "password is never stored here: PostgreSQL reads it from ~/.pgpass, PGPASSWORD or a "
           "service file."));
    m_currentLabel->setText(tr("Open now: %1")
                                .arg(PostgreSqlUrl::looksLikeUrl(m_currentLocation)
                                         ? m_currentLocation
                                         : QDir::toNativeSeparators(m_currentLocation)));
    m_locationLabel->setText(tr("&Open at start:"));
    m_browseButton->setText(tr("&Browse…"));
    m_useButton->setText(tr("&Use this database"));
    m_defaultButton->setText(tr("Use the &default file"));
    showChoice();
}

void DatabaseCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Tierline
