// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tierlineapplication.h"

int main(int argc, char *argv[])
{
    Tierline::TierlineApplication app(argc, argv);
    return app.start();
}
