// `--seed demo` and `--seed-agents N`: the demo organisation's shape and its grants (in-process,
// where the rows can be inspected), and the counts through the API of a real sandbox child
// process started with --seed demo.

#include "AuthzHarness.h"
#include "SandboxBackend.h"

#include "sandbox/security/Authorization.h"
#include "sandbox/seed/DemoSeed.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestHttp.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::sandbox;
using tid::test::AuthzHarness;

class TestSeed : public QObject
{
    Q_OBJECT

    static QString agentId(int n)
    {
        return u"01966000-0000-7000-8000-%1"_s.arg(7 * 0x100000 + n, 12, 16, QLatin1Char('0'));
    }

private Q_SLOTS:
    void demoShape()
    {
        AuthzHarness h;
        QString error;
        QVERIFY2(h.init(&error), qPrintable(error));
        QVERIFY(DemoSeed::isEmptyStore(h.db()));
        bool seeded = false;
        QVERIFY2(DemoSeed::seedDemo(h.db(), &seeded, &error), qPrintable(error));
        QVERIFY(seeded);
        QVERIFY(!DemoSeed::isEmptyStore(h.db()));

        // Counts on top of the bootstrap rows (System RS, Administrator, admin, Administrators).
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM resource_servers"_s),
                 1 + DemoSeed::ResourceServers);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM roles"_s), 1 + DemoSeed::Roles);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents"_s), DemoSeed::Agents);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM users"_s), 1 + DemoSeed::Users);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM groups"_s), 1 + DemoSeed::Groups);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM client_secrets WHERE entity_type = 'agent'"_s),
                 DemoSeed::Agents);

        // Agents across the three kinds, told apart by their grant types.
        auto withGrant = [&](const QString &grant) {
            return h.scalar(
                u"SELECT COUNT(*) FROM agents, json_each(json_extract(extra, "
                "'$.inboundAuthConfig[0].config.grantTypes')) g WHERE g.value = '%1'"_s.arg(grant));
        };
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents WHERE json_array_length(extra, "
                          "'$.inboundAuthConfig[0].config.grantTypes') = 1"_s),
                 17); // autonomous: client_credentials only
        QCOMPARE(withGrant(u"urn:openid:params:grant-type:ciba"_s), 10); // hybrid
        QCOMPARE(withGrant(u"authorization_code"_s), 23);                // interactive + hybrid
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents WHERE owner IS NULL"_s), 0);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents WHERE json_extract(extra, "
                          "'$.attributes.modelProvider') IS NULL"_s),
                 0);

        // Every permission a role holds is defined on its resource server.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM role_permissions rp WHERE NOT EXISTS (SELECT 1 "
                          "FROM resources r WHERE r.resource_server_id = rp.resource_server_id AND "
                          "r.permission = rp.permission) AND NOT EXISTS (SELECT 1 FROM actions a "
                          "WHERE a.resource_server_id = rp.resource_server_id AND a.permission = "
                          "rp.permission)"_s),
                 0);
        // Nested resources and '.'-delimited permissions are there.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM actions WHERE permission = "
                          "'invoices.line-items.write'"_s),
                 1);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM actions WHERE permission = "
                          "'accounts:opportunities:close'"_s),
                 1);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM actions WHERE json_extract(extra, '$.kind') = "
                          "'tool'"_s),
                 7);

        // Grants resolve: agent 1 (Nightly KPI Builder) through its direct role; a seller through
        // Sales nested in Support gets the support tools.
        const auto analytics =
            authz::resourceServerByIdentifier(h.db(), u"https://api.analytics.example.com"_s);
        QVERIFY(analytics);
        QVERIFY(authz::grantedPermissions(h.db(), agentId(1), u"agent"_s, analytics->id)
                    .contains(u"reports:scheduled:manage"_s));
        const auto mcp =
            authz::resourceServerByIdentifier(h.db(), u"https://mcp.support.example.com/mcp"_s);
        QVERIFY(mcp);
        // User 13 (Ethan Walker) is in Sales.
        const QString seller =
            u"01966000-0000-7000-8000-%1"_s.arg(5 * 0x100000 + 13, 12, 16, QLatin1Char('0'));
        QVERIFY(authz::grantedPermissions(h.db(), seller, u"user"_s, mcp->id)
                    .contains(u"create_ticket"_s));

        // A second run leaves a non-empty store alone.
        QVERIFY(DemoSeed::seedDemo(h.db(), &seeded, &error));
        QVERIFY(!seeded);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents"_s), DemoSeed::Agents);
    }

    void demoThroughTheApi()
    {
        AuthzHarness h;
        QString error;
        QVERIFY2(h.init(&error), qPrintable(error));
        bool seeded = false;
        QVERIFY2(DemoSeed::seedDemo(h.db(), &seeded, &error), qPrintable(error));
        const QJsonObject servers = h.call(u"GET"_s, u"/resource-servers"_s).json();
        QCOMPARE(servers.value(u"totalResults"_s).toInt(), 1 + DemoSeed::ResourceServers);
        QCOMPARE(h.call(u"GET"_s, u"/roles"_s).json().value(u"totalResults"_s).toInt(),
                 1 + DemoSeed::Roles);
        // The MCP server's tools through the action API, with their kind.
        const auto mcp =
            authz::resourceServerByIdentifier(h.db(), u"https://mcp.support.example.com/mcp"_s);
        const QJsonObject tools =
            h.call(u"GET"_s, u"/resource-servers/"_s + mcp->id + u"/actions?kind=tool"_s).json();
        QCOMPARE(tools.value(u"totalResults"_s).toInt(), 4);
        const QJsonObject assignments =
            h.call(u"GET"_s,
                   u"/roles/01966000-0000-7000-8000-000000400006/assignments?type=agent"_s)
                .json();
        QCOMPARE(assignments.value(u"totalResults"_s).toInt(), 10);
    }

    void benchmarkAgents()
    {
        AuthzHarness h;
        QString error;
        QVERIFY2(h.init(&error), qPrintable(error));
        const int count = qEnvironmentVariableIntValue("TID_SEED_AGENTS") > 0
                              ? qEnvironmentVariableIntValue("TID_SEED_AGENTS")
                              : 5000;
        int added = 0;
        QElapsedTimer t;
        t.start();
        QVERIFY2(DemoSeed::seedAgents(h.db(), count, &added, &error), qPrintable(error));
        qInfo("--seed-agents %d: %lld ms", count, t.elapsed());
        QCOMPARE(added, count);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents"_s), count);
        QCOMPARE(h.scalar(u"SELECT COUNT(DISTINCT client_id) FROM agents"_s), count);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM client_secrets"_s), count);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents WHERE json_valid(extra) = 0"_s), 0);
        // Idempotent: asking for the same number again adds nothing; asking for more adds the rest.
        QVERIFY(DemoSeed::seedAgents(h.db(), count, &added, &error));
        QCOMPARE(added, 0);
        QVERIFY(DemoSeed::seedAgents(h.db(), count + 7, &added, &error));
        QCOMPARE(added, 7);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM agents"_s), count + 7);
    }

    // The demo organisation through the API of a real `thunderid-sandbox --seed demo`, and
    // seeded only once: a restart on the same data directory adds nothing.
    void demoCountsOverHttp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        tid::test::SandboxProcess::Options options;
        options.dataDir = dir.path();
        options.seed = u"demo"_s;
        auto totals = [](tid::test::TestHttp &http) {
            QList<int> out;
            for (const QString &path :
                 {u"/resource-servers"_s, u"/roles"_s, u"/agents"_s, u"/users"_s, u"/groups"_s}) {
                const auto r = http.get(path + u"?limit=1"_s);
                out.append(r.status == 200 ? r.json().value(u"totalResults"_s).toInt() : -r.status);
            }
            return out;
        };
        // Bootstrap rows come on top: System RS, Administrator, admin, Administrators.
        const QList<int> expected = {1 + DemoSeed::ResourceServers, 1 + DemoSeed::Roles,
                                     DemoSeed::Agents, 1 + DemoSeed::Users, 1 + DemoSeed::Groups};
        for (int run = 0; run < 2; ++run) {
            tid::test::SandboxProcess sandbox(options);
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            tid::test::TestHttp http(sandbox.baseUrl());
            http.setBearer(sandbox.adminToken());
            QCOMPARE(totals(http), expected);
            if (run == 1)
                break;

            // The demo resource servers by name, with nested permissions.
            QStringList names;
            for (const QJsonValue v :
                 http.get(u"/resource-servers"_s).json().value(u"resourceServers"_s).toArray())
                names.append(v.toObject().value(u"name"_s).toString());
            names.sort();
            QCOMPARE(names, (QStringList{u"Analytics API"_s, u"Billing API"_s, u"CRM API"_s,
                                         u"Support Tools MCP"_s, u"System"_s}));

            // A seeded agent looks like one the agents module wrote.
            const auto agent = http.get(u"/agents/"_s + agentId(1));
            QCOMPARE(agent.status, 200);
            const QJsonObject a = agent.json();
            QCOMPARE(a.value(u"name"_s).toString(), u"Nightly KPI Builder"_s);
            QCOMPARE(a.value(u"clientId"_s).toString(), u"nightly-kpi-builder"_s);
            QVERIFY(!a.value(u"owner"_s).toString().isEmpty());
            QCOMPARE(a.value(u"attributes"_s).toObject().value(u"modelProvider"_s).toString(),
                     u"openai"_s);
            const QJsonObject config = a.value(u"inboundAuthConfig"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"config"_s)
                                           .toObject();
            QCOMPARE(config.value(u"grantTypes"_s).toArray(), QJsonArray{u"client_credentials"_s});
            QVERIFY(!config.contains(u"clientSecret"_s));
            QCOMPARE(http.get(u"/agents/"_s + agentId(1) + u"/roles"_s)
                         .json()
                         .value(u"totalResults"_s)
                         .toInt(),
                     1);

            // Its documented demo secret works at the token endpoint; the scope is what its role
            // grants on the requested resource server.
            tid::test::TestHttp client(sandbox.baseUrl());
            const auto token = client.postForm(
                u"/oauth2/token"_s,
                {{u"grant_type"_s, u"client_credentials"_s},
                 {u"scope"_s, u"reports:scheduled:manage dashboards:read invoices.read"_s},
                 {u"resource"_s, u"https://api.analytics.example.com"_s}},
                u"nightly-kpi-builder"_s, DemoSeed::DemoAgentSecret);
            QCOMPARE(token.status, 200);
            QCOMPARE(token.json().value(u"scope"_s).toString(), u"reports:scheduled:manage"_s);
        }
    }

    void seedAgentsOverHttp()
    {
        tid::test::SandboxProcess::Options options;
        options.extraArgs = {u"--seed-agents"_s, u"1000"_s};
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        tid::test::TestHttp http(sandbox.baseUrl());
        http.setBearer(sandbox.adminToken());
        const auto list = http.get(u"/agents?limit=2"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(u"totalResults"_s).toInt(), 1000);
        const QJsonObject first = list.json().value(u"agents"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"bench-agent-000001"_s);
        const auto one = http.get(u"/agents/"_s + first.value(u"id"_s).toString());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(u"clientId"_s).toString(), u"bench-agent-000001"_s);
        // Agent n is autonomous when n % 3 == 0 (client_credentials), interactive when 1.
        tid::test::TestHttp client(sandbox.baseUrl());
        auto token = [&](const QString &clientId) {
            return client.postForm(u"/oauth2/token"_s,
                                   {{u"grant_type"_s, u"client_credentials"_s},
                                    {u"resource"_s, u"https://localhost:8090/mcp"_s}},
                                   clientId, DemoSeed::BenchAgentSecret);
        };
        const auto autonomous = token(u"bench-agent-000003"_s);
        QVERIFY2(autonomous.status == 200, autonomous.body.constData());
        // No role: the agent authenticates and gets no scope (ThunderID's silent empty scope).
        QVERIFY(autonomous.json().value(u"scope"_s).toString().isEmpty());
        const auto interactive = token(u"bench-agent-000001"_s);
        QCOMPARE(interactive.status, 400);
        QCOMPARE(interactive.json().value(u"error"_s).toString(), u"unauthorized_client"_s);

        // Bad values are refused before anything starts.
        tid::test::SandboxProcess::Options bad;
        bad.extraArgs = {u"--seed-agents"_s, u"many"_s};
        tid::test::SandboxProcess refused(bad);
        QVERIFY(!refused.start(10000));
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_sandbox_seed.moc"
