// The authorization read model (sandbox/security/Authorization.h) that the OAuth modules use to
// compute token scopes: lookups by identifier and id, defined permissions, and permissions
// granted through roles assigned directly, through groups, and through nested groups.

#include "AuthzHarness.h"

#include "sandbox/security/Authorization.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestHttp.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::sandbox;
using tid::test::AuthzHarness;

class TestAuthz : public QObject
{
    Q_OBJECT

    AuthzHarness m_h;
    QString m_rs;
    const QString m_ou = bootstrap::DefaultOuId;

    QString post(const QString &path, const QJsonObject &body)
    {
        const auto r = m_h.call(u"POST"_s, path, body);
        if (r.status != 201)
            qWarning("POST %s failed: %d %s", qPrintable(path), r.status, r.body.constData());
        return r.json().value(u"id"_s).toString();
    }

    QString role(const QString &name, const QStringList &permissions, const QString &server)
    {
        QJsonArray perms;
        for (const QString &p : permissions)
            perms.append(p);
        return post(
            u"/roles"_s,
            QJsonObject{{u"name"_s, name},
                        {u"ouId"_s, m_ou},
                        {u"permissions"_s, QJsonArray{QJsonObject{{u"resourceServerId"_s, server},
                                                                  {u"permissions"_s, perms}}}}});
    }

    void assign(const QString &roleId, const QString &id, const QString &type)
    {
        const auto r =
            m_h.call(u"POST"_s, u"/roles/"_s + roleId + u"/assignments/add"_s,
                     QJsonObject{{u"assignments"_s,
                                  QJsonArray{QJsonObject{{u"id"_s, id}, {u"type"_s, type}}}}});
        QCOMPARE(r.status, 204);
    }

    void group(const QString &id, const QString &name)
    {
        QVERIFY(
            m_h.exec(u"INSERT INTO groups(id, ou_id, name, created_at) VALUES('%1', '%2', '%3', "
                     "'2026-01-01T00:00:00Z')"_s.arg(id, m_ou, name)));
    }
    void member(const QString &groupId, const QString &memberId, const QString &type)
    {
        QVERIFY(m_h.exec(u"INSERT INTO group_members(group_id, member_id, member_type) "
                         "VALUES('%1', '%2', '%3')"_s.arg(groupId, memberId, type)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_h.init(&error), qPrintable(error));
        m_rs = post(u"/resource-servers"_s,
                    QJsonObject{{u"name"_s, u"Analytics"_s},
                                {u"identifier"_s, u"https://analytics.example"_s},
                                {u"ouId"_s, m_ou}});
        const QString base = u"/resource-servers/"_s + m_rs;
        const QString reports =
            post(base + u"/resources"_s,
                 QJsonObject{{u"name"_s, u"Reports"_s}, {u"handle"_s, u"reports"_s}});
        const QString daily = post(base + u"/resources"_s, QJsonObject{{u"name"_s, u"Daily"_s},
                                                                       {u"handle"_s, u"daily"_s},
                                                                       {u"parent"_s, reports}});
        post(base + u"/resources/"_s + reports + u"/actions"_s,
             QJsonObject{{u"name"_s, u"Read"_s}, {u"handle"_s, u"read"_s}});
        post(base + u"/resources/"_s + daily + u"/actions"_s,
             QJsonObject{{u"name"_s, u"Export"_s}, {u"handle"_s, u"export"_s}});
        post(base + u"/actions"_s, QJsonObject{{u"name"_s, u"Admin"_s}, {u"handle"_s, u"admin"_s}});
        // Entities the roles are assigned to.
        QVERIFY(m_h.exec(u"INSERT INTO agents(id, ou_id, name, type, created_at, updated_at) VALUES"
                         "('agent-1', '%1', 'Agent One', '%2', 'now', 'now'),"
                         "('agent-2', '%1', 'Agent Two', '%2', 'now', 'now')"_s.arg(
                             m_ou, bootstrap::DefaultAgentTypeId)));
        QVERIFY(m_h.exec(u"INSERT INTO applications(id, ou_id, name, created_at, updated_at) "
                         "VALUES('app-1', '%1', 'App One', 'now', 'now')"_s.arg(m_ou)));
        QVERIFY(m_h.exec(u"INSERT INTO users(id, ou_id, username, created_at) "
                         "VALUES('user-1', '%1', 'alice', 'now')"_s.arg(m_ou)));
    }

    void lookups()
    {
        const auto byId = authz::resourceServerById(m_h.db(), m_rs);
        QVERIFY(byId);
        QCOMPARE(byId->identifier, u"https://analytics.example"_s);
        QCOMPARE(byId->delimiter, u":"_s);
        QCOMPARE(byId->name, u"Analytics"_s);
        const auto byIdentifier =
            authz::resourceServerByIdentifier(m_h.db(), u"https://analytics.example"_s);
        QVERIFY(byIdentifier);
        QCOMPARE(byIdentifier->id, m_rs);
        const auto system =
            authz::resourceServerByIdentifier(m_h.db(), bootstrap::SystemResourceServerIdentifier);
        QVERIFY(system);
        QCOMPARE(system->id, bootstrap::SystemResourceServerId);
        QVERIFY(!authz::resourceServerByIdentifier(m_h.db(), u"https://nope.example"_s));
        QVERIFY(!authz::resourceServerByIdentifier(m_h.db(), QString()));
        QVERIFY(!authz::resourceServerById(m_h.db(), u"missing"_s));
    }

    void defined()
    {
        QCOMPARE(authz::definedPermissions(m_h.db(), m_rs),
                 (QStringList{u"admin"_s, u"reports"_s, u"reports:daily"_s,
                              u"reports:daily:export"_s, u"reports:read"_s}));
        QCOMPARE(authz::definedPermissions(m_h.db(), bootstrap::SystemResourceServerId),
                 QStringList{u"system"_s});
        QVERIFY(authz::definedPermissions(m_h.db(), u"missing"_s).isEmpty());
    }

    void bootstrapAdminHoldsSystem()
    {
        // The bootstrap admin user is in Administrators, which holds role Administrator.
        QCOMPARE(authz::grantedPermissions(m_h.db(), bootstrap::AdminUserId, u"user"_s,
                                           bootstrap::SystemResourceServerId),
                 QStringList{u"system"_s});
        QVERIFY(
            authz::grantedPermissions(m_h.db(), bootstrap::AdminUserId, u"user"_s, m_rs).isEmpty());
    }

    void directAndGroupGrants()
    {
        const QString reader = role(u"reader"_s, {u"reports:read"_s}, m_rs);
        const QString exporter = role(u"exporter"_s, {u"reports:daily:export"_s}, m_rs);
        const QString admin = role(u"analytics-admin"_s, {u"admin"_s}, m_rs);
        QVERIFY(!reader.isEmpty() && !exporter.isEmpty() && !admin.isEmpty());

        assign(reader, u"agent-1"_s, u"agent"_s);
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"agent-1"_s, u"agent"_s, m_rs),
                 QStringList{u"reports:read"_s});
        // The type is part of the assignee: the same id as another type gets nothing.
        QVERIFY(authz::grantedPermissions(m_h.db(), u"agent-1"_s, u"app"_s, m_rs).isEmpty());
        // Other resource servers are not mixed in.
        QVERIFY(authz::grantedPermissions(m_h.db(), u"agent-1"_s, u"agent"_s,
                                          bootstrap::SystemResourceServerId)
                    .isEmpty());

        // Nested groups: agent-2 ∈ team ∈ department ∈ company; roles on department and company.
        group(u"g-team"_s, u"Team"_s);
        group(u"g-dept"_s, u"Department"_s);
        group(u"g-company"_s, u"Company"_s);
        member(u"g-team"_s, u"agent-2"_s, u"agent"_s);
        member(u"g-dept"_s, u"g-team"_s, u"group"_s);
        member(u"g-company"_s, u"g-dept"_s, u"group"_s);
        assign(exporter, u"g-dept"_s, u"group"_s);
        assign(admin, u"g-company"_s, u"group"_s);
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"agent-2"_s, u"agent"_s, m_rs),
                 (QStringList{u"admin"_s, u"reports:daily:export"_s}));
        // A group asks for itself and its ancestors.
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"g-dept"_s, u"group"_s, m_rs),
                 (QStringList{u"admin"_s, u"reports:daily:export"_s}));
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"g-company"_s, u"group"_s, m_rs),
                 QStringList{u"admin"_s});

        // Direct plus group grants, deduplicated.
        assign(admin, u"agent-2"_s, u"agent"_s);
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"agent-2"_s, u"agent"_s, m_rs),
                 (QStringList{u"admin"_s, u"reports:daily:export"_s}));

        // Users and apps through groups as well.
        member(u"g-team"_s, u"user-1"_s, u"user"_s);
        member(u"g-company"_s, u"app-1"_s, u"app"_s);
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"user-1"_s, u"user"_s, m_rs),
                 (QStringList{u"admin"_s, u"reports:daily:export"_s}));
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"app-1"_s, u"app"_s, m_rs),
                 QStringList{u"admin"_s});

        // Removing the nesting link removes the inherited grants.
        QVERIFY(m_h.exec(
            u"DELETE FROM group_members WHERE group_id = 'g-dept' AND member_id = 'g-team'"_s));
        QCOMPARE(authz::grantedPermissions(m_h.db(), u"user-1"_s, u"user"_s, m_rs), QStringList{});
        QVERIFY(m_h.exec(u"INSERT INTO group_members VALUES('g-dept', 'g-team', 'group')"_s));
    }

    void cyclesTerminate()
    {
        group(u"g-a"_s, u"Cycle A"_s);
        group(u"g-b"_s, u"Cycle B"_s);
        member(u"g-a"_s, u"g-b"_s, u"group"_s);
        member(u"g-b"_s, u"g-a"_s, u"group"_s);
        member(u"g-a"_s, u"user-1"_s, u"user"_s);
        const QString cyc = role(u"cycle-role"_s, {u"reports"_s}, m_rs);
        assign(cyc, u"g-b"_s, u"group"_s);
        QVERIFY(authz::grantedPermissions(m_h.db(), u"user-1"_s, u"user"_s, m_rs)
                    .contains(u"reports"_s));
    }

    void grantsFollowRoleChanges()
    {
        const QString r = role(u"temporary"_s, {u"reports"_s}, m_rs);
        assign(r, u"app-1"_s, u"app"_s);
        QVERIFY(
            authz::grantedPermissions(m_h.db(), u"app-1"_s, u"app"_s, m_rs).contains(u"reports"_s));
        QCOMPARE(m_h.call(u"DELETE"_s, u"/roles/"_s + r).status, 204);
        QVERIFY(!authz::grantedPermissions(m_h.db(), u"app-1"_s, u"app"_s, m_rs)
                     .contains(u"reports"_s));
    }

    void manyGroupsStayIndexed()
    {
        // A deep chain of 200 nested groups resolves quickly: the recursive lookup walks
        // group_members by member_id (indexed), not the whole table. No timing assertion; the
        // figure is printed for the record.
        QString previous = u"user-1"_s;
        QString previousType = u"user"_s;
        for (int i = 0; i < 200; ++i) {
            const QString id = u"chain-%1"_s.arg(i);
            group(id, u"Chain %1"_s.arg(i));
            member(id, previous, previousType);
            previous = id;
            previousType = u"group"_s;
        }
        const QString top = role(u"chain-top"_s, {u"reports:read"_s}, m_rs);
        assign(top, previous, u"group"_s);
        QElapsedTimer t;
        t.start();
        const QStringList granted =
            authz::grantedPermissions(m_h.db(), u"user-1"_s, u"user"_s, m_rs);
        qInfo("grantedPermissions through 200 nested groups: %lld us", t.nsecsElapsed() / 1000);
        QVERIFY(granted.contains(u"reports:read"_s));
        QSqlQuery plan(m_h.db().db());
        QVERIFY(
            plan.exec(u"EXPLAIN QUERY PLAN SELECT group_id FROM group_members WHERE member_id = "
                      "'x' AND member_type = 'user'"_s));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString();
        QVERIFY2(detail.contains(u"INDEX"_s), qPrintable(detail));
    }

    // Over HTTP against a child sandbox: an agent's client_credentials token carries exactly the
    // permissions its roles grant through three levels of nested groups, on the requested
    // resource server only, and loses them when the nesting is cut.
    void nestedGroupGrantsReachTheTokenOverHttp()
    {
        tid::test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        tid::test::TestHttp http(sandbox.baseUrl());
        const QString admin = sandbox.adminToken();
        QVERIFY2(!admin.isEmpty(), qPrintable(sandbox.errorString()));
        http.setBearer(admin);
        auto created = [&](const tid::test::TestHttp::Reply &r) {
            if (r.status != 201)
                qWarning("create failed: %d %s", r.status, r.body.constData());
            return r.json().value(u"id"_s).toString();
        };

        const QString rs = created(http.post(
            u"/resource-servers"_s, QJsonObject{{u"name"_s, u"Ledger"_s},
                                                {u"identifier"_s, u"https://ledger.example"_s},
                                                {u"ouId"_s, m_ou}}));
        const QString entries =
            created(http.post(u"/resource-servers/"_s + rs + u"/resources"_s,
                              QJsonObject{{u"name"_s, u"Entries"_s}, {u"handle"_s, u"entries"_s}}));
        created(http.post(u"/resource-servers/"_s + rs + u"/resources/"_s + entries + u"/actions"_s,
                          QJsonObject{{u"name"_s, u"Read"_s}, {u"handle"_s, u"read"_s}}));
        created(http.post(u"/resource-servers/"_s + rs + u"/actions"_s,
                          QJsonObject{{u"name"_s, u"Audit"_s}, {u"handle"_s, u"audit"_s}}));
        const QString reader = created(http.post(
            u"/roles"_s, QJsonObject{{u"name"_s, u"ledger-reader"_s},
                                     {u"ouId"_s, m_ou},
                                     {u"permissions"_s,
                                      QJsonArray{QJsonObject{
                                          {u"resourceServerId"_s, rs},
                                          {u"permissions"_s, QJsonArray{u"entries:read"_s}}}}}}));
        const QString secret = u"ledger-bot-secret-0123456789"_s;
        const QString agent = created(http.post(
            u"/agents"_s,
            QJsonObject{
                {u"name"_s, u"Ledger Bot"_s},
                {u"type"_s, u"default"_s},
                {u"ouId"_s, m_ou},
                {u"inboundAuthConfig"_s,
                 QJsonArray{QJsonObject{
                     {u"type"_s, u"oauth2"_s},
                     {u"config"_s,
                      QJsonObject{{u"clientId"_s, u"ledger-bot"_s},
                                  {u"clientSecret"_s, secret},
                                  {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}}}}}}}));
        QVERIFY(!rs.isEmpty() && !reader.isEmpty() && !agent.isEmpty());
        auto group = [&](const QString &name, const QString &memberId, const QString &type) {
            return created(http.post(
                u"/groups"_s,
                QJsonObject{{u"name"_s, name},
                            {u"ouId"_s, m_ou},
                            {u"members"_s,
                             QJsonArray{QJsonObject{{u"id"_s, memberId}, {u"type"_s, type}}}}}));
        };
        const QString inner = group(u"Ledger Bots"_s, agent, u"agent"_s);
        const QString middle = group(u"Ledger Automation"_s, inner, u"group"_s);
        const QString outer = group(u"Finance Systems"_s, middle, u"group"_s);
        QVERIFY(!outer.isEmpty());
        QCOMPARE(http.post(u"/roles/"_s + reader + u"/assignments/add"_s,
                           QJsonObject{{u"assignments"_s,
                                        QJsonArray{QJsonObject{{u"id"_s, outer},
                                                               {u"type"_s, u"group"_s}}}}})
                     .status,
                 204);

        tid::test::TestHttp client(sandbox.baseUrl());
        auto scopeOf = [&](const QString &resource) {
            const auto r = client.postForm(u"/oauth2/token"_s,
                                           {{u"grant_type"_s, u"client_credentials"_s},
                                            {u"scope"_s, u"entries:read audit system"_s},
                                            {u"resource"_s, resource}},
                                           u"ledger-bot"_s, secret);
            if (r.status != 200)
                qWarning("token failed: %d %s", r.status, r.body.constData());
            return r.json().value(u"scope"_s).toString();
        };
        // Requested ∩ defined ∩ granted: audit is defined but not granted, system lives elsewhere.
        QCOMPARE(scopeOf(u"https://ledger.example"_s), u"entries:read"_s);
        QCOMPARE(scopeOf(tid::sandbox::bootstrap::SystemResourceServerIdentifier), QString());

        // Cutting the middle link removes the inherited grant.
        QCOMPARE(
            http.post(u"/groups/"_s + outer + u"/members/remove"_s,
                      QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"id"_s, middle},
                                                                        {u"type"_s, u"group"_s}}}}})
                .status,
            200); // group.yaml: the updated group
        QCOMPARE(scopeOf(u"https://ledger.example"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestAuthz)
#include "tst_sandbox_authz.moc"
