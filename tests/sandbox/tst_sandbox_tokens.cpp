// Token management and the remaining extension APIs over HTTP: introspection, revocation,
// key rotation, discovery, the credentials API, the audit API, the --events-file output, and
// concurrent clients on the token endpoint.
#include "FlowFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace tid::test;

class TestTokens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir eventsDir;
    std::unique_ptr<FlowFixture> fixture;
    QString rsId;
    const QString resource = u"https://ledger.example.com/api"_s;
    TestClient agent;
    TestClient other;

    FlowFixture &f() { return *fixture; }
    QString eventsPath() const { return eventsDir.filePath(u"observability.log"_s); }
    QString ccToken(const TestClient &c)
    {
        return f()
            .clientCredentials(c, u"ledger:read"_s, resource)
            .json()
            .value(u"access_token"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(eventsDir.isValid());
        fixture = std::make_unique<FlowFixture>(QStringList{u"--events-file"_s, eventsPath()});
        QString error;
        QVERIFY2(f().start(&error), qPrintable(error));
        rsId =
            f().createResourceServer(u"Ledger"_s, resource, {u"ledger:read"_s, u"ledger:write"_s});
        agent = f().createClient(u"Bookkeeper"_s, {u"client_credentials"_s, GrantExchange});
        other = f().createClient(u"Auditor"_s, {u"client_credentials"_s});
        QVERIFY(!f().createRole(u"Readers"_s, rsId, {u"ledger:read"_s},
                                {{agent.id, u"agent"_s}, {other.id, u"agent"_s}})
                     .isEmpty());
    }

    void discoveryListsEverything()
    {
        for (const QString &path : {u"/.well-known/openid-configuration"_s,
                                    u"/.well-known/oauth-authorization-server"_s}) {
            const auto r = f().http.get(path);
            QCOMPARE(r.status, 200);
            const QJsonObject m = r.json();
            const QString iss = f().issuer();
            QCOMPARE(m.value(u"issuer"_s).toString(), iss);
            QCOMPARE(m.value(u"token_endpoint"_s).toString(), QString(iss + u"/oauth2/token"_s));
            QCOMPARE(m.value(u"authorization_endpoint"_s).toString(),
                     QString(iss + u"/oauth2/authorize"_s));
            QCOMPARE(m.value(u"introspection_endpoint"_s).toString(),
                     QString(iss + u"/oauth2/introspect"_s));
            QCOMPARE(m.value(u"revocation_endpoint"_s).toString(),
                     QString(iss + u"/oauth2/revoke"_s));
            QCOMPARE(m.value(u"jwks_uri"_s).toString(), QString(iss + u"/oauth2/jwks"_s));
            QCOMPARE(m.value(u"backchannel_authentication_endpoint"_s).toString(),
                     QString(iss + u"/oauth2/bc-authorize"_s));
            QCOMPARE(m.value(u"backchannel_token_delivery_modes_supported"_s).toArray(),
                     QJsonArray{u"poll"_s});
            QVERIFY(m.contains(u"backchannel_user_code_parameter_supported"_s));
            QCOMPARE(m.value(u"code_challenge_methods_supported"_s).toArray(),
                     QJsonArray{u"S256"_s});
            const QJsonArray grants = m.value(u"grant_types_supported"_s).toArray();
            for (const QString &g : {u"authorization_code"_s, u"client_credentials"_s,
                                     u"refresh_token"_s, GrantExchange, GrantCiba})
                QVERIFY2(grants.contains(g), qPrintable(g));
            QStringList names;
            for (const QJsonValue &e : m.value(u"extensions"_s).toArray()) {
                names << e.toObject().value(u"name"_s).toString();
                QVERIFY(e.toObject().value(u"endpoint"_s).toString().startsWith(iss));
            }
            QCOMPARE(names, QStringList({u"consents"_s, u"ciba-approvals"_s, u"credentials"_s,
                                         u"audit-events"_s, u"signing-key-rotation"_s}));
        }
    }

    void introspection()
    {
        const QString token = ccToken(agent);
        QVERIFY(!token.isEmpty());
        const auto r = f().introspect(other, token); // any client may introspect
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"active"_s).toBool(), true);
        QCOMPARE(o.value(u"client_id"_s).toString(), agent.clientId);
        QCOMPARE(o.value(u"sub"_s).toString(), agent.id);
        QCOMPARE(o.value(u"aud"_s).toString(), resource);
        QCOMPARE(o.value(u"scope"_s).toString(), u"ledger:read"_s);
        QCOMPARE(o.value(u"grant_type"_s).toString(), u"client_credentials"_s);
        QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(o.value(u"iss"_s).toString(), f().issuer());
        for (const QString &k : {u"exp"_s, u"iat"_s, u"nbf"_s, u"jti"_s})
            QVERIFY(o.contains(k));
        QVERIFY(!o.contains(u"act"_s)); // an agent's own token has no actor

        QCOMPARE(f().introspect(other, u"garbage"_s).json(), QJsonObject({{u"active"_s, false}}));
        QCOMPARE(f().introspect(other, token.left(token.size() - 3) + u"abc"_s).json(),
                 QJsonObject({{u"active"_s, false}}));
        QCOMPARE(
            f().http.postForm(u"/oauth2/introspect"_s, {}, other.clientId, other.secret).code(),
            u"invalid_request"_s);
        QCOMPARE(f().http.postForm(u"/oauth2/introspect"_s, {{u"token"_s, token}}).status, 401);
        QCOMPARE(f().http
                     .postForm(u"/oauth2/introspect"_s, {{u"token"_s, token}}, other.clientId,
                               u"wrong"_s)
                     .code(),
                 u"invalid_client"_s);
        const QJsonArray events = f().auditEvents(u"TOKEN_INTROSPECTED"_s, agent.clientId);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last()
                     .toObject()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"introspectedBy"_s)
                     .toString(),
                 other.clientId);
    }

    void revocation()
    {
        const QString token = ccToken(agent);
        QCOMPARE(
            f().http
                .postForm(u"/oauth2/revoke"_s, {{u"token"_s, token}}, other.clientId, other.secret)
                .code(),
            u"invalid_grant"_s); // not its token
        QCOMPARE(f().introspect(other, token).json().value(u"active"_s).toBool(), true);
        const auto ok = f().http.postForm(u"/oauth2/revoke"_s, {{u"token"_s, token}},
                                          agent.clientId, agent.secret);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.isEmpty());
        QCOMPARE(f().introspect(other, token).json().value(u"active"_s).toBool(), false);
        // Revoked tokens cannot be exchanged, nor used on the extension APIs.
        TestHttp bearer(f().sandbox().baseUrl());
        bearer.setBearer(token);
        QCOMPARE(bearer.get(u"/consents"_s).status, 401);
        // Unknown and forged tokens: a no-op success (RFC 7009).
        QCOMPARE(f().http
                     .postForm(u"/oauth2/revoke"_s, {{u"token"_s, u"garbage"_s}}, agent.clientId,
                               agent.secret)
                     .status,
                 200);
        QCOMPARE(f().http.postForm(u"/oauth2/revoke"_s, {}, agent.clientId, agent.secret).code(),
                 u"invalid_request"_s);
        QCOMPARE(f().http.postForm(u"/oauth2/revoke"_s, {{u"token"_s, token}}).status, 401);
        const QJsonArray revoked = f().auditEvents(u"TOKEN_REVOKED"_s, agent.clientId);
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.at(0).toObject().value(u"data"_s).toObject().value(u"jti"_s),
                 FlowFixture::claims(token).value(u"jti"_s));
    }

    void keyRotationKeepsThePreviousKey()
    {
        const QString before = ccToken(agent);
        const QString oldKid = FlowFixture::header(before).value(u"kid"_s).toString();
        const auto rotated = f().admin.post(u"/oauth2/jwks/rotate"_s, QJsonObject{});
        QCOMPARE(rotated.status, 200);
        QVERIFY(!rotated.json().value(u"active"_s).toArray().isEmpty());
        const QString after = ccToken(agent);
        const QString newKid = FlowFixture::header(after).value(u"kid"_s).toString();
        QVERIFY(newKid != oldKid);
        QStringList kids;
        for (const QJsonValue &k :
             f().http.get(u"/oauth2/jwks"_s).json().value(u"keys"_s).toArray())
            kids << k.toObject().value(u"kid"_s).toString();
        QVERIFY(kids.contains(oldKid));
        QVERIFY(kids.contains(newKid));
        QVERIFY(f().verifiesAgainstJwks(before));
        QVERIFY(f().verifiesAgainstJwks(after));
        QCOMPARE(f().introspect(other, before).json().value(u"active"_s).toBool(), true);
        // Administrators only.
        TestHttp notAdmin(f().sandbox().baseUrl());
        notAdmin.setBearer(after);
        QCOMPARE(notAdmin.post(u"/oauth2/jwks/rotate"_s, QJsonObject{}).status, 403);
        // A second rotation: the JWKS holds the current and the previous keys only.
        QCOMPARE(f().admin.post(u"/oauth2/jwks/rotate"_s, QJsonObject{}).status, 200);
        f().renewAdminToken(); // the first admin token's key is gone now
        kids.clear();
        const QJsonArray keys = f().http.get(u"/oauth2/jwks"_s).json().value(u"keys"_s).toArray();
        for (const QJsonValue &k : keys)
            kids << k.toObject().value(u"kid"_s).toString();
        QCOMPARE(keys.size(), 4); // ES256 + RS256, current and previous
        QVERIFY(!kids.contains(oldKid));
        QVERIFY(kids.contains(newKid));
        QCOMPARE(f().introspect(other, before).json().value(u"active"_s).toBool(), false);
        QCOMPARE(f().introspect(other, after).json().value(u"active"_s).toBool(), true);
        QVERIFY(!f().auditEvents(u"ADMIN_CHANGE"_s).isEmpty());
    }

    void credentialRotationWithGrace()
    {
        TestClient c = f().createClient(u"Rotating agent"_s, {u"client_credentials"_s});
        QCOMPARE(f().clientCredentials(c, {}, {}).status, 200);
        const auto rotated = f().admin.post(u"/agents/%1/credentials/rotate"_s.arg(c.id),
                                            QJsonObject{{u"graceSeconds"_s, 300}});
        QCOMPARE(rotated.status, 200);
        QCOMPARE(rotated.header("Cache-Control"), QByteArray("no-store"));
        const QString fresh = rotated.json().value(u"clientSecret"_s).toString();
        QVERIFY(!fresh.isEmpty() && fresh != c.secret);
        QCOMPARE(rotated.json().value(u"graceSeconds"_s).toInt(), 300);
        // Both work during the grace.
        QCOMPARE(f().clientCredentials(c, {}, {}).status, 200);
        TestClient next = c;
        next.secret = fresh;
        QCOMPARE(f().clientCredentials(next, {}, {}).status, 200);

        const auto list = f().admin.get(u"/agents/%1/credentials"_s.arg(c.id));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(fresh.toLatin1()));
        QVERIFY(!list.body.contains(c.secret.toLatin1()));
        const QJsonArray creds = list.json().value(u"credentials"_s).toArray();
        QCOMPARE(creds.size(), 2);
        QCOMPARE(creds.at(0).toObject().value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(creds.at(1).toObject().value(u"status"_s).toString(), u"EXPIRING"_s);
        QVERIFY(!creds.at(1).toObject().value(u"lastUsedAt"_s).isNull());
        QVERIFY(!creds.at(1).toObject().value(u"expiresAt"_s).isNull());
        for (const QJsonValue &cr : creds) {
            QVERIFY(cr.toObject().contains(u"createdAt"_s));
            QVERIFY(!cr.toObject().contains(u"clientSecret"_s));
        }

        // A rotation without grace ends the old secrets at once.
        const auto now =
            f().admin.post(u"/agents/%1/credentials/rotate"_s.arg(c.id), QJsonObject{});
        QCOMPARE(now.status, 200);
        QCOMPARE(f().clientCredentials(next, {}, {}).code(), u"invalid_client"_s);
        QCOMPARE(f().clientCredentials(c, {}, {}).code(), u"invalid_client"_s);
        next.secret = now.json().value(u"clientSecret"_s).toString();
        QCOMPARE(f().clientCredentials(next, {}, {}).status, 200);
        QCOMPARE(f().auditEvents(u"CREDENTIAL_ROTATED"_s, c.clientId).size(), 2);
        // Creating the agent issued its first credential.
        QCOMPARE(f().auditEvents(u"CREDENTIAL_ISSUED"_s, c.clientId).size(), 1);
    }

    void credentialRevocationKillsSecretsAndTokens()
    {
        TestClient c = f().createClient(u"Doomed agent"_s, {u"client_credentials"_s});
        QVERIFY(!f().createRole(u"Doomed readers"_s, rsId, {u"ledger:read"_s}, {{c.id, u"agent"_s}})
                     .isEmpty());
        const QString token = ccToken(c);
        QCOMPARE(f().introspect(other, token).json().value(u"active"_s).toBool(), true);
        const auto revoked =
            f().admin.post(u"/agents/%1/credentials/revoke"_s.arg(c.id), QJsonObject{});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json().value(u"revokedCredentials"_s).toInt(), 1);
        QCOMPARE(f().clientCredentials(c, {}, {}).code(), u"invalid_client"_s);
        QCOMPARE(f().introspect(other, token).json().value(u"active"_s).toBool(), false);
        const QJsonArray creds = f().admin.get(u"/agents/%1/credentials"_s.arg(c.id))
                                     .json()
                                     .value(u"credentials"_s)
                                     .toArray();
        QCOMPARE(creds.at(0).toObject().value(u"status"_s).toString(), u"REVOKED"_s);
        QCOMPARE(f().auditEvents(u"CREDENTIAL_REVOKED"_s, c.clientId).size(), 1);
        // A new secret can be made afterwards; tokens it gets are valid.
        const auto rotated =
            f().admin.post(u"/agents/%1/credentials/rotate"_s.arg(c.id), QJsonObject{});
        c.secret = rotated.json().value(u"clientSecret"_s).toString();
        QThread::msleep(5); // a later millisecond than the revocation
        const QString fresh = ccToken(c);
        QCOMPARE(f().introspect(other, fresh).json().value(u"active"_s).toBool(), true);
    }

    void credentialErrors()
    {
        QCOMPARE(f().admin.get(u"/agents/nope/credentials"_s).status, 404);
        QCOMPARE(f().admin.post(u"/agents/nope/credentials/rotate"_s, QJsonObject{}).status, 404);
        QCOMPARE(f().admin.post(u"/agents/nope/credentials/revoke"_s, QJsonObject{}).status, 404);
        QCOMPARE(f().admin
                     .post(u"/agents/%1/credentials/rotate"_s.arg(agent.id),
                           QJsonObject{{u"graceSeconds"_s, -1}})
                     .code(),
                 u"CRD-1003"_s);
        QCOMPARE(f().admin
                     .post(u"/agents/%1/credentials/rotate"_s.arg(agent.id),
                           QJsonObject{{u"graceSeconds"_s, u"soon"_s}})
                     .code(),
                 u"CRD-1003"_s);
        QCOMPARE(f().admin
                     .send("POST", u"/agents/%1/credentials/rotate"_s.arg(agent.id), "[",
                           "application/json")
                     .code(),
                 u"CRD-1002"_s);
        TestHttp notAdmin(f().sandbox().baseUrl());
        notAdmin.setBearer(ccToken(agent));
        QCOMPARE(notAdmin.get(u"/agents/%1/credentials"_s.arg(agent.id)).status, 403);
        const TestClient pub =
            f().createClient(u"Public agent"_s, {u"authorization_code"_s}, {}, false, true);
        QCOMPARE(
            f().admin.post(u"/agents/%1/credentials/rotate"_s.arg(pub.id), QJsonObject{}).code(),
            u"CRD-1001"_s);
    }

    void auditApiFiltersAndPages()
    {
        const auto all = f().admin.get(u"/audit/events?limit=2"_s);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(u"count"_s).toInt(), 2);
        const QString cursor = all.json().value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const auto next = f().admin.get(u"/audit/events?limit=2&after="_s + cursor);
        QCOMPARE(next.status, 200);
        const QJsonObject firstOfNext = next.json().value(u"events"_s).toArray().at(0).toObject();
        const QJsonObject lastOfFirst = all.json().value(u"events"_s).toArray().at(1).toObject();
        QCOMPARE(lastOfFirst.value(u"id"_s).toString(), cursor);
        QVERIFY(firstOfNext.value(u"id"_s).toString() != cursor);
        // Ascending by when recorded. (Not by id: two UUIDv7 of one millisecond differ only in
        // their random bits, so comparing ids made this test fail now and then.)
        QVERIFY(
            QDateTime::fromString(firstOfNext.value(u"timestamp"_s).toString(),
                                  Qt::ISODateWithMs) >=
            QDateTime::fromString(lastOfFirst.value(u"timestamp"_s).toString(), Qt::ISODateWithMs));
        QCOMPARE(next.json().value(u"totalResults"_s), all.json().value(u"totalResults"_s));

        const auto byClient =
            f().admin.get(u"/audit/events?clientId=%1&type=TOKEN_ISSUED"_s.arg(agent.clientId));
        for (const QJsonValue &e : byClient.json().value(u"events"_s).toArray()) {
            QCOMPARE(e.toObject().value(u"clientId"_s).toString(), agent.clientId);
            QCOMPARE(e.toObject().value(u"type"_s).toString(), u"TOKEN_ISSUED"_s);
        }
        const int bySubject = f().admin.get(u"/audit/events?subject=%1"_s.arg(agent.id))
                                  .json()
                                  .value(u"totalResults"_s)
                                  .toInt();
        QVERIFY(bySubject >= 1);
        const int byRs = f().admin.get(u"/audit/events?resourceServer=%1"_s.arg(rsId))
                             .json()
                             .value(u"totalResults"_s)
                             .toInt();
        const int byIdentifier = f().admin
                                     .get(u"/audit/events?resourceServer=%1"_s.arg(
                                         QString::fromLatin1(QUrl::toPercentEncoding(resource))))
                                     .json()
                                     .value(u"totalResults"_s)
                                     .toInt();
        QVERIFY(byRs >= 1);
        QCOMPARE(byRs, byIdentifier);
        QCOMPARE(f().admin.get(u"/audit/events?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z"_s)
                     .json()
                     .value(u"totalResults"_s)
                     .toInt(),
                 0);
        QVERIFY(f().admin.get(u"/audit/events?from=2000-01-01T00:00:00Z"_s)
                    .json()
                    .value(u"totalResults"_s)
                    .toInt() > 0);
        QCOMPARE(f().admin.get(u"/audit/events?limit=1001"_s).code(), u"AUD-1001"_s);
        QCOMPARE(f().admin.get(u"/audit/events?type=NOPE"_s).code(), u"AUD-1002"_s);
        QCOMPARE(f().admin.get(u"/audit/events?from=yesterday"_s).code(), u"AUD-1003"_s);
        QCOMPARE(f().admin.get(u"/audit/events?after=nope"_s).code(), u"AUD-1004"_s);
        TestHttp notAdmin(f().sandbox().baseUrl());
        notAdmin.setBearer(ccToken(agent));
        QCOMPARE(notAdmin.get(u"/audit/events"_s).status, 403);

        // Admin changes name who changed what.
        const QJsonArray changes = f().auditEvents(u"ADMIN_CHANGE"_s);
        bool sawRoleCreate = false;
        for (const QJsonValue &e : changes) {
            const QJsonObject d = e.toObject().value(u"data"_s).toObject();
            if (d.value(u"entityType"_s).toString() == u"roles"_s &&
                d.value(u"change"_s).toString() == u"create"_s) {
                sawRoleCreate = true;
                QCOMPARE(d.value(u"actor"_s).toObject().value(u"clientId"_s).toString(),
                         f().sandbox().adminClientId());
                QVERIFY(!d.value(u"entityId"_s).toString().isEmpty());
            }
        }
        QVERIFY(sawRoleCreate);
        // Failed client authentication is audited too (never in the ThunderID file).
        f().clientCredentials(TestClient{agent.id, agent.clientId, u"wrong"_s, {}}, {}, {});
        const QJsonArray failures = f().auditEvents(u"TOKEN_ISSUANCE_FAILED"_s, agent.clientId);
        QCOMPARE(
            failures.last().toObject().value(u"data"_s).toObject().value(u"error"_s).toString(),
            u"invalid_client"_s);
    }

    void eventsFileIsThunderIdsFormat()
    {
        const QString token = ccToken(other);
        f().http.postForm(u"/oauth2/revoke"_s, {{u"token"_s, token}}, other.clientId, other.secret);
        f().token(other, {{u"grant_type"_s, u"client_credentials"_s},
                          {u"resource"_s, u"https://nope.example.com"_s}});
        QFile file(eventsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const QByteArray all = file.readAll();
        QVERIFY(all.endsWith('\n'));
        QStringList types;
        bool sawFailure = false;
        for (const QByteArray &line : all.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.startsWith("{\"trace_id\":\""));
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(!o.isEmpty());
            QCOMPARE(o.keys(), QStringList({u"component"_s, u"data"_s, u"event_id"_s, u"status"_s,
                                            u"timestamp"_s, u"trace_id"_s, u"type"_s}));
            const int order[] = {
                int(line.indexOf("\"trace_id\"")),  int(line.indexOf("\"event_id\"")),
                int(line.indexOf("\"type\"")),      int(line.indexOf("\"timestamp\"")),
                int(line.indexOf("\"component\"")), int(line.indexOf("\"status\"")),
                int(line.indexOf("\"data\""))};
            for (int i = 1; i < 7; ++i)
                QVERIFY(order[i] > order[i - 1]);
            types << o.value(u"type"_s).toString();
            const QJsonObject data = o.value(u"data"_s).toObject();
            if (o.value(u"type"_s).toString() == u"TOKEN_ISSUED"_s) {
                QVERIFY(data.value(u"duration_ms"_s).isString());
                QVERIFY(!data.contains(u"jti"_s)); // ThunderID's TOKEN_ISSUED has none
                QVERIFY(!data.contains(u"sub"_s));
            }
            if (o.value(u"type"_s).toString() == u"TOKEN_ISSUANCE_FAILED"_s &&
                data.value(u"client_id"_s).toString() == other.clientId) {
                sawFailure = true;
                QCOMPARE(data.value(u"error"_s).toObject().value(u"code"_s).toString(), u"400"_s);
                QCOMPARE(data.value(u"error"_s).toObject().value(u"type"_s).toString(),
                         u"client_error"_s);
            }
        }
        QVERIFY(types.contains(u"TOKEN_ISSUANCE_STARTED"_s));
        QVERIFY(types.contains(u"TOKEN_ISSUED"_s));
        QVERIFY(types.contains(u"TOKEN_REVOKED"_s));
        QVERIFY(sawFailure);
        // Client-authentication failures are not written, as in ThunderID.
        QVERIFY(!all.contains("\"invalid_client\""));
    }

    // 8 clients on the token endpoint, 200 requests each, all in flight together.
    void concurrentClientsLoseNothing()
    {
        QList<TestClient> clients;
        for (int i = 0; i < 8; ++i) {
            clients << f().createClient(u"Load agent %1"_s.arg(i), {u"client_credentials"_s});
            QVERIFY(!f().createRole(u"Load %1"_s.arg(i), rsId, {u"ledger:read"_s},
                                    {{clients.last().id, u"agent"_s}})
                         .isEmpty());
        }
        constexpr int PerClient = 200;
        QNetworkAccessManager nam;
        int finished = 0;
        int ok = 0;
        QSet<QString> jtis;
        QUrl url = f().sandbox().baseUrl();
        url.setPath(u"/oauth2/token"_s);
        // Each client keeps one request in flight and sends the next when it returns.
        std::function<void(int, int)> send = [&](int client, int n) {
            QNetworkRequest request(url);
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
            request.setRawHeader("Authorization", "Basic " + (clients.at(client).clientId + u':' +
                                                              clients.at(client).secret)
                                                                 .toUtf8()
                                                                 .toBase64());
            QNetworkReply *reply =
                nam.post(request, TestHttp::formEncode({{u"grant_type"_s, u"client_credentials"_s},
                                                        {u"scope"_s, u"ledger:read"_s},
                                                        {u"resource"_s, resource}}));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, client, n] {
                ++finished;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                    ++ok;
                    jtis.insert(FlowFixture::claims(QJsonDocument::fromJson(reply->readAll())
                                                        .object()
                                                        .value(u"access_token"_s)
                                                        .toString())
                                    .value(u"jti"_s)
                                    .toString());
                }
                reply->deleteLater();
                if (n + 1 < PerClient)
                    send(client, n + 1);
            });
        };
        for (int i = 0; i < clients.size(); ++i)
            send(i, 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 8 * PerClient, 240000);
        QCOMPARE(ok, 8 * PerClient);
        QCOMPARE(jtis.size(), 8 * PerClient); // every token distinct
        int audited = 0;
        for (const TestClient &c : std::as_const(clients)) {
            const QJsonArray events = f().auditEvents(u"TOKEN_ISSUED"_s, c.clientId);
            QCOMPARE(events.size(), PerClient);
            for (const QJsonValue &e : events)
                QVERIFY(jtis.contains(
                    e.toObject().value(u"data"_s).toObject().value(u"jti"_s).toString()));
            audited += int(events.size());
        }
        QCOMPARE(audited, 8 * PerClient);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_sandbox_tokens.moc"
