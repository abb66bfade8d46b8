// AgentsModel's sparse pages (issue 15 item 3) against a real sandbox seeded with a few thousand
// generated agents ("bench-agent-000001" … in the server's order), under
// QAbstractItemModelTester: a jump to the last row fetches only its page (counted at the
// sandbox), rows land where they belong, the cache stays bounded, a failed page (a real 500
// from a fault-injecting front) shows its error and retry recovers it, answers from before a
// reload are ignored, and creates/deletes keep ids and rows consistent.

#include "../common/FaultProxy.h"
#include "AdminModelFixture.h"

#include "core/models/AgentsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::AdminModelFixture;
using tid::test::FaultProxy;

namespace {

constexpr auto Fail = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int Agents = 3000;

QString benchName(int row)
{
    return u"bench-agent-%1"_s.arg(row + 1, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestAgentsSparse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        const auto r = m_fx.http.get(u"/agents?limit=1&offset=0"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"totalResults"_s).toInt(), Agents);
        QTRY_COMPARE(listRequests(), 1);
        m_listed = 1;
    }

    void jumpToTheEndFetchesOnlyItsPage()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setMaxCachedPages(5); // 500 rows: the 3,000 stay sparse
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(!model.holdsWholeList());
        QCOMPARE(model.rowCount(), Agents);
        QCOMPARE(model.totalCount(), Agents);
        QCOMPARE(model.index(0, 0).data().toString(), benchName(0));
        QCOMPARE(model.loadedRowCount(), 100);
        QTRY_COMPARE(listRequests(), m_listed + 1);

        // The last row: a placeholder first, then its agent — one more list request.
        const QModelIndex last = model.index(Agents - 1, AgentsModel::NameColumn);
        QCOMPARE(last.data().toString(), u"Loading…"_s);
        QVERIFY(!model.isRowLoaded(Agents - 1));
        QVERIFY(model.index(Agents - 1, AgentsModel::ClientIdColumn).data().toString().isEmpty());
        QTRY_COMPARE(last.data().toString(), benchName(Agents - 1));
        QCOMPARE(model.requestedOffsets(), (QList<int>{0, Agents - 100}));
        QTRY_COMPARE(listRequests(), m_listed + 2);
        // Every row of that page is where it belongs; the rows between are not loaded.
        for (int row = Agents - 100; row < Agents; ++row) {
            QCOMPARE(model.index(row, 0).data().toString(), benchName(row));
            QCOMPARE(model.index(row, AgentsModel::ClientIdColumn).data().toString(),
                     benchName(row));
            QCOMPARE(model.rowOf(model.idAt(row)), row);
        }
        QVERIFY(!model.isRowLoaded(Agents / 2));
        QCOMPARE(model.loadedRowCount(), 200);

        // The middle, as a scroll bar dragged there (a paint every 50 ms, the fetch waiting for
        // 300 ms of calm): rows read on the way are not fetched, only where it stopped.
        model.setFetchDelay(300);
        for (int row = 200; row < Agents / 2; row += 100) {
            (void)model.index(row, 0).data();
            QTest::qWait(50);
        }
        const QModelIndex middle = model.index(Agents / 2, 0);
        (void)middle.data();
        QTRY_COMPARE(middle.data().toString(), benchName(Agents / 2));
        QCOMPARE(model.requestedOffsets(), (QList<int>{0, Agents - 100, Agents / 2}));
        QTRY_VERIFY(!model.isBusy());
        m_listed = listRequests();
    }

    void cacheStaysBoundedAndKeepsWhatIsRead()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setMaxCachedPages(4);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        for (int page = 0; page < 12; ++page) {
            const int row = page * 250;
            // A page read in the last 100 ms counts as on screen and is never evicted: the
            // reads here are a person's pace apart, not a machine's.
            QTest::qWait(150);
            model.loadRows(row, row);
            QTRY_COMPARE(model.index(row, 0).data().toString(), benchName(row));
            QVERIFY2(model.loadedRowCount() <= 400,
                     qPrintable(QString::number(model.loadedRowCount())));
        }
        // The rows read last stay; the far ones went.
        QVERIFY(model.isRowLoaded(11 * 250));
        QVERIFY(!model.isRowLoaded(250));
        // Every loaded row is indexed at its place.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.idAt(row);
            if (!id.isEmpty())
                QCOMPARE(model.rowOf(id), row);
        }
        QTRY_VERIFY(!model.isBusy());
        m_listed = listRequests();
    }

    void failedPageShowsItsErrorAndRetryRecovers()
    {
        FaultProxy proxy(m_fx.sandbox->baseUrl());
        QVERIFY(proxy.listen());
        ApiClient client;
        client.setBaseUrl(proxy.url());
        client.setBearerToken(m_fx.token);
        client.setRetryPolicy({0, 10, 10}); // the fault at once
        client.setTimeout(5000);
        AdminApi admin(&client);

        AgentsModel model(&admin);
        QAbstractItemModelTester tester(&model, Fail);
        model.setMaxCachedPages(5);
        QSignalSpy errors(&model, &AgentsModel::errorOccurred);
        model.reload();
        QTRY_VERIFY(model.isLoaded());

        proxy.setMode(FaultProxy::Mode::ServerError);
        const int row = 1234;
        (void)model.index(row, 0).data();
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(model.isStalled());
        QCOMPARE(model.lastError().httpStatus, 500);
        QVERIFY(model.isRowFailed(row));
        QCOMPARE(model.index(row, 0).data().toString(), u"Could not load"_s);
        QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(u"500"_s));
        // The view asking again does not ask the server again; other pages still load.
        const int faults = proxy.faultsServed();
        for (int i = 0; i < 5; ++i)
            (void)model.index(row, 0).data();
        QTest::qWait(150);
        QCOMPARE(proxy.faultsServed(), faults);
        QCOMPARE(model.index(0, 0).data().toString(), benchName(0));

        proxy.setMode(FaultProxy::Mode::Pass);
        model.retry();
        QTRY_COMPARE(model.index(row, 0).data().toString(), benchName(row));
        QVERIFY(!model.isStalled());
        QCOMPARE(errors.count(), 1);
        QTRY_VERIFY(!model.isBusy());
        m_listed = listRequests();
    }

    void answersFromBeforeAReloadAreIgnored()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setMaxCachedPages(5);
        QSignalSpy pages(&model, &AgentsModel::pageLoaded);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        model.loadRows(2500, 2500); // asked…
        QVERIFY(model.isFetching());
        model.reload(); // …and forgotten
        QVERIFY(!model.isLoaded());
        QTRY_VERIFY(model.isLoaded());
        QTRY_VERIFY(!model.isBusy());
        QTest::qWait(100); // the old answer has come by now
        QCOMPARE(model.requestedOffsets(), QList<int>{0});
        QVERIFY(!model.isRowLoaded(2500));
        QCOMPARE(model.loadedRowCount(), 100);
        QCOMPARE(pages.count(), 2); // the first page twice, never the forgotten one
        QCOMPARE(pages.at(1).at(0).toInt(), 0);
        m_listed = listRequests();
    }

    void createAndDeleteKeepIdsAndRowsConsistent()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setMaxCachedPages(5);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        model.loadRows(Agents - 1, Agents - 1);
        model.loadRows(1500, 1500);
        QTRY_VERIFY(model.isRowLoaded(Agents - 1) && model.isRowLoaded(1500));

        // Created: listed last, as the server lists it.
        const Agent created = createAgent(u"Sparse test agent"_s);
        QVERIFY(!created.id.isEmpty());
        model.addCreated(created);
        QCOMPARE(model.rowCount(), Agents + 1);
        QCOMPARE(model.rowOf(created.id), Agents);
        QCOMPARE(model.index(Agents, 0).data().toString(), u"Sparse test agent"_s);
        QCOMPARE(model.index(Agents - 1, 0).data().toString(), benchName(Agents - 1));
        checkIndex(model);

        // Deleted in the middle: the rows after it move up by one, here as on the server.
        const QString victim = model.idAt(1500);
        QCOMPARE(m_fx.http.del(u"/agents/"_s + victim).status, 204);
        model.removeAgent(victim);
        QCOMPARE(model.rowCount(), Agents);
        QCOMPARE(model.rowOf(victim), -1);
        QCOMPARE(model.index(1500, 0).data().toString(), benchName(1501));
        QCOMPARE(model.rowOf(created.id), Agents - 1);
        checkIndex(model);
        // A fresh look at the server agrees with the rows kept here.
        AgentsModel fresh(m_fx.admin.get());
        fresh.setMaxCachedPages(5);
        fresh.reload();
        QTRY_VERIFY(fresh.isLoaded());
        QCOMPARE(fresh.rowCount(), model.rowCount());
        for (int row : {1499, 1500, Agents - 2, Agents - 1}) {
            fresh.loadRows(row, row);
            QTRY_VERIFY(fresh.isRowLoaded(row));
            QCOMPARE(fresh.idAt(row), model.idAt(row));
        }
        // And the created one goes again.
        QCOMPARE(m_fx.http.del(u"/agents/"_s + created.id).status, 204);
        model.removeAgent(created.id);
        QCOMPARE(model.rowCount(), Agents - 1);
        QCOMPARE(model.rowOf(created.id), -1);
        checkIndex(model);
        QTRY_VERIFY(!model.isBusy());
    }

    void shortListIsLoadedWholeAndSorted()
    {
        // 2,999 agents fit in the default cache: loaded whole, sortable and searchable.
        AgentsModel model(m_fx.admin.get());
        AgentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fail);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(model.holdsWholeList());
        QTRY_VERIFY_WITH_TIMEOUT(model.loadedRowCount() == model.rowCount(), 20000);
        QVERIFY(proxy.sortsByColumns());
        proxy.sort(AgentsModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), benchName(Agents - 1));
        proxy.setText(u"bench-agent-00299"_s);
        QCOMPARE(proxy.rowCount(), 10);
    }

    void longListProxyKeepsTheServerOrder()
    {
        AgentsModel model(m_fx.admin.get());
        model.setMaxCachedPages(5);
        AgentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        proxy.sort(AgentsModel::NameColumn, Qt::DescendingOrder);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(!proxy.sortsByColumns());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(proxy.index(0, 0).data().toString(), benchName(0)); // not sorted: no fetching
        QTRY_VERIFY(!model.isBusy());
        const int asked = int(model.requestedOffsets().size());
        // The text filter looks only at the loaded rows, and fetches nothing.
        proxy.setText(u"bench-agent-00002"_s);
        QCOMPARE(proxy.rowCount(), 10);
        QTest::qWait(100);
        QCOMPARE(model.requestedOffsets().size(), asked);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void serverFilterOnAnAttribute()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setServerFilter(u"modelProvider eq \"anthropic\""_s);
        QTRY_VERIFY(model.isLoaded());
        // Generated agent i has provider i % 5: 1 → anthropic (one deleted above may be one).
        QVERIFY2(model.rowCount() >= Agents / 5 - 1 && model.rowCount() <= Agents / 5,
                 qPrintable(QString::number(model.rowCount())));
        QCOMPARE(model.index(0, 0).data().toString(), benchName(0));
        QCOMPARE(model.index(1, 0).data().toString(), benchName(5));
        // A filter the server refuses: its error, no rows.
        QSignalSpy errors(&model, &AgentsModel::errorOccurred);
        model.setServerFilter(u"name eq"_s);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(model.lastError().httpStatus, 400);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isStalled());
    }

private:
    int listRequests()
    {
        int n = 0;
        for (const QByteArray &line : m_fx.sandbox->stderrOutput().split('\n')) {
            if (line.startsWith("GET /agents "))
                ++n;
        }
        return n;
    }

    Agent createAgent(const QString &name)
    {
        Agent a;
        a.name = name;
        a.type = u"default"_s;
        a.ouId = u"01900000-0000-7000-8000-000000000001"_s;
        Agent created;
        bool done = false;
        m_fx.admin->createAgent(a).then(this, [&](const Result<Agent> &r) {
            if (!r.ok())
                qWarning() << r.error.toString();
            created = r.value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        return created;
    }

    static void checkIndex(const AgentsModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.idAt(row);
            if (!id.isEmpty())
                QCOMPARE(model.rowOf(id), row);
        }
    }

    // The request log on (quiet = false): the list requests are counted.
    AdminModelFixture m_fx{u"empty"_s, {u"--seed-agents"_s, QString::number(Agents)}, false};
    int m_listed = 0;
};

QTEST_GUILESS_MAIN(TestAgentsSparse)
#include "tst_agents_sparse.moc"
