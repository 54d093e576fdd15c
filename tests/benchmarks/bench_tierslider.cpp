// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/changetierdialog.h"
#include "testworld.h"

#include <QLabel>
#include <QSlider>
#include <QTest>

using namespace Tierline;
using namespace Tierline::Testing;

/**
 * One slider step to an updated cost preview pane (issue 3's figure; target under 2 ms, far
 * below a 16 ms frame): a key press on the tier slider, the planner's quote, and every label
 * of the pane set, on an account with 19,000 subscribed contacts.
 */
class BenchTierSlider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sliderStepToUpdatedPreview();
};

void BenchTierSlider::sliderStepToUpdatedPreview()
{
    TestWorld world(QDate(2026, 3, 1));
    const qint64 id = world.createAccount(QStringLiteral("SEK"));
    world.buyCampaigns(id, 20000);
    world.addContacts(id, 19000);
    world.clock().setToday(QDate(2026, 3, 17));
    ChangeTierDialog dialog(world.database(), world.billing(), world.owner, world.account(id),
                            ChangeTierDialog::Mode::ChangeTier);
    dialog.show();
    auto *slider = dialog.findChild<QSlider *>(QStringLiteral("tierSlider"));
    auto *charged = dialog.findChild<QLabel *>(QStringLiteral("chargedTodayLabel"));
    QVERIFY(slider && charged);

    bool up = true;
    QBENCHMARK
    {
        if (slider->value() == slider->maximum())
            up = false;
        else if (slider->value() == slider->minimum())
            up = true;
        QTest::keyClick(slider, up ? Qt::Key_Right : Qt::Key_Left);
    }
    // The pane followed the last step.
    QVERIFY(!charged->text().isEmpty());
}

QTEST_MAIN(BenchTierSlider)
#include "bench_tierslider.moc"
