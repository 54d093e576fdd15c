// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetierdialog.h"

#include "billing/billingservice.h"
#include "billing/billingtext.h"
#include "billingstyle.h"
#include "calendar/clock.h"
#include "catalog/catalog.h"
#include "contacts/contactservice.h"
#include "money/moneyformat.h"
#include "reviewpurchasedialog.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSlider>
#include <QSpacerItem>
#include <QStyleOptionSlider>
#include <QVBoxLayout>

namespace Tierline {

using namespace BillingStyle;

/**
 * The strip under the tier slider that shows the floor of P8: the tiers below it shaded, a
 * marker on it. It reads the slider's own geometry so that the marker sits under the handle.
 */
class FloorMarker : public QWidget
{
public:
    explicit FloorMarker(QSlider *slider, QWidget *parent)
        : QWidget(parent)
        , m_slider(slider)
    {
        setObjectName(QStringLiteral("floorMarker"));
        setFixedHeight(12);
    }

    void setFloorValue(int value)
    {
        m_floorValue = value;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_floorValue <= m_slider->minimum())
            return;
        QStyleOptionSlider option;
        option.initFrom(m_slider);
        option.orientation = m_slider->orientation();
        option.minimum = m_slider->minimum();
        option.maximum = m_slider->maximum();
        option.sliderPosition = m_slider->value();
        option.sliderValue = m_slider->value();
        const QRect handle = m_slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                               QStyle::SC_SliderHandle, m_slider);
        const int span = m_slider->width() - handle.width();
        const int offset = handle.width() / 2;
        const int x = offset
            + QStyle::sliderPositionFromValue(m_slider->minimum(), m_slider->maximum(),
                                              m_floorValue, span);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRect(offset, 3, x - offset, 4), QColor(0xe0, 0x8a, 0x1e, 90));
        QPainterPath triangle;
        triangle.moveTo(x, 0);
        triangle.lineTo(x - 5, height());
        triangle.lineTo(x + 5, height());
        triangle.closeSubpath();
        painter.fillPath(triangle, QColor(0xc2, 0x6a, 0x00));
    }

private:
    QSlider *m_slider;
    int m_floorValue = 0;
};

ChangeTierDialog::ChangeTierDialog(const Database &database, BillingService &billing,
                                   const User &actor, const Account &account, Mode mode,
                                   int initialTier, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_billing(billing)
    , m_actor(actor)
    , m_account(account)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("changeTierDialog"));
    const Catalog &catalog = m_billing.catalog();
    // Counted once: the slider moves many times, the contacts do not change meanwhile.
    const auto subscribed = ContactService(m_database, catalog).subscribedCount(account.id);
    if (subscribed)
        m_subscribed = *subscribed;
    else
        m_quoteError = subscribed.error().message;
    m_floorTier = catalog.tierFor(int(std::min<qint64>(m_subscribed, catalog.maxTier())));

    buildUi();
    retranslateUi();

    int start = initialTier > 0 ? initialTier : fromTier();
    if (start <= 0)
        start = m_floorTier;
    start = std::clamp(start, m_floorTier, catalog.maxTier());
    m_slider->setValue(start / catalog.tierStep());
    onSliderMoved(m_slider->value());
    m_slider->setFocus();
}

ChangeTierDialog::~ChangeTierDialog() = default;

bool ChangeTierDialog::inTrial() const
{
    return m_mode == Mode::ChangeTier && m_account.campaigns.status == CampaignsStatus::Trial;
}

int ChangeTierDialog::fromTier() const
{
    const CampaignsState &c = m_account.campaigns;
    if (m_mode == Mode::Purchase)
        return c.tier;
    if (c.status == CampaignsStatus::Trial)
        return c.scheduledTier.value_or(m_billing.catalog().minTier());
    return c.tier;
}

int ChangeTierDialog::chosenTier() const
{
    return m_slider->value() * m_billing.catalog().tierStep();
}

TierChangeQuestion ChangeTierDialog::questionFor(int tier) const
{
    // The service's own question, with the subscribed count the dialog took once.
    const auto question = m_billing.tierChangeQuestion(m_account, tier, m_subscribed);
    return question ? *question : TierChangeQuestion {};
}

ReviewPurchaseDialog *ChangeTierDialog::reviewDialog() const
{
    return findChild<ReviewPurchaseDialog *>();
}

void ChangeTierDialog::buildUi()
{
    // A comfortable start; the layout's minimum wins when texts (IDR amounts) need more.
    resize(880, 460);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // texts arrive after the first layout
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(8);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("changeTierTitleLabel"));
    m_titleLabel->setFont(scaledFont(font(), 1.45, true));
    m_introLabel = value("changeTierIntroLabel", this);
    m_introLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addSpacing(14);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    layout->addLayout(columns, 1);

    // Left: the slider and what bounds it.
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    m_sliderCaption = new QLabel(this);
    m_sliderCaption->setObjectName(QStringLiteral("tierSliderCaption"));
    m_sliderCaption->setFont(scaledFont(font(), 1.0, true));
    left->addWidget(m_sliderCaption);

    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(6);
    m_valueLabel = value("tierValueLabel", this);
    m_valueLabel->setWordWrap(false);
    m_valueLabel->setFont(scaledFont(font(), 2.3, true));
    m_valueUnitLabel = caption("tierValueUnitLabel", this);
    valueRow->addWidget(m_valueLabel, 0, Qt::AlignBaseline);
    valueRow->addWidget(m_valueUnitLabel, 0, Qt::AlignBaseline);
    valueRow->addStretch(1);
    left->addLayout(valueRow);
    left->addSpacing(4);

    const Catalog &catalog = m_billing.catalog();
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("tierSlider"));
    // One slider step is one tier step: arrows move 1,000, Page Up/Down 5,000.
    m_slider->setRange(catalog.minTier() / catalog.tierStep(),
                       catalog.maxTier() / catalog.tierStep());
    m_slider->setSingleStep(1);
    m_slider->setPageStep(5);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(5);
    m_slider->setMinimumWidth(360);
    m_sliderCaption->setBuddy(m_slider);
    left->addWidget(m_slider);
    m_floorMarker = new FloorMarker(m_slider, this);
    m_floorMarker->setFloorValue(m_floorTier / catalog.tierStep());
    left->addWidget(m_floorMarker);

    auto *rangeRow = new QHBoxLayout;
    m_rangeMinLabel = caption("tierRangeMinLabel", this);
    m_rangeMaxLabel = caption("tierRangeMaxLabel", this);
    rangeRow->addWidget(m_rangeMinLabel);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_rangeMaxLabel);
    left->addLayout(rangeRow);
    left->addSpacing(10);

    m_currentTierLabel = value("currentTierLabel", this);
    left->addWidget(m_currentTierLabel);
    m_floorLabel = value("floorLabel", this);
    m_floorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #f3cf9b;"
                       " border-radius: 6px; padding: 8px 10px; }"));
    left->addWidget(m_floorLabel);
    m_archiveLinkLabel = value("archiveLinkLabel", this);
    m_archiveLinkLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_archiveLinkLabel, &QLabel::linkActivated, this, [this] {
        Q_EMIT archiveContactsRequested(m_account.id);
        reject();
    });
    left->addWidget(m_archiveLinkLabel);
    m_keyboardHintLabel = caption("keyboardHintLabel", this);
    m_keyboardHintLabel->setWordWrap(true);
    left->addWidget(m_keyboardHintLabel);
    left->addStretch(1);
    columns->addLayout(left, 5);
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    columns->addLayout(right, 4);

    // Right: the cost preview pane.
    m_pane = card("previewPane", this);
    auto *pane = new QGridLayout(m_pane);
    pane->setContentsMargins(20, 18, 20, 18);
    pane->setHorizontalSpacing(18);
    pane->setVerticalSpacing(8);
    pane->setColumnStretch(0, 1);
    int row = 0;
    m_paneTitleLabel = caption("previewTitleLabel", m_pane);
    m_changeKindLabel = new QLabel(m_pane);
    m_changeKindLabel->setObjectName(QStringLiteral("changeKindLabel"));
    pane->addWidget(m_paneTitleLabel, row, 0);
    pane->addWidget(m_changeKindLabel, row++, 1, Qt::AlignRight);

    auto *priceRow = new QHBoxLayout;
    priceRow->setSpacing(6);
    m_tierPriceLabel = value("tierPriceLabel", m_pane);
    m_tierPriceLabel->setWordWrap(false);
    m_tierPriceLabel->setFont(scaledFont(font(), 1.7, true));
    m_perCycleLabel = caption("perCycleLabel", m_pane);
    priceRow->addWidget(m_tierPriceLabel, 0, Qt::AlignBaseline);
    priceRow->addWidget(m_perCycleLabel, 0, Qt::AlignBaseline);
    priceRow->addStretch(1);
    pane->addLayout(priceRow, row++, 0, 1, 2);
    m_pricePerSubscriberLabel = caption("pricePerSubscriberLabel", m_pane);
    m_pricePerSubscriberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pane->addWidget(m_pricePerSubscriberLabel, row++, 0, 1, 2);
    pane->addWidget(rule(m_pane), row++, 0, 1, 2);

    auto addLine = [&](QLabel *&captionLabel, QLabel *&amount, const char *captionName,
                       const char *amountName) {
        captionLabel = caption(captionName, m_pane);
        amount = value(amountName, m_pane, true);
        pane->addWidget(captionLabel, row, 0);
        pane->addWidget(amount, row++, 1);
    };
    addLine(m_effectiveCaption, m_effectiveDateLabel, "effectiveCaption", "effectiveDateLabel");
    addLine(m_creditCaption, m_creditLabel, "creditCaption", "creditLabel");
    addLine(m_chargeCaption, m_chargeLabel, "chargeCaption", "chargeLabel");
    m_daysLeftLabel = caption("daysLeftLabel", m_pane);
    pane->addWidget(m_daysLeftLabel, row++, 0, 1, 2);
    m_todayRule = rule(m_pane);
    pane->addWidget(m_todayRule, row++, 0, 1, 2);

    m_chargedTodayCaption = new QLabel(m_pane);
    m_chargedTodayCaption->setObjectName(QStringLiteral("chargedTodayCaption"));
    m_chargedTodayCaption->setFont(scaledFont(font(), 1.1, true));
    m_chargedTodayLabel = value("chargedTodayLabel", m_pane, true);
    m_chargedTodayLabel->setFont(scaledFont(m_chargedTodayLabel->font(), 1.6, true));
    pane->addWidget(m_chargedTodayCaption, row, 0, Qt::AlignVCenter);
    pane->addWidget(m_chargedTodayLabel, row++, 1);
    addLine(m_nextCycleCaption, m_nextCyclePriceLabel, "nextCycleCaption", "nextCyclePriceLabel");
    // At least this wide, wider when an amount needs it (an explicit minimum would clip).
    pane->addItem(new QSpacerItem(340, 0, QSizePolicy::Fixed, QSizePolicy::Minimum), row++, 0, 1,
                  2);
    pane->setRowStretch(row, 1);
    right->addWidget(m_pane);
    // Below the pane, where a wrapped note gets the height it needs.
    m_noteLabel = caption("previewNoteLabel", this);
    m_noteLabel->setWordWrap(true);
    right->addWidget(m_noteLabel);
    right->addStretch(1);

    layout->addSpacing(12);
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("changeTierButtons"));
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_continueButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setDefault(true);
    m_continueButton->setStyleSheet(primaryButtonStyle());
    m_continueButton->setMinimumWidth(120);
    layout->addWidget(m_buttons);

    connect(m_slider, &QSlider::valueChanged, this, &ChangeTierDialog::onSliderMoved);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_continueButton, &QPushButton::clicked, this, &ChangeTierDialog::proceed);
}

void ChangeTierDialog::retranslateUi()
{
    const QLocale locale;
    const Catalog &catalog = m_billing.catalog();
    const bool purchase = m_mode == Mode::Purchase;
    setWindowTitle(purchase ? tr("Buy Campaigns") : tr("Change number"));
    m_titleLabel->setText(purchase ? tr("Choose your subscriber tier")
                                   : tr("Change the number of subscribers"));
    m_introLabel->setText(
        tr("Campaigns for %1 · %2 in %3")
            .arg(m_account.name, BillingText::interval(m_account.interval), m_account.currency));
    m_sliderCaption->setText(tr("&Subscribers"));
    m_valueUnitLabel->setText(tr("subscribers"));
    m_rangeMinLabel->setText(locale.toString(catalog.minTier()));
    m_rangeMaxLabel->setText(locale.toString(catalog.maxTier()));
    const int current = fromTier();
    if (purchase || current <= 0) {
        m_currentTierLabel->setText(
            tr("%Ln subscribed contact(s) today.", nullptr, int(m_subscribed)));
    } else if (inTrial()) {
        m_currentTierLabel->setText(
            tr("Chosen for the end of the trial: %Ln subscriber(s).", nullptr, current));
    } else {
        m_currentTierLabel->setText(tr("Current tier: %Ln subscriber(s).", nullptr, current));
    }
    m_floorLabel->setText(
        tr("Lowest possible: %1 — %Ln contact(s) are subscribed. Archive contacts to go lower.",
           nullptr, int(m_subscribed))
            .arg(locale.toString(m_floorTier)));
    m_floorLabel->setVisible(m_floorTier > catalog.minTier());
    m_archiveLinkLabel->setText(QStringLiteral("<a href=\"contacts\">%1</a>")
                                    .arg(tr("Open the contacts to archive").toHtmlEscaped()));
    m_archiveLinkLabel->setVisible(m_floorTier > catalog.minTier() && m_mode == Mode::ChangeTier);
    m_keyboardHintLabel->setText(
        tr("Arrow keys move 1,000, Page Up and Page Down 5,000, Home and End to the ends."));
    m_slider->setAccessibleName(tr("Number of subscribers"));
    m_slider->setAccessibleDescription(m_floorLabel->isVisible() ? m_floorLabel->text()
                                                                 : QString());
    m_pane->setAccessibleName(tr("Cost preview"));
    m_paneTitleLabel->setText(tr("Cost preview"));
    m_effectiveCaption->setText(tr("Effective"));
    m_chargedTodayCaption->setText(tr("Charged today"));
    m_cancelButton->setText(tr("Cancel"));
    m_continueButton->setText(tr("Continue"));
    updatePreview();
}

void ChangeTierDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_titleLabel)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangeTierDialog::onSliderMoved(int value)
{
    const int floorValue = m_floorTier / m_billing.catalog().tierStep();
    if (value < floorValue) {
        // P8: nothing under the subscribed count; the slider stops at the floor.
        m_slider->setValue(floorValue);
        return;
    }
    updatePreview();
}

void ChangeTierDialog::updatePreview()
{
    if (!m_slider)
        return;
    const int tier = chosenTier();
    m_valueLabel->setText(QLocale().toString(tier));
    m_perCycleLabel->setText(BillingText::perCycle(m_account.interval));
    if (m_mode == Mode::Purchase) {
        m_quote.reset();
        showPurchasePreview(tier);
        return;
    }
    const auto quote = TierChangePlanner(m_billing.catalog()).quote(questionFor(tier));
    if (!quote) {
        m_quote.reset();
        m_quoteError = quote.error().message;
        m_noteLabel->setText(m_quoteError);
        m_continueButton->setEnabled(false);
        return;
    }
    m_quote = *quote;
    showQuote(*quote);
}

void ChangeTierDialog::showPurchasePreview(int tier)
{
    const auto price =
        m_billing.catalog().campaignsPrice(m_account.currency, m_account.interval, tier);
    const qint64 amount = price.value_or(0);
    const QString currency = m_account.currency;
    m_tierPriceLabel->setText(formatMoney(Money(amount, currency)));
    m_pricePerSubscriberLabel->setText(
        BillingText::pricePerThousandSubscribers(amount, currency, tier));
    m_changeKindLabel->setText(tr("New purchase"));
    m_changeKindLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #e7f0fd; color: #0b3a7e; border-radius: 9px; padding: 2px 10px; }"));
    m_effectiveDateLabel->setText(formatDate(m_billing.clock().today()));
    for (QLabel *label :
         {m_creditCaption, m_creditLabel, m_chargeCaption, m_chargeLabel, m_daysLeftLabel})
        label->hide();
    m_chargedTodayLabel->setText(formatMoney(Money(amount, currency)));
    const QDate next = BillingCycle(m_billing.clock().today(), m_account.interval).startOf(1);
    m_nextCycleCaption->setText(tr("Full price from %1").arg(formatDate(next)));
    m_nextCyclePriceLabel->setText(formatMoney(Money(amount, currency)));
    m_noteLabel->setText(
        tr("The first %1 is charged in full today.")
            .arg(m_account.interval == BillingInterval::Monthly ? tr("month") : tr("year")));
    m_continueButton->setEnabled(price.has_value() && m_actor.has(Permission::BillingAccess));
}

void ChangeTierDialog::showQuote(const ProrationQuote &quote)
{
    const QString currency = m_account.currency;
    const QLocale locale;
    const bool trial = inTrial();
    m_tierPriceLabel->setText(formatMoney(Money(quote.toPrice, currency)));
    m_pricePerSubscriberLabel->setText(
        BillingText::pricePerThousandSubscribers(quote.toPrice, currency, chosenTier()));

    m_changeKindLabel->setText(BillingText::tierChangeKind(quote.kind, trial));
    const char *pill = "background: #eef0f3; color: #3c4650;";
    if (trial)
        pill = "background: #e7f0fd; color: #0b3a7e;";
    else if (quote.kind == TierChangeKind::Upgrade)
        pill = "background: #e3f4e8; color: #145c2a;";
    else if (quote.kind == TierChangeKind::Downgrade)
        pill = "background: #fff4e5; color: #7a4100;";
    else if (quote.kind == TierChangeKind::Refused)
        pill = "background: #fdecea; color: #8a1c12;";
    m_changeKindLabel->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
            .arg(QLatin1String(pill)));

    m_effectiveDateLabel->setText(formatDate(quote.effective));
    const bool prorated = quote.kind == TierChangeKind::Upgrade && !trial;
    for (QLabel *label :
         {m_creditCaption, m_creditLabel, m_chargeCaption, m_chargeLabel, m_daysLeftLabel})
        label->setVisible(prorated);
    if (prorated) {
        m_creditCaption->setText(tr("Credit for %Ln subscriber(s)", nullptr, fromTier()));
        m_creditLabel->setText(formatMoney(Money(-quote.credit, currency)));
        m_chargeCaption->setText(tr("Charge for %Ln subscriber(s)", nullptr, chosenTier()));
        m_chargeLabel->setText(formatMoney(Money(quote.charge, currency)));
        m_daysLeftLabel->setText(BillingText::daysLeftInCycle(quote.daysLeft, quote.daysInCycle));
    }
    m_chargedTodayLabel->setText(formatMoney(Money(quote.chargedToday, currency)));
    const CampaignsState &c = m_account.campaigns;
    const QDate nextCycle = trial ? c.trialEnd : c.cycle.end;
    m_nextCycleCaption->setText(tr("Full price from %1").arg(formatDate(nextCycle)));
    m_nextCyclePriceLabel->setText(formatMoney(Money(quote.nextCyclePrice, currency)));

    QString note;
    bool canContinue = m_actor.has(Permission::BillingAccess);
    switch (quote.kind) {
    case TierChangeKind::Upgrade:
        note = trial ? tr("Nothing is charged during the trial. The chosen tier applies when "
                          "the trial ends on %1.")
                           .arg(formatDate(quote.effective))
                     : tr("The new limit applies at once; the difference for the rest of this "
                          "cycle is charged today.");
        break;
    case TierChangeKind::Downgrade:
        note = trial ? tr("Nothing is charged during the trial. The chosen tier applies when "
                          "the trial ends on %1.")
                           .arg(formatDate(quote.effective))
                     : tr("Nothing is charged today. The lower tier starts with the next cycle "
                          "on %1.")
                           .arg(formatDate(quote.effective));
        break;
    case TierChangeKind::Unchanged:
        if (!trial && c.scheduledTier && *c.scheduledTier != c.tier) {
            note = tr("Keeps the current tier and withdraws the scheduled downgrade.");
        } else {
            note = tr("This is the current tier.");
            canContinue = false;
        }
        break;
    case TierChangeKind::Refused:
        note = quote.reason;
        canContinue = false;
        break;
    }
    if (c.cancelOn.isValid()) {
        note = BillingText::cancelledFrom(c.cancelOn);
        canContinue = false;
    }
    m_noteLabel->setText(note);
    m_continueButton->setEnabled(canContinue);
}

void ChangeTierDialog::proceed()
{
    if (!m_continueButton->isEnabled())
        return;
    const int tier = chosenTier();
    if (m_mode == Mode::Purchase
        || (m_quote && m_quote->kind == TierChangeKind::Upgrade && !inTrial())) {
        PurchaseReview review;
        review.account = m_account;
        review.toTier = tier;
        if (m_mode == Mode::Purchase) {
            review.kind = PurchaseReview::Kind::Purchase;
            const qint64 price = m_billing.catalog()
                                     .campaignsPrice(m_account.currency, m_account.interval, tier)
                                     .value_or(0);
            review.quote.kind = TierChangeKind::Upgrade;
            review.quote.effective = m_billing.clock().today();
            review.quote.charge = price;
            review.quote.chargedToday = price;
            review.quote.toPrice = price;
            review.quote.nextCyclePrice = price;
        } else {
            review.kind = PurchaseReview::Kind::TierUpgrade;
            review.quote = *m_quote;
        }
        auto *dialog = new ReviewPurchaseDialog(m_billing, m_actor, review, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &QDialog::accept);
        dialog->open();
        return;
    }
    applyChange();
}

void ChangeTierDialog::applyChange()
{
    if (!m_quote)
        return;
    const QLocale locale;
    const int tier = chosenTier();
    QString question;
    if (inTrial()) {
        question = tr("Continue with %Ln subscriber(s) when the trial ends on %1? Nothing is "
                      "charged now.",
                      nullptr, tier)
                       .arg(formatDate(m_quote->effective));
    } else if (m_quote->kind == TierChangeKind::Downgrade) {
        question = tr("Downgrade to %Ln subscriber(s) on %1? Until then the current tier stays, "
                      "and nothing is charged today.",
                      nullptr, tier)
                       .arg(formatDate(m_quote->effective));
    } else {
        question =
            tr("Keep %Ln subscriber(s) and withdraw the scheduled downgrade?", nullptr, tier);
    }
    if (MessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const auto changed = m_billing.changeTier(m_actor, m_account.id, tier, m_quote);
    if (!changed) {
        MessageBox::warning(this, windowTitle(), changed.error().message);
        return;
    }
    accept();
}

} // namespace Tierline
