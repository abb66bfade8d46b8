// The identity modules over real HTTP: /organization-units, /users, /groups (members),
// /applications and /agents — happy paths, ThunderID's error codes for each bad-input class,
// secret handling and cascades.
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestHttp.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tid::test::SandboxProcess;
using tid::test::TestHttp;
using Reply = TestHttp::Reply;

namespace {

const QString DefaultOu = u"01900000-0000-7000-8000-000000000001"_s;
const QString AdminUser = u"01900000-0000-7000-8000-000000000030"_s;
const QString AdministratorsGroup = u"01900000-0000-7000-8000-000000000040"_s;
const QString AdministratorRole = u"01900000-0000-7000-8000-000000000050"_s;
const QString SystemRs = u"https://localhost:8090/mcp"_s;
const QString UnknownId = u"01900000-dead-7000-8000-000000000000"_s;

QJsonObject oauthConfigOf(const QJsonObject &entity)
{
    return entity.value(u"inboundAuthConfig"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"config"_s)
        .toObject();
}

QJsonArray inbound(const QJsonObject &config)
{
    return QJsonArray{QJsonObject{{u"type"_s, u"oauth2"_s}, {u"config"_s, config}}};
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue v : items)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

} // namespace

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;

    void checkError(const Reply &r, int status, const QString &code, const QString &keyPrefix)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        const QJsonObject message = r.json().value(u"message"_s).toObject();
        QVERIFY2(message.value(u"key"_s).toString().startsWith(keyPrefix),
                 qPrintable(message.value(u"key"_s).toString()));
        QVERIFY(!message.value(u"defaultValue"_s).toString().isEmpty());
        QVERIFY(r.json().value(u"description"_s).toObject().contains(u"defaultValue"_s));
    }

    QString createUser(const QString &username, const QJsonObject &extra = {})
    {
        QJsonObject attributes{{u"username"_s, username}, {u"password"_s, u"Secret-123"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            attributes.insert(it.key(), it.value());
        const Reply r = m_http.post(u"/users"_s, QJsonObject{{u"ouId"_s, DefaultOu},
                                                             {u"type"_s, u"Person"_s},
                                                             {u"attributes"_s, attributes}});
        return r.status == 201 ? r.json().value(u"id"_s).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http.setBaseUrl(m_sandbox.baseUrl());
        const QString token = m_sandbox.adminToken();
        QVERIFY2(!token.isEmpty(), qPrintable(m_sandbox.errorString()));
        m_http.setBearer(token);
    }

    // ---- organization units ------------------------------------------------------------

    void ouBootstrapAndCrud()
    {
        const Reply def = m_http.get(u"/organization-units/"_s + DefaultOu);
        QCOMPARE(def.status, 200);
        QCOMPARE(def.json().value(u"handle"_s).toString(), u"default"_s);
        QVERIFY(def.json().value(u"parent"_s).isNull());

        const Reply created = m_http.post(
            u"/organization-units"_s, QJsonObject{{u"handle"_s, u"engineering"_s},
                                                  {u"name"_s, u"Engineering"_s},
                                                  {u"description"_s, u"Engineering Unit"_s},
                                                  {u"logoUrl"_s, u"https://example.com/e.png"_s},
                                                  {u"parent"_s, QJsonValue()}});
        QCOMPARE(created.status, 201);
        const QString eng = created.json().value(u"id"_s).toString();
        QCOMPARE(created.header("Location"), QByteArray("/organization-units/" + eng.toLatin1()));
        QCOMPARE(created.json().value(u"logoUrl"_s).toString(), u"https://example.com/e.png"_s);
        QVERIFY(!created.json().value(u"createdAt"_s).toString().isEmpty());

        const Reply child =
            m_http.post(u"/organization-units"_s, QJsonObject{{u"handle"_s, u"frontend"_s},
                                                              {u"name"_s, u"Frontend Team"_s},
                                                              {u"parent"_s, eng}});
        QCOMPARE(child.status, 201);
        const QString fe = child.json().value(u"id"_s).toString();
        QCOMPARE(child.json().value(u"parent"_s).toString(), eng);

        // Roots only at the top level; the child under /ous.
        const Reply roots = m_http.get(u"/organization-units"_s);
        QCOMPARE(roots.status, 200);
        QVERIFY(idsOf(roots.json().value(u"organizationUnits"_s).toArray()).contains(eng));
        QVERIFY(!idsOf(roots.json().value(u"organizationUnits"_s).toArray()).contains(fe));
        const Reply children = m_http.get(u"/organization-units/%1/ous"_s.arg(eng));
        QCOMPARE(idsOf(children.json().value(u"organizationUnits"_s).toArray()), QStringList{fe});

        const Reply filtered =
            m_http.get(u"/organization-units?filter=handle%20eq%20%22engineering%22"_s);
        QCOMPARE(filtered.status, 200);
        QCOMPARE(idsOf(filtered.json().value(u"organizationUnits"_s).toArray()), QStringList{eng});
        checkError(m_http.get(u"/organization-units?filter=bogus"_s), 400, u"OU-1014"_s,
                   u"error.ouservice."_s);
        checkError(m_http.get(u"/organization-units?filter=owner%20eq%20%22x%22"_s), 400,
                   u"OU-1014"_s, u"error.ouservice."_s);

        // Full-replacement update.
        const Reply updated = m_http.put(
            u"/organization-units/"_s + fe,
            QJsonObject{{u"handle"_s, u"web"_s}, {u"name"_s, u"Web Team"_s}, {u"parent"_s, eng}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"handle"_s).toString(), u"web"_s);
        QVERIFY(!updated.json().contains(u"description"_s));

        // Conflicts, cycles, unknown parents.
        checkError(m_http.post(u"/organization-units"_s, QJsonObject{{u"handle"_s, u"web"_s},
                                                                     {u"name"_s, u"Other"_s},
                                                                     {u"parent"_s, eng}}),
                   409, u"OU-1008"_s, u"error.ouservice."_s);
        checkError(m_http.post(u"/organization-units"_s, QJsonObject{{u"handle"_s, u"other"_s},
                                                                     {u"name"_s, u"Web Team"_s},
                                                                     {u"parent"_s, eng}}),
                   409, u"OU-1004"_s, u"error.ouservice."_s);
        checkError(
            m_http.put(u"/organization-units/"_s + eng, QJsonObject{{u"handle"_s, u"engineering"_s},
                                                                    {u"name"_s, u"Engineering"_s},
                                                                    {u"parent"_s, fe}}),
            400, u"OU-1007"_s, u"error.ouservice."_s);
        checkError(m_http.post(u"/organization-units"_s, QJsonObject{{u"handle"_s, u"x"_s},
                                                                     {u"name"_s, u"X"_s},
                                                                     {u"parent"_s, UnknownId}}),
                   400, u"OU-1005"_s, u"error.ouservice."_s);

        // A parent with children cannot go; the leaf can.
        checkError(m_http.del(u"/organization-units/"_s + eng), 400, u"OU-1006"_s,
                   u"error.ouservice."_s);
        QCOMPARE(m_http.del(u"/organization-units/"_s + fe).status, 204);
        QCOMPARE(m_http.del(u"/organization-units/"_s + eng).status, 204);
        checkError(m_http.get(u"/organization-units/"_s + eng), 404, u"OU-1003"_s,
                   u"error.ouservice."_s);
        // The default OU holds users and groups.
        checkError(m_http.del(u"/organization-units/"_s + DefaultOu), 400, u"OU-1006"_s,
                   u"error.ouservice."_s);
    }

    void ouMembersListings()
    {
        const Reply users =
            m_http.get(u"/organization-units/%1/users?include=display"_s.arg(DefaultOu));
        QCOMPARE(users.status, 200);
        bool admin = false;
        for (const QJsonValue v : users.json().value(u"users"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == AdminUser) {
                admin = true;
                QCOMPARE(v.toObject().value(u"display"_s).toString(), u"admin"_s);
            }
        }
        QVERIFY(admin);
        const Reply groups = m_http.get(u"/organization-units/%1/groups"_s.arg(DefaultOu));
        QVERIFY(idsOf(groups.json().value(u"groups"_s).toArray()).contains(AdministratorsGroup));
        const Reply roles = m_http.get(u"/organization-units/%1/roles"_s.arg(DefaultOu));
        QVERIFY(idsOf(roles.json().value(u"roles"_s).toArray()).contains(AdministratorRole));
        checkError(m_http.get(u"/organization-units/%1/users"_s.arg(UnknownId)), 404, u"OU-1003"_s,
                   u"error.ouservice."_s);
    }

    void ouBadInput()
    {
        checkError(m_http.send("POST", u"/organization-units"_s, "{not json", "application/json"),
                   400, u"OU-1001"_s, u"error.ouservice."_s);
        checkError(m_http.post(u"/organization-units"_s, QJsonObject{{u"name"_s, u"No Handle"_s}}),
                   400, u"OU-1001"_s, u"error.ouservice."_s);
        checkError(m_http.post(u"/organization-units"_s,
                               QJsonObject{{u"handle"_s, 42}, {u"name"_s, u"Typed"_s}}),
                   400, u"OU-1001"_s, u"error.ouservice."_s);
        checkError(m_http.put(u"/organization-units/"_s + UnknownId,
                              QJsonObject{{u"handle"_s, u"a"_s}, {u"name"_s, u"A"_s}}),
                   404, u"OU-1003"_s, u"error.ouservice."_s);
        checkError(m_http.del(u"/organization-units/"_s + UnknownId), 404, u"OU-1003"_s,
                   u"error.ouservice."_s);
        checkError(m_http.get(u"/organization-units?limit=0"_s), 400, u"OU-1010"_s,
                   u"error.ouservice."_s);
        checkError(m_http.get(u"/organization-units?limit=101"_s), 400, u"OU-1010"_s,
                   u"error.ouservice."_s);
        checkError(m_http.get(u"/organization-units?offset=-1"_s), 400, u"OU-1011"_s,
                   u"error.ouservice."_s);
    }

    // ---- users -------------------------------------------------------------------------

    void userCrudAndPassword()
    {
        const Reply created = m_http.post(
            u"/users"_s,
            QJsonObject{
                {u"ouId"_s, DefaultOu},
                {u"type"_s, u"Person"_s},
                {u"attributes"_s,
                 QJsonObject{{u"username"_s, u"jane"_s},
                             {u"password"_s, u"Jane-Secret-1"_s},
                             {u"email"_s, u"jane@example.com"_s},
                             {u"age"_s, 24},
                             {u"address"_s, QJsonObject{{u"city"_s, u"Mountain View"_s}}}}}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id"_s).toString();
        QCOMPARE(created.header("Location"), QByteArray("/users/" + id.toLatin1()));
        QVERIFY(!created.body.contains("Jane-Secret-1"));
        QVERIFY(!created.json().value(u"attributes"_s).toObject().contains(u"password"_s));
        QCOMPARE(created.json().value(u"type"_s).toString(), u"Person"_s);

        const Reply got = m_http.get(u"/users/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(u"attributes"_s).toObject().value(u"email"_s).toString(),
                 u"jane@example.com"_s);
        QVERIFY(!got.body.contains("Jane-Secret-1"));
        QVERIFY(!got.body.contains("pbkdf2"));
        const Reply display = m_http.get(u"/users/%1?include=display"_s.arg(id));
        QCOMPARE(display.json().value(u"display"_s).toString(), u"jane"_s);
        QCOMPARE(display.json().value(u"ouHandle"_s).toString(), u"default"_s);

        // Filters: a string, a number, a nested path.
        for (const QString &filter : {u"username%20eq%20%22jane%22"_s, u"age%20eq%2024"_s,
                                      u"address.city%20eq%20%22Mountain%20View%22"_s}) {
            const Reply r = m_http.get(u"/users?filter="_s + filter);
            QCOMPARE(r.status, 200);
            QCOMPARE(idsOf(r.json().value(u"users"_s).toArray()), QStringList{id});
        }
        QCOMPARE(m_http.get(u"/users?filter=username%20eq%20%22nobody%22"_s)
                     .json()
                     .value(u"totalResults"_s)
                     .toInt(),
                 0);
        checkError(m_http.get(u"/users?filter=username%20like%20%22j%22"_s), 400, u"USR-1020"_s,
                   u"error.userservice."_s);

        const Reply updated = m_http.put(
            u"/users/"_s + id,
            QJsonObject{{u"ouId"_s, DefaultOu},
                        {u"type"_s, u"Person"_s},
                        {u"attributes"_s, QJsonObject{{u"username"_s, u"jane.doe"_s},
                                                      {u"email"_s, u"jd@example.com"_s}}}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"attributes"_s).toObject().value(u"username"_s).toString(),
                 u"jane.doe"_s);
        QVERIFY(!updated.json().value(u"attributes"_s).toObject().contains(u"age"_s));

        checkError(m_http.post(
                       u"/users"_s,
                       QJsonObject{{u"ouId"_s, DefaultOu},
                                   {u"type"_s, u"Person"_s},
                                   {u"attributes"_s, QJsonObject{{u"username"_s, u"jane.doe"_s}}}}),
                   409, u"USR-1014"_s, u"error.userservice."_s);

        const QString group =
            m_http
                .post(u"/groups"_s,
                      QJsonObject{{u"name"_s, u"Jane's Group"_s},
                                  {u"ouId"_s, DefaultOu},
                                  {u"members"_s,
                                   QJsonArray{QJsonObject{{u"id"_s, id}, {u"type"_s, u"user"_s}}}}})
                .json()
                .value(u"id"_s)
                .toString();
        // GET /groups reads the filter every list reads (issue 11: it was ignored).
        const Reply named = m_http.get(u"/groups?filter=name%20eq%20%22Jane's%20Group%22"_s);
        QCOMPARE(named.status, 200);
        QCOMPARE(idsOf(named.json().value(u"groups"_s).toArray()), QStringList{group});
        QCOMPARE(named.json().value(u"totalResults"_s).toInt(), 1);
        QCOMPARE(m_http.get(u"/groups?filter=name%20eq%20%22nobody%22"_s)
                     .json()
                     .value(u"totalResults"_s)
                     .toInt(),
                 0);
        checkError(m_http.get(u"/groups?filter=bogus"_s), 400, u"GRP-1016"_s,
                   u"error.groupservice."_s);
        checkError(m_http.get(u"/groups?filter=owner%20eq%20%22x%22"_s), 400, u"GRP-1016"_s,
                   u"error.groupservice."_s);
        const Reply groups = m_http.get(u"/users/%1/groups"_s.arg(id));
        QCOMPARE(groups.status, 200);
        QCOMPARE(idsOf(groups.json().value(u"groups"_s).toArray()), QStringList{group});
        QCOMPARE(
            groups.json().value(u"groups"_s).toArray().at(0).toObject().value(u"ouId"_s).toString(),
            DefaultOu);

        QCOMPARE(m_http.del(u"/users/"_s + id).status, 204);
        checkError(m_http.get(u"/users/"_s + id), 404, u"USR-1003"_s, u"error.userservice."_s);
        // Membership went with the user.
        QCOMPARE(
            m_http.get(u"/groups/%1/members"_s.arg(group)).json().value(u"totalResults"_s).toInt(),
            0);
    }

    void userBadInput()
    {
        checkError(m_http.send("POST", u"/users"_s, "[1,2", "application/json"), 400, u"USR-1001"_s,
                   u"error.userservice."_s);
        checkError(m_http.send("POST", u"/users"_s, "[]", "application/json"), 400, u"USR-1001"_s,
                   u"error.userservice."_s);
        checkError(m_http.post(u"/users"_s, QJsonObject{{u"type"_s, u"Person"_s}}), 400,
                   u"USR-1001"_s, u"error.userservice."_s);
        checkError(m_http.post(u"/users"_s, QJsonObject{{u"ouId"_s, DefaultOu},
                                                        {u"type"_s, u"Person"_s},
                                                        {u"attributes"_s, u"flat"_s}}),
                   400, u"USR-1001"_s, u"error.userservice."_s);
        checkError(m_http.post(u"/users"_s,
                               QJsonObject{{u"ouId"_s, u"not-a-uuid"_s}, {u"type"_s, u"Person"_s}}),
                   400, u"USR-1022"_s, u"error.userservice."_s);
        checkError(
            m_http.post(u"/users"_s, QJsonObject{{u"ouId"_s, UnknownId}, {u"type"_s, u"Person"_s}}),
            400, u"USR-1005"_s, u"error.userservice."_s);
        checkError(m_http.put(u"/users/"_s + UnknownId, QJsonObject{{u"type"_s, u"Person"_s}}), 404,
                   u"USR-1003"_s, u"error.userservice."_s);
        checkError(m_http.del(u"/users/"_s + UnknownId), 404, u"USR-1003"_s,
                   u"error.userservice."_s);
        checkError(m_http.get(u"/users/%1/groups"_s.arg(UnknownId)), 404, u"USR-1003"_s,
                   u"error.userservice."_s);
        checkError(m_http.get(u"/users?limit=abc"_s), 400, u"USR-1011"_s, u"error.userservice."_s);
        checkError(m_http.get(u"/users?offset=x"_s), 400, u"USR-1012"_s, u"error.userservice."_s);
    }

    // Issue 11, finding 8: names are at most 256 characters and refuse NUL and other controls,
    // zero-width and bidirectional formatting characters (`amara.okafor\0` beside `amara.okafor`).
    void namesRefuseInvisibleCharacters()
    {
        const QStringList bad = {u"amara.okafor"_s + QChar(0), u"amara\u200Bokafor"_s,
                                 u"amara.okafor\u200D"_s,      u"\u202Erofako.arama"_s,
                                 u"amara\u2066okafor\u2069"_s, QString(257, u'a')};
        for (const QString &name : bad) {
            checkError(m_http.post(u"/users"_s, QJsonObject{{u"ouId"_s, DefaultOu},
                                                            {u"type"_s, u"Person"_s},
                                                            {u"attributes"_s,
                                                             QJsonObject{{u"username"_s, name}}}}),
                       400, u"USR-1001"_s, u"error.userservice."_s);
            checkError(
                m_http.post(u"/groups"_s, QJsonObject{{u"name"_s, name}, {u"ouId"_s, DefaultOu}}),
                400, u"GRP-1001"_s, u"error.groupservice."_s);
            checkError(m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, name},
                                                             {u"type"_s, u"default"_s},
                                                             {u"ouId"_s, DefaultOu}}),
                       400, u"AGT-1001"_s, u"error.agentservice."_s);
            QCOMPARE(m_http
                         .post(u"/organization-units"_s,
                               QJsonObject{{u"name"_s, name}, {u"handle"_s, u"h-bad"_s}})
                         .status,
                     400);
            QCOMPARE(m_http
                         .post(u"/applications"_s, QJsonObject{{u"name"_s, name},
                                                               {u"ouId"_s, DefaultOu},
                                                               {u"type"_s, u"m2m"_s}})
                         .status,
                     400);
        }
        // Resource servers, their resources and roles likewise (the 257-character name aside,
        // which roles refuse by their own 64-character rule anyway).
        int n = 0;
        for (const QString &name : bad) {
            ++n;
            QCOMPARE(m_http
                         .post(u"/resource-servers"_s,
                               QJsonObject{
                                   {u"name"_s, name},
                                   {u"identifier"_s, u"https://names%1.example.com/api"_s.arg(n)},
                                   {u"ouId"_s, DefaultOu}})
                         .status,
                     400);
            QCOMPARE(m_http
                         .post(u"/roles"_s, QJsonObject{{u"name"_s, name},
                                                        {u"ouId"_s, DefaultOu},
                                                        {u"permissions"_s, QJsonArray{}}})
                         .status,
                     400);
        }
        QCOMPARE(m_http
                     .post(u"/roles"_s, QJsonObject{{u"name"_s, u"Names control"_s},
                                                    {u"ouId"_s, DefaultOu},
                                                    {u"permissions"_s, QJsonArray{}}})
                     .status,
                 201);
        const Reply rs =
            m_http.post(u"/resource-servers"_s,
                        QJsonObject{{u"name"_s, u"Names control"_s},
                                    {u"identifier"_s, u"https://names.example.com/api"_s},
                                    {u"ouId"_s, DefaultOu}});
        QCOMPARE(rs.status, 201);
        QCOMPARE(
            m_http
                .post(u"/resource-servers/%1/resources"_s.arg(rs.json().value(u"id"_s).toString()),
                      QJsonObject{{u"name"_s, u"files\u202E"_s}, {u"handle"_s, u"files"_s}})
                .status,
            400);

        // Ordinary names, accents and scripts included, pass.
        const Reply ok = m_http.post(
            u"/users"_s,
            QJsonObject{{u"ouId"_s, DefaultOu},
                        {u"type"_s, u"Person"_s},
                        {u"attributes"_s, QJsonObject{{u"username"_s, u"zoë.ångström-李"_s}}}});
        QCOMPARE(ok.status, 201);
    }

    void userPaging()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!createUser(u"pager%1"_s.arg(i)).isEmpty());
        const Reply page = m_http.get(u"/users?limit=2&offset=1"_s);
        QCOMPARE(page.status, 200);
        const QJsonObject o = page.json();
        QVERIFY(o.value(u"totalResults"_s).toInt() >= 6);
        QCOMPARE(o.value(u"startIndex"_s).toInt(), 2);
        QCOMPARE(o.value(u"count"_s).toInt(), 2);
        QCOMPARE(o.value(u"users"_s).toArray().size(), 2);
        QStringList rels;
        for (const QJsonValue l : o.value(u"links"_s).toArray())
            rels.append(l.toObject().value(u"rel"_s).toString());
        QVERIFY(rels.contains(u"next"_s));
        QVERIFY(rels.contains(u"prev"_s));
        // Default limit is 30.
        for (int i = 5; i < 32; ++i)
            QVERIFY(!createUser(u"pager%1"_s.arg(i)).isEmpty());
        QCOMPARE(m_http.get(u"/users"_s).json().value(u"count"_s).toInt(), 30);
    }

    // ---- groups ------------------------------------------------------------------------

    void groupCrudAndMembers()
    {
        const QString alice = createUser(u"alice"_s);
        const QString bob = createUser(u"bob"_s);
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        const Reply created = m_http.post(
            u"/groups"_s, QJsonObject{{u"name"_s, u"Sports"_s},
                                      {u"description"_s, u"Sporty people"_s},
                                      {u"ouId"_s, DefaultOu},
                                      {u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"user"_s},
                                                                            {u"id"_s, alice}}}}});
        QCOMPARE(created.status, 201);
        const QString sports = created.json().value(u"id"_s).toString();
        QCOMPARE(created.header("Location"), QByteArray("/groups/" + sports.toLatin1()));
        QCOMPARE(created.json().value(u"ouId"_s).toString(), DefaultOu);

        const Reply got = m_http.get(u"/groups/%1?include=display"_s.arg(sports));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(u"name"_s).toString(), u"Sports"_s);
        QCOMPARE(got.json().value(u"ouHandle"_s).toString(), u"default"_s);
        QVERIFY(
            idsOf(m_http.get(u"/groups"_s).json().value(u"groups"_s).toArray()).contains(sports));

        // A nested group, the admin app and an agent as members.
        const QString nested =
            m_http
                .post(u"/groups"_s, QJsonObject{{u"name"_s, u"Juniors"_s}, {u"ouId"_s, DefaultOu}})
                .json()
                .value(u"id"_s)
                .toString();
        const QString agent = m_http
                                  .post(u"/agents"_s, QJsonObject{{u"name"_s, u"Group Agent"_s},
                                                                  {u"type"_s, u"default"_s},
                                                                  {u"ouId"_s, DefaultOu}})
                                  .json()
                                  .value(u"id"_s)
                                  .toString();
        QVERIFY(!nested.isEmpty() && !agent.isEmpty());
        const Reply added = m_http.post(
            u"/groups/%1/members/add"_s.arg(sports),
            QJsonObject{
                {u"members"_s,
                 QJsonArray{QJsonObject{{u"type"_s, u"user"_s}, {u"id"_s, bob}},
                            QJsonObject{{u"type"_s, u"group"_s}, {u"id"_s, nested}},
                            QJsonObject{{u"type"_s, u"app"_s},
                                        {u"id"_s, u"01900000-0000-7000-8000-000000000070"_s}},
                            QJsonObject{{u"type"_s, u"agent"_s}, {u"id"_s, agent}}}}});
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json().value(u"id"_s).toString(), sports);
        const Reply members = m_http.get(u"/groups/%1/members?include=display"_s.arg(sports));
        QCOMPARE(members.status, 200);
        QCOMPARE(members.json().value(u"totalResults"_s).toInt(), 5);
        QStringList displays;
        for (const QJsonValue m : members.json().value(u"members"_s).toArray())
            displays.append(m.toObject().value(u"display"_s).toString());
        QVERIFY(displays.contains(u"alice"_s));
        QVERIFY(displays.contains(u"Juniors"_s));
        QVERIFY(displays.contains(u"Group Agent"_s));
        const Reply paged = m_http.get(u"/groups/%1/members?limit=2&offset=4"_s.arg(sports));
        QCOMPARE(paged.json().value(u"count"_s).toInt(), 1);
        // Adding again is harmless; a cycle is not.
        QCOMPARE(m_http
                     .post(u"/groups/%1/members/add"_s.arg(sports),
                           QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"user"_s},
                                                                             {u"id"_s, bob}}}}})
                     .status,
                 200);
        checkError(
            m_http.post(u"/groups/%1/members/add"_s.arg(nested),
                        QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"group"_s},
                                                                          {u"id"_s, sports}}}}}),
            400, u"GRP-1008"_s, u"error.groupservice."_s);

        const Reply removed = m_http.post(
            u"/groups/%1/members/remove"_s.arg(sports),
            QJsonObject{
                {u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"user"_s}, {u"id"_s, bob}}}}});
        QCOMPARE(removed.status, 200);
        QCOMPARE(
            m_http.get(u"/groups/%1/members"_s.arg(sports)).json().value(u"totalResults"_s).toInt(),
            4);

        const Reply updated =
            m_http.put(u"/groups/"_s + sports,
                       QJsonObject{{u"name"_s, u"Activities"_s}, {u"ouId"_s, DefaultOu}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"name"_s).toString(), u"Activities"_s);
        QVERIFY(!updated.json().contains(u"description"_s));
        // Members are untouched by an update.
        QCOMPARE(
            m_http.get(u"/groups/%1/members"_s.arg(sports)).json().value(u"totalResults"_s).toInt(),
            4);

        // Deleting the nested group removes its membership in Activities.
        QCOMPARE(m_http.del(u"/groups/"_s + nested).status, 204);
        QCOMPARE(
            m_http.get(u"/groups/%1/members"_s.arg(sports)).json().value(u"totalResults"_s).toInt(),
            3);
        QCOMPARE(m_http.del(u"/groups/"_s + sports).status, 204);
        checkError(m_http.get(u"/groups/"_s + sports), 404, u"GRP-1003"_s,
                   u"error.groupservice."_s);
    }

    void groupBadInput()
    {
        checkError(m_http.send("POST", u"/groups"_s, "{\"name\":", "application/json"), 400,
                   u"GRP-1001"_s, u"error.groupservice."_s);
        checkError(m_http.post(u"/groups"_s, QJsonObject{{u"ouId"_s, DefaultOu}}), 400,
                   u"GRP-1001"_s, u"error.groupservice."_s);
        checkError(
            m_http.post(u"/groups"_s, QJsonObject{{u"name"_s, true}, {u"ouId"_s, DefaultOu}}), 400,
            u"GRP-1001"_s, u"error.groupservice."_s);
        checkError(
            m_http.post(u"/groups"_s, QJsonObject{{u"name"_s, u"G"_s}, {u"ouId"_s, UnknownId}}),
            400, u"GRP-1005"_s, u"error.groupservice."_s);
        checkError(m_http.post(u"/groups"_s, QJsonObject{{u"name"_s, u"Administrators"_s},
                                                         {u"ouId"_s, DefaultOu}}),
                   409, u"GRP-1004"_s, u"error.groupservice."_s);
        checkError(
            m_http.post(u"/groups"_s,
                        QJsonObject{{u"name"_s, u"Bad Members"_s},
                                    {u"ouId"_s, DefaultOu},
                                    {u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"robot"_s},
                                                                          {u"id"_s, AdminUser}}}}}),
            400, u"GRP-1014"_s, u"error.groupservice."_s);
        checkError(
            m_http.post(u"/groups"_s,
                        QJsonObject{{u"name"_s, u"Ghost Members"_s},
                                    {u"ouId"_s, DefaultOu},
                                    {u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"user"_s},
                                                                          {u"id"_s, UnknownId}}}}}),
            400, u"GRP-1007"_s, u"error.groupservice."_s);
        // Nothing half-written: the failed creations left no group behind.
        for (const QJsonValue g :
             m_http.get(u"/groups?limit=100"_s).json().value(u"groups"_s).toArray()) {
            QVERIFY(g.toObject().value(u"name"_s).toString() != u"Ghost Members"_s);
            QVERIFY(g.toObject().value(u"name"_s).toString() != u"Bad Members"_s);
        }
        // A user claimed as an app does not match the claimed type.
        checkError(
            m_http.post(u"/groups/%1/members/add"_s.arg(AdministratorsGroup),
                        QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"app"_s},
                                                                          {u"id"_s, AdminUser}}}}}),
            400, u"GRP-1007"_s, u"error.groupservice."_s);
        checkError(m_http.post(u"/groups/%1/members/add"_s.arg(AdministratorsGroup),
                               QJsonObject{{u"members"_s, QJsonArray{}}}),
                   400, u"GRP-1013"_s, u"error.groupservice."_s);
        checkError(
            m_http.post(u"/groups/%1/members/add"_s.arg(AdministratorsGroup),
                        QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"group"_s},
                                                                          {u"id"_s, UnknownId}}}}}),
            400, u"GRP-1008"_s, u"error.groupservice."_s);
        checkError(
            m_http.post(u"/groups/%1/members/add"_s.arg(UnknownId),
                        QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"type"_s, u"user"_s},
                                                                          {u"id"_s, AdminUser}}}}}),
            404, u"GRP-1003"_s, u"error.groupservice."_s);
        checkError(m_http.put(u"/groups/"_s + UnknownId,
                              QJsonObject{{u"name"_s, u"X"_s}, {u"ouId"_s, DefaultOu}}),
                   404, u"GRP-1003"_s, u"error.groupservice."_s);
        checkError(m_http.del(u"/groups/"_s + UnknownId), 404, u"GRP-1003"_s,
                   u"error.groupservice."_s);
        checkError(m_http.get(u"/groups?limit=1000"_s), 400, u"GRP-1011"_s,
                   u"error.groupservice."_s);
        checkError(m_http.get(u"/groups/%1/members?offset=-3"_s.arg(AdministratorsGroup)), 400,
                   u"GRP-1012"_s, u"error.groupservice."_s);
    }

    // ---- applications ------------------------------------------------------------------

    void applicationBootstrap()
    {
        const Reply console = m_http.get(u"/applications/01900000-0000-7000-8000-000000000060"_s);
        QCOMPARE(console.status, 200);
        QCOMPARE(console.json().value(u"clientId"_s).toString(), u"CONSOLE"_s);
        const QJsonObject c = oauthConfigOf(console.json());
        QCOMPARE(c.value(u"tokenEndpointAuthMethod"_s).toString(), u"none"_s);
        QVERIFY(c.value(u"publicClient"_s).toBool());
        QVERIFY(c.value(u"pkceRequired"_s).toBool());
        QCOMPARE(c.value(u"grantTypes"_s).toArray(),
                 QJsonArray({u"authorization_code"_s, u"refresh_token"_s}));
        QVERIFY(c.value(u"redirectUris"_s)
                    .toArray()
                    .contains(QString(m_sandbox.issuer() + u"/console"_s)));
        const Reply admin = m_http.get(u"/applications/01900000-0000-7000-8000-000000000070"_s);
        QCOMPARE(admin.json().value(u"clientId"_s).toString(), m_sandbox.adminClientId());
        QVERIFY(!admin.body.contains("clientSecret"));
    }

    void applicationCrudAndSecrets()
    {
        const Reply created = m_http.post(
            u"/applications"_s,
            QJsonObject{
                {u"name"_s, u"Audit Console"_s},
                {u"ouId"_s, DefaultOu},
                {u"type"_s, u"m2m"_s},
                {u"description"_s, u"Reads audit data"_s},
                {u"metadata"_s, QJsonObject{{u"team"_s, u"platform"_s}}},
                {u"inboundAuthConfig"_s,
                 inbound(QJsonObject{{u"clientId"_s, u"audit-console"_s},
                                     {u"clientSecret"_s, u"first-secret"_s},
                                     {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}},
                                     {u"tokenEndpointAuthMethod"_s, u"client_secret_basic"_s}})}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id"_s).toString();
        QCOMPARE(created.header("Location"), QByteArray("/applications/" + id.toLatin1()));
        QCOMPARE(created.json().value(u"clientId"_s).toString(), u"audit-console"_s);
        QCOMPARE(oauthConfigOf(created.json()).value(u"clientSecret"_s).toString(),
                 u"first-secret"_s);
        QCOMPARE(created.json().value(u"metadata"_s).toObject().value(u"team"_s).toString(),
                 u"platform"_s);

        // GET never returns the secret.
        const Reply got = m_http.get(u"/applications/"_s + id);
        QCOMPARE(got.status, 200);
        QVERIFY(!got.body.contains("first-secret"));
        QVERIFY(!oauthConfigOf(got.json()).contains(u"clientSecret"_s));
        QCOMPARE(oauthConfigOf(got.json()).value(u"clientId"_s).toString(), u"audit-console"_s);
        const Reply list = m_http.get(u"/applications"_s);
        QVERIFY(!list.body.contains("first-secret"));
        QVERIFY(idsOf(list.json().value(u"applications"_s).toArray()).contains(id));

        TestHttp anonymous(m_sandbox.baseUrl());
        auto tokenWith = [&](const QString &secret) {
            return anonymous
                .postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}},
                          u"audit-console"_s, secret)
                .status;
        };
        QCOMPARE(tokenWith(u"first-secret"_s), 200);

        // A PUT without clientSecret keeps the existing secret.
        QJsonObject body{
            {u"name"_s, u"Audit Console"_s},
            {u"ouId"_s, DefaultOu},
            {u"type"_s, u"m2m"_s},
            {u"inboundAuthConfig"_s,
             inbound(QJsonObject{{u"clientId"_s, u"audit-console"_s},
                                 {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}})}};
        const Reply kept = m_http.put(u"/applications/"_s + id, body);
        QCOMPARE(kept.status, 200);
        QVERIFY(!oauthConfigOf(kept.json()).contains(u"clientSecret"_s));
        // Full replacement: description and metadata are gone.
        QVERIFY(!kept.json().contains(u"description"_s));
        QVERIFY(!kept.json().contains(u"metadata"_s));
        QCOMPARE(tokenWith(u"first-secret"_s), 200);

        // A PUT with a new secret replaces it at once.
        body.insert(u"inboundAuthConfig"_s,
                    inbound(QJsonObject{{u"clientId"_s, u"audit-console"_s},
                                        {u"clientSecret"_s, u"second-secret"_s},
                                        {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}}));
        const Reply rotated = m_http.put(u"/applications/"_s + id, body);
        QCOMPARE(rotated.status, 200);
        QCOMPARE(oauthConfigOf(rotated.json()).value(u"clientSecret"_s).toString(),
                 u"second-secret"_s);
        QCOMPARE(tokenWith(u"first-secret"_s), 401);
        QCOMPARE(tokenWith(u"second-secret"_s), 200);

        // Type is immutable.
        body.insert(u"type"_s, u"browser"_s);
        checkError(m_http.put(u"/applications/"_s + id, body), 400, u"APP-1041"_s,
                   u"error.applicationservice."_s);

        // Without inboundAuthConfig the OAuth profile (and its secret) is removed.
        const Reply plain =
            m_http.put(u"/applications/"_s + id, QJsonObject{{u"name"_s, u"Audit Console"_s},
                                                             {u"ouId"_s, DefaultOu},
                                                             {u"type"_s, u"m2m"_s}});
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.json().contains(u"clientId"_s));
        QCOMPARE(tokenWith(u"second-secret"_s), 401);

        QCOMPARE(m_http.del(u"/applications/"_s + id).status, 204);
        checkError(m_http.get(u"/applications/"_s + id), 404, u"APP-1001"_s,
                   u"error.applicationservice."_s);
    }

    void applicationGeneratedCredentials()
    {
        const Reply created = m_http.post(
            u"/applications"_s,
            QJsonObject{
                {u"name"_s, u"Generated Creds"_s},
                {u"ouId"_s, DefaultOu},
                {u"type"_s, u"m2m"_s},
                {u"inboundAuthConfig"_s,
                 inbound(QJsonObject{{u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}})}});
        QCOMPARE(created.status, 201);
        const QJsonObject c = oauthConfigOf(created.json());
        QCOMPARE(c.value(u"clientId"_s).toString().size(), 22);
        QVERIFY(c.value(u"clientSecret"_s).toString().size() >= 43);
        QCOMPARE(c.value(u"tokenEndpointAuthMethod"_s).toString(), u"client_secret_basic"_s);
        QCOMPARE(c.value(u"responseTypes"_s).toArray(), QJsonArray{u"code"_s});
        // Applications and agents share the client id space.
        checkError(
            m_http.post(
                u"/agents"_s,
                QJsonObject{{u"name"_s, u"Clashing Agent"_s},
                            {u"type"_s, u"default"_s},
                            {u"ouId"_s, DefaultOu},
                            {u"inboundAuthConfig"_s,
                             inbound(QJsonObject{{u"clientId"_s, c.value(u"clientId"_s)}})}}),
            409, u"AGT-1037"_s, u"error.agentservice."_s);
    }

    void applicationBadInput()
    {
        const QString prefix = u"error.applicationservice."_s;
        checkError(m_http.send("POST", u"/applications"_s, "nope", "application/json"), 400,
                   u"APP-1018"_s, prefix);
        checkError(m_http.post(u"/applications"_s,
                               QJsonObject{{u"ouId"_s, DefaultOu}, {u"type"_s, u"m2m"_s}}),
                   400, u"APP-1004"_s, prefix);
        checkError(m_http.post(u"/applications"_s,
                               QJsonObject{{u"name"_s, u"T"_s}, {u"ouId"_s, DefaultOu}}),
                   400, u"APP-1042"_s, prefix);
        checkError(m_http.post(u"/applications"_s, QJsonObject{{u"name"_s, u"T"_s},
                                                               {u"ouId"_s, DefaultOu},
                                                               {u"type"_s, u"desktop"_s}}),
                   400, u"APP-1040"_s, prefix);
        checkError(
            m_http.post(u"/applications"_s,
                        QJsonObject{{u"name"_s, 7}, {u"ouId"_s, DefaultOu}, {u"type"_s, u"m2m"_s}}),
            400, u"APP-1018"_s, prefix);
        checkError(m_http.post(u"/applications"_s, QJsonObject{{u"name"_s, u"Console"_s},
                                                               {u"ouId"_s, DefaultOu},
                                                               {u"type"_s, u"m2m"_s}}),
                   409, u"APP-1020"_s, prefix);
        checkError(m_http.post(u"/applications"_s,
                               QJsonObject{{u"name"_s, u"Dup Client"_s},
                                           {u"ouId"_s, DefaultOu},
                                           {u"type"_s, u"m2m"_s},
                                           {u"inboundAuthConfig"_s,
                                            inbound(QJsonObject{{u"clientId"_s, u"CONSOLE"_s}})}}),
                   409, u"APP-1021"_s, prefix);
        checkError(
            m_http.post(
                u"/applications"_s,
                QJsonObject{{u"name"_s, u"Bad Grant"_s},
                            {u"ouId"_s, DefaultOu},
                            {u"type"_s, u"m2m"_s},
                            {u"inboundAuthConfig"_s,
                             inbound(QJsonObject{{u"grantTypes"_s, QJsonArray{u"magic"_s}}})}}),
            400, u"APP-1010"_s, prefix);
        checkError(m_http.post(u"/applications"_s,
                               QJsonObject{{u"name"_s, u"Bad Redirect"_s},
                                           {u"ouId"_s, DefaultOu},
                                           {u"type"_s, u"browser"_s},
                                           {u"inboundAuthConfig"_s,
                                            inbound(QJsonObject{{u"redirectUris"_s,
                                                                 QJsonArray{u"not a uri"_s}}})}}),
                   400, u"APP-1012"_s, prefix);
        checkError(m_http.post(u"/applications"_s,
                               QJsonObject{{u"name"_s, u"Public Secret"_s},
                                           {u"ouId"_s, DefaultOu},
                                           {u"type"_s, u"browser"_s},
                                           {u"inboundAuthConfig"_s,
                                            inbound(QJsonObject{{u"publicClient"_s, true},
                                                                {u"clientSecret"_s, u"x"_s}})}}),
                   400, u"APP-1023"_s, prefix);
        checkError(m_http.post(u"/applications"_s,
                               QJsonObject{{u"name"_s, u"Two Configs"_s},
                                           {u"ouId"_s, DefaultOu},
                                           {u"type"_s, u"m2m"_s},
                                           {u"inboundAuthConfig"_s,
                                            QJsonArray{inbound({}).at(0), inbound({}).at(0)}}}),
                   400, u"APP-1034"_s, prefix);
        checkError(m_http.put(u"/applications/"_s + UnknownId, QJsonObject{{u"name"_s, u"X"_s},
                                                                           {u"ouId"_s, DefaultOu},
                                                                           {u"type"_s, u"m2m"_s}}),
                   404, u"APP-1001"_s, prefix);
        checkError(m_http.del(u"/applications/"_s + UnknownId), 404, u"APP-1001"_s, prefix);
    }

    // ---- agents ------------------------------------------------------------------------

    void agentCrud()
    {
        const QString owner = createUser(u"agent.owner"_s);
        const Reply created = m_http.post(
            u"/agents"_s,
            QJsonObject{{u"name"_s, u"Calendar Agent"_s},
                        {u"type"_s, u"default"_s},
                        {u"ouId"_s, DefaultOu},
                        {u"description"_s, u"Agent exposing calendar tools"_s},
                        {u"owner"_s, owner},
                        {u"attributes"_s, QJsonObject{{u"modelProvider"_s, u"anthropic"_s},
                                                      {u"region"_s, u"us-east-1"_s}}},
                        {u"inboundAuthConfig"_s,
                         inbound(QJsonObject{
                             {u"grantTypes"_s,
                              QJsonArray{u"client_credentials"_s,
                                         u"urn:ietf:params:oauth:grant-type:token-exchange"_s}},
                             {u"scopes"_s, QJsonArray{u"calendar:read"_s}}})}});
        QCOMPARE(created.status, 201);
        const QJsonObject a = created.json();
        const QString id = a.value(u"id"_s).toString();
        QCOMPARE(created.header("Location"), QByteArray("/agents/" + id.toLatin1()));
        QCOMPARE(a.value(u"owner"_s).toString(), owner);
        QCOMPARE(a.value(u"type"_s).toString(), u"default"_s);
        QCOMPARE(a.value(u"clientId"_s).toString().size(), 22);
        QVERIFY(QByteArray::fromBase64(a.value(u"clientId"_s).toString().toLatin1(),
                                       QByteArray::Base64UrlEncoding |
                                           QByteArray::AbortOnBase64DecodingErrors)
                    .size() == 16);
        const QString secret = oauthConfigOf(a).value(u"clientSecret"_s).toString();
        QVERIFY(!secret.isEmpty());

        const Reply got = m_http.get(u"/agents/%1?include=display"_s.arg(id));
        QCOMPARE(got.status, 200);
        QVERIFY(!got.body.contains(secret.toUtf8()));
        QCOMPARE(got.json().value(u"ouHandle"_s).toString(), u"default"_s);
        QCOMPARE(got.json().value(u"description"_s).toString(), u"Agent exposing calendar tools"_s);
        QCOMPARE(oauthConfigOf(got.json()).value(u"scopes"_s).toArray(),
                 QJsonArray{u"calendar:read"_s});

        // The agent gets its own token with its secret.
        TestHttp anonymous(m_sandbox.baseUrl());
        const Reply token = anonymous.postForm(u"/oauth2/token"_s,
                                               {{u"grant_type"_s, u"client_credentials"_s},
                                                {u"scope"_s, u"system"_s},
                                                {u"resource"_s, SystemRs}},
                                               a.value(u"clientId"_s).toString(), secret);
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(u"scope"_s).toString(), QString()); // no role grants it

        // Filter only on attributes.
        const Reply byRegion = m_http.get(u"/agents?filter=region%20eq%20%22us-east-1%22"_s);
        QCOMPARE(idsOf(byRegion.json().value(u"agents"_s).toArray()), QStringList{id});
        const QJsonObject summary = byRegion.json().value(u"agents"_s).toArray().at(0).toObject();
        QVERIFY(!summary.contains(u"inboundAuthConfig"_s));
        QCOMPARE(summary.value(u"clientId"_s).toString(), a.value(u"clientId"_s).toString());
        const Reply byName = m_http.get(u"/agents?filter=name%20eq%20%22Calendar%20Agent%22"_s);
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.json().value(u"totalResults"_s).toInt(), 0);
        checkError(m_http.get(u"/agents?filter=region%20eq%20us-east-1"_s), 400, u"AGT-1020"_s,
                   u"error.agentservice."_s);

        // Groups and roles (direct and through groups).
        const QString group =
            m_http
                .post(u"/groups"_s,
                      QJsonObject{{u"name"_s, u"Service Agents"_s},
                                  {u"ouId"_s, DefaultOu},
                                  {u"members"_s, QJsonArray{QJsonObject{{u"id"_s, id},
                                                                        {u"type"_s, u"agent"_s}}}}})
                .json()
                .value(u"id"_s)
                .toString();
        QCOMPARE(
            m_http
                .post(u"/groups/%1/members/add"_s.arg(AdministratorsGroup),
                      QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"id"_s, group},
                                                                        {u"type"_s, u"group"_s}}}}})
                .status,
            200);
        const Reply groups = m_http.get(u"/agents/%1/groups"_s.arg(id));
        QCOMPARE(groups.status, 200);
        QCOMPARE(idsOf(groups.json().value(u"groups"_s).toArray()), QStringList{group});
        const Reply roles = m_http.get(u"/agents/%1/roles"_s.arg(id));
        QCOMPARE(roles.status, 200);
        QCOMPARE(roles.json().value(u"roles"_s).toArray(), QJsonArray{u"Administrator"_s});
        // Now the role (through nested groups) grants `system`.
        const Reply token2 = anonymous.postForm(u"/oauth2/token"_s,
                                                {{u"grant_type"_s, u"client_credentials"_s},
                                                 {u"scope"_s, u"system"_s},
                                                 {u"resource"_s, SystemRs}},
                                                a.value(u"clientId"_s).toString(), secret);
        QCOMPARE(token2.json().value(u"scope"_s).toString(), u"system"_s);
        QCOMPARE(
            m_http
                .post(u"/groups/%1/members/remove"_s.arg(AdministratorsGroup),
                      QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"id"_s, group},
                                                                        {u"type"_s, u"group"_s}}}}})
                .status,
            200);

        // Full replacement: omitted OAuth profile and fields are cleared, owner kept.
        const Reply updated =
            m_http.put(u"/agents/"_s + id,
                       QJsonObject{{u"name"_s, u"Calendar Agent v2"_s}, {u"type"_s, u"default"_s}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"name"_s).toString(), u"Calendar Agent v2"_s);
        QVERIFY(!updated.json().contains(u"clientId"_s));
        QVERIFY(!updated.json().contains(u"inboundAuthConfig"_s));
        QVERIFY(!updated.json().contains(u"description"_s));
        QCOMPARE(updated.json().value(u"owner"_s).toString(), owner);
        QCOMPARE(updated.json().value(u"ouId"_s).toString(), DefaultOu);
        QCOMPARE(anonymous
                     .postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}},
                               a.value(u"clientId"_s).toString(), secret)
                     .status,
                 401);

        // Delete cascades group membership.
        QCOMPARE(m_http.del(u"/agents/"_s + id).status, 204);
        checkError(m_http.get(u"/agents/"_s + id), 404, u"AGT-1004"_s, u"error.agentservice."_s);
        QCOMPARE(
            m_http.get(u"/groups/%1/members"_s.arg(group)).json().value(u"totalResults"_s).toInt(),
            0);
        checkError(m_http.get(u"/agents/%1/roles"_s.arg(id)), 404, u"AGT-1004"_s,
                   u"error.agentservice."_s);
    }

    void agentOwnerDefaultsToCaller()
    {
        const Reply created =
            m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"Owned By Caller"_s},
                                                  {u"type"_s, u"default"_s},
                                                  {u"ouId"_s, DefaultOu}});
        QCOMPARE(created.status, 201);
        // The caller is the admin M2M application (token sub).
        QCOMPARE(created.json().value(u"owner"_s).toString(),
                 u"01900000-0000-7000-8000-000000000070"_s);
        QVERIFY(!created.json().contains(u"clientId"_s));
        QCOMPARE(created.json().value(u"attributes"_s).toObject(), QJsonObject());
    }

    void agentSecretKeptOnPut()
    {
        const QJsonObject config{{u"clientId"_s, u"etl_worker_client"_s},
                                 {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}};
        const Reply created =
            m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"ETL Worker"_s},
                                                  {u"type"_s, u"default"_s},
                                                  {u"ouId"_s, DefaultOu},
                                                  {u"inboundAuthConfig"_s, inbound(config)}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id"_s).toString();
        const QString secret = oauthConfigOf(created.json()).value(u"clientSecret"_s).toString();
        const Reply kept =
            m_http.put(u"/agents/"_s + id, QJsonObject{{u"name"_s, u"ETL Worker"_s},
                                                       {u"type"_s, u"default"_s},
                                                       {u"inboundAuthConfig"_s, inbound(config)}});
        QCOMPARE(kept.status, 200);
        QVERIFY(!oauthConfigOf(kept.json()).contains(u"clientSecret"_s));
        TestHttp anonymous(m_sandbox.baseUrl());
        QCOMPARE(anonymous
                     .postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}},
                               u"etl_worker_client"_s, secret)
                     .status,
                 200);
    }

    void agentBadInput()
    {
        const QString prefix = u"error.agentservice."_s;
        checkError(m_http.send("POST", u"/agents"_s, "{]", "application/json"), 400, u"AGT-1001"_s,
                   prefix);
        checkError(m_http.post(u"/agents"_s,
                               QJsonObject{{u"type"_s, u"default"_s}, {u"ouId"_s, DefaultOu}}),
                   400, u"AGT-1009"_s, prefix);
        checkError(m_http.post(u"/agents"_s,
                               QJsonObject{{u"name"_s, u"No Type"_s}, {u"ouId"_s, DefaultOu}}),
                   400, u"AGT-1010"_s, prefix);
        checkError(m_http.post(u"/agents"_s,
                               QJsonObject{{u"name"_s, u"No OU"_s}, {u"type"_s, u"default"_s}}),
                   400, u"AGT-1005"_s, prefix);
        checkError(m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"Bad OU"_s},
                                                         {u"type"_s, u"default"_s},
                                                         {u"ouId"_s, UnknownId}}),
                   400, u"AGT-1005"_s, prefix);
        checkError(m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"Typed"_s},
                                                         {u"type"_s, u"default"_s},
                                                         {u"ouId"_s, DefaultOu},
                                                         {u"attributes"_s, QJsonArray{1}}}),
                   400, u"AGT-1001"_s, prefix);
        checkError(m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"Orphan"_s},
                                                         {u"type"_s, u"default"_s},
                                                         {u"ouId"_s, DefaultOu},
                                                         {u"owner"_s, UnknownId}}),
                   400, u"AGT-1039"_s, prefix);
        checkError(
            m_http.post(u"/agents"_s,
                        QJsonObject{{u"name"_s, u"Public CC"_s},
                                    {u"type"_s, u"default"_s},
                                    {u"ouId"_s, DefaultOu},
                                    {u"inboundAuthConfig"_s,
                                     inbound(QJsonObject{
                                         {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}},
                                         {u"tokenEndpointAuthMethod"_s, u"none"_s}})}}),
            400, u"AGT-1021"_s, prefix);
        checkError(
            m_http.post(
                u"/agents"_s,
                QJsonObject{{u"name"_s, u"Bad Method"_s},
                            {u"type"_s, u"default"_s},
                            {u"ouId"_s, DefaultOu},
                            {u"inboundAuthConfig"_s,
                             inbound(QJsonObject{{u"tokenEndpointAuthMethod"_s, u"magic"_s}})}}),
            400, u"AGT-1022"_s, prefix);
        QCOMPARE(m_http
                     .post(u"/agents"_s, QJsonObject{{u"name"_s, u"Unique Agent"_s},
                                                     {u"type"_s, u"default"_s},
                                                     {u"ouId"_s, DefaultOu}})
                     .status,
                 201);
        checkError(m_http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"Unique Agent"_s},
                                                         {u"type"_s, u"default"_s},
                                                         {u"ouId"_s, DefaultOu}}),
                   409, u"AGT-1013"_s, prefix);
        checkError(m_http.put(u"/agents/"_s + UnknownId,
                              QJsonObject{{u"name"_s, u"X"_s}, {u"type"_s, u"default"_s}}),
                   404, u"AGT-1004"_s, prefix);
        checkError(m_http.del(u"/agents/"_s + UnknownId), 404, u"AGT-1004"_s, prefix);
        checkError(m_http.get(u"/agents/%1/groups"_s.arg(UnknownId)), 404, u"AGT-1004"_s, prefix);
        checkError(m_http.get(u"/agents?limit=0"_s), 400, u"AGT-1011"_s, prefix);
        checkError(m_http.get(u"/agents?offset=-1"_s), 400, u"AGT-1012"_s, prefix);
        const Reply limit = m_http.get(u"/agents?limit=0"_s);
        QCOMPARE(limit.json().value(u"message"_s).toObject().value(u"key"_s).toString(),
                 u"error.agentservice.invalid_limit"_s);
    }

    // ---- declarative (read-only) entities ----------------------------------------------

    void readOnlyEntitiesRefuseChange()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxProcess::Options options;
        options.dataDir = dir.path();
        QString ou, user, group, app, agent;
        {
            SandboxProcess first(options);
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            TestHttp http(first.baseUrl());
            http.setBearer(first.adminToken());
            ou = http.post(u"/organization-units"_s,
                           QJsonObject{{u"handle"_s, u"declared"_s}, {u"name"_s, u"Declared"_s}})
                     .json()
                     .value(u"id"_s)
                     .toString();
            user =
                http.post(u"/users"_s,
                          QJsonObject{{u"ouId"_s, DefaultOu},
                                      {u"type"_s, u"Person"_s},
                                      {u"attributes"_s, QJsonObject{{u"username"_s, u"decl"_s}}}})
                    .json()
                    .value(u"id"_s)
                    .toString();
            group = http.post(u"/groups"_s,
                              QJsonObject{{u"name"_s, u"Declared"_s}, {u"ouId"_s, DefaultOu}})
                        .json()
                        .value(u"id"_s)
                        .toString();
            app = http.post(u"/applications"_s, QJsonObject{{u"name"_s, u"Declared"_s},
                                                            {u"ouId"_s, DefaultOu},
                                                            {u"type"_s, u"custom"_s}})
                      .json()
                      .value(u"id"_s)
                      .toString();
            agent = http.post(u"/agents"_s, QJsonObject{{u"name"_s, u"Declared"_s},
                                                        {u"type"_s, u"default"_s},
                                                        {u"ouId"_s, DefaultOu}})
                        .json()
                        .value(u"id"_s)
                        .toString();
            QVERIFY(!ou.isEmpty() && !user.isEmpty() && !group.isEmpty() && !app.isEmpty() &&
                    !agent.isEmpty());
            first.stop();
        }
        {
            // Declarative resources come from configuration, not from the API: mark them in the
            // store while the sandbox is down.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"declare"_s);
            db.setDatabaseName(QDir(dir.path()).filePath(u"sandbox.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const auto &[table, id] :
                 QList<QPair<QString, QString>>{{u"organization_units"_s, ou},
                                                {u"users"_s, user},
                                                {u"groups"_s, group},
                                                {u"applications"_s, app},
                                                {u"agents"_s, agent}}) {
                QVERIFY(q.exec(u"UPDATE %1 SET is_read_only = 1 WHERE id = '%2'"_s.arg(table, id)));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"declare"_s);
        SandboxProcess second(options);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        TestHttp http(second.baseUrl());
        http.setBearer(second.adminToken());

        QVERIFY(http.get(u"/organization-units/"_s + ou).json().value(u"isReadOnly"_s).toBool());
        checkError(http.put(u"/organization-units/"_s + ou,
                            QJsonObject{{u"handle"_s, u"x"_s}, {u"name"_s, u"X"_s}}),
                   400, u"OU-1012"_s, u"error.ouservice."_s);
        checkError(http.del(u"/organization-units/"_s + ou), 400, u"OU-1012"_s,
                   u"error.ouservice."_s);
        QVERIFY(http.get(u"/users/"_s + user).json().value(u"isReadOnly"_s).toBool());
        checkError(http.put(u"/users/"_s + user, QJsonObject{{u"type"_s, u"Person"_s}}), 400,
                   u"USR-1025"_s, u"error.userservice."_s);
        checkError(http.del(u"/users/"_s + user), 400, u"USR-1025"_s, u"error.userservice."_s);
        checkError(http.put(u"/groups/"_s + group,
                            QJsonObject{{u"name"_s, u"Renamed"_s}, {u"ouId"_s, DefaultOu}}),
                   400, u"GRP-1015"_s, u"error.groupservice."_s);
        checkError(
            http.post(u"/groups/%1/members/add"_s.arg(group),
                      QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"id"_s, user},
                                                                        {u"type"_s, u"user"_s}}}}}),
            400, u"GRP-1015"_s, u"error.groupservice."_s);
        checkError(http.del(u"/groups/"_s + group), 400, u"GRP-1015"_s, u"error.groupservice."_s);
        QVERIFY(http.get(u"/applications/"_s + app).json().value(u"isReadOnly"_s).toBool());
        checkError(http.put(u"/applications/"_s + app, QJsonObject{{u"name"_s, u"Renamed"_s},
                                                                   {u"ouId"_s, DefaultOu},
                                                                   {u"type"_s, u"custom"_s}}),
                   400, u"APP-1030"_s, u"error.applicationservice."_s);
        checkError(http.del(u"/applications/"_s + app), 400, u"APP-1030"_s,
                   u"error.applicationservice."_s);
        QVERIFY(http.get(u"/agents/"_s + agent).json().value(u"isReadOnly"_s).toBool());
        checkError(http.put(u"/agents/"_s + agent,
                            QJsonObject{{u"name"_s, u"Renamed"_s}, {u"type"_s, u"default"_s}}),
                   403, u"AGT-1027"_s, u"error.agentservice."_s);
        checkError(http.del(u"/agents/"_s + agent), 403, u"AGT-1027"_s, u"error.agentservice."_s);
        // Still all there, unchanged.
        QCOMPARE(http.get(u"/agents/"_s + agent).json().value(u"name"_s).toString(), u"Declared"_s);
        QCOMPARE(http.get(u"/groups/"_s + group).json().value(u"name"_s).toString(), u"Declared"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"
