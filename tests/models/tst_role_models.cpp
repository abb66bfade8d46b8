// RolesModel, PermissionMatrixModel, RoleAssignmentsModel and their proxies against a real
// sandbox with demo data, each under QAbstractItemModelTester.

#include "AdminModelFixture.h"

#include "core/models/AgentsModel.h"
#include "core/models/PermissionMatrixModel.h"
#include "core/models/RoleAssignmentsModel.h"
#include "core/models/RolesModel.h"
#include "core/models/ScopesModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::AdminModelFixture;
using tid::test::columnTexts;

namespace {
constexpr auto Fail = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestRoleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void rolesWithDetailsOnDemand()
    {
        RolesModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setPageSize(3);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        model.fetchAll();
        QTRY_COMPARE(model.rowCount(), 7); // Administrator + six demo roles
        const int row = columnTexts(&model).indexOf(u"billing-approver"_s);
        QVERIFY(row >= 0);
        const QModelIndex perms = model.index(row, RolesModel::PermissionsColumn);
        // The list has no permissions: asking for the column loads the role's detail.
        (void)perms.data();
        QTRY_VERIFY(model.hasDetail(row));
        QCOMPARE(perms.data(SortRole).toInt(), 4);
        QCOMPARE(perms.data().toString(), u"4 permission(s)"_s);
        QVERIFY(perms.data(RawRole).toStringList().contains(u"invoices.approve"_s));
        QCOMPARE(model.index(row, RolesModel::OrganizationUnitColumn).data().toString(),
                 u"default"_s);
        QTRY_VERIFY(!model.isBusy());
    }

    void roleProxy()
    {
        RolesModel model(m_fx.admin.get());
        RoleFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 7);
        proxy.setText(u"billing"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText({});
        const QString billingId = serverId(u"Billing API"_s);
        proxy.setGrantedPermission(billingId, u"payments.read"_s);
        QTRY_COMPARE(columnTexts(&proxy), QStringList{u"billing-operator"_s});
        proxy.setGrantedPermission({}, {});
        QCOMPARE(proxy.rowCount(), 7);
        proxy.sort(RolesModel::NameColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Administrator"_s);
    }

    void dropAgentsOnRole()
    {
        RolesModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 7);
        AgentsModel agents(m_fx.admin.get());
        agents.reload();
        QTRY_VERIFY(agents.rowCount() >= 2);
        std::unique_ptr<QMimeData> mime(
            agents.mimeData({agents.index(0, 0), agents.index(0, 1), agents.index(1, 0)}));
        const int row = columnTexts(&model).indexOf(u"crm-agent"_s);
        QVERIFY(model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.index(row, 0)));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
        QSignalSpy dropped(&model, &RolesModel::entitiesDropped);
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.index(row, 0)));
        QCOMPARE(dropped.count(), 1);
        const auto refs = dropped.at(0).at(1).value<QList<EntityRef>>();
        QCOMPARE(refs.size(), 2); // one per agent, not per cell
        QCOMPARE(refs.at(0).type, EntityRef::Type::Agent);
        QCOMPARE(refs.at(0).id, agents.agentAt(0).id);
        QCOMPARE(dropped.at(0).at(0).toString(), model.roleAt(row).id);
    }

    void permissionMatrix()
    {
        ScopesModel scopes(m_fx.admin.get());
        QSignalSpy full(&scopes, &ScopesModel::fullyLoaded);
        scopes.reload();
        scopes.fetchAll();
        QVERIFY(full.wait(20000));
        const QList<Role> roles = loadRoles();
        QCOMPARE(roles.size(), 7);

        PermissionMatrixModel matrix;
        PermissionMatrixFilterProxy proxy;
        proxy.setSourceModel(&matrix);
        QAbstractItemModelTester t1(&matrix, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        matrix.setScopes(scopes.loadedScopes());
        matrix.setRoles(roles);
        QCOMPARE(matrix.rowCount(), 5); // one group per resource server
        QCOMPARE(matrix.columnCount(), 8);

        const QString billing = serverId(u"Billing API"_s);
        const Role approver = roleNamed(roles, u"billing-approver"_s);
        const int column = matrix.columnOfRole(approver.id);
        QCOMPARE(matrix.headerData(column, Qt::Horizontal).toString(), u"billing-approver"_s);
        const QModelIndex approve =
            matrix.indexOfPermission(billing, u"invoices.approve"_s, column);
        QVERIFY(approve.isValid());
        QCOMPARE(approve.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(matrix.indexOfPermission(billing, u"invoices.approve"_s).data().toString(),
                 u"Invoices › Approve"_s);
        const QModelIndex group = matrix.parent(approve);
        QCOMPARE(group.data().toString(), u"Billing API"_s);
        QCOMPARE(matrix.index(group.row(), column).data(Qt::CheckStateRole).toInt(),
                 int(Qt::PartiallyChecked));

        QSignalSpy dirty(&matrix, &PermissionMatrixModel::dirtyChanged);
        QVERIFY(matrix.setData(matrix.indexOfPermission(billing, u"payments.read"_s, column),
                               Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(dirty.count(), 1);
        QVERIFY(matrix.isDirty(approver.id));
        QVERIFY(matrix.headerData(column, Qt::Horizontal).toString().endsWith(u"•"_s));
        QVERIFY(matrix.setGranted(approver.id, billing, u"invoices.void"_s, false));
        const QList<Role> changed = matrix.changedRoles();
        QCOMPARE(changed.size(), 1);
        QStringList now = changed.first().permissionsFor(billing);
        now.sort();
        QCOMPARE(now, (QStringList{u"invoices.approve"_s, u"payments.read"_s, u"payments.refund"_s,
                                   u"subscriptions.manage"_s}));

        // Saved on the server, the answer accepted: clean again.
        Role saved;
        bool done = false;
        m_fx.admin->updateRole(changed.first()).then(this, [&](const Result<Role> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            saved = r.value;
            done = true;
        });
        QTRY_VERIFY(done);
        matrix.markSaved(saved);
        QVERIFY(!matrix.isDirty());
        QCOMPARE(dirty.count(), 2);
        QVERIFY(matrix.isGranted(approver.id, billing, u"payments.read"_s));

        // A whole resource server at once (the group's box), then revert.
        QVERIFY(matrix.setData(matrix.index(group.row(), column), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(matrix.index(group.row(), column).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        matrix.revert();
        QVERIFY(!matrix.isDirty());
        QVERIFY(!matrix.isGranted(approver.id, billing, u"invoices.read"_s));

        // Filters: text, and "granted to this role".
        proxy.setText(u"line-items"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3); // the resource and its two actions
        proxy.setText({});
        proxy.setGrantedToRole(approver.id);
        int shown = 0;
        for (int g = 0; g < proxy.rowCount(); ++g)
            shown += proxy.rowCount(proxy.index(g, 0));
        QCOMPARE(shown, 4); // as saved above
        proxy.setGrantedToRole({});

        // Unsaved edits survive a refresh of the roles.
        matrix.setGranted(approver.id, billing, u"invoices.read"_s, true);
        matrix.setRoles(loadRoles());
        QVERIFY(matrix.isGranted(approver.id, billing, u"invoices.read"_s));
        matrix.removeRole(approver.id);
        QCOMPARE(matrix.columnCount(), 7);
        QVERIFY(!matrix.isDirty());
    }

    void assignments()
    {
        const QList<Role> roles = loadRoles();
        const Role crm = roleNamed(roles, u"crm-agent"_s);
        RoleAssignmentsModel model(m_fx.admin.get());
        AssignmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        model.setPageSize(4);
        model.setRoleId(crm.id);
        QTRY_VERIFY(model.isLoaded());
        model.fetchAll();
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.rowCount(), model.totalCount());
        proxy.setEntityType(EntityRef::Type::Group);
        QCOMPARE(columnTexts(&proxy), QStringList{u"Sales"_s});
        proxy.setEntityType(EntityRef::Type::Agent);
        const int agents = proxy.rowCount();
        QVERIFY(agents >= 1);
        QCOMPARE(proxy.index(0, RoleAssignmentsModel::TypeColumn).data().toString(), u"Agent"_s);
        proxy.setEntityType(EntityRef::Type::Unknown);
        proxy.setText(u"Sales"_s);
        QVERIFY(columnTexts(&proxy).contains(u"Sales"_s));
        QVERIFY(proxy.rowCount() < model.rowCount());
        proxy.setText({});

        // Add on the server, then locally; remove likewise.
        AgentsModel agentList(m_fx.admin.get());
        agentList.reload();
        QTRY_VERIFY(agentList.rowCount() > 0);
        Assignment extra;
        for (int r = 0; r < agentList.rowCount() && extra.id.isEmpty(); ++r) {
            const Agent a = agentList.agentAt(r);
            if (model.rowOf(u"agent/"_s + a.id) < 0)
                extra = Assignment{a.id, EntityRef::Type::Agent, a.name};
        }
        QVERIFY(!extra.id.isEmpty());
        bool done = false;
        m_fx.admin->addRoleAssignments(crm.id, {extra}).then(this, [&](const Result<NoContent> &r) {
            QVERIFY(r.ok());
            done = true;
        });
        QTRY_VERIFY(done);
        const int before = model.rowCount();
        model.addLocally({extra});
        QCOMPARE(model.rowCount(), before + 1);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        model.fetchAll();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOf(u"agent/"_s + extra.id) >= 0);
        done = false;
        m_fx.admin->removeRoleAssignments(crm.id, {extra})
            .then(this, [&](const Result<NoContent> &r) {
                QVERIFY(r.ok());
                done = true;
            });
        QTRY_VERIFY(done);
        model.removeLocally({extra});
        QCOMPARE(model.rowCount(), before);
        model.setRoleId({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    QString serverId(const QString &name)
    {
        QString id;
        bool done = false;
        m_fx.admin->listResourceServers(PageRequest::window(100))
            .then(this, [&](const Result<Page<ResourceServer>> &r) {
                for (const auto &rs : r.value.items) {
                    if (rs.name == name)
                        id = rs.id;
                }
                done = true;
            });
        [&] { QTRY_VERIFY(done); }();
        return id;
    }

    QList<Role> loadRoles()
    {
        RolesModel model(m_fx.admin.get());
        model.reload();
        [&] { QTRY_COMPARE(model.rowCount(), 7); }();
        model.requestAllDetails();
        [&] {
            QTRY_VERIFY([&] {
                for (int r = 0; r < model.rowCount(); ++r) {
                    if (!model.hasDetail(r))
                        return false;
                }
                return true;
            }());
        }();
        return model.loadedRoles();
    }

    static Role roleNamed(const QList<Role> &roles, const QString &name)
    {
        for (const Role &r : roles) {
            if (r.name == name)
                return r;
        }
        return {};
    }

    AdminModelFixture m_fx;
};

QTEST_GUILESS_MAIN(TestRoleModels)
#include "tst_role_models.moc"
