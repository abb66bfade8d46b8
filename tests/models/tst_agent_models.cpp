// AgentsModel, CredentialsModel and their proxies against a real sandbox with demo data, each
// under QAbstractItemModelTester.

#include "AdminModelFixture.h"

#include "core/models/AgentsModel.h"
#include "core/models/CredentialsModel.h"
#include "core/models/EntityNames.h"

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

class TestAgentModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void agentsPagedWithDetailsOnDemand()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setPageSize(15);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        // Every row is there at once (sparse pages); a list this short is then loaded whole.
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.totalCount(), 40);
        QVERIFY(model.holdsWholeList());
        QTRY_COMPARE(model.loadedRowCount(), 40);

        const int row = columnTexts(&model).indexOf(u"Nightly KPI Builder"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, AgentsModel::ClientIdColumn).data().toString(),
                 u"nightly-kpi-builder"_s);
        // The list summary has no OAuth profile: the kind is "…" until the detail arrives.
        const QModelIndex kind = model.index(row, AgentsModel::KindColumn);
        if (!model.hasDetail(row))
            QCOMPARE(kind.data().toString(), u"…"_s);
        QTRY_VERIFY(model.hasDetail(row));
        QCOMPARE(kind.data().toString(), u"Autonomous"_s);
        QCOMPARE(kind.data(RawRole).toInt(), int(Agent::Kind::Autonomous));
        QCOMPARE(model.index(row, AgentsModel::GrantsColumn).data(RawRole).toStringList(),
                 QStringList{grant::ClientCredentials});
        QCOMPARE(model.index(row, AgentsModel::GrantsColumn).data().toString(),
                 u"client credentials"_s);
        // The owner is shown by name, looked up once.
        const QModelIndex owner = model.index(row, AgentsModel::OwnerColumn);
        QVERIFY(!owner.data(RawRole).toString().isEmpty());
        QTRY_COMPARE(owner.data().toString(), u"Amara Okafor"_s);
        QTRY_VERIFY(!model.isBusy());
        // Not every row asked for its detail: only those a view (here the tester) showed.
        QVERIFY(model.index(row, 0).data(DetailLoadedRole).toBool());
    }

    void agentProxyByKindOwnerAndText()
    {
        AgentsModel model(m_fx.admin.get());
        AgentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        model.reload();
        model.fetchAll();
        QTRY_COMPARE(model.rowCount(), 40);

        int counts[4] = {0, 0, 0, 0};
        for (auto kind : {Agent::Kind::Autonomous, Agent::Kind::Interactive, Agent::Kind::Hybrid}) {
            proxy.setAgentKind(kind);
            QTRY_VERIFY(!model.isBusy()); // a kind filter loads every row's detail
            counts[int(kind)] = proxy.rowCount();
            QVERIFY2(proxy.rowCount() > 0, qPrintable(Agent::kindName(kind)));
            for (int r = 0; r < proxy.rowCount(); ++r)
                QCOMPARE(proxy.index(r, AgentsModel::KindColumn).data(RawRole).toInt(), int(kind));
        }
        QCOMPARE(counts[1] + counts[2] + counts[3], 40);
        proxy.setAgentKind(Agent::Kind::Unknown);
        QCOMPARE(proxy.rowCount(), 40);

        proxy.setText(u"kpi"_s);
        QCOMPARE(columnTexts(&proxy), QStringList{u"Nightly KPI Builder"_s});
        const QString ownerId = proxy.index(0, AgentsModel::OwnerColumn).data(RawRole).toString();
        proxy.setText({});
        proxy.setOwner(ownerId);
        QVERIFY(proxy.rowCount() >= 1);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, AgentsModel::OwnerColumn).data(RawRole).toString(), ownerId);
        proxy.setOwner({});
        proxy.sort(AgentsModel::NameColumn, Qt::AscendingOrder);
        QStringList names = columnTexts(&proxy);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);
    }

    void agentDragData()
    {
        AgentsModel model(m_fx.admin.get());
        model.reload();
        QTRY_VERIFY(model.rowCount() > 1);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(1, 2)}));
        const QJsonArray arr =
            QJsonDocument::fromJson(mime->data(AgentsModel::entityMimeType())).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(0).toObject().value(u"type"_s).toString(), u"agent"_s);
        QCOMPARE(arr.at(1).toObject().value(u"id"_s).toString(), model.agentAt(1).id);
    }

    void upsertAndRemove()
    {
        AgentsModel model(m_fx.admin.get());
        QAbstractItemModelTester tester(&model, Fail);
        model.setPageSize(10);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        Agent a;
        a.name = u"Model test agent"_s;
        a.ouId = u"01900000-0000-7000-8000-000000000001"_s;
        OAuthClientConfig oauth;
        oauth.grantTypes = {grant::ClientCredentials};
        oauth.tokenEndpointAuthMethod = u"client_secret_basic"_s;
        a.oauth = oauth;
        Agent created;
        bool done = false;
        m_fx.admin->createAgent(a).then(this, [&](const Result<Agent> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            created = r.value;
            done = true;
        });
        QTRY_VERIFY(done);
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(!model.upsert(created)); // not a row here: an update does not add it
        model.addCreated(created);
        QCOMPARE(model.rowCount(), 41);
        const int row = model.rowOf(created.id);
        QCOMPARE(row, 40); // last, as the server lists it
        QCOMPARE(model.index(row, 0).data().toString(), u"Model test agent"_s);
        QVERIFY(model.hasDetail(row));
        model.fetchAll();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 41); // the new agent once, nobody skipped
        QCOMPARE(model.loadedRowCount(), 41);
        QCOMPARE(model.rowOf(created.id), 40);
        created.name = u"Model test agent (renamed)"_s;
        QVERIFY(model.upsert(created));
        QCOMPARE(model.index(40, 0).data().toString(), u"Model test agent (renamed)"_s);
        model.removeAgent(created.id);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.rowOf(created.id), -1);
    }

    void credentials()
    {
        AgentsModel agents(m_fx.admin.get());
        agents.reload();
        QTRY_VERIFY(agents.rowCount() > 0);
        const QString agentId = agents.agentAt(0).id;

        CredentialsModel model(m_fx.extensions.get());
        CredentialFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fail);
        QAbstractItemModelTester t2(&proxy, Fail);
        model.setAgentId(agentId);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.clientId(), agents.agentAt(0).effectiveClientId());
        QCOMPARE(model.index(0, CredentialsModel::StatusColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.index(0, CredentialsModel::LastUsedColumn).data().toString(), u"never"_s);
        QVERIFY(!model.canFetchMore({}));

        // Rotate with a grace period: the old secret is now "expiring", the new one active.
        bool done = false;
        m_fx.extensions->rotateCredential(agentId, 600)
            .then(this, [&](const Result<RotatedCredential> &r) {
                QVERIFY2(r.ok(), qPrintable(r.error.toString()));
                QVERIFY(!r.value.clientSecret.isEmpty());
                done = true;
            });
        QTRY_VERIFY(done);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 2);
        QStringList statuses = columnTexts(&model, CredentialsModel::StatusColumn, {}, RawRole);
        statuses.sort();
        QCOMPARE(statuses, (QStringList{u"ACTIVE"_s, u"EXPIRING"_s}));
        proxy.setStatus(Credential::Status::Expiring);
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.index(0, CredentialsModel::ExpiresColumn).data(RawRole).toDateTime() >
                QDateTime::currentDateTimeUtc());
        proxy.setStatus(Credential::Status::Unknown);

        done = false;
        m_fx.extensions->revokeCredentials(agentId).then(
            this, [&](const Result<RevokedCredentials> &r) {
                QVERIFY2(r.ok(), qPrintable(r.error.toString()));
                QCOMPARE(r.value.revokedCredentials, 2);
                done = true;
            });
        QTRY_VERIFY(done);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        proxy.setUsableOnly(true);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setUsableOnly(false);
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // An unknown agent: a readable 404, no rows, paging stopped.
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        model.setAgentId(u"no-such-agent"_s);
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(model.lastError().isNotFound());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void entityNames()
    {
        EntityNames names(m_fx.admin.get());
        QSignalSpy resolved(&names, &EntityNames::resolved);
        AgentsModel agents(m_fx.admin.get());
        agents.reload();
        QTRY_VERIFY(agents.rowCount() > 0);
        const Agent a = agents.agentAt(0);
        // An agent id is tried as a user first (404), then found as an agent.
        QVERIFY(names.name(a.id).isEmpty());
        QTRY_COMPARE(resolved.count(), 1);
        QCOMPARE(names.name(a.id), a.name);
        QCOMPARE(names.typeOf(a.id), EntityRef::Type::Agent);
        QVERIFY(names.name(u"nobody-at-all"_s).isEmpty());
        QTRY_COMPARE(resolved.count(), 2);
        QCOMPARE(names.name(u"nobody-at-all"_s), u"nobody-at-all"_s); // shown as the id
    }

private:
    AdminModelFixture m_fx;
};

QTEST_GUILESS_MAIN(TestAgentModels)
#include "tst_agent_models.moc"
