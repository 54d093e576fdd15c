// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace Tierline::BillingStyle {

/** The base font scaled, for headings and the amounts that matter. */
QFont scaledFont(const QFont &base, qreal factor, bool bold);
/** A grey caption in front of a value. */
QLabel *caption(const char *objectName, QWidget *parent);
/** A selectable value; amounts are right-aligned and do not wrap. */
QLabel *value(const char *objectName, QWidget *parent, bool amount = false);
/** A thin horizontal rule between the parts of a card. */
QFrame *rule(QWidget *parent);
/** A white card with a soft border, the container of each section. */
QFrame *card(const char *objectName, QWidget *parent);

/** Style sheets shared by the billing page and its dialogs. */
QString cardStyle(const char *objectName);
QString bannerStyle(const char *objectName, const char *background, const char *border,
                    const char *accent, const char *text);
QString primaryButtonStyle();
/** A push button of the billing views; primary ones are filled blue. */
QPushButton *makeButton(const char *objectName, QWidget *parent, bool primary = false);
/** The small upper-case caption above a figure ("TIER"). */
QLabel *statCaption(const char *objectName, QWidget *parent);
/** A large figure under a stat caption. */
QLabel *statValue(const char *objectName, QWidget *parent);

/** A grey, wrapping, hidden notice saying why the user sees something read-only. */
QLabel *readOnlyNotice(const char *objectName, QWidget *parent);

/**
 * Sets frame up as a Settings card: its style, a bold title and a grey, wrapping hint under
 * it. Returns the card's layout, for the rest of its content.
 */
QVBoxLayout *setUpSettingsCard(QFrame *frame, const char *objectName, QLabel *&title,
                               QLabel *&hint);

} // namespace Tierline::BillingStyle
