// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingstyle.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tierline::BillingStyle {

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel *caption(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *value(const char *objectName, QWidget *parent, bool amount)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (amount) {
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    } else {
        label->setWordWrap(true);
    }
    return label;
}

QFrame *rule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFixedHeight(1);
    line->setStyleSheet(QStringLiteral("QFrame { background: #dfe3e8; border: none; }"));
    return line;
}

QFrame *card(const char *objectName, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QLatin1String(objectName));
    frame->setAttribute(Qt::WA_StyledBackground);
    frame->setStyleSheet(cardStyle(objectName));
    return frame;
}

QString cardStyle(const char *objectName)
{
    return QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid #dfe3e8;"
                          " border-radius: 8px; }")
        .arg(QLatin1String(objectName));
}

QString bannerStyle(const char *objectName, const char *background, const char *border,
                    const char *accent, const char *text)
{
    const QString name = QLatin1String(objectName);
    return QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                          " border-left: 4px solid %4; border-radius: 6px; }"
                          "QFrame#%1 QLabel { color: %5; background: transparent; border: none; }")
        .arg(name, QLatin1String(background), QLatin1String(border), QLatin1String(accent),
             QLatin1String(text));
}

QString primaryButtonStyle()
{
    return QStringLiteral(
        "QPushButton { background: #1a66d2; color: white; border: 1px solid #1557b3;"
        " border-radius: 5px; padding: 6px 16px; font-weight: bold; }"
        "QPushButton:hover { background: #1557b3; }"
        "QPushButton:disabled { background: #a9c0e4; border-color: #a9c0e4; color: #eef3fb; }");
}

QPushButton *makeButton(const char *objectName, QWidget *parent, bool primary)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setMinimumHeight(30);
    if (primary)
        button->setStyleSheet(primaryButtonStyle());
    return button;
}

QLabel *statCaption(const char *objectName, QWidget *parent)
{
    QLabel *label = caption(objectName, parent);
    label->setFont(scaledFont(label->font(), 0.85, true));
    return label;
}

QLabel *statValue(const char *objectName, QWidget *parent)
{
    QLabel *label = value(objectName, parent);
    label->setWordWrap(false);
    label->setFont(scaledFont(label->font(), 1.6, true));
    return label;
}

QLabel *readOnlyNotice(const char *objectName, QWidget *parent)
{
    QLabel *label = value(objectName, parent);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: #f3f4f6; color: #3c4650; border: 1px solid #dfe3e8;"
                       " border-radius: 6px; padding: 8px 10px; }"));
    label->hide();
    return label;
}

QVBoxLayout *setUpSettingsCard(QFrame *frame, const char *objectName, QLabel *&title, QLabel *&hint)
{
    frame->setObjectName(QLatin1String(objectName));
    frame->setAttribute(Qt::WA_StyledBackground);
    frame->setStyleSheet(cardStyle(objectName));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    title = new QLabel(frame);
    title->setFont(scaledFont(frame->font(), 1.1, true));
    hint = new QLabel(frame);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(hint);
    return layout;
}

} // namespace Tierline::BillingStyle
