// ResourceServersModel, ScopesModel, ScopeHoldersModel and their proxies against a real
// sandbox with demo data, each under QAbstractItemModelTester.

#include "AdminModelFixture.h"

#include "core/models/ResourceServersModel.h"
#include "core/models/ScopeHoldersModel.h"
#include "core/models/ScopesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::AdminModelFixture;
using tid::test::columnTexts;

class TestResourceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void resourceServersPageByPage()
    {
        ResourceServersModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.reload();
        QVERIFY(model.isBusy());
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 5); // System + the four demo servers
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page in flight at a time
        QTRY_COMPARE(model.rowCount(), 4);
        model.fetchAll();
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(!model.canFetchMore({}));

        const int billing = columnTexts(&model).indexOf(u"Billing API"_s);
        QVERIFY(billing >= 0);
        const auto cell = [&](int c, int role) { return model.index(billing, c).data(role); };
        QCOMPARE(cell(ResourceServersModel::IdentifierColumn, Qt::DisplayRole).toString(),
                 u"https://api.billing.example.com"_s);
        QCOMPARE(cell(ResourceServersModel::DelimiterColumn, RawRole).toString(), u"."_s);
        QCOMPARE(cell(ResourceServersModel::TypeColumn, RawRole).toString(), u"API"_s);
        QCOMPARE(cell(ResourceServersModel::TypeColumn, Qt::DisplayRole).toString(), u"API"_s);
        QCOMPARE(cell(ResourceServersModel::NameColumn, SortRole).toString(), u"billing api"_s);
        QVERIFY(!cell(0, IdRole).toString().isEmpty());
        QCOMPARE(model.rowOf(cell(0, IdRole).toString()), billing);
    }

    void resourceServersProxy()
    {
        ResourceServersModel model(m_fx.admin.get());
        ResourceServerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 5);

        proxy.setServerType(ResourceServersModel::Type::Mcp);
        QCOMPARE(columnTexts(&proxy), QStringList{u"Support Tools MCP"_s});
        proxy.setServerType(ResourceServersModel::Type::Any);
        proxy.setText(u"CRM"_s);
        QCOMPARE(columnTexts(&proxy), QStringList{u"CRM API"_s});
        proxy.setText(u"api.analytics"_s); // matches the identifier
        QCOMPARE(columnTexts(&proxy), QStringList{u"Analytics API"_s});
        proxy.setText({});
        proxy.setShowReadOnly(false); // nothing in the demo is declarative
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setShowReadOnly(true);
        proxy.sort(ResourceServersModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"System"_s);
        proxy.sort(ResourceServersModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Analytics API"_s);
    }

    void resourceServersLocalEditsKeepPaging()
    {
        // A server created and one deleted after the first page must not shift the next page.
        ResourceServersModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        ResourceServer rs;
        rs.name = u"Paging probe"_s;
        rs.identifier = u"https://probe.example.com"_s;
        rs.ouId = u"01900000-0000-7000-8000-000000000001"_s;
        bool done = false;
        ResourceServer created;
        m_fx.admin->createResourceServer(rs).then(this, [&](const Result<ResourceServer> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            created = r.value;
            done = true;
        });
        QTRY_VERIFY(done);
        model.upsert(created);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 6);
        model.fetchAll();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 6);
        QStringList names = columnTexts(&model);
        names.removeDuplicates();
        QCOMPARE(names.size(), 6); // nothing twice, nothing skipped

        done = false;
        m_fx.admin->deleteResourceServer(created.id).then(this, [&](const Result<NoContent> &r) {
            QVERIFY(r.ok());
            done = true;
        });
        QTRY_VERIFY(done);
        model.removeServer(created.id);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(created.id), -1);
    }

    void failedPageStopsPaging()
    {
        ApiClient client;
        client.setBaseUrl(m_fx.sandbox->baseUrl());
        client.setBearerToken(u"not-a-token"_s);
        AdminApi api(&client);
        ResourceServersModel model(&api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        model.reload();
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(model.lastError().httpStatus, 401);
        QVERIFY(model.isStalled());
        QVERIFY(!model.canFetchMore({})); // a view asking again does not hammer the server
        QVERIFY(!model.isBusy());
        client.setBearerToken(m_fx.token);
        model.retry();
        QTRY_COMPARE(model.rowCount(), 5);
        QVERIFY(!model.isStalled());
    }

    void scopesTreeLazy()
    {
        ScopesModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_VERIFY(!model.isBusy());
        const int billingRow = columnTexts(&model).indexOf(u"Billing API"_s);
        const QModelIndex billing = model.index(billingRow, 0);
        QCOMPARE(billing.data(KindRole).toInt(), int(ScopesModel::NodeKind::ResourceServer));
        QVERIFY(model.hasChildren(billing));
        // The tester walks the tree and expands it (fetchMore) as a view would.
        model.fetchMore(billing);
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(!model.canFetchMore(billing));
        QCOMPARE(columnTexts(&model, 0, billing),
                 (QStringList{u"Invoices"_s, u"Payments"_s, u"Subscriptions"_s}));
        const QModelIndex invoices = model.index(0, 0, billing);
        QCOMPARE(model.parent(invoices), billing);
        QCOMPARE(invoices.data(PermissionRole).toString(), u"invoices"_s);
        model.fetchMore(invoices);
        QTRY_VERIFY(!model.isBusy());
        // Sub-resources first, then the resource's actions, each with its full permission.
        QCOMPARE(columnTexts(&model, ScopesModel::PermissionColumn, invoices),
                 (QStringList{u"invoices.line-items"_s, u"invoices.read"_s, u"invoices.create"_s,
                              u"invoices.approve"_s, u"invoices.void"_s}));
        const QModelIndex lines = model.index(0, 0, invoices);
        model.fetchMore(lines);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(columnTexts(&model, ScopesModel::PermissionColumn, lines),
                 (QStringList{u"invoices.line-items.read"_s, u"invoices.line-items.write"_s}));
        const ScopesModel::Scope s = model.scopeAt(model.index(0, 0, lines));
        QCOMPARE(s.kind, ScopesModel::NodeKind::Action);
        QCOMPARE(s.path,
                 (QStringList{u"Billing API"_s, u"Invoices"_s, u"Line items"_s, u"Read"_s}));
        QCOMPARE(s.resourceServerIdentifier, u"https://api.billing.example.com"_s);
        QVERIFY(!model.hasChildren(model.index(0, 0, lines)));
    }

    void scopesFetchAllAndProxy()
    {
        ScopesModel model(m_fx.admin.get());
        ScopeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy full(&model, &ScopesModel::fullyLoaded);
        model.reload();
        model.fetchAll();
        QVERIFY(full.wait(20000));
        const QList<ScopesModel::Scope> scopes = model.loadedScopes();
        QStringList perms;
        for (const auto &s : scopes)
            perms << s.permission;
        QVERIFY(perms.contains(u"reports:scheduled:manage"_s));
        QVERIFY(perms.contains(u"search_knowledge_base"_s)); // server-level MCP tool
        QVERIFY(perms.contains(u"system"_s));
        const QModelIndex found =
            model.findPermission(scopes.first().resourceServerId, scopes.first().permission);
        QVERIFY(found.isValid());

        proxy.setText(u"line-items.write"_s);
        QCOMPARE(proxy.rowCount(), 1); // Billing API, kept for its matching descendant
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Billing API"_s);
        proxy.setText({});
        const QModelIndex crm = model.index(columnTexts(&model).indexOf(u"CRM API"_s), 0);
        proxy.setResourceServerId(crm.data(IdRole).toString());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), model.rowCount(crm));
    }

    void scopesSingleServer()
    {
        ScopesModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSingleServer(true);
        model.reload();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 0); // no server chosen: nothing, not every server
        ResourceServersModel servers(m_fx.admin.get());
        servers.reload();
        QTRY_COMPARE(servers.rowCount(), 5);
        const int mcp = columnTexts(&servers).indexOf(u"Support Tools MCP"_s);
        model.setResourceServer(servers.serverAt(mcp));
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(columnTexts(&model, ScopesModel::PermissionColumn),
                 (QStringList{u"tickets"_s, u"knowledge"_s, u"search_knowledge_base"_s,
                              u"create_ticket"_s, u"summarize_thread"_s, u"lookup_order"_s}));
        QCOMPARE(model.scopeAt(model.index(2, 0)).actionKind, u"tool"_s);
    }

    void scopeHolders()
    {
        ResourceServersModel servers(m_fx.admin.get());
        servers.reload();
        QTRY_COMPARE(servers.rowCount(), 5);
        const QString billingId =
            servers.serverAt(columnTexts(&servers).indexOf(u"Billing API"_s)).id;

        ScopeHoldersModel model(m_fx.admin.get());
        ScopeHolderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &ScopeHoldersModel::finished);
        model.setScope(billingId, u"invoices.approve"_s);
        QVERIFY(finished.wait(20000));
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().toString()));
        proxy.setHolderKind(ScopeHoldersModel::HolderKind::Role);
        QCOMPARE(columnTexts(&proxy), QStringList{u"billing-approver"_s});
        proxy.setHolderKind(ScopeHoldersModel::HolderKind::Agent);
        QVERIFY(proxy.rowCount() >= 1); // the hybrid billing agents hold it directly
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, ScopeHoldersModel::ViaColumn)
                        .data()
                        .toString()
                        .contains(u"billing-approver"_s));
        proxy.setHolderKind(-1);
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Through a group: interactive CRM agents are members of Sales, which holds crm-agent.
        const QString crmId = servers.serverAt(columnTexts(&servers).indexOf(u"CRM API"_s)).id;
        model.setScope(crmId, u"notes:write"_s);
        QVERIFY(finished.wait(20000));
        bool viaGroup = false;
        for (int r = 0; r < model.rowCount(); ++r)
            viaGroup |=
                model.index(r, ScopeHoldersModel::ViaColumn).data().toString().contains(u"group"_s);
        QVERIFY(viaGroup);
        model.setScope({}, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isBusy());
    }

private:
    AdminModelFixture m_fx;
};

QTEST_GUILESS_MAIN(TestResourceModels)
#include "tst_resource_models.moc"
