// Token exchange (RFC 8693) over HTTP: the happy path, every error code, and property tests over
// random exchange chains (child scope ⊆ parent scope, aud = requested resource, act depth = hops
// with the most recent actor outermost), plus revoked secrets and revoked consents.
#include "FlowFixture.h"

#include "core/token/ChainPolicy.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace tid::test;

namespace {

const QStringList Permissions = {u"data:read"_s,   u"data:write"_s,    u"data:delete"_s,
                                 u"report:view"_s, u"report:export"_s, u"admin:audit"_s};

struct Rs
{
    QString id;
    QString identifier;
};

struct AgentSpec
{
    TestClient client;
    QHash<QString, QStringList> permissions; // rs identifier -> what the agent holds there
};

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    FlowFixture f;
    QList<Rs> servers;
    QList<AgentSpec> agents;
    QString userId;
    TestClient noGrant;
    QRandomGenerator rng;

    TestHttp::Reply exchange(const TestClient &c, const QString &subject,
                             QList<QPair<QString, QString>> extra = {})
    {
        QList<QPair<QString, QString>> fields{{u"grant_type"_s, GrantExchange},
                                              {u"subject_token"_s, subject},
                                              {u"subject_token_type"_s, TypeAccessToken}};
        fields.append(extra);
        return f.token(c, fields);
    }

    QString userTokenFor(const AgentSpec &a, const Rs &rs)
    {
        return f
            .signInAndRedeem(a.client, u"carol"_s, u"carol-pw"_s, Permissions.join(u' '),
                             rs.identifier)
            .json()
            .value(u"access_token"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray seedEnv = qgetenv("TID_PROPERTY_SEED");
        const quint32 seed =
            seedEnv.isEmpty() ? QRandomGenerator::system()->generate() : seedEnv.toUInt();
        qInfo("property seed: %u (set TID_PROPERTY_SEED to replay)", seed);
        rng.seed(seed);

        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        // Two resource servers defining the same permission names, so that a chain can move
        // between them.
        for (const QString &name : {u"Alpha"_s, u"Beta"_s}) {
            Rs rs;
            rs.identifier = u"https://%1.example.com/api"_s.arg(name.toLower());
            rs.id = f.createResourceServer(name, rs.identifier, Permissions);
            QVERIFY(!rs.id.isEmpty());
            servers.append(rs);
        }
        userId = f.createUser(u"carol"_s, u"carol-pw"_s);
        for (const Rs &rs : std::as_const(servers))
            QVERIFY(!f.createRole(u"All "_s + rs.id, rs.id, Permissions, {{userId, u"user"_s}})
                         .isEmpty());
        const QStringList grants = {u"client_credentials"_s, u"authorization_code"_s,
                                    u"refresh_token"_s, GrantExchange};
        for (int i = 0; i < 6; ++i) {
            AgentSpec a;
            a.client = f.createClient(u"Worker %1"_s.arg(i), grants);
            QVERIFY(!a.client.secret.isEmpty());
            for (const Rs &rs : std::as_const(servers)) {
                QStringList held;
                for (const QString &p : Permissions) {
                    if (rng.bounded(100) < 60)
                        held << p;
                }
                if (held.isEmpty())
                    held << Permissions.first();
                QVERIFY(!f.createRole(u"Worker %1 on %2"_s.arg(i).arg(rs.id), rs.id, held,
                                      {{a.client.id, u"agent"_s}})
                             .isEmpty());
                a.permissions.insert(rs.identifier, held);
            }
            agents.append(a);
        }
        noGrant = f.createClient(u"No exchange"_s, {u"client_credentials"_s});
    }

    void happyPathKeepsTheWholeChain()
    {
        const AgentSpec &a = agents.at(0);
        const AgentSpec &b = agents.at(1);
        const Rs &alpha = servers.at(0);
        const Rs &beta = servers.at(1);
        const QString userToken = userTokenFor(a, alpha);
        QVERIFY(!userToken.isEmpty());
        const QJsonObject parent = FlowFixture::claims(userToken);
        QCOMPARE(parent.value(u"act"_s).toObject(), QJsonObject({{u"sub"_s, a.client.id}}));

        QStringList wanted;
        for (const QString &s : FlowFixture::scopes(parent)) {
            if (b.permissions.value(beta.identifier).contains(s))
                wanted << s;
        }
        const auto r =
            exchange(b.client, userToken,
                     {{u"resource"_s, beta.identifier}, {u"scope"_s, wanted.join(u' ')}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"issued_token_type"_s).toString(), TypeAccessToken);
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(body.value(u"expires_in"_s).toInt() > 0);
        QCOMPARE(body.value(u"scope"_s).toString(), wanted.join(u' '));
        QVERIFY(!body.contains(u"refresh_token"_s));
        const QString child = body.value(u"access_token"_s).toString();
        QVERIFY(f.verifiesAgainstJwks(child));
        const QJsonObject c = FlowFixture::claims(child);
        QCOMPARE(c.value(u"sub"_s).toString(), userId);
        QCOMPARE(c.value(u"aud"_s).toString(), beta.identifier);
        QCOMPARE(c.value(u"client_id"_s).toString(), b.client.clientId);
        QCOMPARE(c.value(u"grant_type"_s).toString(), GrantExchange);
        const QJsonObject act = c.value(u"act"_s).toObject();
        QCOMPARE(act.value(u"sub"_s).toString(), b.client.id);
        QCOMPARE(act.value(u"iss"_s).toString(), f.issuer());
        QCOMPARE(act.value(u"act"_s).toObject(), parent.value(u"act"_s).toObject());
        QVERIFY(c.value(u"exp"_s).toInteger() <= parent.value(u"exp"_s).toInteger());

        // TOKEN_ISSUED links the child to its parent.
        const QJsonArray issued = f.auditEvents(u"TOKEN_ISSUED"_s, b.client.clientId);
        const QJsonObject data = issued.last().toObject().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"parentJti"_s), parent.value(u"jti"_s));
        QCOMPARE(data.value(u"act"_s).toObject(), act);
        QCOMPARE(data.value(u"grantType"_s).toString(), GrantExchange);

        // Introspection reports act and grant_type.
        const auto in = f.introspect(a.client, child);
        QCOMPARE(in.json().value(u"active"_s).toBool(), true);
        QCOMPARE(in.json().value(u"act"_s).toObject(), act);
        QCOMPARE(in.json().value(u"grant_type"_s).toString(), GrantExchange);
        QCOMPARE(in.json().value(u"username"_s).toString(), u"carol"_s);
    }

    // Chain policies (issue 13) over real tokens: carol signs in through agent 0 (its implicit
    // on-behalf-of act), then agents 1, 2 and 3 exchange in turn: a 4-hop chain.
    void chainPolicyOverARealFourHopChain()
    {
        using tid::core::ChainPolicy;
        using tid::core::PolicyEvidence;
        using tid::core::PrincipalAnswer;
        const Rs &alpha = servers.at(0);
        QString token = userTokenFor(agents.at(0), alpha);
        QVERIFY(!token.isEmpty());
        const QString signIn = token;
        for (int hop = 1; hop <= 3; ++hop) {
            const auto r =
                exchange(agents.at(hop).client, token, {{u"resource"_s, alpha.identifier}});
            QCOMPARE(r.status, 200);
            token = r.json().value(u"access_token"_s).toString();
        }
        QVERIFY(f.verifiesAgainstJwks(token));
        const QJsonObject claims = FlowFixture::claims(token);
        QCOMPARE(FlowFixture::actDepth(claims), 4);

        QJsonArray ids;
        for (int i = 0; i < 4; ++i)
            ids.append(agents.at(i).client.id);
        auto policy = [](const QJsonObject &rule) {
            QString error;
            const ChainPolicy p = ChainPolicy::fromJson(
                QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{rule}}}).toJson(), &error);
            if (!p.isValid())
                qWarning() << error;
            return p;
        };
        auto holds = [&](const ChainPolicy &p, const QJsonObject &c, const PolicyEvidence &e) {
            return ChainPolicy::allPassed(p.evaluate(c, e));
        };
        const PolicyEvidence tokenOnly{true, {}};
        QVERIFY(holds(policy({{u"rule"_s, u"max-depth"_s}, {u"value"_s, 4}}), claims, tokenOnly));
        QVERIFY(!holds(policy({{u"rule"_s, u"max-depth"_s}, {u"value"_s, 3}}), claims, tokenOnly));
        QVERIFY(holds(policy({{u"rule"_s, u"allowed-actors"_s}, {u"value"_s, ids}}), claims,
                      tokenOnly));
        QJsonArray three = ids;
        three.removeAt(2);
        QVERIFY(!holds(policy({{u"rule"_s, u"allowed-actors"_s}, {u"value"_s, three}}), claims,
                       tokenOnly));
        QVERIFY(holds(policy({{u"rule"_s, u"audience-is"_s}, {u"value"_s, alpha.identifier}}),
                      claims, tokenOnly));
        QVERIFY(
            !holds(policy({{u"rule"_s, u"audience-is"_s}, {u"value"_s, servers.at(1).identifier}}),
                   claims, tokenOnly));
        QJsonArray scopes;
        for (const QString &s : Permissions)
            scopes.append(s);
        QVERIFY(holds(policy({{u"rule"_s, u"scopes-within"_s}, {u"value"_s, scopes}}), claims,
                      tokenOnly));
        const QStringList held = FlowFixture::scopes(claims);
        if (!held.isEmpty())
            QVERIFY(!holds(policy({{u"rule"_s, u"scopes-within"_s},
                                   {u"value"_s, QJsonArray{u"nothing:held"_s}}}),
                           claims, tokenOnly));

        // human-initiated: the sign-in token proves it by its grant; the exchanged one cannot,
        // until the server is asked (its management API knows carol as a user).
        const ChainPolicy human = policy({{u"rule"_s, u"human-initiated"_s}});
        QVERIFY(f.verifiesAgainstJwks(signIn));
        QVERIFY(holds(human, FlowFixture::claims(signIn), tokenOnly));
        const auto alone = human.evaluate(claims, tokenOnly);
        QVERIFY(!alone.first().passed);
        QVERIFY2(alone.first().reason.contains(u"cannot be proven"_s),
                 qPrintable(alone.first().reason));
        const PolicyEvidence server{true, [this](const QString &sub, const QString &) {
                                        PrincipalAnswer a{PrincipalAnswer::State::Answered,
                                                          tid::core::PrincipalKind::Unknown,
                                                          u"the sandbox"_s};
                                        if (f.admin.get(u"/users/"_s + sub).status == 200)
                                            a.kind = tid::core::PrincipalKind::User;
                                        else if (f.admin.get(u"/agents/"_s + sub).status == 200)
                                            a.kind = tid::core::PrincipalKind::Agent;
                                        return a;
                                    }};
        QVERIFY(holds(human, claims, server));
        // An agent's own chain (client credentials, then exchanged) is not human-initiated.
        const auto cc = f.clientCredentials(agents.at(0).client, QString(), alpha.identifier);
        QCOMPARE(cc.status, 200);
        const auto agentChain =
            exchange(agents.at(1).client, cc.json().value(u"access_token"_s).toString());
        QCOMPARE(agentChain.status, 200);
        const QJsonObject agentClaims =
            FlowFixture::claims(agentChain.json().value(u"access_token"_s).toString());
        const auto refused = human.evaluate(agentClaims, server);
        QVERIFY(!refused.first().passed);
        QVERIFY2(refused.first().reason.contains(u"is an agent or application"_s),
                 qPrintable(refused.first().reason));
    }

    void actorTokenMustNameTheExchangingClient()
    {
        const AgentSpec &a = agents.at(0);
        const AgentSpec &b = agents.at(1);
        const Rs &alpha = servers.at(0);
        const QString subject = userTokenFor(a, alpha);
        const QString own =
            f.clientCredentials(b.client, {}, {}).json().value(u"access_token"_s).toString();
        const QString foreign =
            f.clientCredentials(a.client, {}, {}).json().value(u"access_token"_s).toString();
        QVERIFY(!own.isEmpty() && !foreign.isEmpty());
        const auto ok = exchange(b.client, subject,
                                 {{u"resource"_s, alpha.identifier},
                                  {u"actor_token"_s, own},
                                  {u"actor_token_type"_s, TypeAccessToken}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(FlowFixture::actDepth(
                     FlowFixture::claims(ok.json().value(u"access_token"_s).toString())),
                 2);
        const auto bad = exchange(b.client, subject,
                                  {{u"resource"_s, alpha.identifier},
                                   {u"actor_token"_s, foreign},
                                   {u"actor_token_type"_s, TypeAccessToken}});
        QCOMPARE(bad.code(), u"invalid_request"_s);
        QVERIFY(bad.json().value(u"error_description"_s).toString().contains(u"actor_token"_s));
    }

    void errors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("no subject_token") << 0 << u"invalid_request"_s;
        QTest::newRow("no subject_token_type") << 1 << u"invalid_request"_s;
        QTest::newRow("unknown subject_token_type") << 2 << u"invalid_request"_s;
        QTest::newRow("refresh subject type") << 3 << u"invalid_request"_s;
        QTest::newRow("actor_token without type") << 4 << u"invalid_request"_s;
        QTest::newRow("actor type without token") << 5 << u"invalid_request"_s;
        QTest::newRow("requested refresh_token") << 6 << u"invalid_request"_s;
        QTest::newRow("unknown requested type") << 7 << u"invalid_request"_s;
        QTest::newRow("forged subject") << 8 << u"invalid_request"_s;
        QTest::newRow("widening") << 9 << u"invalid_scope"_s;
        QTest::newRow("beyond the agent's own permissions") << 10 << u"invalid_scope"_s;
        QTest::newRow("unknown resource") << 11 << u"invalid_target"_s;
        QTest::newRow("two resources") << 12 << u"invalid_target"_s;
        QTest::newRow("permission scope without resource") << 13 << u"invalid_target"_s;
        QTest::newRow("fragment in resource") << 14 << u"invalid_target"_s;
        QTest::newRow("client without the grant") << 15 << u"unauthorized_client"_s;
        QTest::newRow("id token as subject") << 16 << u"invalid_request"_s;
        QTest::newRow("bad client secret") << 17 << u"invalid_client"_s;
    }
    void errors()
    {
        QFETCH(int, kind);
        QFETCH(QString, error);
        const AgentSpec &a = agents.at(0);
        const AgentSpec &b = agents.at(1);
        const Rs &alpha = servers.at(0);
        const auto user = f.signInAndRedeem(a.client, u"carol"_s, u"carol-pw"_s,
                                            u"openid data:read"_s, alpha.identifier);
        const QString subject = user.json().value(u"access_token"_s).toString();
        const QString idToken = user.json().value(u"id_token"_s).toString();
        QString missing; // a permission b lacks on alpha
        for (const QString &p : Permissions) {
            if (!b.permissions.value(alpha.identifier).contains(p))
                missing = p;
        }
        QList<QPair<QString, QString>> fields{{u"grant_type"_s, GrantExchange},
                                              {u"subject_token"_s, subject},
                                              {u"subject_token_type"_s, TypeAccessToken},
                                              {u"resource"_s, alpha.identifier}};
        auto set = [&](const QString &k, const QString &v) {
            fields.removeIf([&](const auto &p) { return p.first == k; });
            if (!v.isNull())
                fields.append({k, v});
        };
        TestClient client = b.client;
        switch (kind) {
        case 0:
            set(u"subject_token"_s, {});
            break;
        case 1:
            set(u"subject_token_type"_s, {});
            break;
        case 2:
            set(u"subject_token_type"_s, u"urn:example:nope"_s);
            break;
        case 3:
            set(u"subject_token_type"_s, u"urn:ietf:params:oauth:token-type:refresh_token"_s);
            break;
        case 4:
            set(u"actor_token"_s, subject);
            break;
        case 5:
            set(u"actor_token_type"_s, TypeAccessToken);
            break;
        case 6:
            set(u"requested_token_type"_s, u"urn:ietf:params:oauth:token-type:refresh_token"_s);
            break;
        case 7:
            set(u"requested_token_type"_s, u"urn:example:nope"_s);
            break;
        case 8:
            set(u"subject_token"_s, subject.left(subject.size() - 4) + u"AAAA"_s);
            break;
        case 9:
            set(u"scope"_s, u"data:read data:write"_s);
            break; // subject holds data:read only
        case 10:
            if (missing.isEmpty())
                QSKIP("agent 1 holds every permission in this run");
            set(u"scope"_s, missing);
            set(u"subject_token"_s, userTokenFor(a, alpha));
            break;
        case 11:
            set(u"resource"_s, u"https://nope.example.com"_s);
            break;
        case 12:
            fields.append({u"resource"_s, servers.at(1).identifier});
            break;
        case 13:
            set(u"resource"_s, {});
            set(u"scope"_s, u"data:read"_s);
            break;
        case 14:
            set(u"resource"_s, alpha.identifier + u"#x"_s);
            break;
        case 15:
            client = noGrant;
            break;
        case 16:
            set(u"subject_token"_s, idToken);
            break;
        case 17:
            client.secret = u"wrong"_s;
            break;
        }
        const auto r = f.token(client, fields);
        QCOMPARE(r.code(), error);
        QCOMPARE(r.status, error == u"invalid_client"_s ? 401 : 400);
        QVERIFY(!r.json().value(u"error_description"_s).toString().isEmpty());
    }

    void requestedJwtTypeAndDefaultScope()
    {
        const AgentSpec &a = agents.at(2);
        const AgentSpec &b = agents.at(3);
        const Rs &alpha = servers.at(0);
        const QString subject = userTokenFor(a, alpha);
        const auto r =
            exchange(b.client, subject,
                     {{u"resource"_s, alpha.identifier},
                      {u"requested_token_type"_s, u"urn:ietf:params:oauth:token-type:jwt"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"issued_token_type"_s).toString(),
                 u"urn:ietf:params:oauth:token-type:jwt"_s);
        // Without `scope`: what both the subject and the exchanging agent hold on the target.
        QStringList expected;
        for (const QString &s : FlowFixture::scopes(FlowFixture::claims(subject))) {
            if (b.permissions.value(alpha.identifier).contains(s))
                expected << s;
        }
        QCOMPARE(
            FlowFixture::scopes(FlowFixture::claims(r.json().value(u"access_token"_s).toString())),
            expected);
    }

    void mayActIsEnforced()
    {
        const AgentSpec &allowed = agents.at(4);
        const AgentSpec &other = agents.at(5);
        const Rs &alpha = servers.at(0);
        const TestClient guarded = f.createClient(
            u"Guarded agent"_s, {u"authorization_code"_s},
            QJsonObject{{u"accessToken"_s,
                         QJsonObject{{u"mayAct"_s, QJsonObject{{u"sub"_s, allowed.client.id}}}}}});
        const QString subject =
            f.signInAndRedeem(guarded, u"carol"_s, u"carol-pw"_s, u"data:read"_s, alpha.identifier)
                .json()
                .value(u"access_token"_s)
                .toString();
        QCOMPARE(
            FlowFixture::claims(subject).value(u"may_act"_s).toObject().value(u"sub"_s).toString(),
            allowed.client.id);
        const auto refused = exchange(other.client, subject, {{u"resource"_s, alpha.identifier}});
        QCOMPARE(refused.code(), u"invalid_request"_s);
        QVERIFY(refused.json().value(u"error_description"_s).toString().contains(u"may_act"_s));
        const auto child = exchange(allowed.client, subject, {{u"resource"_s, alpha.identifier}});
        QCOMPARE(child.status, 200);
        // Issue 11, finding 8: the policy protects the next hop too.
        const QString childToken = child.json().value(u"access_token"_s).toString();
        QCOMPARE(FlowFixture::claims(childToken).value(u"may_act"_s).toObject(),
                 FlowFixture::claims(subject).value(u"may_act"_s).toObject());
        const auto secondHop =
            exchange(other.client, childToken, {{u"resource"_s, alpha.identifier}});
        QCOMPARE(secondHop.code(), u"invalid_request"_s);
        QVERIFY(secondHop.json().value(u"error_description"_s).toString().contains(u"may_act"_s));
    }

    void expiredAndRevokedSubjects()
    {
        const AgentSpec &b = agents.at(1);
        const Rs &alpha = servers.at(0);
        const TestClient brief = f.createClient(
            u"Brief agent"_s, {u"authorization_code"_s},
            QJsonObject{{u"accessToken"_s,
                         QJsonObject{{u"userConfig"_s, QJsonObject{{u"validityPeriod"_s, 1}}}}}});
        const QString shortToken =
            f.signInAndRedeem(brief, u"carol"_s, u"carol-pw"_s, u"data:read"_s, alpha.identifier)
                .json()
                .value(u"access_token"_s)
                .toString();
        // Wait until the token has certainly expired (exp is whole seconds).
        QTRY_COMPARE_WITH_TIMEOUT(
            exchange(b.client, shortToken, {{u"resource"_s, alpha.identifier}})
                .json()
                .value(u"error_description"_s)
                .toString(),
            u"The subject_token has expired"_s, 10000);

        const QString subject = userTokenFor(agents.at(0), alpha);
        const auto revoke =
            f.http.postForm(u"/oauth2/revoke"_s, {{u"token"_s, subject}},
                            agents.at(0).client.clientId, agents.at(0).client.secret);
        QCOMPARE(revoke.status, 200);
        const auto r = exchange(b.client, subject, {{u"resource"_s, alpha.identifier}});
        QCOMPARE(r.code(), u"invalid_request"_s);
        QCOMPARE(r.json().value(u"error_description"_s).toString(), u"Invalid subject_token"_s);
    }

    // ≥1,000 random chains of depth 1–4.
    void propertyRandomChains()
    {
        struct Root
        {
            QString token;
            int depth; // act depth of the root
        };
        QList<Root> roots;
        for (int i = 0; i < agents.size(); ++i) {
            for (const Rs &rs : std::as_const(servers)) {
                roots.append({userTokenFor(agents.at(i), rs), 1});
                roots.append(
                    {f.clientCredentials(agents.at(i).client,
                                         agents.at(i).permissions.value(rs.identifier).join(u' '),
                                         rs.identifier)
                         .json()
                         .value(u"access_token"_s)
                         .toString(),
                     0});
            }
        }
        for (const Root &r : std::as_const(roots))
            QVERIFY(!r.token.isEmpty());

        QElapsedTimer timer;
        timer.start();
        int chains = 0;
        int hops = 0;
        int refusals = 0;
        for (; chains < 1000; ++chains) {
            const Root &root = roots.at(int(rng.bounded(qsizetype(roots.size()))));
            QString parent = root.token;
            int depth = root.depth;
            const int length = 1 + int(rng.bounded(4));
            for (int hop = 0; hop < length; ++hop) {
                const QJsonObject pc = FlowFixture::claims(parent);
                const QStringList parentScopes = FlowFixture::scopes(pc);
                const AgentSpec &agent = agents.at(int(rng.bounded(qsizetype(agents.size()))));
                const Rs &target = servers.at(int(rng.bounded(qsizetype(servers.size()))));
                const QStringList own = agent.permissions.value(target.identifier);
                // Mostly a subset of what is allowed; sometimes a scope that is not.
                QStringList requested;
                for (const QString &s : parentScopes) {
                    if (own.contains(s) && rng.bounded(100) < 70)
                        requested << s;
                }
                bool expectRefusal = false;
                if (rng.bounded(100) < 25) {
                    const QString extra =
                        Permissions.at(int(rng.bounded(qsizetype(Permissions.size()))));
                    if (!requested.contains(extra)) {
                        requested << extra;
                        expectRefusal = !parentScopes.contains(extra) || !own.contains(extra);
                    }
                }
                const auto r = exchange(
                    agent.client, parent,
                    {{u"resource"_s, target.identifier}, {u"scope"_s, requested.join(u' ')}});
                if (expectRefusal) {
                    QCOMPARE(r.status, 400);
                    QCOMPARE(r.code(), u"invalid_scope"_s);
                    ++refusals;
                    continue; // the chain goes on from the same parent
                }
                QCOMPARE(r.status, 200);
                const QString child = r.json().value(u"access_token"_s).toString();
                const QJsonObject cc = FlowFixture::claims(child);
                const QStringList childScopes = FlowFixture::scopes(cc);
                // Never widened, never silently dropped: exactly what was asked, within the parent.
                QCOMPARE(childScopes, requested);
                for (const QString &s : childScopes)
                    QVERIFY2(parentScopes.contains(s), qPrintable(s));
                QCOMPARE(cc.value(u"aud"_s).toString(), target.identifier);
                QCOMPARE(cc.value(u"sub"_s).toString(), pc.value(u"sub"_s).toString());
                ++depth;
                QCOMPARE(FlowFixture::actDepth(cc), depth);
                const QJsonObject act = cc.value(u"act"_s).toObject();
                QCOMPARE(act.value(u"sub"_s).toString(), agent.client.id); // most recent outermost
                if (pc.contains(u"act"_s))
                    QCOMPARE(act.value(u"act"_s).toObject(), pc.value(u"act"_s).toObject());
                else
                    QVERIFY(!act.contains(u"act"_s));
                QVERIFY(cc.value(u"exp"_s).toInteger() <= pc.value(u"exp"_s).toInteger());
                if (hops % 50 == 0)
                    QVERIFY(f.verifiesAgainstJwks(child));
                parent = child;
                ++hops;
            }
        }
        qInfo("%d chains, %d hops, %d refusals in %lld ms", chains, hops, refusals,
              timer.elapsed());
        QVERIFY(chains >= 1000);
        QVERIFY(refusals > 0);
    }

    // A revoked secret is rejected at once; a rotation with grace keeps the old one until then.
    void propertyRevokedSecretsAreRejectedAtOnce()
    {
        for (int i = 0; i < 20; ++i) {
            const TestClient c =
                f.createClient(u"Ephemeral %1"_s.arg(i), {u"client_credentials"_s, GrantExchange});
            const QString before =
                f.clientCredentials(c, {}, {}).json().value(u"access_token"_s).toString();
            QVERIFY(!before.isEmpty());
            const bool rotate = rng.bounded(2) == 0;
            if (rotate) {
                const auto r = f.admin.post(u"/agents/%1/credentials/rotate"_s.arg(c.id),
                                            QJsonObject{{u"graceSeconds"_s, 0}});
                QCOMPARE(r.status, 200);
                TestClient fresh = c;
                fresh.secret = r.json().value(u"clientSecret"_s).toString();
                QCOMPARE(f.clientCredentials(fresh, {}, {}).status, 200);
            } else {
                QCOMPARE(f.admin.post(u"/agents/%1/credentials/revoke"_s.arg(c.id), QJsonObject{})
                             .status,
                         200);
                // Revocation also kills the tokens already issued.
                QCOMPARE(
                    f.introspect(agents.at(0).client, before).json().value(u"active"_s).toBool(),
                    false);
            }
            const auto after = f.clientCredentials(c, {}, {});
            QCOMPARE(after.status, 401);
            QCOMPARE(after.code(), u"invalid_client"_s);
        }
    }

    // Before sandbox-finish merged: the ClientSecretSlots rule (a check reads the newest two
    // active secrets) and the store disagreed: a second rotation inside a grace window left the
    // first secret active, and one the server had accepted before stayed accepted (its
    // verification was cached). Now that rotation ends it: refused, and listed EXPIRED.
    void rotationInsideGraceEndsTheOldestSecret()
    {
        const TestClient first = f.createClient(u"Twice rotated"_s, {u"client_credentials"_s});
        QVERIFY(!first.secret.isEmpty());
        QCOMPARE(f.clientCredentials(first, {}, {}).status, 200); // verified: now cached
        auto rotate = [&] {
            const auto r = f.admin.post(u"/agents/%1/credentials/rotate"_s.arg(first.id),
                                        QJsonObject{{u"graceSeconds"_s, 3600}});
            TestClient next = first;
            next.secret =
                r.status == 200 ? r.json().value(u"clientSecret"_s).toString() : QString();
            return next;
        };
        const TestClient second = rotate();
        QVERIFY(!second.secret.isEmpty());
        QCOMPARE(f.clientCredentials(first, {}, {}).status, 200); // in its grace
        QCOMPARE(f.clientCredentials(second, {}, {}).status, 200);
        const TestClient third = rotate();
        QVERIFY(!third.secret.isEmpty());
        const auto refused = f.clientCredentials(first, {}, {});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.code(), u"invalid_client"_s);
        QCOMPARE(f.clientCredentials(second, {}, {}).status, 200);
        QCOMPARE(f.clientCredentials(third, {}, {}).status, 200);
        const QJsonArray listed = f.admin.get(u"/agents/%1/credentials"_s.arg(first.id))
                                      .json()
                                      .value(u"credentials"_s)
                                      .toArray();
        QCOMPARE(listed.size(), 3); // newest first
        QCOMPARE(listed.at(0).toObject().value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(listed.at(1).toObject().value(u"status"_s).toString(), u"EXPIRING"_s);
        QCOMPARE(listed.at(2).toObject().value(u"status"_s).toString(), u"EXPIRED"_s);
    }

    // A revoked consent kills refresh, whatever the client or scopes.
    void propertyRevokedConsentKillsRefresh()
    {
        for (int i = 0; i < 20; ++i) {
            const AgentSpec &a = agents.at(int(rng.bounded(qsizetype(agents.size()))));
            const Rs &rs = servers.at(int(rng.bounded(qsizetype(servers.size()))));
            QStringList scope;
            for (const QString &p : Permissions) {
                if (rng.bounded(2))
                    scope << p;
            }
            const auto r =
                f.signInAndRedeem(a.client, u"carol"_s, u"carol-pw"_s,
                                  scope.isEmpty() ? u"openid"_s : scope.join(u' '), rs.identifier);
            QCOMPARE(r.status, 200);
            const QString rt = r.json().value(u"refresh_token"_s).toString();
            QVERIFY(!rt.isEmpty());
            const auto list = f.admin.get(
                u"/consents?userId=%1&clientId=%2&status=ACTIVE"_s.arg(userId, a.client.id));
            const QJsonArray consents = list.json().value(u"consents"_s).toArray();
            QVERIFY(!consents.isEmpty());
            for (const QJsonValue &c : consents) {
                if (c.toObject().value(u"resourceServerId"_s).toString() == rs.id)
                    QCOMPARE(f.admin
                                 .post(u"/consents/%1/revoke"_s.arg(
                                           c.toObject().value(u"id"_s).toString()),
                                       QJsonObject{})
                                 .status,
                             200);
            }
            const auto refreshed = f.token(
                a.client, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt}});
            QCOMPARE(refreshed.code(), u"invalid_grant"_s);
        }
    }

    // Issue 11, finding 5: revocation reaches exchanged tokens. Revoking the subject token (or
    // any earlier hop), or the consent it was granted under, revokes every token exchanged from
    // it: introspection says inactive and exchanging it again fails. Revoking an exchanged token
    // leaves the tokens it came from alone.
    void revocationReachesExchangedTokens()
    {
        const AgentSpec &a = agents.at(0);
        const AgentSpec &b = agents.at(1);
        const AgentSpec &c = agents.at(2);
        const Rs &alpha = servers.at(0);
        const auto active = [&](const QString &token) {
            return f.introspect(a.client, token).json().value(u"active"_s).toBool();
        };
        const auto hop = [&](const AgentSpec &who, const QString &subject) {
            const auto r = exchange(who.client, subject, {{u"resource"_s, alpha.identifier}});
            return r.json().value(u"access_token"_s).toString();
        };
        const auto revoke = [&](const AgentSpec &who, const QString &token) {
            return f.http
                .postForm(u"/oauth2/revoke"_s, {{u"token"_s, token}}, who.client.clientId,
                          who.client.secret)
                .status;
        };

        // The user's token (a token family) → b → c; the subject is revoked.
        const QString subject = userTokenFor(a, alpha);
        const QString child = hop(b, subject);
        const QString grandchild = hop(c, child);
        QVERIFY(!child.isEmpty() && !grandchild.isEmpty());
        QVERIFY(active(child) && active(grandchild));
        QCOMPARE(revoke(a, subject), 200);
        QVERIFY(!active(subject));
        QVERIFY(!active(child));
        QVERIFY(!active(grandchild));
        const auto again = exchange(c.client, child, {{u"resource"_s, alpha.identifier}});
        QCOMPARE(again.code(), u"invalid_request"_s);
        QCOMPARE(again.json().value(u"error_description"_s).toString(), u"Invalid subject_token"_s);
        QCOMPARE(exchange(c.client, grandchild, {{u"resource"_s, alpha.identifier}}).code(),
                 u"invalid_request"_s);

        // A middle hop is revoked: its descendants die, its ancestor lives.
        const QString root = userTokenFor(a, alpha);
        const QString middle = hop(b, root);
        const QString leaf = hop(c, middle);
        QVERIFY(active(leaf));
        QCOMPARE(revoke(b, middle), 200);
        QVERIFY(!active(middle));
        QVERIFY(!active(leaf));
        QVERIFY(active(root));

        // A subject without a family (client credentials) is revoked.
        const QString own = f.clientCredentials(a.client, {}, alpha.identifier)
                                .json()
                                .value(u"access_token"_s)
                                .toString();
        QVERIFY(!own.isEmpty());
        const QString ownChild = hop(b, own);
        QVERIFY(active(ownChild));
        QCOMPARE(revoke(a, own), 200);
        QVERIFY(!active(ownChild));

        // The consent behind the user's token is revoked.
        const QString granted = userTokenFor(a, alpha);
        const QString grantedChild = hop(b, granted);
        const QString grantedGrandchild = hop(c, grantedChild);
        QVERIFY(active(grantedGrandchild));
        const auto list = f.admin.get(
            u"/consents?userId=%1&clientId=%2&status=ACTIVE"_s.arg(userId, a.client.id));
        bool revokedOne = false;
        for (const QJsonValue &consent : list.json().value(u"consents"_s).toArray()) {
            if (consent.toObject().value(u"resourceServerId"_s).toString() != alpha.id)
                continue;
            QCOMPARE(f.admin
                         .post(u"/consents/%1/revoke"_s.arg(
                                   consent.toObject().value(u"id"_s).toString()),
                               QJsonObject{})
                         .status,
                     200);
            revokedOne = true;
        }
        QVERIFY(revokedOne);
        QVERIFY(!active(granted));
        QVERIFY(!active(grantedChild));
        QVERIFY(!active(grantedGrandchild));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_sandbox_exchange.moc"
