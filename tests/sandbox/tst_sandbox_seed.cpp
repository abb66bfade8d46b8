// `--seed demo` and `--seed-agents N`: the demo organisation's shape and its grants (in-process,
// where the rows can be inspected), and the counts through the API of a real sandbox child
// process started with --seed demo.

#include "AuthzHarness.h"
#include "SandboxBackend.h"

#include "sandbox/admin/Authorization.h"
#include "sandbox/seed/DemoSeed.h"

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

private slots:
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
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_sandbox_seed.moc"
