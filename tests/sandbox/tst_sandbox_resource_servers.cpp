// /resource-servers, /resources and /actions (api/resource.yaml): happy paths, permission
// derivation, nesting, and every bad-input class, first in-process, then over HTTP against a
// real thunderid-sandbox child process when the shared test helper is available.

#include "AuthzHarness.h"
#include "SandboxBackend.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::test::Reply;

class TestResourceServers : public QObject
{
    Q_OBJECT

public:
    explicit TestResourceServers(tid::test::SandboxBackend::Kind kind)
        : m_kind(kind)
    {}

private:
    Reply call(const QString &method, const QString &path, const QJsonObject &body)
    {
        return m_backend->call(method, path, body);
    }
    Reply call(const QString &method, const QString &path, const QByteArray &body = {},
               const QByteArray &type = "application/json")
    {
        return m_backend->call(method, path, body, type);
    }

    // Creates a resource server and returns its id (fails the test otherwise).
    QString createServer(const QString &name, const QString &identifier,
                         const QJsonObject &extra = {})
    {
        QJsonObject body{{u"name"_s, name},
                         {u"identifier"_s, identifier},
                         {u"ouId"_s, tid::sandbox::bootstrap::DefaultOuId}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const Reply r = call(u"POST"_s, u"/resource-servers"_s, body);
        if (r.status != 201)
            qWarning("create server failed: %d %s", r.status, r.body.constData());
        return r.json().value(u"id"_s).toString();
    }

    QString createResource(const QString &rs, const QString &handle, const QString &parent = {})
    {
        QJsonObject body{{u"name"_s, QString(u"Resource "_s + handle)}, {u"handle"_s, handle}};
        if (!parent.isEmpty())
            body.insert(u"parent"_s, parent);
        const Reply r = call(u"POST"_s, u"/resource-servers/"_s + rs + u"/resources"_s, body);
        if (r.status != 201)
            qWarning("create resource failed: %d %s", r.status, r.body.constData());
        return r.json().value(u"id"_s).toString();
    }

    int serverCount()
    {
        return call(u"GET"_s, u"/resource-servers"_s).json().value(u"totalResults"_s).toInt();
    }

    tid::test::SandboxBackend::Kind m_kind;
    std::unique_ptr<tid::test::SandboxBackend> m_backend;
    const QString m_ou = tid::sandbox::bootstrap::DefaultOuId;
    QString m_errorsServer;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_backend = tid::test::SandboxBackend::create(m_kind, &error);
        if (!m_backend)
            QFAIL(qPrintable(error));
    }

    void bootstrapSystemServer()
    {
        const QString id = tid::sandbox::bootstrap::SystemResourceServerId;
        const Reply r = call(u"GET"_s, u"/resource-servers/"_s + id);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"name"_s).toString(), u"System"_s);
        QCOMPARE(o.value(u"identifier"_s).toString(), u"https://localhost:8090/mcp"_s);
        QCOMPARE(o.value(u"delimiter"_s).toString(), u":"_s);
        QCOMPARE(o.value(u"ouId"_s).toString(), m_ou);
        QVERIFY(o.contains(u"isReadOnly"_s));
        const Reply res = call(u"GET"_s, u"/resource-servers/"_s + id + u"/resources"_s);
        QCOMPARE(res.status, 200);
        const QJsonArray items = res.json().value(u"resources"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"handle"_s).toString(), u"system"_s);
        QCOMPARE(items.at(0).toObject().value(u"permission"_s).toString(), u"system"_s);
    }

    void createGetUpdate()
    {
        const Reply r = call(u"POST"_s, u"/resource-servers"_s,
                             QJsonObject{{u"name"_s, u"Orders API"_s},
                                         {u"description"_s, u"Order management"_s},
                                         {u"identifier"_s, u"https://api.example.com/orders"_s},
                                         {u"ouId"_s, m_ou}});
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        const QString id = o.value(u"id"_s).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(r.header("Location"), QByteArray("/resource-servers/" + id.toUtf8()));
        QCOMPARE(o.value(u"type"_s).toString(), u"CUSTOM"_s); // ThunderID's default
        QCOMPARE(o.value(u"delimiter"_s).toString(), u":"_s);
        QCOMPARE(o.value(u"isReadOnly"_s).toBool(true), false);
        QCOMPARE(o.value(u"description"_s).toString(), u"Order management"_s);

        const Reply got = call(u"GET"_s, u"/resource-servers/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json(), o);

        // Full replacement: description omitted => cleared; identifier omitted => kept; type and
        // delimiter are immutable and ignored.
        const Reply put = call(u"PUT"_s, u"/resource-servers/"_s + id,
                               QJsonObject{{u"name"_s, u"Orders API v2"_s},
                                           {u"ouId"_s, m_ou},
                                           {u"type"_s, u"MCP"_s},
                                           {u"delimiter"_s, u"."_s}});
        QCOMPARE(put.status, 200);
        const QJsonObject p = put.json();
        QCOMPARE(p.value(u"name"_s).toString(), u"Orders API v2"_s);
        QVERIFY(!p.contains(u"description"_s));
        QCOMPARE(p.value(u"identifier"_s).toString(), u"https://api.example.com/orders"_s);
        QCOMPARE(p.value(u"type"_s).toString(), u"CUSTOM"_s);
        QCOMPARE(p.value(u"delimiter"_s).toString(), u":"_s);
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + id).json(), p);

        const Reply moved =
            call(u"PUT"_s, u"/resource-servers/"_s + id,
                 QJsonObject{{u"name"_s, u"Orders API v2"_s},
                             {u"identifier"_s, u"https://api.example.com/orders/v2"_s},
                             {u"ouId"_s, m_ou}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(u"identifier"_s).toString(),
                 u"https://api.example.com/orders/v2"_s);
    }

    void createBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray ou = tid::sandbox::bootstrap::DefaultOuId.toUtf8();
        auto ok = [&](const QByteArray &extra) -> QByteArray {
            return "{\"name\":\"Bad\",\"identifier\":\"https://bad.example\",\"ouId\":\"" + ou +
                   "\"" + extra + "}";
        };
        QTest::newRow("malformed") << QByteArray("{\"name\":") << 400 << u"RES-1001"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 400 << u"RES-1001"_s;
        QTest::newRow("empty body") << QByteArray() << 400 << u"RES-1001"_s;
        QTest::newRow("name wrong type")
            << QByteArray("{\"name\":5,\"identifier\":\"https://x.example\",\"ouId\":\"" + ou +
                          "\"}")
            << 400 << u"RES-1001"_s;
        QTest::newRow("missing name")
            << QByteArray("{\"identifier\":\"https://x.example\",\"ouId\":\"" + ou + "\"}") << 400
            << u"RES-1001"_s;
        QTest::newRow("missing identifier")
            << QByteArray("{\"name\":\"X\",\"ouId\":\"" + ou + "\"}") << 400 << u"RES-1001"_s;
        QTest::newRow("relative identifier")
            << QByteArray("{\"name\":\"X\",\"identifier\":\"api/orders\",\"ouId\":\"" + ou + "\"}")
            << 400 << u"RES-1001"_s;
        QTest::newRow("identifier with fragment")
            << QByteArray("{\"name\":\"X\",\"identifier\":\"https://x.example/a#b\",\"ouId\":\"" +
                          ou + "\"}")
            << 400 << u"RES-1001"_s;
        QTest::newRow("bad type") << ok(",\"type\":\"GRPC\"") << 400 << u"RES-1001"_s;
        QTest::newRow("type wrong json type") << ok(",\"type\":1") << 400 << u"RES-1001"_s;
        QTest::newRow("delimiter two chars") << ok(",\"delimiter\":\"::\"") << 400 << u"RES-1015"_s;
        QTest::newRow("delimiter symbol") << ok(",\"delimiter\":\"#\"") << 400 << u"RES-1015"_s;
        QTest::newRow("unknown ou")
            << QByteArray("{\"name\":\"X\",\"identifier\":\"https://x.example\",\"ouId\":"
                          "\"01900000-0000-7000-8000-0000000000ff\"}")
            << 400 << u"RES-1010"_s;
        QTest::newRow("duplicate name")
            << QByteArray("{\"name\":\"System\",\"identifier\":\"https://x.example\",\"ouId\":\"" +
                          ou + "\"}")
            << 409 << u"RES-1004"_s;
        QTest::newRow("duplicate identifier")
            << QByteArray("{\"name\":\"Another\",\"identifier\":\"https://localhost:8090/mcp\","
                          "\"ouId\":\"" +
                          ou + "\"}")
            << 409 << u"RES-1013"_s;
    }

    // ThunderID answers a missing ouId in its input-validation shape (OBSERVED.md).
    void missingOuIdIsAValidationError()
    {
        const int before = serverCount();
        const Reply r = call(u"POST"_s, u"/resource-servers"_s,
                             QByteArray("{\"name\":\"X\",\"identifier\":\"https://x.example\"}"));
        QCOMPARE(r.status, 400);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"code"_s).toString(), u"INVALID_INPUT_METADATA"_s);
        QVERIFY(o.value(u"errors"_s).toObject().value(u"ouId"_s).toString().contains(u"ouId"_s));
        QCOMPARE(serverCount(), before);
    }

    void createBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = serverCount();
        const Reply r = call(u"POST"_s, u"/resource-servers"_s, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        const QJsonObject o = r.json();
        QVERIFY(o.value(u"message"_s)
                    .toObject()
                    .value(u"key"_s)
                    .toString()
                    .startsWith(u"error.resourceservice."_s));
        QVERIFY(!o.value(u"message"_s).toObject().value(u"defaultValue"_s).toString().isEmpty());
        QVERIFY(o.value(u"description"_s)
                    .toObject()
                    .value(u"key"_s)
                    .toString()
                    .endsWith(u"_description"_s));
        QCOMPARE(serverCount(), before); // nothing half-written
    }

    void wrongContentTypeAndMethod()
    {
        const Reply r =
            call(u"POST"_s, u"/resource-servers"_s,
                 QByteArray("{\"name\":\"T\",\"identifier\":\"https://t.example\"}"), "text/plain");
        QCOMPARE(r.status, 415);
        const Reply m = call(u"PATCH"_s, u"/resource-servers"_s, QJsonObject{});
        QCOMPARE(m.status, 405);
        const int before = serverCount();
        const QByteArray huge = "{\"name\":\"" + QByteArray(1100 * 1024, 'x') +
                                "\",\"identifier\":\"https://huge.example\",\"ouId\":\"" +
                                m_ou.toUtf8() + "\"}";
        QCOMPARE(call(u"POST"_s, u"/resource-servers"_s, huge).status, 413);
        QCOMPARE(serverCount(), before);
    }

    void adminTokenRequired()
    {
        for (const auto &[method, path] :
             {std::pair{u"GET"_s, u"/resource-servers"_s},
              std::pair{u"POST"_s, u"/resource-servers"_s},
              std::pair{u"GET"_s,
                        QString(u"/resource-servers/"_s +
                                tid::sandbox::bootstrap::SystemResourceServerId + u"/resources"_s)},
              std::pair{u"DELETE"_s, QString(u"/resource-servers/"_s +
                                             tid::sandbox::bootstrap::SystemResourceServerId)}}) {
            const auto r = m_backend->callWithoutToken(method, path);
            if (!r)
                QSKIP("no authenticator in-process");
            QCOMPARE(r->status, 401);
            QCOMPARE(r->code(), u"AUTH-4010"_s);
        }
    }

    void listsKeepCreationOrder()
    {
        const QString rs = createServer(u"Ordered"_s, u"https://ordered.example"_s);
        QStringList created;
        for (const QString &h : {u"zeta"_s, u"alpha"_s, u"mid"_s, u"beta"_s})
            created.append(createResource(rs, h));
        QStringList listed;
        const QJsonObject page =
            call(u"GET"_s, u"/resource-servers/"_s + rs + u"/resources"_s).json();
        for (const QJsonValue v : page.value(u"resources"_s).toArray())
            listed.append(v.toObject().value(u"id"_s).toString());
        QCOMPARE(listed, created);
    }

    void unknownIds()
    {
        const QString missing = u"01900000-0000-7000-8000-0000000000ee"_s;
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + missing).code(), u"RES-1003"_s);
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + missing).status, 404);
        const Reply put = call(u"PUT"_s, u"/resource-servers/"_s + missing,
                               QJsonObject{{u"name"_s, u"N"_s}, {u"ouId"_s, m_ou}});
        QCOMPARE(put.status, 404);
        QCOMPARE(put.code(), u"RES-1003"_s);
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + missing + u"/resources"_s).status, 404);
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + missing + u"/actions"_s).status, 404);
        const QString sys = tid::sandbox::bootstrap::SystemResourceServerId;
        const Reply res =
            call(u"GET"_s, u"/resource-servers/"_s + sys + u"/resources/"_s + missing);
        QCOMPARE(res.status, 404);
        QCOMPARE(res.code(), u"RES-1008"_s);
        const Reply act = call(u"GET"_s, u"/resource-servers/"_s + sys + u"/actions/"_s + missing);
        QCOMPARE(act.status, 404);
        QCOMPARE(act.code(), u"RES-1009"_s);
        // ThunderID's deletes are idempotent: an unknown id is 204.
        QCOMPARE(call(u"DELETE"_s, u"/resource-servers/"_s + missing).status, 204);
    }

    void updateBadInput()
    {
        const QString id = createServer(u"Update Target"_s, u"https://update.example"_s);
        QVERIFY(!id.isEmpty());
        createServer(u"Taken Name"_s, u"https://taken.example"_s);
        const QString path = u"/resource-servers/"_s + id;
        QCOMPARE(call(u"PUT"_s, path, QByteArray("{oops")).code(), u"RES-1001"_s);
        QCOMPARE(call(u"PUT"_s, path, QJsonObject{{u"ouId"_s, m_ou}}).code(), u"RES-1001"_s);
        QCOMPARE(call(u"PUT"_s, path, QJsonObject{{u"name"_s, true}, {u"ouId"_s, m_ou}}).code(),
                 u"RES-1001"_s);
        const Reply dup =
            call(u"PUT"_s, path, QJsonObject{{u"name"_s, u"Taken Name"_s}, {u"ouId"_s, m_ou}});
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), u"RES-1004"_s);
        const Reply dupId = call(u"PUT"_s, path,
                                 QJsonObject{{u"name"_s, u"Update Target"_s},
                                             {u"identifier"_s, u"https://taken.example"_s},
                                             {u"ouId"_s, m_ou}});
        QCOMPARE(dupId.status, 409);
        QCOMPARE(dupId.code(), u"RES-1013"_s);
        const Reply badOu =
            call(u"PUT"_s, path,
                 QJsonObject{{u"name"_s, u"Update Target"_s},
                             {u"ouId"_s, u"01900000-0000-7000-8000-0000000000ff"_s}});
        QCOMPARE(badOu.code(), u"RES-1010"_s);
        // Unchanged after the refusals.
        QCOMPARE(call(u"GET"_s, path).json().value(u"identifier"_s).toString(),
                 u"https://update.example"_s);
    }

    void nestedResourcesAndPermissions()
    {
        const QString rs = createServer(u"Booking"_s, u"https://booking.example"_s);
        const QString base = u"/resource-servers/"_s + rs + u"/resources"_s;
        const QString top = createResource(rs, u"reservations"_s);
        const QString child = createResource(rs, u"online-booking"_s, top);
        const QString grandchild = createResource(rs, u"mobile"_s, child);
        const QString other = createResource(rs, u"payments"_s);
        QVERIFY(!grandchild.isEmpty() && !other.isEmpty());

        const QJsonObject g = call(u"GET"_s, base + u"/"_s + grandchild).json();
        QCOMPARE(g.value(u"permission"_s).toString(), u"reservations:online-booking:mobile"_s);
        QCOMPARE(g.value(u"parent"_s).toString(), child);

        // No parentId: top level only; parentId: direct children.
        const QJsonObject topList = call(u"GET"_s, base).json();
        QCOMPARE(topList.value(u"totalResults"_s).toInt(), 2);
        for (const QJsonValue v : topList.value(u"resources"_s).toArray())
            QVERIFY(!v.toObject().contains(u"parent"_s));
        const QJsonObject children = call(u"GET"_s, base + u"?parentId="_s + top).json();
        QCOMPARE(children.value(u"totalResults"_s).toInt(), 1);
        QCOMPARE(
            children.value(u"resources"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
            child);
        const Reply unknownParent =
            call(u"GET"_s, base + u"?parentId=01900000-0000-7000-8000-0000000000ee"_s);
        QCOMPARE(unknownParent.status, 404);
        QCOMPARE(unknownParent.code(), u"RES-1008"_s);

        // Same handle: conflict under the same parent, fine under another.
        const Reply dup = call(u"POST"_s, base,
                               QJsonObject{{u"name"_s, u"Dup"_s},
                                           {u"handle"_s, u"online-booking"_s},
                                           {u"parent"_s, top}});
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), u"RES-1014"_s);
        QVERIFY(!createResource(rs, u"online-booking"_s, other).isEmpty());

        // Another delimiter derives with it.
        const QString dotted =
            createServer(u"Dotted"_s, u"urn:example:dotted"_s,
                         QJsonObject{{u"delimiter"_s, u"."_s}, {u"type"_s, u"API"_s}});
        const QString a = createResource(dotted, u"files"_s);
        const QString b = createResource(dotted, u"shared"_s, a);
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + dotted + u"/resources/"_s + b)
                     .json()
                     .value(u"permission"_s)
                     .toString(),
                 u"files.shared"_s);
        // ':' is an ordinary handle character when the delimiter is '.'.
        QVERIFY(!createResource(dotted, u"a:b"_s).isEmpty());

        // Update: name and description only; handle and parent are immutable.
        const Reply put = call(u"PUT"_s, base + u"/"_s + child,
                               QJsonObject{{u"name"_s, u"Online"_s},
                                           {u"handle"_s, u"changed"_s},
                                           {u"description"_s, u"Web bookings"_s}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(u"handle"_s).toString(), u"online-booking"_s);
        QCOMPARE(put.json().value(u"permission"_s).toString(), u"reservations:online-booking"_s);
        QCOMPARE(put.json().value(u"parent"_s).toString(), top);
        QCOMPARE(put.json().value(u"description"_s).toString(), u"Web bookings"_s);
        QCOMPARE(
            call(u"PUT"_s, base + u"/"_s + child, QJsonObject{{u"description"_s, u"x"_s}}).code(),
            u"RES-1001"_s);
    }

    void resourceBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed") << QByteArray("{") << 400 << u"RES-1001"_s;
        QTest::newRow("missing handle") << QByteArray("{\"name\":\"N\"}") << 400 << u"RES-1001"_s;
        QTest::newRow("missing name") << QByteArray("{\"handle\":\"h\"}") << 400 << u"RES-1001"_s;
        QTest::newRow("handle wrong type")
            << QByteArray("{\"name\":\"N\",\"handle\":[]}") << 400 << u"RES-1001"_s;
        QTest::newRow("parent wrong type")
            << QByteArray("{\"name\":\"N\",\"handle\":\"h\",\"parent\":7}") << 400 << u"RES-1001"_s;
        QTest::newRow("invalid handle chars")
            << QByteArray("{\"name\":\"N\",\"handle\":\"a b\"}") << 400 << u"RES-1016"_s;
        QTest::newRow("handle too long")
            << QByteArray("{\"name\":\"N\",\"handle\":\"" + QByteArray(101, 'a') + "\"}") << 400
            << u"RES-1016"_s;
        QTest::newRow("delimiter in handle")
            << QByteArray("{\"name\":\"N\",\"handle\":\"a:b\"}") << 400 << u"RES-1017"_s;
        QTest::newRow("unknown parent") << QByteArray("{\"name\":\"N\",\"handle\":\"h\",\"parent\":"
                                                      "\"01900000-0000-7000-8000-0000000000ee\"}")
                                        << 400 << u"RES-1005"_s;
    }

    void resourceBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (m_errorsServer.isEmpty())
            m_errorsServer = createServer(u"Resource Errors"_s, u"https://errors.example"_s);
        const QString path = u"/resource-servers/"_s + m_errorsServer + u"/resources"_s;
        const Reply r = call(u"POST"_s, path, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(call(u"GET"_s, path).json().value(u"totalResults"_s).toInt(), 0);
    }

    void parentFromAnotherServerIsRefused()
    {
        const QString a = createServer(u"Server A"_s, u"https://a.example"_s);
        const QString b = createServer(u"Server B"_s, u"https://b.example"_s);
        const QString ra = createResource(a, u"docs"_s);
        const Reply r =
            call(u"POST"_s, u"/resource-servers/"_s + b + u"/resources"_s,
                 QJsonObject{{u"name"_s, u"X"_s}, {u"handle"_s, u"x"_s}, {u"parent"_s, ra}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"RES-1005"_s);
        // A resource is addressed only under its own server.
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + b + u"/resources/"_s + ra).status, 404);
    }

    void actions()
    {
        const QString rs = createServer(u"Invoices"_s, u"https://invoices.example"_s);
        const QString invoices = createResource(rs, u"invoices"_s);
        const QString serverActions = u"/resource-servers/"_s + rs + u"/actions"_s;
        const QString resourceActions =
            u"/resource-servers/"_s + rs + u"/resources/"_s + invoices + u"/actions"_s;

        const Reply top = call(u"POST"_s, serverActions,
                               QJsonObject{{u"name"_s, u"Export"_s}, {u"handle"_s, u"export"_s}});
        QCOMPARE(top.status, 201);
        QCOMPARE(top.json().value(u"permission"_s).toString(), u"export"_s);
        QVERIFY(!top.json().contains(u"kind"_s)); // omitted on non-MCP servers without a kind
        const QString topId = top.json().value(u"id"_s).toString();
        QCOMPARE(top.header("Location"), (serverActions + u"/"_s + topId).toUtf8());

        const Reply read = call(u"POST"_s, resourceActions,
                                QJsonObject{{u"name"_s, u"Read"_s},
                                            {u"handle"_s, u"read"_s},
                                            {u"description"_s, u"Read invoices"_s},
                                            {u"kind"_s, u"resource"_s}});
        QCOMPARE(read.status, 201);
        QCOMPARE(read.json().value(u"permission"_s).toString(), u"invoices:read"_s);
        QCOMPARE(read.json().value(u"kind"_s).toString(), u"resource"_s);
        const QString readId = read.json().value(u"id"_s).toString();
        QCOMPARE(call(u"POST"_s, resourceActions,
                      QJsonObject{{u"name"_s, u"Write"_s}, {u"handle"_s, u"write"_s}})
                     .status,
                 201);

        // Lists are per level; kind filters.
        QCOMPARE(call(u"GET"_s, serverActions).json().value(u"totalResults"_s).toInt(), 1);
        QCOMPARE(call(u"GET"_s, resourceActions).json().value(u"totalResults"_s).toInt(), 2);
        const QJsonObject kinds = call(u"GET"_s, resourceActions + u"?kind=resource"_s).json();
        QCOMPARE(kinds.value(u"totalResults"_s).toInt(), 1);
        QCOMPARE(kinds.value(u"actions"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
                 readId);
        QCOMPARE(call(u"GET"_s, resourceActions + u"?kind=prompt"_s).code(), u"RES-1001"_s);

        // An action is found only at its own level.
        QCOMPARE(call(u"GET"_s, resourceActions + u"/"_s + readId).status, 200);
        QCOMPARE(call(u"GET"_s, serverActions + u"/"_s + readId).code(), u"RES-1009"_s);
        QCOMPARE(call(u"GET"_s, resourceActions + u"/"_s + topId).code(), u"RES-1009"_s);

        // Update: name/description; handle and kind immutable.
        const Reply put = call(
            u"PUT"_s, resourceActions + u"/"_s + readId,
            QJsonObject{{u"name"_s, u"Read all"_s}, {u"handle"_s, u"x"_s}, {u"kind"_s, u"tool"_s}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(u"handle"_s).toString(), u"read"_s);
        QCOMPARE(put.json().value(u"kind"_s).toString(), u"resource"_s);
        QVERIFY(!put.json().contains(u"description"_s));
        QCOMPARE(call(u"PUT"_s, resourceActions + u"/"_s + readId, QByteArray("[]")).code(),
                 u"RES-1001"_s);

        // Bad input.
        QCOMPARE(call(u"POST"_s, resourceActions,
                      QJsonObject{{u"name"_s, u"Dup"_s}, {u"handle"_s, u"read"_s}})
                     .code(),
                 u"RES-1014"_s);
        QCOMPARE(
            call(u"POST"_s, serverActions,
                 QJsonObject{{u"name"_s, u"K"_s}, {u"handle"_s, u"k"_s}, {u"kind"_s, u"prompt"_s}})
                .code(),
            u"RES-1001"_s);
        QCOMPARE(call(u"POST"_s, serverActions,
                      QJsonObject{{u"name"_s, u"D"_s}, {u"handle"_s, u"a:b"_s}})
                     .code(),
                 u"RES-1017"_s);
        QCOMPARE(call(u"POST"_s, serverActions, QJsonObject{{u"handle"_s, u"nameless"_s}}).code(),
                 u"RES-1001"_s);
        QCOMPARE(call(u"POST"_s,
                      u"/resource-servers/"_s + rs +
                          u"/resources/01900000-0000-7000-8000-0000000000ee/actions"_s,
                      QJsonObject{{u"name"_s, u"N"_s}, {u"handle"_s, u"n"_s}})
                     .code(),
                 u"RES-1008"_s);

        // MCP servers default an action's kind to tool.
        const QString mcp = createServer(u"Tools"_s, u"https://tools.example/mcp"_s,
                                         QJsonObject{{u"type"_s, u"MCP"_s}});
        const Reply tool = call(u"POST"_s, u"/resource-servers/"_s + mcp + u"/actions"_s,
                                QJsonObject{{u"name"_s, u"Search"_s}, {u"handle"_s, u"search"_s}});
        QCOMPARE(tool.json().value(u"kind"_s).toString(), u"tool"_s);
    }

    void deleteRules()
    {
        const QString rs = createServer(u"Deletable"_s, u"https://deletable.example"_s);
        const QString parent = createResource(rs, u"parent"_s);
        const QString child = createResource(rs, u"child"_s, parent);
        const QString base = u"/resource-servers/"_s + rs;

        Reply r = call(u"DELETE"_s, base);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"RES-1006"_s);
        r = call(u"DELETE"_s, base + u"/resources/"_s + parent);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"RES-1006"_s);

        const QString actionId = call(u"POST"_s, base + u"/resources/"_s + child + u"/actions"_s,
                                      QJsonObject{{u"name"_s, u"Go"_s}, {u"handle"_s, u"go"_s}})
                                     .json()
                                     .value(u"id"_s)
                                     .toString();
        QCOMPARE(call(u"DELETE"_s, base + u"/resources/"_s + child).code(), u"RES-1006"_s);
        QCOMPARE(
            call(u"DELETE"_s, base + u"/resources/"_s + child + u"/actions/"_s + actionId).status,
            204);
        QCOMPARE(call(u"DELETE"_s, base + u"/resources/"_s + child).status, 204);
        QCOMPARE(call(u"DELETE"_s, base + u"/resources/"_s + child).status, 204); // idempotent
        QCOMPARE(call(u"DELETE"_s, base + u"/resources/"_s + parent).status, 204);
        const QString serverAction = call(u"POST"_s, base + u"/actions"_s,
                                          QJsonObject{{u"name"_s, u"A"_s}, {u"handle"_s, u"a"_s}})
                                         .json()
                                         .value(u"id"_s)
                                         .toString();
        QCOMPARE(call(u"DELETE"_s, base).code(), u"RES-1006"_s);
        QCOMPARE(call(u"DELETE"_s, base + u"/actions/"_s + serverAction).status, 204);
        QCOMPARE(call(u"DELETE"_s, base).status, 204);
        QCOMPARE(call(u"GET"_s, base).status, 404);
    }

    void deletingAPermissionDropsItFromRoles()
    {
        const QString rs = createServer(u"Reports"_s, u"https://reports.example"_s);
        const QString base = u"/resource-servers/"_s + rs;
        const QString view = call(u"POST"_s, base + u"/actions"_s,
                                  QJsonObject{{u"name"_s, u"View"_s}, {u"handle"_s, u"view"_s}})
                                 .json()
                                 .value(u"id"_s)
                                 .toString();
        call(u"POST"_s, base + u"/actions"_s,
             QJsonObject{{u"name"_s, u"Edit"_s}, {u"handle"_s, u"edit"_s}});
        const Reply role = call(
            u"POST"_s, u"/roles"_s,
            QJsonObject{
                {u"name"_s, u"report-viewer"_s},
                {u"ouId"_s, m_ou},
                {u"permissions"_s,
                 QJsonArray{QJsonObject{{u"resourceServerId"_s, rs},
                                        {u"permissions"_s, QJsonArray{u"view"_s, u"edit"_s}}}}}});
        QCOMPARE(role.status, 201);
        QCOMPARE(call(u"DELETE"_s, base + u"/actions/"_s + view).status, 204);
        const QJsonArray perms =
            call(u"GET"_s, u"/roles/"_s + role.json().value(u"id"_s).toString())
                .json()
                .value(u"permissions"_s)
                .toArray();
        QCOMPARE(perms.size(), 1);
        QCOMPARE(perms.at(0).toObject().value(u"permissions"_s).toArray(), QJsonArray{u"edit"_s});
    }

    void paging()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                !createServer(u"Paged %1"_s.arg(i), u"https://paged%1.example"_s.arg(i)).isEmpty());
        const int total = serverCount();
        const QJsonObject page = call(u"GET"_s, u"/resource-servers?limit=2&offset=1"_s).json();
        QCOMPARE(page.value(u"totalResults"_s).toInt(), total);
        QCOMPARE(page.value(u"startIndex"_s).toInt(), 2);
        QCOMPARE(page.value(u"count"_s).toInt(), 2);
        QCOMPARE(page.value(u"resourceServers"_s).toArray().size(), 2);
        bool hasNext = false;
        for (const QJsonValue l : page.value(u"links"_s).toArray()) {
            if (l.toObject().value(u"rel"_s).toString() == u"next"_s) {
                hasNext = true;
                QCOMPARE(l.toObject().value(u"href"_s).toString(),
                         u"resource-servers?offset=3&limit=2"_s);
            }
        }
        QVERIFY(hasNext);
        QCOMPARE(call(u"GET"_s, u"/resource-servers"_s).json().value(u"count"_s).toInt(),
                 qMin(total, 30));
        for (const QString &q : {u"limit=0"_s, u"limit=101"_s, u"limit=abc"_s}) {
            const Reply r = call(u"GET"_s, u"/resource-servers?"_s + q);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), u"RES-1011"_s);
            QCOMPARE(r.json().value(u"message"_s).toObject().value(u"key"_s).toString(),
                     u"error.resourceservice.invalid_limit_parameter"_s);
        }
        QCOMPARE(call(u"GET"_s, u"/resource-servers?offset=-1"_s).code(), u"RES-1012"_s);
        const QString sys = tid::sandbox::bootstrap::SystemResourceServerId;
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + sys + u"/resources?limit=500"_s).code(),
                 u"RES-1011"_s);
        QCOMPARE(call(u"GET"_s, u"/resource-servers/"_s + sys + u"/actions?offset=x"_s).code(),
                 u"RES-1012"_s);
    }

    void readOnlyServerRefusesChange()
    {
        auto *harness = m_backend->harness();
        if (!harness)
            QSKIP("read-only rows are made through SQL, in-process only");
        const QString rs = createServer(u"Declarative"_s, u"https://declarative.example"_s);
        const QString res = createResource(rs, u"locked"_s);
        QVERIFY(harness->exec(
            u"UPDATE resource_servers SET is_read_only = 1 WHERE id = '%1'"_s.arg(rs)));
        const QString base = u"/resource-servers/"_s + rs;
        QCOMPARE(call(u"GET"_s, base).json().value(u"isReadOnly"_s).toBool(), true);
        QCOMPARE(call(u"PUT"_s, base, QJsonObject{{u"name"_s, u"X"_s}, {u"ouId"_s, m_ou}}).code(),
                 u"RES-1018"_s);
        QCOMPARE(call(u"DELETE"_s, base).code(), u"RES-1018"_s);
        QCOMPARE(call(u"POST"_s, base + u"/resources"_s,
                      QJsonObject{{u"name"_s, u"N"_s}, {u"handle"_s, u"n"_s}})
                     .code(),
                 u"RES-1019"_s);
        QCOMPARE(
            call(u"PUT"_s, base + u"/resources/"_s + res, QJsonObject{{u"name"_s, u"N"_s}}).code(),
            u"RES-1019"_s);
        QCOMPARE(call(u"DELETE"_s, base + u"/resources/"_s + res).code(), u"RES-1019"_s);
        QCOMPARE(call(u"POST"_s, base + u"/actions"_s,
                      QJsonObject{{u"name"_s, u"N"_s}, {u"handle"_s, u"n"_s}})
                     .code(),
                 u"RES-1020"_s);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    for (const auto kind : tid::test::SandboxBackend::kinds()) {
        TestResourceServers test(kind);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_sandbox_resource_servers.moc"
