// /roles and /roles/{id}/assignments (api/role.yaml): bootstrap role, CRUD with permissions
// grouped by resource server, assignments of every assignee type, and every bad-input class;
// in-process first, then over HTTP against a thunderid-sandbox child process.

#include "AuthzHarness.h"
#include "SandboxBackend.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::test::Reply;
namespace boot = tid::sandbox::bootstrap;

class TestRoles : public QObject
{
    Q_OBJECT

public:
    explicit TestRoles(tid::test::SandboxBackend::Kind kind)
        : m_kind(kind)
    {}

private:
    Reply call(const QString &method, const QString &path, const QJsonObject &body)
    {
        return m_backend->call(method, path, body);
    }
    Reply call(const QString &method, const QString &path, const QByteArray &body = {})
    {
        return m_backend->call(method, path, body);
    }

    static QJsonArray perms(const QString &server, const QStringList &list)
    {
        QJsonArray a;
        for (const QString &p : list)
            a.append(p);
        return QJsonArray{QJsonObject{{u"resourceServerId"_s, server}, {u"permissions"_s, a}}};
    }
    static QJsonObject assignments(const QList<QPair<QString, QString>> &list)
    {
        QJsonArray a;
        for (const auto &[id, type] : list)
            a.append(QJsonObject{{u"id"_s, id}, {u"type"_s, type}});
        return QJsonObject{{u"assignments"_s, a}};
    }
    int roleCount() { return call(u"GET"_s, u"/roles"_s).json().value(u"totalResults"_s).toInt(); }

    tid::test::SandboxBackend::Kind m_kind;
    std::unique_ptr<tid::test::SandboxBackend> m_backend;
    const QString m_ou = boot::DefaultOuId;
    QString m_crm;   // resource server with a few permissions
    QString m_agent; // an agent to assign

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_backend = tid::test::SandboxBackend::create(m_kind, &error);
        if (!m_backend)
            QFAIL(qPrintable(error));
        const Reply rs = call(u"POST"_s, u"/resource-servers"_s,
                              QJsonObject{{u"name"_s, u"CRM"_s},
                                          {u"identifier"_s, u"https://crm.example/api"_s},
                                          {u"ouId"_s, m_ou}});
        QCOMPARE(rs.status, 201);
        m_crm = rs.json().value(u"id"_s).toString();
        const QString base = u"/resource-servers/"_s + m_crm;
        const Reply contacts =
            call(u"POST"_s, base + u"/resources"_s,
                 QJsonObject{{u"name"_s, u"Contacts"_s}, {u"handle"_s, u"contacts"_s}});
        const QString contactsId = contacts.json().value(u"id"_s).toString();
        for (const QString &h : {u"read"_s, u"write"_s}) {
            QCOMPARE(call(u"POST"_s, base + u"/resources/"_s + contactsId + u"/actions"_s,
                          QJsonObject{{u"name"_s, h}, {u"handle"_s, h}})
                         .status,
                     201);
        }
        m_agent = m_backend->createAgent(u"Role Test Agent"_s);
        QVERIFY(!m_agent.isEmpty());
    }

    void bootstrapAdministrator()
    {
        const Reply r = call(u"GET"_s, u"/roles/"_s + boot::AdministratorRoleId);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"name"_s).toString(), u"Administrator"_s);
        QCOMPARE(o.value(u"ouId"_s).toString(), m_ou);
        QCOMPARE(o.value(u"ouHandle"_s).toString(), u"default"_s);
        QCOMPARE(o.value(u"permissions"_s).toArray(),
                 perms(boot::SystemResourceServerId, {u"system"_s}));
        const Reply a = call(u"GET"_s, u"/roles/"_s + boot::AdministratorRoleId +
                                           u"/assignments?include=display"_s);
        QCOMPARE(a.status, 200);
        bool found = false;
        for (const QJsonValue v : a.json().value(u"assignments"_s).toArray()) {
            const QJsonObject x = v.toObject();
            if (x.value(u"id"_s).toString() == boot::AdministratorsGroupId) {
                QCOMPARE(x.value(u"type"_s).toString(), u"group"_s);
                QCOMPARE(x.value(u"display"_s).toString(), u"Administrators"_s);
                found = true;
            }
        }
        QVERIFY(found);
        bool listed = false;
        for (const QJsonValue v : call(u"GET"_s, u"/roles"_s).json().value(u"roles"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == boot::AdministratorRoleId) {
                listed = true;
                QVERIFY(v.toObject().contains(u"isReadOnly"_s));
                QVERIFY(!v.toObject().contains(u"permissions"_s)); // summaries only
            }
        }
        QVERIFY(listed);
    }

    void createGetUpdateDelete()
    {
        QJsonArray permissions = perms(m_crm, {u"contacts:read"_s, u"contacts"_s});
        permissions.append(perms(boot::SystemResourceServerId, {u"system"_s}).at(0));
        const Reply created = call(
            u"POST"_s, u"/roles"_s,
            QJsonObject{{u"name"_s, u"crm-reader"_s},
                        {u"description"_s, u"Reads contacts"_s},
                        {u"ouId"_s, m_ou},
                        {u"permissions"_s, permissions},
                        {u"assignments"_s,
                         assignments({{boot::AdminUserId, u"user"_s}}).value(u"assignments"_s)}});
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.json();
        const QString id = c.value(u"id"_s).toString();
        QCOMPARE(created.header("Location"), QByteArray("/roles/" + id.toUtf8()));
        QCOMPARE(c.value(u"ouHandle"_s).toString(), u"default"_s);
        QCOMPARE(c.value(u"permissions"_s).toArray(), permissions);
        QCOMPARE(c.value(u"assignments"_s).toArray().size(), 1);

        const Reply got = call(u"GET"_s, u"/roles/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(u"permissions"_s).toArray(), permissions);
        QCOMPARE(got.json().value(u"description"_s).toString(), u"Reads contacts"_s);
        QCOMPARE(got.json().value(u"isReadOnly"_s).toBool(true), false);

        // Full replacement: the permission list is replaced, the description cleared.
        const Reply put =
            call(u"PUT"_s, u"/roles/"_s + id,
                 QJsonObject{{u"name"_s, u"crm-writer"_s},
                             {u"ouId"_s, m_ou},
                             {u"permissions"_s, perms(m_crm, {u"contacts:write"_s})}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(u"name"_s).toString(), u"crm-writer"_s);
        QVERIFY(!put.json().contains(u"description"_s));
        QCOMPARE(call(u"GET"_s, u"/roles/"_s + id).json().value(u"permissions"_s).toArray(),
                 perms(m_crm, {u"contacts:write"_s}));
        // Assignments survive an update.
        QCOMPARE(call(u"GET"_s, u"/roles/"_s + id + u"/assignments"_s)
                     .json()
                     .value(u"totalResults"_s)
                     .toInt(),
                 1);
        // An empty permission list is allowed and shown as [].
        const Reply none = call(u"PUT"_s, u"/roles/"_s + id,
                                QJsonObject{{u"name"_s, u"crm-writer"_s},
                                            {u"ouId"_s, m_ou},
                                            {u"permissions"_s, QJsonArray{}}});
        QCOMPARE(none.status, 200);
        QVERIFY(none.json().value(u"permissions"_s).isArray());
        QCOMPARE(none.json().value(u"permissions"_s).toArray().size(), 0);

        QCOMPARE(call(u"DELETE"_s, u"/roles/"_s + id).status, 204);
        const Reply gone = call(u"GET"_s, u"/roles/"_s + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.code(), u"ROL-1003"_s);
        const Reply again = call(u"DELETE"_s, u"/roles/"_s + id);
        QCOMPARE(again.status, 404); // role.yaml lists 404 for DELETE
        QCOMPARE(again.code(), u"ROL-1003"_s);
    }

    void createBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray ou = boot::DefaultOuId.toUtf8();
        const QByteArray sys = boot::SystemResourceServerId.toUtf8();
        QTest::newRow("malformed") << QByteArray("{\"name\"") << 400 << u"ROL-1001"_s;
        QTest::newRow("array body") << QByteArray("[]") << 400 << u"ROL-1001"_s;
        QTest::newRow("missing name")
            << QByteArray("{\"ouId\":\"" + ou + "\"}") << 400 << u"ROL-1001"_s;
        QTest::newRow("name too short")
            << QByteArray("{\"name\":\"ab\",\"ouId\":\"" + ou + "\"}") << 400 << u"ROL-1001"_s;
        QTest::newRow("name wrong type")
            << QByteArray("{\"name\":{},\"ouId\":\"" + ou + "\"}") << 400 << u"ROL-1001"_s;
        QTest::newRow("permissions not array")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"" + ou + "\",\"permissions\":{}}") << 400
            << u"ROL-1001"_s;
        QTest::newRow("permission not string")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"" + ou +
                          "\",\"permissions\":[{\"resourceServerId\":\"" + sys +
                          "\",\"permissions\":[1]}]}")
            << 400 << u"ROL-1001"_s;
        QTest::newRow("unknown ou")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"01900000-0000-7000-8000-0000000000ff\"}")
            << 400 << u"ROL-1005"_s;
        QTest::newRow("undefined permission")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"" + ou +
                          "\",\"permissions\":[{\"resourceServerId\":\"" + sys +
                          "\",\"permissions\":[\"system\",\"system:nope\"]}]}")
            << 400 << u"ROL-1012"_s;
        QTest::newRow("unknown resource server")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"" + ou +
                          "\",\"permissions\":[{\"resourceServerId\":\"01900000-0000-7000-8000-"
                          "0000000000ee\",\"permissions\":[\"system\"]}]}")
            << 400 << u"ROL-1012"_s;
        QTest::newRow("empty resource server id")
            << QByteArray(
                   "{\"name\":\"abc\",\"ouId\":\"" + ou +
                   "\",\"permissions\":[{\"resourceServerId\":\"\",\"permissions\":[\"x\"]}]}")
            << 400 << u"ROL-1012"_s;
        QTest::newRow("unknown assignee")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"" + ou +
                          "\",\"assignments\":[{\"id\":\"01900000-0000-7000-8000-0000000000ee\","
                          "\"type\":\"user\"}]}")
            << 400 << u"ROL-1007"_s;
        QTest::newRow("bad assignee type")
            << QByteArray("{\"name\":\"abc\",\"ouId\":\"" + ou +
                          "\",\"assignments\":[{\"id\":\"x\",\"type\":\"robot\"}]}")
            << 400 << u"ROL-1016"_s;
        QTest::newRow("duplicate name")
            << QByteArray("{\"name\":\"Administrator\",\"ouId\":\"" + ou + "\"}") << 409
            << u"ROL-1004"_s;
    }

    // A missing ouId is answered in ThunderID's input-validation shape (OBSERVED.md): plain
    // strings and the field's own message under "errors".
    void missingOuIdIsAValidationError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("absent") << QByteArray("{\"name\":\"abc\"}");
        QTest::newRow("empty") << QByteArray("{\"name\":\"abc\",\"ouId\":\"\"}");
    }
    void missingOuIdIsAValidationError()
    {
        QFETCH(QByteArray, body);
        const int before = roleCount();
        const Reply r = call(u"POST"_s, u"/roles"_s, body);
        QCOMPARE(r.status, 400);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"code"_s).toString(), u"INVALID_INPUT_METADATA"_s);
        QCOMPARE(o.value(u"message"_s).toString(), u"Validation Failed"_s);
        QVERIFY(!o.value(u"description"_s).toString().isEmpty());
        QCOMPARE(o.value(u"errors"_s).toObject().value(u"ouId"_s).toString(),
                 u"The field 'ouId' is missing but is strictly required."_s);
        QCOMPARE(roleCount(), before);
    }

    void createBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = roleCount();
        const Reply r = call(u"POST"_s, u"/roles"_s, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY(r.json()
                    .value(u"message"_s)
                    .toObject()
                    .value(u"key"_s)
                    .toString()
                    .startsWith(u"error.roleservice."_s));
        QCOMPARE(roleCount(), before); // nothing half-written
    }

    void updateBadInput()
    {
        const Reply created = call(u"POST"_s, u"/roles"_s,
                                   QJsonObject{{u"name"_s, u"update-target"_s},
                                               {u"ouId"_s, m_ou},
                                               {u"permissions"_s, perms(m_crm, {u"contacts"_s})}});
        QCOMPARE(created.status, 201);
        const QString path = u"/roles/"_s + created.json().value(u"id"_s).toString();
        QCOMPARE(call(u"PUT"_s, path, QByteArray("nope")).code(), u"ROL-1001"_s);
        // permissions are required on PUT (full replacement)
        QCOMPARE(
            call(u"PUT"_s, path, QJsonObject{{u"name"_s, u"update-target"_s}, {u"ouId"_s, m_ou}})
                .code(),
            u"ROL-1001"_s);
        QCOMPARE(call(u"PUT"_s, path,
                      QJsonObject{{u"name"_s, u"update-target"_s},
                                  {u"ouId"_s, m_ou},
                                  {u"permissions"_s, perms(m_crm, {u"contacts:delete"_s})}})
                     .code(),
                 u"ROL-1012"_s);
        const Reply dup = call(u"PUT"_s, path,
                               QJsonObject{{u"name"_s, u"Administrator"_s},
                                           {u"ouId"_s, m_ou},
                                           {u"permissions"_s, QJsonArray{}}});
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), u"ROL-1004"_s);
        QCOMPARE(call(u"PUT"_s, path,
                      QJsonObject{{u"name"_s, u"update-target"_s},
                                  {u"ouId"_s, u"01900000-0000-7000-8000-0000000000ff"_s},
                                  {u"permissions"_s, QJsonArray{}}})
                     .code(),
                 u"ROL-1005"_s);
        const Reply missing = call(u"PUT"_s, u"/roles/01900000-0000-7000-8000-0000000000ee"_s,
                                   QJsonObject{{u"name"_s, u"whatever"_s},
                                               {u"ouId"_s, m_ou},
                                               {u"permissions"_s, QJsonArray{}}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), u"ROL-1003"_s);
        // Nothing changed.
        QCOMPARE(call(u"GET"_s, path).json().value(u"permissions"_s).toArray(),
                 perms(m_crm, {u"contacts"_s}));
    }

    void assignmentsOfEveryType()
    {
        const Reply created = call(u"POST"_s, u"/roles"_s,
                                   QJsonObject{{u"name"_s, u"assignable"_s}, {u"ouId"_s, m_ou}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id"_s).toString();
        const QString base = u"/roles/"_s + id + u"/assignments"_s;
        const Reply add = call(u"POST"_s, base + u"/add"_s,
                               assignments({{boot::AdminUserId, u"user"_s},
                                            {boot::AdministratorsGroupId, u"group"_s},
                                            {boot::AdminAppId, u"app"_s},
                                            {m_agent, u"agent"_s}}));
        QCOMPARE(add.status, 204);
        // Adding again is harmless.
        QCOMPARE(call(u"POST"_s, base + u"/add"_s, assignments({{m_agent, u"agent"_s}})).status,
                 204);

        const QJsonObject all = call(u"GET"_s, base).json();
        QCOMPARE(all.value(u"totalResults"_s).toInt(), 4);
        for (const QJsonValue v : all.value(u"assignments"_s).toArray())
            QVERIFY(!v.toObject().contains(u"display"_s));

        const QJsonObject agents = call(u"GET"_s, base + u"?type=agent&include=display"_s).json();
        QCOMPARE(agents.value(u"totalResults"_s).toInt(), 1);
        const QJsonObject a = agents.value(u"assignments"_s).toArray().at(0).toObject();
        QCOMPARE(a.value(u"id"_s).toString(), m_agent);
        QCOMPARE(a.value(u"type"_s).toString(), u"agent"_s);
        QCOMPARE(a.value(u"display"_s).toString(), u"Role Test Agent"_s);
        const QJsonObject users = call(u"GET"_s, base + u"?type=user&include=display"_s).json();
        QCOMPARE(
            users.value(u"assignments"_s).toArray().at(0).toObject().value(u"display"_s).toString(),
            u"admin"_s);

        // Paging with the filters carried into the links.
        const QJsonObject page = call(u"GET"_s, base + u"?limit=2&include=display"_s).json();
        QCOMPARE(page.value(u"count"_s).toInt(), 2);
        QCOMPARE(page.value(u"totalResults"_s).toInt(), 4);
        const QString next =
            page.value(u"links"_s).toArray().at(0).toObject().value(u"href"_s).toString();
        QVERIFY2(next.contains(u"offset=2"_s) && next.contains(u"include=display"_s),
                 qPrintable(next));

        QCOMPARE(call(u"POST"_s, base + u"/remove"_s,
                      assignments({{boot::AdminAppId, u"app"_s}, {m_agent, u"agent"_s}}))
                     .status,
                 204);
        const QJsonObject left = call(u"GET"_s, base).json();
        QCOMPARE(left.value(u"totalResults"_s).toInt(), 2);
        QCOMPARE(call(u"GET"_s, base + u"?type=agent"_s).json().value(u"totalResults"_s).toInt(),
                 0);
    }

    void assignmentBadInput_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray user = boot::AdminUserId.toUtf8();
        QTest::newRow("malformed") << u"/add"_s << QByteArray("{") << 400 << u"ROL-1001"_s;
        QTest::newRow("missing list") << u"/add"_s << QByteArray("{}") << 400 << u"ROL-1001"_s;
        QTest::newRow("list wrong type")
            << u"/add"_s << QByteArray("{\"assignments\":\"x\"}") << 400 << u"ROL-1001"_s;
        QTest::newRow("empty list")
            << u"/add"_s << QByteArray("{\"assignments\":[]}") << 400 << u"ROL-1010"_s;
        QTest::newRow("empty list on remove")
            << u"/remove"_s << QByteArray("{\"assignments\":[]}") << 400 << u"ROL-1010"_s;
        QTest::newRow("item not object")
            << u"/add"_s << QByteArray("{\"assignments\":[\"x\"]}") << 400 << u"ROL-1001"_s;
        QTest::newRow("missing id")
            << u"/add"_s << QByteArray("{\"assignments\":[{\"type\":\"user\"}]}") << 400
            << u"ROL-1001"_s;
        QTest::newRow("bad type") << u"/add"_s
                                  << QByteArray("{\"assignments\":[{\"id\":\"" + user +
                                                "\",\"type\":\"role\"}]}")
                                  << 400 << u"ROL-1016"_s;
        QTest::newRow("unknown id")
            << u"/add"_s
            << QByteArray("{\"assignments\":[{\"id\":\"01900000-0000-7000-8000-0000000000ee\","
                          "\"type\":\"agent\"}]}")
            << 400 << u"ROL-1007"_s;
        QTest::newRow("type mismatch")
            << u"/add"_s
            << QByteArray("{\"assignments\":[{\"id\":\"" + user + "\",\"type\":\"agent\"}]}") << 400
            << u"ROL-1007"_s;
    }

    void assignmentBadInput()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString base = u"/roles/"_s + boot::AdministratorRoleId + u"/assignments"_s;
        const int before = call(u"GET"_s, base).json().value(u"totalResults"_s).toInt();
        const Reply r = call(u"POST"_s, base + suffix, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(call(u"GET"_s, base).json().value(u"totalResults"_s).toInt(), before);
    }

    void assignmentsOfUnknownRole()
    {
        const QString base = u"/roles/01900000-0000-7000-8000-0000000000ee/assignments"_s;
        const Reply list = call(u"GET"_s, base);
        QCOMPARE(list.status, 404);
        QCOMPARE(list.code(), u"ROL-1003"_s);
        const Reply add =
            call(u"POST"_s, base + u"/add"_s, assignments({{boot::AdminUserId, u"user"_s}}));
        QCOMPARE(add.status, 404);
        QCOMPARE(add.code(), u"ROL-1003"_s);
        const QString known = u"/roles/"_s + boot::AdministratorRoleId + u"/assignments"_s;
        QCOMPARE(call(u"GET"_s, known + u"?type=robot"_s).code(), u"ROL-1016"_s);
        QCOMPARE(call(u"GET"_s, known + u"?limit=0"_s).code(), u"ROL-1008"_s);
        QCOMPARE(call(u"GET"_s, known + u"?offset=-5"_s).code(), u"ROL-1009"_s);
    }

    void listPaging()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(call(u"POST"_s, u"/roles"_s,
                          QJsonObject{{u"name"_s, u"paged-role-%1"_s.arg(i)}, {u"ouId"_s, m_ou}})
                         .status,
                     201);
        }
        const int total = roleCount();
        const QJsonObject page = call(u"GET"_s, u"/roles?limit=2&offset=1"_s).json();
        QCOMPARE(page.value(u"totalResults"_s).toInt(), total);
        QCOMPARE(page.value(u"startIndex"_s).toInt(), 2);
        QCOMPARE(page.value(u"count"_s).toInt(), 2);
        const Reply bad = call(u"GET"_s, u"/roles?limit=101"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), u"ROL-1008"_s);
        QCOMPARE(bad.json().value(u"message"_s).toObject().value(u"key"_s).toString(),
                 u"error.roleservice.invalid_limit_parameter"_s);
        QCOMPARE(call(u"GET"_s, u"/roles?offset=-1"_s).code(), u"ROL-1009"_s);
    }

    void adminTokenRequired()
    {
        for (const auto &[method, path] :
             {std::pair{u"GET"_s, u"/roles"_s}, std::pair{u"POST"_s, u"/roles"_s},
              std::pair{u"GET"_s,
                        QString(u"/roles/"_s + boot::AdministratorRoleId + u"/assignments"_s)},
              std::pair{u"POST"_s, QString(u"/roles/"_s + boot::AdministratorRoleId +
                                           u"/assignments/remove"_s)}}) {
            const auto r = m_backend->callWithoutToken(method, path);
            if (!r)
                QSKIP("no authenticator in-process");
            QCOMPARE(r->status, 401);
            QCOMPARE(r->code(), u"AUTH-4010"_s);
        }
        // The Administrator role and its assignment are untouched.
        QCOMPARE(call(u"GET"_s, u"/roles/"_s + boot::AdministratorRoleId + u"/assignments"_s)
                     .json()
                     .value(u"totalResults"_s)
                     .toInt(),
                 1);
    }

    void readOnlyRoleRefusesChange()
    {
        auto *harness = m_backend->harness();
        if (!harness)
            QSKIP("read-only rows are made through SQL, in-process only");
        const Reply created = call(u"POST"_s, u"/roles"_s,
                                   QJsonObject{{u"name"_s, u"declared"_s}, {u"ouId"_s, m_ou}});
        const QString id = created.json().value(u"id"_s).toString();
        QVERIFY(harness->exec(u"UPDATE roles SET is_read_only = 1 WHERE id = '%1'"_s.arg(id)));
        QCOMPARE(call(u"GET"_s, u"/roles/"_s + id).json().value(u"isReadOnly"_s).toBool(), true);
        const Reply put = call(u"PUT"_s, u"/roles/"_s + id,
                               QJsonObject{{u"name"_s, u"declared"_s},
                                           {u"ouId"_s, m_ou},
                                           {u"permissions"_s, QJsonArray{}}});
        QCOMPARE(put.status, 400);
        QCOMPARE(put.code(), u"ROL-1013"_s);
        QCOMPARE(call(u"DELETE"_s, u"/roles/"_s + id).code(), u"ROL-1013"_s);
        // ThunderID lets assignments change on declarative roles.
        QCOMPARE(call(u"POST"_s, u"/roles/"_s + id + u"/assignments/add"_s,
                      assignments({{boot::AdminUserId, u"user"_s}}))
                     .status,
                 204);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    for (const auto kind : tid::test::SandboxBackend::kinds()) {
        TestRoles test(kind);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_sandbox_roles.moc"
