// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

#include <memory>

namespace Tierline {

class BillingService;
class Catalog;
class Clock;
class Database;
class MainWindow;

/**
 * The `tierline` GUI: reads the command line (--db, --today, --catalog, --lang, --as),
 * opens the database, offers the demo workspace on an empty one (X10), applies the billing
 * events that fell due (X3) and shows the main window. A failure to start is a message,
 * never a crash.
 */
class TierlineApplication : public QApplication
{
    Q_OBJECT

public:
    enum ExitCode { Ok = 0, Failed = 2 };

    TierlineApplication(int &argc, char **argv);
    ~TierlineApplication() override;

    /** Starts Tierline and runs its event loop; returns the exit code. */
    int start();

    /** Tierline's icon, from the SVG where Qt can draw SVG, else from the PNGs beside it. */
    static QIcon applicationIcon();

private:
    int fail(const QString &message);
    void offerDemoWorkspace();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Catalog> m_ownCatalog;
    const Catalog *m_catalog = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Tierline
