// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <optional>
#include <utility>

/**
 * Enumerations are stored as stable text keys ("pending_upgrade"), never as numbers, so the
 * database reads plainly and survives reordering. Each enum keeps one table of pairs; these
 * two look it up either way.
 */
namespace Tierline::EnumKeys {

template<typename Enum, std::size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QLatin1String(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &key, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

} // namespace Tierline::EnumKeys
