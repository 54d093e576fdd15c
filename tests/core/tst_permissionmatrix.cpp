// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every role against every billing and contacts action, in the core (P1, H6, X7): a role
// with the permission may act; a role without it is refused with Error::Kind::Forbidden and
// a message naming the permission, and nothing changes — account, ledger, audit log,
// contacts and change requests alike.

#include "billing/changerequests.h"
#include "billing/planplanner.h"
#include "testworld.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Tierline;
using namespace Tierline::Testing;

namespace {

/** What an action needs, how to bring an account to where it can run, and the action. */
struct Action
{
    const char *name;
    std::optional<Permission> needed;
    std::function<void(TestWorld &, qint64)> prepare;
    std::function<std::optional<Error>(TestWorld &, const User &, qint64)> run;
};

template<typename R>
std::optional<Error> errorOf(const R &result)
{
    if (result.ok())
        return std::nullopt;
    return result.error();
}

void approveReview(TestWorld &world, qint64 id)
{
    TL_VERIFY_OK(world.billing().requestReview(world.admin, id));
    TL_VERIFY_OK(world.billing().decideReview(world.admin, id, true));
}

ContactSelection everyContact()
{
    return ContactSelection::matching({});
}

QList<Action> actions()
{
    const auto nothing = [](TestWorld &, qint64) {};
    const auto bought = [](TestWorld &world, qint64 id) { world.buyCampaigns(id, 5000); };
    const auto withContacts = [](TestWorld &world, qint64 id) {
        world.buyCampaigns(id, 5000);
        world.addContacts(id, 5);
    };
    return {
        {"try for free", Permission::BillingAccess, nothing,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().startTrial(u, id));
         }},
        {"buy Campaigns", Permission::BillingAccess, approveReview,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().buy(u, id, 5000));
         }},
        {"upgrade", Permission::BillingAccess, bought,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().changeTier(u, id, 10000));
         }},
        {"downgrade", Permission::BillingAccess,
         [](TestWorld &w, qint64 id) { w.buyCampaigns(id, 10000); },
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().changeTier(u, id, 5000));
         }},
        {"cancel", Permission::BillingAccess, bought,
         [](TestWorld &w, const User &u, qint64 id) { return errorOf(w.billing().cancel(u, id)); }},
        {"resume", Permission::BillingAccess,
         [](TestWorld &w, qint64 id) {
             w.buyCampaigns(id, 5000);
             TL_VERIFY_OK(w.billing().cancel(w.admin, id));
         },
         [](TestWorld &w, const User &u, qint64 id) { return errorOf(w.billing().resume(u, id)); }},
        {"more user seats", Permission::BillingAccess, nothing,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().changePlan(u, id, PlanChange::toSeats(4)));
         }},
        {"add an add-on", Permission::BillingAccess, nothing,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(
                 w.billing().changePlan(u, id, PlanChange::addingAddon(QStringLiteral("sms"))));
         }},
        {"dearer plan", Permission::BillingAccess, nothing,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(
                 w.billing().changePlan(u, id, PlanChange::toPlan(QStringLiteral("pro"))));
         }},
        {"request account change", Permission::BillingAccess, nothing,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(ChangeRequests(w.database(), w.clock())
                                .submit(u, id, ChangeRequestKind::PlanDowngrade,
                                        QStringLiteral("Move to Starter at renewal.")));
         }},
        {"request account review", Permission::CanSendCampaigns, nothing,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().requestReview(u, id));
         }},
        {"approve account review", Permission::ReviewDecisions,
         [](TestWorld &w, qint64 id) { TL_VERIFY_OK(w.billing().requestReview(w.admin, id)); },
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.billing().decideReview(u, id, true));
         }},
        {"set contacts as marketing", Permission::SetMarketing,
         [](TestWorld &w, qint64 id) {
             w.buyCampaigns(id, 5000);
             w.addContacts(id, 5, false);
         },
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(
                 w.contacts().setMarketing(u, id, everyContact(), true, w.clock().today()));
         }},
        {"import marketing contacts", Permission::SetMarketing, bought,
         [](TestWorld &w, const User &u, qint64 id) {
             const QList<ImportedContact> rows {
                 {QStringLiteral("Åsa Lind"), QStringLiteral("asa@example.se"), true, {}}};
             return errorOf(w.contacts().importContacts(u, id, rows, DuplicatePolicy::Update,
                                                        w.clock().today()));
         }},
        // Contact housekeeping is open to all staff: archiving and deleting never charge.
        {"archive contacts", std::nullopt, withContacts,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.contacts().archive(u, id, everyContact()));
         }},
        {"delete contacts", std::nullopt, withContacts,
         [](TestWorld &w, const User &u, qint64 id) {
             return errorOf(w.contacts().remove(u, id, everyContact()));
         }},
    };
}

const QList<Role> allRoles {Role::Admin,        Role::AccountOwner, Role::Reviewer,
                            Role::SalesManager, Role::SalesRep,     Role::Ops};

/** Everything an action could change, as one text. */
QString worldFingerprint(TestWorld &world, qint64 id)
{
    QStringList parts;
    const Account account = world.account(id);
    parts << QString::number(account.version);
    for (const char *table : {"ledger", "audit_log", "change_requests", "account_addons"}) {
        QSqlQuery query(world.database().connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))))
            qFatal("cannot count %s", table);
        query.next();
        parts << QLatin1String(table) + QLatin1Char('=') + query.value(0).toString();
    }
    parts << world.contactsFingerprint(id);
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleAgainstEveryAction_data();
    void everyRoleAgainstEveryAction();
};

void TestPermissionMatrix::everyRoleAgainstEveryAction_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("role");
    const QList<Action> all = actions();
    for (int a = 0; a < all.size(); ++a) {
        for (const Role role : allRoles) {
            QTest::addRow("%s: %s", qPrintable(roleKey(role)), all.at(a).name) << a << int(role);
        }
    }
}

void TestPermissionMatrix::everyRoleAgainstEveryAction()
{
    QFETCH(int, action);
    QFETCH(int, role);
    const Action act = actions().at(action);

    TestWorld world;
    User actor;
    actor.login = QStringLiteral("who");
    actor.name = QStringLiteral("Matrix User");
    actor.role = Role(role);
    actor.permissions = defaultPermissions(actor.role);
    const auto created = UserStore(world.database()).create(actor);
    TL_VERIFY_OK(created);
    actor.id = *created;

    const qint64 id = world.createAccount();
    act.prepare(world, id);
    if (QTest::currentTestFailed())
        return;
    const QString before = worldFingerprint(world, id);

    const bool allowed = !act.needed || actor.has(*act.needed);
    const std::optional<Error> error = act.run(world, actor, id);
    if (allowed) {
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QVERIFY(worldFingerprint(world, id) != before);
    } else {
        QVERIFY(error);
        QCOMPARE(int(error->kind), int(Error::Kind::Forbidden));
        QCOMPARE(error->message, PermissionText::missing(actor, *act.needed));
        QCOMPARE(worldFingerprint(world, id), before);
    }
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
