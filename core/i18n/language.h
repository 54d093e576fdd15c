// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Tierline::Language {

/** The UI languages Tierline ships: "en" (the source), "sv", "id", "it". */
QStringList available();

/** The language the system locale resolves to among available(); "en" when none matches. */
QString systemLanguage();

/** The locale Tierline formats with for a language code; the system locale for "". */
QLocale localeFor(const QString &code);

/**
 * Makes code the application's language: replaces Tierline's and Qt's translators on the
 * running QCoreApplication and sets the default QLocale, so numbers, money and dates follow.
 * An empty code means the system locale; an unknown one falls back to English. Returns the
 * language code in effect. Widgets receive QEvent::LanguageChange and retranslate.
 */
QString apply(const QString &code);

} // namespace Tierline::Language
