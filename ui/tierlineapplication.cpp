// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tierlineapplication.h"

#include "appsettings.h"
#include "billing/billingservice.h"
#include "billing/permissions.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "demo/demoworkspace.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "widgets/messagebox.h"

#include <QCommandLineParser>
#include <QIcon>
#include <QImageReader>
#include <QProgressDialog>
#include <QTextStream>

namespace Tierline {

TierlineApplication::TierlineApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

// The window goes first, then the services, then the database they use.
TierlineApplication::~TierlineApplication()
{
    m_window.reset();
    m_billing.reset();
    m_database.reset();
}

QIcon TierlineApplication::applicationIcon()
{
    QIcon icon;
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(QStringLiteral(":/icons/tierline.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tierline-%1.png").arg(size), QSize(size, size));
    return icon;
}

int TierlineApplication::fail(const QString &message)
{
    QTextStream(stderr) << tr("tierline: %1").arg(message) << '\n';
    MessageBox::critical(nullptr, tr("Tierline cannot start"), message);
    return Failed;
}

int TierlineApplication::start()
{
    // The application name decides where the database and the settings live; the CLI uses
    // the same name, so both open the same default database.
    setApplicationName(QStringLiteral("tierline"));
    setApplicationDisplayName(QStringLiteral("Tierline"));
    setApplicationVersion(QStringLiteral(TIERLINE_VERSION));
    setDesktopFileName(QStringLiteral("org.tierline.Tierline"));
    setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Billing for the Campaigns add-on."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("The database: an SQLite file, or postgresql://user@host:port/database (the "
           "password comes from ~/.pgpass or PGPASSWORD)."),
        tr("PATH|URL"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         tr("The billing day, as YYYY-MM-DD."), tr("DATE"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), tr("A price catalog to use instead of the built-in one."),
        tr("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("The language: en, sv, id or it."), tr("CODE"));
    const QCommandLineOption asOption(QStringLiteral("as"), tr("The staff login that acts."),
                                      tr("LOGIN"));
    parser.addOptions({dbOption, todayOption, catalogOption, langOption, asOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    // The language comes first, so that even a bad command line is reported in it.
    const bool parsed = parser.parse(arguments());
    Language::apply(parsed && parser.isSet(langOption) ? parser.value(langOption)
                                                       : AppSettings().language());
    if (!parsed)
        return fail(parser.errorText());
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << applicationDisplayName() << ' ' << applicationVersion() << '\n';
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(todayOption)) {
        const QDate today = parseIsoDate(parser.value(todayOption));
        if (!today.isValid())
            return fail(
                tr("--today needs a date as YYYY-MM-DD, not “%1”.").arg(parser.value(todayOption)));
        m_clock = std::make_unique<FixedClock>(today);
    } else {
        m_clock = std::make_unique<SystemClock>();
    }

    if (parser.isSet(catalogOption)) {
        auto loaded = Catalog::loadFile(parser.value(catalogOption));
        if (!loaded)
            return fail(loaded.error().message);
        m_ownCatalog = std::make_unique<Catalog>(std::move(loaded).value());
        m_catalog = m_ownCatalog.get();
    } else {
        m_catalog = &Catalog::builtIn();
    }

    // --db, else the database chosen in Settings, else the default file.
    const QString chosen = AppSettings().database();
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
        : chosen.isEmpty()                      ? Database::defaultSqlitePath()
                                                : chosen;
    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error().message);
    m_database = std::move(opened).value();
    m_billing = std::make_unique<BillingService>(*m_database, *m_catalog, *m_clock);

    const auto empty = DemoWorkspace::isEmpty(*m_database);
    if (!empty)
        return fail(empty.error().message);
    if (*empty)
        offerDemoWorkspace();

    if (const Status covered = m_billing->checkCatalogCoversBook(); !covered)
        return fail(covered.error().message);
    if (const auto caughtUp = m_billing->catchUp(); !caughtUp)
        return fail(caughtUp.error().message);

    QString login;
    if (parser.isSet(asOption)) {
        const auto user = UserStore(*m_database).byLogin(parser.value(asOption));
        if (!user)
            return fail(user.error().message);
        login = user->login;
    }

    m_window = std::make_unique<MainWindow>(*m_database, *m_billing, login);
    m_window->show();
    return exec();
}

void TierlineApplication::offerDemoWorkspace()
{
    const auto answer = MessageBox::question(
        nullptr, tr("Welcome to Tierline"),
        tr("This database is empty. Fill it with a demo workspace: staff in every role and "
           "accounts with a year of billing behind them, so that every page has something "
           "to show?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;

    QProgressDialog progress(tr("Creating the demo workspace…"), tr("Cancel"), 0, 1);
    progress.setObjectName(QStringLiteral("demoProgressDialog"));
    progress.setWindowTitle(tr("Demo workspace"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setValue(0);

    DemoOptions options;
    options.today = m_clock->today();
    const Status made =
        DemoWorkspace::generate(*m_database, *m_catalog, options, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    // A cancelled generation leaves the database empty again; that needs no message.
    if (!made && !progress.wasCanceled()) {
        MessageBox::warning(
            nullptr, tr("No demo workspace"),
            tr("The demo workspace could not be created: %1").arg(made.error().message));
    }
}

} // namespace Tierline
