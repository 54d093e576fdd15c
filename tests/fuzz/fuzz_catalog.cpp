// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: any bytes as a price catalog. A malformed catalog must be refused with a
// message, never crash; an accepted one must answer price questions without crashing.

#include "catalog/catalog.h"

#include <cstddef>
#include <cstdint>

using namespace Tierline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto catalog = Catalog::fromJson(json, QStringLiteral("fuzz.json"));
    if (!catalog) {
        if (catalog.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    // Ask what the billing rules ask; the validated catalog must answer without crashing.
    for (const QString &currency : catalog->currencies()) {
        for (const BillingInterval interval : {BillingInterval::Monthly, BillingInterval::Annual}) {
            for (const int count : {0, catalog->minTier(), catalog->maxTier(), 12345}) {
                const int tier = catalog->tierFor(count);
                if (catalog->isValidTier(tier)
                    && !catalog->campaignsPrice(currency, interval, tier))
                    __builtin_trap(); // a valid tier has a price in every listed currency
            }
        }
    }
    for (const Plan &plan : catalog->plans()) {
        if (!catalog->plan(plan.id))
            __builtin_trap();
    }
    return 0;
}
