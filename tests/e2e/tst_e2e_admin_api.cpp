// AdminApi end to end against a real thunderid-sandbox child process (demo seed): sign in with
// client credentials through Session, then list/get/create/update/delete resource servers
// (with resources and actions), roles (with assignments), agents, users and groups; paging
// through every agent; 401/404/409 decoded into ApiError.

#include "core/api/AdminApi.h"
#include "core/api/Session.h"

#include "tests/common/SandboxProcess.h"
#include "tst_e2e_support.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::await;

namespace {
QString unique(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}
const QString DefaultOu = u"01900000-0000-7000-8000-000000000001"_s;
} // namespace

class TestE2eAdminApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<tid::test::SandboxProcess> m_sandbox;
    std::unique_ptr<Session> m_session;

    const AdminApi &admin() const { return m_session->admin(); }

private Q_SLOTS:
    void initTestCase()
    {
        tid::test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        m_sandbox = std::make_unique<tid::test::SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_session = std::make_unique<Session>();
        m_session->connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        QVERIFY2(tid::test::connectAndWait(*m_session),
                 qPrintable(m_session->lastError().toString()));
        QCOMPARE(m_session->issuer(), m_sandbox->issuer());
        QVERIFY(m_session->grantedScope().split(u' ').contains(u"system"_s));
        QVERIFY(m_session->metadata().tokenEndpoint.isValid());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_sandbox.reset();
    }

    void organizationUnits()
    {
        const auto ous = await(admin().listOrganizationUnits());
        QVERIFY2(ous.ok(), qPrintable(ous.error.toString()));
        QVERIFY(ous.value.totalResults >= 1);
        const auto ou = await(admin().getOrganizationUnit(DefaultOu));
        QVERIFY2(ou.ok(), qPrintable(ou.error.toString()));
        QCOMPARE(ou.value.id, DefaultOu);
    }

    // A role without an organization unit: the console never sends "ouId":"" — the request
    // goes without it, and the server's input-validation answer names the field.
    void roleWithoutOuIdIsAFieldError()
    {
        Role role;
        role.name = u"no-ou-role"_s;
        QVERIFY(!role.toJson().contains(u"ouId"_s));
        const auto r = await(admin().createRole(role));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.code, u"INVALID_INPUT_METADATA"_s);
        QVERIFY2(r.error.fieldErrors.value(u"ouId"_s).contains(u"required"_s),
                 qPrintable(r.error.toString()));
    }

    void resourceServersCrud()
    {
        ResourceServer rs;
        rs.name = unique(u"Invoices"_s);
        rs.description = u"Invoice API"_s;
        rs.identifier = u"https://api.example.com/"_s + rs.name.toLower();
        rs.type = u"API"_s;
        rs.ouId = DefaultOu;
        rs.delimiter = u":"_s;
        const auto created = await(admin().createResourceServer(rs));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.httpStatus, 201);
        QVERIFY(!created.value.id.isEmpty());
        QCOMPARE(created.value.identifier, rs.identifier);
        QCOMPARE(created.value.type, u"API"_s);
        const QString id = created.value.id;

        // Duplicate identifier → 409, decoded.
        ResourceServer dup = rs;
        dup.name = unique(u"Other"_s);
        const auto conflict = await(admin().createResourceServer(dup));
        QVERIFY(conflict.error.isConflict());
        QVERIFY(!conflict.error.code.isEmpty());
        QVERIFY(!conflict.error.message.isEmpty());

        const auto got = await(admin().getResourceServer(id));
        QVERIFY2(got.ok(), qPrintable(got.error.toString()));
        QCOMPARE(got.value.name, rs.name);

        ResourceServer changed = got.value;
        changed.description = u"Invoices, v2"_s;
        const auto updated = await(admin().updateResourceServer(changed));
        QVERIFY2(updated.ok(), qPrintable(updated.error.toString()));
        QCOMPARE(updated.value.description, u"Invoices, v2"_s);

        // A resource, a nested resource and actions: permissions derived with ':'.
        Resource invoices;
        invoices.name = u"Invoices"_s;
        invoices.handle = u"invoices"_s;
        const auto res = await(admin().createResource(id, invoices));
        QVERIFY2(res.ok(), qPrintable(res.error.toString()));
        QCOMPARE(res.value.permission, u"invoices"_s);
        Resource lines;
        lines.name = u"Lines"_s;
        lines.handle = u"lines"_s;
        lines.parentId = res.value.id;
        const auto child = await(admin().createResource(id, lines));
        QVERIFY2(child.ok(), qPrintable(child.error.toString()));
        QCOMPARE(child.value.parentId, res.value.id);
        QCOMPARE(child.value.permission, u"invoices:lines"_s);

        Action read;
        read.name = u"Read"_s;
        read.handle = u"read"_s;
        const auto action = await(admin().createAction(id, res.value.id, read));
        QVERIFY2(action.ok(), qPrintable(action.error.toString()));
        QCOMPARE(action.value.permission, u"invoices:read"_s);
        QCOMPARE(action.value.resourceId, res.value.id);
        Action audit;
        audit.name = u"Audit"_s;
        audit.handle = u"audit"_s;
        const auto serverAction = await(admin().createAction(id, {}, audit));
        QVERIFY2(serverAction.ok(), qPrintable(serverAction.error.toString()));
        QCOMPARE(serverAction.value.permission, u"audit"_s);

        const auto topLevel = await(admin().listResources(id));
        QVERIFY2(topLevel.ok(), qPrintable(topLevel.error.toString()));
        QCOMPARE(topLevel.value.totalResults, 1);
        const auto children = await(admin().listResources(id, {}, res.value.id));
        QCOMPARE(children.value.totalResults, 1);
        QCOMPARE(children.value.items.first().handle, u"lines"_s);
        const auto actions = await(admin().listActions(id, res.value.id));
        QVERIFY2(actions.ok(), qPrintable(actions.error.toString()));
        QCOMPARE(actions.value.items.size(), 1);
        QCOMPARE(actions.value.items.first().resourceId, res.value.id);

        Action renamed = action.value;
        renamed.name = u"Read invoices"_s;
        const auto renamedAction = await(admin().updateAction(id, res.value.id, renamed));
        QVERIFY2(renamedAction.ok(), qPrintable(renamedAction.error.toString()));
        QCOMPARE(renamedAction.value.name, u"Read invoices"_s);
        QCOMPARE(renamedAction.value.handle, u"read"_s);

        QVERIFY(await(admin().deleteAction(id, res.value.id, action.value.id)).ok());
        QVERIFY(await(admin().getAction(id, res.value.id, action.value.id)).error.isNotFound());

        const auto list = await(admin().listResourceServers(PageRequest::window(100)));
        QVERIFY2(list.ok(), qPrintable(list.error.toString()));
        bool found = false;
        for (const ResourceServer &s : list.value.items)
            found = found || s.id == id;
        QVERIFY(found);

        // Delete children first where the server insists; then the server itself.
        await(admin().deleteAction(id, {}, serverAction.value.id));
        await(admin().deleteResource(id, child.value.id));
        await(admin().deleteResource(id, res.value.id));
        const auto deleted = await(admin().deleteResourceServer(id));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
        QCOMPARE(deleted.httpStatus, 204);
        const auto gone = await(admin().getResourceServer(id));
        QVERIFY(gone.error.isNotFound());
        QVERIFY(!gone.error.code.isEmpty());
        QVERIFY2(gone.error.toString().contains(u"HTTP 404"_s), qPrintable(gone.error.toString()));
    }

    void rolesWithPermissionsAndAssignments()
    {
        // A resource server to grant permissions on.
        ResourceServer rs;
        rs.name = unique(u"Billing"_s);
        rs.identifier = u"https://api.example.com/"_s + rs.name.toLower();
        rs.ouId = DefaultOu;
        const auto server = await(admin().createResourceServer(rs));
        QVERIFY2(server.ok(), qPrintable(server.error.toString()));
        Action pay;
        pay.name = u"Pay"_s;
        pay.handle = u"pay"_s;
        QVERIFY(await(admin().createAction(server.value.id, {}, pay)).ok());

        const auto agents = await(admin().listAgents(PageRequest::window(2)));
        QVERIFY2(agents.ok() && agents.value.items.size() == 2,
                 qPrintable(agents.error.toString()));
        const Agent first = agents.value.items.at(0);
        const Agent second = agents.value.items.at(1);

        Role role;
        role.name = unique(u"Payer"_s);
        role.description = u"May pay"_s;
        role.ouId = DefaultOu;
        role.permissions = {{server.value.id, {u"pay"_s}}};
        role.assignments = {{first.id, EntityRef::Type::Agent, {}}};
        const auto created = await(admin().createRole(role));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.httpStatus, 201);
        const QString id = created.value.id;
        QCOMPARE(created.value.permissionsFor(server.value.id), QStringList{u"pay"_s});

        const auto dupe = await(admin().createRole(role));
        QVERIFY(dupe.error.isConflict());

        const auto got = await(admin().getRole(id));
        QVERIFY2(got.ok(), qPrintable(got.error.toString()));
        QCOMPARE(got.value.permissionCount(), 1);

        auto assigned = await(admin().listRoleAssignments(id));
        QVERIFY2(assigned.ok(), qPrintable(assigned.error.toString()));
        QCOMPARE(assigned.value.totalResults, 1);
        QCOMPARE(assigned.value.items.first().id, first.id);
        QCOMPARE(assigned.value.items.first().type, EntityRef::Type::Agent);

        QVERIFY(
            await(admin().addRoleAssignments(id, {{second.id, EntityRef::Type::Agent, {}}})).ok());
        assigned = await(admin().listRoleAssignments(id, {}, EntityRef::Type::Agent));
        QCOMPARE(assigned.value.totalResults, 2);
        const auto agentRoles = await(admin().listAgentRoles(second.id));
        QVERIFY2(agentRoles.ok(), qPrintable(agentRoles.error.toString()));
        QVERIFY2(agentRoles.value.items.contains(role.name) || agentRoles.value.items.contains(id),
                 qPrintable(agentRoles.value.items.join(u", "_s)));
        QVERIFY(await(admin().removeRoleAssignments(id, {{first.id, EntityRef::Type::Agent, {}}}))
                    .ok());
        assigned = await(admin().listRoleAssignments(id));
        QCOMPARE(assigned.value.totalResults, 1);

        Role changed = got.value;
        changed.description = u"May pay, audited"_s;
        changed.permissions = {};
        const auto updated = await(admin().updateRole(changed));
        QVERIFY2(updated.ok(), qPrintable(updated.error.toString()));
        QCOMPARE(updated.value.description, u"May pay, audited"_s);
        QCOMPARE(updated.value.permissionCount(), 0);

        QCOMPARE(await(admin().deleteRole(id)).httpStatus, 204);
        QVERIFY(await(admin().getRole(id)).error.isNotFound());
        QVERIFY(await(admin().deleteRole(id)).error.isNotFound());
    }

    void agentsCrudAndSecretShownOnce()
    {
        Agent agent;
        agent.name = unique(u"Invoice bot"_s);
        agent.description = u"Reads invoices"_s;
        agent.ouId = DefaultOu;
        agent.type = u"default"_s;
        OAuthClientConfig oauth;
        oauth.grantTypes = {grant::ClientCredentials};
        oauth.tokenEndpointAuthMethod = u"client_secret_basic"_s;
        oauth.clientAccessTokenValidity = 600;
        agent.oauth = oauth;
        const auto created = await(admin().createAgent(agent));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.httpStatus, 201);
        const QString id = created.value.id;
        QVERIFY(created.value.oauth.has_value());
        QVERIFY(!created.value.oauth->clientSecret.isEmpty()); // shown once
        QVERIFY(!created.value.effectiveClientId().isEmpty());
        QCOMPARE(created.value.kind(), Agent::Kind::Autonomous);
        // The secret never sticks to what would be sent back.
        QVERIFY(!QJsonDocument(created.value.toJson())
                     .toJson()
                     .contains(created.value.oauth->clientSecret.toUtf8()));

        const auto got = await(admin().getAgent(id));
        QVERIFY2(got.ok(), qPrintable(got.error.toString()));
        QVERIFY(got.value.oauth.has_value());
        QVERIFY(got.value.oauth->clientSecret.isEmpty()); // never on GET
        QCOMPARE(got.value.effectiveClientId(), created.value.effectiveClientId());
        QCOMPARE(got.value.oauth->clientAccessTokenValidity, 600);

        // Full-replacement PUT from the fetched value keeps the OAuth profile.
        Agent changed = got.value;
        changed.description = u"Reads and files invoices"_s;
        changed.oauth->grantTypes << grant::AuthorizationCode;
        changed.oauth->redirectUris = {u"http://127.0.0.1/callback"_s};
        changed.oauth->responseTypes = {u"code"_s};
        const auto updated = await(admin().updateAgent(changed));
        QVERIFY2(updated.ok(), qPrintable(updated.error.toString()));
        QCOMPARE(updated.value.description, u"Reads and files invoices"_s);
        QCOMPARE(updated.value.effectiveClientId(), created.value.effectiveClientId());
        QCOMPARE(updated.value.kind(), Agent::Kind::Hybrid);

        Agent same = agent;
        same.oauth.reset();
        const auto conflict = await(admin().createAgent(same));
        QVERIFY2(conflict.error.isConflict(), qPrintable(conflict.error.toString()));
        QVERIFY(!conflict.error.code.isEmpty());

        const auto groups = await(admin().listAgentGroups(id));
        QVERIFY2(groups.ok(), qPrintable(groups.error.toString()));

        QCOMPARE(await(admin().deleteAgent(id)).httpStatus, 204);
        const auto gone = await(admin().getAgent(id));
        QVERIFY(gone.error.isNotFound());
        QVERIFY(!gone.error.message.isEmpty());
    }

    void pagingThroughEveryAgent()
    {
        PageCursor cursor(7);
        QSet<QString> ids;
        int pages = 0;
        while (cursor.canFetchMore() && pages < 100) {
            const PageRequest request = cursor.begin();
            const auto page = await(admin().listAgents(request));
            QVERIFY2(page.ok(), qPrintable(page.error.toString()));
            QCOMPARE(page.value.startIndex, request.offset + 1);
            QVERIFY(page.value.items.size() <= 7);
            for (const Agent &a : page.value.items)
                ids.insert(a.id);
            cursor.received(page.value);
            ++pages;
        }
        QVERIFY(cursor.total() >= 40); // the demo seed has 40 agents
        QCOMPARE(cursor.loaded(), cursor.total());
        QCOMPARE(int(ids.size()), cursor.total()); // no duplicates, none skipped
        QCOMPARE(pages, (cursor.total() + 6) / 7);

        // The server's own limit rules come back decoded.
        const auto bad = await(admin().listAgents(PageRequest::window(1000)));
        QCOMPARE(bad.error.httpStatus, 400);
        QVERIFY(!bad.error.code.isEmpty());
    }

    void usersAndGroups()
    {
        User user;
        user.ouId = DefaultOu;
        user.type = u"Person"_s;
        const QString username = unique(u"ada"_s);
        user.attributes = QJsonObject{{u"username"_s, username},
                                      {u"email"_s, QString(username + u"@example.com"_s)}};
        const auto created = await(admin().createUser(user));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QCOMPARE(created.value.displayName(), username);
        const QString userId = created.value.id;
        QCOMPARE(await(admin().getUser(userId)).value.attributes.value(u"email"_s).toString(),
                 username + u"@example.com"_s);
        const auto users = await(admin().listUsers());
        QVERIFY2(users.ok(), qPrintable(users.error.toString()));
        QVERIFY(users.value.totalResults >= 25);

        Group group;
        group.name = unique(u"Finance"_s);
        group.ouId = DefaultOu;
        const auto g = await(admin().createGroup(group));
        QVERIFY2(g.ok(), qPrintable(g.error.toString()));
        const QString groupId = g.value.id;
        QVERIFY(await(admin().createGroup(group)).error.isConflict());

        QVERIFY(
            await(admin().addGroupMembers(groupId, {{userId, EntityRef::Type::User, {}}})).ok());
        auto members = await(admin().listGroupMembers(groupId));
        QVERIFY2(members.ok(), qPrintable(members.error.toString()));
        QCOMPARE(members.value.totalResults, 1);
        QCOMPARE(members.value.items.first().id, userId);
        const auto userGroups = await(admin().listUserGroups(userId));
        QVERIFY2(userGroups.ok(), qPrintable(userGroups.error.toString()));
        QCOMPARE(userGroups.value.items.first().id, groupId);
        QVERIFY(
            await(admin().removeGroupMembers(groupId, {{userId, EntityRef::Type::User, {}}})).ok());
        members = await(admin().listGroupMembers(groupId));
        QCOMPARE(members.value.totalResults, 0);

        Group renamed = g.value;
        renamed.name = unique(u"Finance EU"_s);
        const auto updatedGroup = await(admin().updateGroup(renamed));
        QVERIFY2(updatedGroup.ok(), qPrintable(updatedGroup.error.toString()));
        QCOMPARE(updatedGroup.value.name, renamed.name);

        QCOMPARE(await(admin().deleteGroup(groupId)).httpStatus, 204);
        QVERIFY(await(admin().getGroup(groupId)).error.isNotFound());
        QCOMPARE(await(admin().deleteUser(userId)).httpStatus, 204);
        QVERIFY(await(admin().getUser(userId)).error.isNotFound());
    }

    void applicationsIncludeTheAdminApp()
    {
        const auto apps = await(admin().listApplications(PageRequest::window(100)));
        QVERIFY2(apps.ok(), qPrintable(apps.error.toString()));
        bool found = false;
        for (const Application &a : apps.value.items)
            found = found || a.clientId == m_sandbox->adminClientId() ||
                    (a.oauth && a.oauth->clientId == m_sandbox->adminClientId());
        QVERIFY(found);
    }

    void unauthorizedIsDecoded()
    {
        ApiClient client;
        client.setBaseUrl(m_sandbox->baseUrl());
        AdminApi anonymous(&client);
        auto r = await(anonymous.listAgents());
        QVERIFY(r.error.isUnauthorized());
        QCOMPARE(r.error.code, u"AUTH-4010"_s);
        client.setBearerToken(u"not-a-jwt"_s);
        r = await(anonymous.listAgents());
        QVERIFY(r.error.isUnauthorized());
    }

    void wrongSecretFailsTheConnection()
    {
        Session session;
        session.connectWithClientCredentials(m_sandbox->baseUrl(),
                                             {m_sandbox->adminClientId(), u"wrong"_s});
        QVERIFY(!tid::test::connectAndWait(session));
        QCOMPARE(session.state(), Session::State::Failed);
        QCOMPARE(session.lastError().kind, ApiError::Kind::Auth);
        QCOMPARE(session.lastError().code, u"invalid_client"_s);
        QVERIFY(session.lastError().toString().contains(m_sandbox->adminClientId()));
    }
};

QTEST_GUILESS_MAIN(TestE2eAdminApi)
#include "tst_e2e_admin_api.moc"
