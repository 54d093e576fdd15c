// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QLocale>

namespace Tierline {

/**
 * Money for people (X4): the locale's digits, grouping, decimal mark, minus sign and currency
 * placement ("1 234,50 kr", "Rp1.234,50", "1.234,50 €", "$1,234.50"), built from the integer
 * amount so that no floating point is involved.
 */
QString formatMoney(const Money &money, const QLocale &locale = QLocale());

} // namespace Tierline
