// CIBA over HTTP: bc-authorize and every error code, polling (pending, slow_down, approve →
// tokens, deny → access_denied, expiry → expired_token, replay → invalid_grant), the approval
// extension API and its text/event-stream.
#include "FlowFixture.h"

#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;
using namespace tid::test;

// Reads a text/event-stream response as it arrives.
class EventStream
{
public:
    EventStream(const QUrl &url, const QString &bearer)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        request.setRawHeader("Accept", "text/event-stream");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        m_reply = m_nam.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply,
                         [this] { m_buffer += m_reply->readAll(); });
    }
    ~EventStream()
    {
        m_reply->abort();
        delete m_reply;
    }
    // Complete events so far, as {event, data} pairs.
    QList<QPair<QString, QJsonObject>> events() const
    {
        QList<QPair<QString, QJsonObject>> out;
        const QList<QByteArray> blocks = m_buffer.split('\n');
        QString event;
        QJsonObject data;
        for (const QByteArray &line : blocks) {
            if (line.startsWith("event: ")) {
                event = QString::fromUtf8(line.mid(7));
            } else if (line.startsWith("data: ")) {
                data = QJsonDocument::fromJson(line.mid(6)).object();
            } else if (line.isEmpty() && !event.isEmpty()) {
                out.append({event, data});
                event.clear();
            }
        }
        return out;
    }
    bool connected() const { return m_buffer.contains(": connected"); }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QByteArray contentType() const { return m_reply->rawHeader("Content-Type"); }
    bool finished() const { return m_reply->isFinished(); }
    QByteArray buffer() const { return m_buffer; }

private:
    QNetworkAccessManager m_nam;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_buffer;
};

class TestCiba : public QObject
{
    Q_OBJECT

private:
    FlowFixture f;
    QString rsId;
    const QString resource = u"https://mail.example.com/api"_s;
    QString daveId;
    QString erinId;
    TestClient agent;  // CIBA + refresh
    TestClient other;  // CIBA, another client
    TestClient noCiba; // without the grant
    TestClient app;    // an application with CIBA (no act)
    QString daveToken;
    QString erinToken;
    int messages = 0;

    TestHttp::Reply bcAuthorize(const TestClient &c, QList<QPair<QString, QString>> fields)
    {
        return f.http.postForm(u"/oauth2/bc-authorize"_s, fields, c.clientId, c.secret);
    }
    // A valid request for dave with a unique binding message.
    TestHttp::Reply start(const TestClient &c, const QString &expiry = {},
                          const QString &hint = u"dave"_s)
    {
        QList<QPair<QString, QString>> fields{
            {u"login_hint"_s, hint},
            {u"scope"_s, u"openid mail:read mail:send"_s},
            {u"resource"_s, resource},
            {u"binding_message"_s, u"Transfer #%1"_s.arg(++messages)}};
        if (!expiry.isEmpty())
            fields.append({u"requested_expiry"_s, expiry});
        return bcAuthorize(c, fields);
    }
    TestHttp::Reply poll(const TestClient &c, const QString &authReqId)
    {
        return f.token(c, {{u"grant_type"_s, GrantCiba}, {u"auth_req_id"_s, authReqId}});
    }
    // The approval-side id of the newest pending request of the user.
    QString pendingId(TestHttp &user)
    {
        const auto r = user.get(u"/ciba/requests?status=pending"_s);
        return r.json().value(u"requests"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        rsId = f.createResourceServer(u"Mail"_s, resource,
                                      {u"mail:read"_s, u"mail:send"_s, u"mail:delete"_s});
        daveId = f.createUser(u"dave"_s, u"dave-pw"_s);
        erinId = f.createUser(u"erin"_s, u"erin-pw"_s);
        QVERIFY(!f.createRole(u"Mailers"_s, rsId, {u"mail:read"_s, u"mail:send"_s},
                              {{daveId, u"user"_s}, {erinId, u"user"_s}})
                     .isEmpty());
        agent = f.createClient(u"Assistant"_s, {GrantCiba, u"refresh_token"_s});
        other = f.createClient(u"Other assistant"_s, {GrantCiba});
        noCiba = f.createClient(u"No CIBA"_s, {u"client_credentials"_s});
        app = f.createClient(u"Mail app"_s, {GrantCiba}, {}, true);
        QVERIFY(!agent.secret.isEmpty() && !other.secret.isEmpty() && !app.secret.isEmpty());
        daveToken = f.userToken(u"dave"_s, u"dave-pw"_s);
        erinToken = f.userToken(u"erin"_s, u"erin-pw"_s);
        QVERIFY(!daveToken.isEmpty() && !erinToken.isEmpty());
    }

    void bcAuthorizeErrors_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("error");
        QTest::newRow("no hint") << u"-login_hint"_s << u"invalid_request"_s;
        QTest::newRow("two hints") << u"+id_token_hint=x"_s << u"invalid_request"_s;
        QTest::newRow("login_hint_token") << u"+login_hint_token=x"_s << u"invalid_request"_s;
        QTest::newRow("no scope") << u"-scope"_s << u"invalid_request"_s;
        QTest::newRow("no openid") << u"scope=mail:read"_s << u"invalid_scope"_s;
        QTest::newRow("long binding message")
            << u"binding_message=%1"_s.arg(QString(257, u'x')) << u"invalid_binding_message"_s;
        QTest::newRow("control character")
            << u"binding_message=a\u0007b"_s << u"invalid_binding_message"_s;
        QTest::newRow("expiry above 600") << u"requested_expiry=601"_s << u"invalid_request"_s;
        QTest::newRow("expiry zero") << u"requested_expiry=0"_s << u"invalid_request"_s;
        QTest::newRow("expiry text") << u"requested_expiry=soon"_s << u"invalid_request"_s;
        QTest::newRow("unknown user") << u"login_hint=nobody"_s << u"unknown_user_id"_s;
        QTest::newRow("unknown resource")
            << u"resource=https://nope.example.com"_s << u"invalid_target"_s;
        QTest::newRow("no resource") << u"-resource"_s << u"invalid_target"_s;
        QTest::newRow("bad id_token_hint")
            << u"-login_hint;+id_token_hint=abc.def.ghi"_s << u"invalid_request"_s;
    }
    void bcAuthorizeErrors()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, error);
        QList<QPair<QString, QString>> fields{{u"login_hint"_s, u"dave"_s},
                                              {u"scope"_s, u"openid mail:read"_s},
                                              {u"resource"_s, resource},
                                              {u"binding_message"_s, u"Error case"_s}};
        for (const QString &m : mutation.split(u';')) {
            const QString key = m.startsWith(u'-') || m.startsWith(u'+')
                                    ? m.mid(1).section(u'=', 0, 0)
                                    : m.section(u'=', 0, 0);
            if (m.startsWith(u'-')) {
                fields.removeIf([&](const auto &p) { return p.first == key; });
            } else if (m.startsWith(u'+')) {
                fields.append({key, m.section(u'=', 1)});
            } else {
                fields.removeIf([&](const auto &p) { return p.first == key; });
                fields.append({key, m.section(u'=', 1)});
            }
        }
        const auto r = bcAuthorize(agent, fields);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), error);
    }

    void bcAuthorizeClientErrors()
    {
        QCOMPARE(start(noCiba).code(), u"unauthorized_client"_s);
        TestClient wrong = agent;
        wrong.secret = u"nope"_s;
        const auto r = start(wrong);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"invalid_client"_s);
    }

    void bindingMessageMustBeUniqueAmongPendingRequests()
    {
        const QList<QPair<QString, QString>> fields{{u"login_hint"_s, u"dave"_s},
                                                    {u"scope"_s, u"openid"_s},
                                                    {u"binding_message"_s, u"Same words"_s}};
        QCOMPARE(bcAuthorize(agent, fields).status, 200);
        QCOMPARE(bcAuthorize(agent, fields).code(), u"invalid_binding_message"_s);
        // Generated codes differ even within the same second.
        const QList<QPair<QString, QString>> plain{{u"login_hint"_s, u"erin"_s},
                                                   {u"scope"_s, u"openid"_s}};
        QCOMPARE(bcAuthorize(agent, plain).status, 200);
        QCOMPARE(bcAuthorize(agent, plain).status, 200);
        TestHttp erin(f.sandbox().baseUrl());
        erin.setBearer(erinToken);
        const QJsonArray pending =
            erin.get(u"/ciba/requests?status=pending"_s).json().value(u"requests"_s).toArray();
        QVERIFY(pending.size() >= 2);
        const QString m0 = pending.at(0).toObject().value(u"bindingMessage"_s).toString();
        const QString m1 = pending.at(1).toObject().value(u"bindingMessage"_s).toString();
        QVERIFY(m0.startsWith(u"Code: "_s));
        QVERIFY(m0 != m1);
        // Deny them so that later tests see only their own requests.
        for (const QJsonValue &p : pending)
            QCOMPARE(
                erin.post(u"/ciba/requests/%1/deny"_s.arg(p.toObject().value(u"id"_s).toString()),
                          QJsonObject{})
                    .status,
                200);
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        for (const QJsonValue &p :
             dave.get(u"/ciba/requests?status=pending"_s).json().value(u"requests"_s).toArray())
            dave.post(u"/ciba/requests/%1/deny"_s.arg(p.toObject().value(u"id"_s).toString()),
                      QJsonObject{});
    }

    void approveGivesOnBehalfOfTokensOnce()
    {
        const auto started = start(agent);
        QCOMPARE(started.status, 200);
        QCOMPARE(started.header("Cache-Control"), QByteArray("no-store"));
        const QString authReqId = started.json().value(u"auth_req_id"_s).toString();
        QCOMPARE(started.json().value(u"expires_in"_s).toInt(), 120);
        QCOMPARE(started.json().value(u"interval"_s).toInt(), 5);
        // At least 128 random bits: 43 base64url characters carry 256.
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(authReqId).hasMatch());

        QCOMPARE(poll(agent, authReqId).code(), u"authorization_pending"_s);
        QCOMPARE(poll(other, authReqId).code(), u"invalid_grant"_s); // not its request

        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const auto list = dave.get(u"/ciba/requests?status=pending"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(u"totalResults"_s).toInt(), 1);
        const QJsonObject request = list.json().value(u"requests"_s).toArray().at(0).toObject();
        const QString id = request.value(u"id"_s).toString();
        QVERIFY(id != authReqId);
        QVERIFY(!list.body.contains(authReqId.toLatin1()));
        QCOMPARE(request.value(u"agentName"_s).toString(), u"Assistant"_s);
        QCOMPARE(request.value(u"userId"_s).toString(), daveId);
        QCOMPARE(request.value(u"status"_s).toString(), u"PENDING"_s);
        QCOMPARE(request.value(u"resource"_s).toObject().value(u"identifier"_s).toString(),
                 resource);
        QCOMPARE(request.value(u"resource"_s).toObject().value(u"name"_s).toString(), u"Mail"_s);
        QVERIFY(request.value(u"bindingMessage"_s).toString().startsWith(u"Transfer #"_s));
        QVERIFY(!request.value(u"createdAt"_s).toString().isEmpty());
        QVERIFY(!request.value(u"expiresAt"_s).toString().isEmpty());
        const QJsonArray scopes = request.value(u"scopes"_s).toArray();
        QCOMPARE(scopes.size(), 3);
        QCOMPARE(scopes.at(2).toObject().value(u"name"_s).toString(), u"mail:send"_s);
        QCOMPARE(scopes.at(2).toObject().value(u"description"_s).toString(), u"Can send mail"_s);
        QCOMPARE(dave.get(u"/ciba/requests/%1"_s.arg(id)).json().value(u"id"_s).toString(), id);

        // Erin cannot see it; the administrator sees it but cannot decide for Dave.
        TestHttp erin(f.sandbox().baseUrl());
        erin.setBearer(erinToken);
        QCOMPARE(erin.get(u"/ciba/requests/%1"_s.arg(id)).status, 404);
        QCOMPARE(erin.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).status, 404);
        QCOMPARE(f.admin.get(u"/ciba/requests/%1"_s.arg(id)).status, 200);
        const auto adminApprove =
            f.admin.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{});
        QCOMPARE(adminApprove.status, 403);
        QCOMPARE(adminApprove.code(), u"CIB-1004"_s);

        const auto approved = dave.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(u"status"_s).toString(), u"APPROVED"_s);
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).code(),
                 u"CIB-1005"_s);

        const auto tokens = poll(agent, authReqId);
        QCOMPARE(tokens.status, 200);
        const QString at = tokens.json().value(u"access_token"_s).toString();
        QVERIFY(f.verifiesAgainstJwks(at));
        const QJsonObject c = FlowFixture::claims(at);
        QCOMPARE(c.value(u"sub"_s).toString(), daveId);
        QCOMPARE(c.value(u"act"_s).toObject(), QJsonObject({{u"sub"_s, agent.id}}));
        QCOMPARE(c.value(u"aud"_s).toString(), resource);
        QCOMPARE(c.value(u"grant_type"_s).toString(), GrantCiba);
        QCOMPARE(FlowFixture::scopes(c),
                 QStringList({u"openid"_s, u"mail:read"_s, u"mail:send"_s}));
        QVERIFY(tokens.json().contains(u"id_token"_s));
        QVERIFY(tokens.json().contains(u"refresh_token"_s));

        // Replay.
        QCOMPARE(poll(agent, authReqId).code(), u"invalid_grant"_s);
        QCOMPARE(dave.get(u"/ciba/requests/%1"_s.arg(id)).json().value(u"status"_s).toString(),
                 u"CONSUMED"_s);

        // The refresh token replays the act claim and follows the consent the approval recorded.
        const auto refreshed = f.token(
            agent, {{u"grant_type"_s, u"refresh_token"_s},
                    {u"refresh_token"_s, tokens.json().value(u"refresh_token"_s).toString()}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(FlowFixture::claims(refreshed.json().value(u"access_token"_s).toString())
                     .value(u"act"_s)
                     .toObject(),
                 QJsonObject({{u"sub"_s, agent.id}}));
        const auto consents = dave.get(u"/consents?clientId=%1"_s.arg(agent.clientId));
        QCOMPARE(consents.json().value(u"totalResults"_s).toInt(), 1);

        for (const QString &type : {u"CIBA_REQUESTED"_s, u"CIBA_APPROVED"_s})
            QVERIFY2(!f.auditEvents(type, agent.clientId).isEmpty(), qPrintable(type));
    }

    // An agent acting for another (sandbox extension): the token the other party delegated to it
    // goes with bc-authorize; the approver sees the party and the chain; the issued token nests
    // them below the agent.
    void delegatedRequestCarriesTheChain()
    {
        const TestClient planner = f.createClient(u"Planner"_s, {u"client_credentials"_s});
        const TestClient broker = f.createClient(u"Broker"_s, {GrantExchange});
        const TestClient worker = f.createClient(u"Worker"_s, {GrantCiba, GrantExchange});
        const auto own = f.clientCredentials(planner, {}, {});
        QCOMPARE(own.status, 200);
        const auto exchange = [this](const TestClient &by, const QString &subject) {
            return f
                .token(by, {{u"grant_type"_s, GrantExchange},
                            {u"subject_token"_s, subject},
                            {u"subject_token_type"_s, TypeAccessToken}})
                .json()
                .value(u"access_token"_s)
                .toString();
        };
        // Planner → Broker → Worker: Worker's token names Planner as subject, Broker before it.
        const QString toBroker = exchange(broker, own.json().value(u"access_token"_s).toString());
        QVERIFY(!toBroker.isEmpty());
        const QString toWorker = exchange(worker, toBroker);
        QVERIFY(!toWorker.isEmpty());

        const auto ask = [&](const QString &delegation) {
            return bcAuthorize(worker, {{u"login_hint"_s, u"dave"_s},
                                        {u"scope"_s, u"openid mail:read"_s},
                                        {u"resource"_s, resource},
                                        {u"binding_message"_s, u"Delegated #%1"_s.arg(++messages)},
                                        {u"delegation_token"_s, delegation}});
        };
        // Not delegated to the worker (its current actor is the broker), forged, repeated.
        const auto notMine = ask(toBroker);
        QCOMPARE(notMine.code(), u"invalid_request"_s);
        QVERIFY(
            notMine.json().value(u"error_description"_s).toString().contains(u"not delegated"_s));
        QString forged = toWorker;
        forged[forged.size() - 3] = forged.at(forged.size() - 3) == u'A' ? u'B' : u'A';
        QCOMPARE(ask(forged).code(), u"invalid_request"_s);

        const auto started = ask(toWorker);
        QCOMPARE(started.status, 200);
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const QString id = pendingId(dave);
        const QJsonObject request = dave.get(u"/ciba/requests/%1"_s.arg(id)).json();
        QCOMPARE(request.value(u"agentName"_s).toString(), u"Worker"_s);
        const QJsonObject actingFor = request.value(u"actingFor"_s).toObject();
        QCOMPARE(actingFor.value(u"subject"_s).toObject(),
                 QJsonObject(
                     {{u"id"_s, planner.id}, {u"type"_s, u"agent"_s}, {u"name"_s, u"Planner"_s}}));
        QCOMPARE(actingFor.value(u"earlierActors"_s).toArray(),
                 QJsonArray({QJsonObject{
                     {u"id"_s, broker.id}, {u"type"_s, u"agent"_s}, {u"name"_s, u"Broker"_s}}}));
        // A request without delegation has no actingFor.
        const auto plain = start(agent);
        QCOMPARE(plain.status, 200);
        const QString plainId = pendingId(dave);
        QVERIFY(plainId != id);
        QVERIFY(!dave.get(u"/ciba/requests/%1"_s.arg(plainId)).json().contains(u"actingFor"_s));
        QCOMPARE(dave.post(u"/ciba/requests/%1/deny"_s.arg(plainId), QJsonObject{}).status, 200);

        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).status, 200);
        const auto tokens = poll(worker, started.json().value(u"auth_req_id"_s).toString());
        QCOMPARE(tokens.status, 200);
        const QJsonObject c =
            FlowFixture::claims(tokens.json().value(u"access_token"_s).toString());
        QCOMPARE(c.value(u"sub"_s).toString(), daveId);
        const QJsonObject act = c.value(u"act"_s).toObject();
        QCOMPARE(act.value(u"sub"_s).toString(), worker.id);
        QCOMPARE(act.value(u"act"_s).toObject().value(u"sub"_s).toString(), planner.id);
        QCOMPARE(
            act.value(u"act"_s).toObject().value(u"act"_s).toObject().value(u"sub"_s).toString(),
            broker.id);
        QCOMPARE(FlowFixture::actDepth(c), 3);
        bool audited = false;
        for (const QJsonValue &e : f.auditEvents(u"CIBA_REQUESTED"_s, worker.clientId))
            audited = audited || e.toObject().value(u"data"_s).toObject().value(u"actingFor"_s) ==
                                     QJsonValue(planner.id);
        QVERIFY(audited);
    }

    void approvalCanNarrowScopes()
    {
        const QString authReqId = start(agent).json().value(u"auth_req_id"_s).toString();
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const QString id = pendingId(dave);
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id),
                           QJsonObject{{u"scopes"_s, QJsonArray{u"mail:delete"_s}}})
                     .code(),
                 u"CIB-1006"_s); // not requested
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id),
                           QJsonObject{{u"scopes"_s, u"mail:read"_s}})
                     .code(),
                 u"CIB-1008"_s); // not an array
        QCOMPARE(dave.send("POST", u"/ciba/requests/%1/approve"_s.arg(id), "{", "application/json")
                     .code(),
                 u"CIB-1008"_s);
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id),
                           QJsonObject{{u"scopes"_s, QJsonArray{u"mail:read"_s}}})
                     .status,
                 200);
        const auto tokens = poll(agent, authReqId);
        QCOMPARE(tokens.json().value(u"scope"_s).toString(), u"openid mail:read"_s);
    }

    void denyGivesAccessDenied()
    {
        const QString authReqId = start(agent).json().value(u"auth_req_id"_s).toString();
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const QString id = pendingId(dave);
        const auto denied = dave.post(u"/ciba/requests/%1/deny"_s.arg(id), QJsonObject{});
        QCOMPARE(denied.status, 200);
        QCOMPARE(denied.json().value(u"status"_s).toString(), u"DENIED"_s);
        QCOMPARE(poll(agent, authReqId).code(), u"access_denied"_s);
        QCOMPARE(poll(agent, authReqId).code(), u"access_denied"_s);
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).code(),
                 u"CIB-1005"_s);
        QVERIFY(!f.auditEvents(u"CIBA_DENIED"_s, agent.clientId).isEmpty());
    }

    void expiryGivesExpiredToken()
    {
        const QString authReqId = start(agent, u"1"_s).json().value(u"auth_req_id"_s).toString();
        QVERIFY(!authReqId.isEmpty());
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const QString id = pendingId(dave);
        // The request expires one second after it was made; wait for the server to say so.
        QTRY_COMPARE_WITH_TIMEOUT(
            dave.get(u"/ciba/requests/%1"_s.arg(id)).json().value(u"status"_s).toString(),
            u"EXPIRED"_s, 10000);
        QCOMPARE(poll(agent, authReqId).code(), u"expired_token"_s);
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).code(),
                 u"CIB-1005"_s);
        QVERIFY(!f.auditEvents(u"CIBA_EXPIRED"_s, agent.clientId).isEmpty());
    }

    void slowDownAddsFiveSecondsForGood()
    {
        const QString authReqId = start(agent).json().value(u"auth_req_id"_s).toString();
        QCOMPARE(poll(agent, authReqId).code(), u"authorization_pending"_s);
        const auto fast = poll(agent, authReqId);
        QCOMPARE(fast.code(), u"slow_down"_s);
        QVERIFY(fast.json().value(u"error_description"_s).toString().contains(u"10 s"_s));
        const auto faster = poll(agent, authReqId);
        QCOMPARE(faster.code(), u"slow_down"_s);
        QVERIFY(faster.json().value(u"error_description"_s).toString().contains(u"15 s"_s));
        // Every pending/slow_down poll is a TOKEN_ISSUANCE_FAILED, as in ThunderID.
        QVERIFY(f.auditEvents(u"TOKEN_ISSUANCE_FAILED"_s, agent.clientId).size() >= 3);
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        dave.post(u"/ciba/requests/%1/deny"_s.arg(pendingId(dave)), QJsonObject{});
    }

    void pollErrors()
    {
        QCOMPARE(f.token(agent, {{u"grant_type"_s, GrantCiba}}).code(), u"invalid_request"_s);
        QCOMPARE(poll(agent, u"bogus"_s).code(), u"invalid_grant"_s);
        const QString authReqId = start(agent).json().value(u"auth_req_id"_s).toString();
        QCOMPARE(f.token(agent, {{u"grant_type"_s, GrantCiba},
                                 {u"auth_req_id"_s, authReqId},
                                 {u"resource"_s, u"https://other.example.com"_s}})
                     .code(),
                 u"invalid_target"_s);
        QCOMPARE(
            f.token(noCiba, {{u"grant_type"_s, GrantCiba}, {u"auth_req_id"_s, authReqId}}).code(),
            u"unauthorized_client"_s);
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        dave.post(u"/ciba/requests/%1/deny"_s.arg(pendingId(dave)), QJsonObject{});
    }

    void idTokenHintAndApplications()
    {
        // An ID token of Dave (from the sign-in page) names the user.
        const auto signIn = f.signInAndRedeem(
            f.createClient(u"Hint app"_s, {u"authorization_code"_s}, {}, true, true), u"dave"_s,
            u"dave-pw"_s, u"openid"_s, {});
        const QString idToken = signIn.json().value(u"id_token"_s).toString();
        QVERIFY(!idToken.isEmpty());
        const auto started = bcAuthorize(app, {{u"id_token_hint"_s, idToken},
                                               {u"scope"_s, u"openid mail:read"_s},
                                               {u"resource"_s, resource}});
        QCOMPARE(started.status, 200);
        const QString authReqId = started.json().value(u"auth_req_id"_s).toString();
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const QString id = pendingId(dave);
        QCOMPARE(dave.get(u"/ciba/requests/%1"_s.arg(id))
                     .json()
                     .value(u"client"_s)
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
                 u"app"_s);
        QCOMPARE(dave.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).status, 200);
        const auto tokens = poll(app, authReqId);
        QCOMPARE(tokens.status, 200);
        // Applications get no act unless includeActClaim is set.
        QVERIFY(!FlowFixture::claims(tokens.json().value(u"access_token"_s).toString())
                     .contains(u"act"_s));
        QVERIFY(!tokens.json().contains(u"refresh_token"_s));
    }

    void listFiltersAndErrors()
    {
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const auto all = dave.get(u"/ciba/requests"_s);
        QCOMPARE(all.status, 200);
        for (const QJsonValue &r : all.json().value(u"requests"_s).toArray())
            QCOMPARE(r.toObject().value(u"userId"_s).toString(), daveId);
        QVERIFY(
            dave.get(u"/ciba/requests?status=denied"_s).json().value(u"totalResults"_s).toInt() >=
            1);
        QCOMPARE(dave.get(u"/ciba/requests?status=maybe"_s).code(), u"CIB-1007"_s);
        QCOMPARE(dave.get(u"/ciba/requests?limit=101"_s).code(), u"CIB-1001"_s);
        QCOMPARE(dave.get(u"/ciba/requests/nope"_s).code(), u"CIB-1003"_s);
        const auto adminAll = f.admin.get(u"/ciba/requests?userId=%1"_s.arg(erinId));
        QVERIFY(adminAll.json().value(u"totalResults"_s).toInt() >= 2);
        TestHttp anonymous(f.sandbox().baseUrl());
        QCOMPARE(anonymous.get(u"/ciba/requests"_s).status, 401);
    }

    void streamDeliversCreatedDecidedExpired()
    {
        QUrl url = f.sandbox().baseUrl();
        url.setPath(u"/ciba/requests/stream"_s);
        EventStream dave(url, daveToken);
        EventStream erin(url, erinToken);
        QTRY_VERIFY_WITH_TIMEOUT(dave.connected() && erin.connected(), 10000);
        QCOMPARE(dave.status(), 200);
        QVERIFY(dave.contentType().startsWith("text/event-stream"));

        const QString approved = start(agent).json().value(u"auth_req_id"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(dave.events().size(), 1, 10000);
        QCOMPARE(dave.events().at(0).first, u"created"_s);
        const QString id = dave.events().at(0).second.value(u"id"_s).toString();
        QCOMPARE(dave.events().at(0).second.value(u"agentName"_s).toString(), u"Assistant"_s);

        TestHttp daveHttp(f.sandbox().baseUrl());
        daveHttp.setBearer(daveToken);
        QCOMPARE(daveHttp.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(dave.events().size(), 2, 10000);
        QCOMPARE(dave.events().at(1).first, u"decided"_s);
        QCOMPARE(dave.events().at(1).second.value(u"status"_s).toString(), u"APPROVED"_s);
        QCOMPARE(poll(agent, approved).status, 200);

        start(agent, u"1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dave.events().size(), 4, 10000);
        QCOMPARE(dave.events().at(2).first, u"created"_s);
        QCOMPARE(dave.events().at(3).first, u"expired"_s);
        // Erin's stream carried none of Dave's requests.
        QVERIFY(erin.events().isEmpty());
    }

    // Issue 11, finding 1: a token an agent holds for the user (sub = the user, act = the agent:
    // authorization code through the agent, or an exchanged on-behalf-of token) is not the user's
    // own session. It neither decides the agent's own request nor reads the user's requests,
    // nor lists or revokes the user's consents.
    void onBehalfOfTokensCannotDecideOrManageConsents()
    {
        const TestClient sneaky = f.createClient(
            u"Sneaky assistant"_s, {GrantCiba, u"authorization_code"_s, GrantExchange});
        QVERIFY(!sneaky.secret.isEmpty());
        const QString viaCode = f.signInAndRedeem(sneaky, u"dave"_s, u"dave-pw"_s, u"openid"_s, {})
                                    .json()
                                    .value(u"access_token"_s)
                                    .toString();
        QVERIFY(!viaCode.isEmpty());
        QCOMPARE(FlowFixture::claims(viaCode).value(u"sub"_s).toString(), daveId);
        const auto exchanged = f.token(sneaky, {{u"grant_type"_s, GrantExchange},
                                                {u"subject_token"_s, daveToken},
                                                {u"subject_token_type"_s, TypeAccessToken}});
        QCOMPARE(exchanged.status, 200);
        const QString viaExchange = exchanged.json().value(u"access_token"_s).toString();
        QCOMPARE(FlowFixture::claims(viaExchange).value(u"sub"_s).toString(), daveId);
        QCOMPARE(FlowFixture::actDepth(FlowFixture::claims(viaExchange)), 1);

        const QString authReqId = start(sneaky).json().value(u"auth_req_id"_s).toString();
        QVERIFY(!authReqId.isEmpty());
        TestHttp dave(f.sandbox().baseUrl());
        dave.setBearer(daveToken);
        const QString id = pendingId(dave);
        QVERIFY(!id.isEmpty());
        const QString consentId = dave.get(u"/consents"_s)
                                      .json()
                                      .value(u"consents"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();

        for (const QString &held : {viaCode, viaExchange}) {
            TestHttp agent(f.sandbox().baseUrl());
            agent.setBearer(held);
            const auto approve = agent.post(u"/ciba/requests/%1/approve"_s.arg(id), QJsonObject{});
            QCOMPARE(approve.status, 403);
            QCOMPARE(approve.code(), u"CIB-1004"_s);
            const auto deny = agent.post(u"/ciba/requests/%1/deny"_s.arg(id), QJsonObject{});
            QCOMPARE(deny.status, 403);
            QCOMPARE(deny.code(), u"CIB-1004"_s);
            QCOMPARE(agent.get(u"/ciba/requests"_s).code(), u"CIB-1009"_s);
            QCOMPARE(agent.get(u"/ciba/requests/%1"_s.arg(id)).code(), u"CIB-1009"_s);
            const auto stream = agent.get(u"/ciba/requests/stream"_s);
            QCOMPARE(stream.status, 403);
            QCOMPARE(stream.code(), u"CIB-1009"_s);
            const auto consents = agent.get(u"/consents"_s);
            QCOMPARE(consents.status, 403);
            QCOMPARE(consents.code(), u"CNS-1006"_s);
            const auto revoke =
                agent.post(u"/consents/%1/revoke"_s.arg(consentId.isEmpty() ? u"x"_s : consentId),
                           QJsonObject{});
            QCOMPARE(revoke.status, 403);
            QCOMPARE(revoke.code(), u"CNS-1006"_s);
        }
        // Nothing was decided: the agent still waits, and Dave's own session decides.
        QCOMPARE(poll(sneaky, authReqId).code(), u"authorization_pending"_s);
        if (!consentId.isEmpty()) {
            QCOMPARE(
                dave.get(u"/consents/%1"_s.arg(consentId)).json().value(u"status"_s).toString(),
                u"ACTIVE"_s);
        }
        QCOMPARE(dave.post(u"/ciba/requests/%1/deny"_s.arg(id), QJsonObject{}).status, 200);
        QCOMPARE(poll(sneaky, authReqId).code(), u"access_denied"_s);
    }

    // Issue 11, finding 6: the approvals event stream ends when the token that opened it is
    // revoked, or when it expires; reconnecting with it is refused.
    void streamClosesOnRevocationAndExpiry()
    {
        QUrl url = f.sandbox().baseUrl();
        url.setPath(u"/ciba/requests/stream"_s);

        const QString revocable = f.userToken(u"erin"_s, u"erin-pw"_s);
        QVERIFY(!revocable.isEmpty());
        EventStream revoked(url, revocable);
        QTRY_VERIFY_WITH_TIMEOUT(revoked.connected(), 10000);
        const auto r =
            f.http.postForm(u"/oauth2/revoke"_s,
                            {{u"token"_s, revocable}, {u"client_id"_s, f.inboxClient().clientId}});
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(revoked.finished(), 5000);
        TestHttp again(f.sandbox().baseUrl());
        again.setBearer(revocable);
        QCOMPARE(again.get(u"/ciba/requests/stream"_s).status, 401);

        // A short-lived session: the stream ends at its exp.
        const TestClient shortLived = f.createClient(
            u"Short inbox"_s, {u"authorization_code"_s},
            QJsonObject{{u"accessToken"_s,
                         QJsonObject{{u"userConfig"_s, QJsonObject{{u"validityPeriod"_s, 2}}}}}},
            true, true);
        const QString expiring =
            f.signInAndRedeem(shortLived, u"erin"_s, u"erin-pw"_s, u"openid"_s, {})
                .json()
                .value(u"access_token"_s)
                .toString();
        QVERIFY(!expiring.isEmpty());
        EventStream expired(url, expiring);
        QTRY_VERIFY_WITH_TIMEOUT(expired.connected(), 10000);
        QVERIFY(!expired.finished());
        QTRY_VERIFY_WITH_TIMEOUT(expired.finished(), 8000);
    }
};

QTEST_GUILESS_MAIN(TestCiba)
#include "tst_sandbox_ciba.moc"
