// Chain policies (issue 13, item 2): the policy file read strictly (every error with its line and
// reason) and each rule with a passing and a failing token, built and signed here, including a
// 4-hop token-exchange chain; human-initiated through the token's evidence and through a
// server-backed resolver (asynchronous).

#include "core/token/ActorNameResolver.h"
#include "core/token/ChainPolicy.h"
#include "core/token/Jwks.h"
#include "core/token/Jwt.h"
#include "core/token/TokenValidator.h"

#include "tst_token_support.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::TestKey;

namespace {

const QString Iss = u"https://localhost:8090"_s;
const QString User = u"0190a1b2-user-alice"_s;
const QString AgentA = u"0190a1b2-agent-a"_s;
const QString AgentB = u"0190a1b2-agent-b"_s;
const QString AgentC = u"0190a1b2-agent-c"_s;
const QString AgentD = u"0190a1b2-agent-d"_s;
const QString TokenExchange = u"urn:ietf:params:oauth:grant-type:token-exchange"_s;

QJsonObject baseClaims(const QString &sub, const QString &grant, const QString &scope,
                       const QJsonValue &aud = u"https://api.example.com"_s)
{
    QJsonObject c{{u"iss"_s, Iss},
                  {u"sub"_s, sub},
                  {u"aud"_s, aud},
                  {u"iat"_s, 1700000000},
                  {u"exp"_s, qint64(4102444800)},
                  {u"jti"_s, u"j1"_s},
                  {u"client_id"_s, u"console"_s},
                  {u"grant_type"_s, grant}};
    if (!scope.isNull())
        c.insert(u"scope"_s, scope);
    return c;
}

// act nested current actor first: chain({"c", "b", "a"}) = {sub c, act {sub b, act {sub a}}}.
QJsonObject chain(const QStringList &actors)
{
    QJsonObject act;
    for (qsizetype i = actors.size() - 1; i >= 0; --i) {
        QJsonObject node{{u"sub"_s, actors.at(i)}, {u"iss"_s, Iss}};
        if (!act.isEmpty())
            node.insert(u"act"_s, act);
        act = node;
    }
    return act;
}

// The 4-hop chain: alice signs in through agent A (implicit on-behalf-of act), then A → B → C
// → D exchange, each hop narrowing scope and locking the audience.
QJsonObject fourHop()
{
    QJsonObject c = baseClaims(User, TokenExchange, u"reports:read"_s);
    c.insert(u"client_id"_s, u"agent-d-client"_s);
    c.insert(u"act"_s, chain({AgentD, AgentC, AgentB, AgentA}));
    return c;
}

ChainPolicy policy(const QByteArray &json)
{
    QString error;
    const ChainPolicy p = ChainPolicy::fromJson(json, &error);
    if (!p.isValid())
        qWarning() << "policy error:" << error;
    return p;
}

PolicyResult single(const ChainPolicy &p, const QJsonObject &claims,
                    const PolicyEvidence &evidence = PolicyEvidence{true, {}})
{
    const PolicyResults r = p.evaluate(claims, evidence);
    return r.isEmpty() ? PolicyResult{} : r.first();
}

} // namespace

class TestChainPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheIssueExample()
    {
        const QByteArray json =
            "{\"rules\": [\n"
            "  {\"rule\": \"human-initiated\"},\n"
            "  {\"rule\": \"max-depth\", \"value\": 2},\n"
            "  {\"rule\": \"allowed-actors\", \"value\": [\"agent-a\", \"agent-b\"]},\n"
            "  {\"rule\": \"audience-is\", \"value\": \"https://api.example.com\"},\n"
            "  {\"rule\": \"scopes-within\", \"value\": [\"reports:read\", \"reports:list\"]}\n"
            "]}";
        QString error;
        const ChainPolicy p = ChainPolicy::fromJson(json, &error);
        QVERIFY2(p.isValid(), qPrintable(error));
        QCOMPARE(p.rules().size(), 5);
        QCOMPARE(p.rules().at(0).type, ChainPolicy::RuleType::HumanInitiated);
        QCOMPARE(p.rules().at(0).line, 2);
        QCOMPARE(p.rules().at(1).maxDepth, 2);
        QCOMPARE(p.rules().at(1).line, 3);
        QCOMPARE(p.rules().at(2).values, (QStringList{u"agent-a"_s, u"agent-b"_s}));
        QCOMPARE(p.rules().at(3).audience, u"https://api.example.com"_s);
        QCOMPARE(p.rules().at(4).values, (QStringList{u"reports:read"_s, u"reports:list"_s}));
        QCOMPARE(p.rules().at(4).line, 6);
    }

    void invalidFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad JSON")
            << QByteArray("{\"rules\": [\n  {\"rule\": \"max-depth\" \"value\": 2}\n]}") << 2 << 24
            << u"not valid JSON: expected ',' or '}'"_s;
        QTest::newRow("duplicate member")
            << QByteArray("{\"rules\": [\n{\"rule\": \"max-depth\", \"rule\": \"max-depth\"}]}")
            << 2 << 23 << u"duplicate member name"_s;
        QTest::newRow("empty") << QByteArray("  \n") << 0 << 0 << u"the policy is empty"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << 1 << 1 << u"not an array"_s;
        QTest::newRow("no rules") << QByteArray("{}") << 1 << 1 << u"no \"rules\" array"_s;
        QTest::newRow("rules empty")
            << QByteArray("{\"rules\": []}") << 1 << 11 << u"would allow every token"_s;
        QTest::newRow("unknown top member")
            << QByteArray("{\"rules\": [{\"rule\": \"human-initiated\"}],\n \"rulez\": 1}") << 2
            << 2 << u"unknown member \"rulez\""_s;
        QTest::newRow("unknown rule")
            << QByteArray("{\"rules\": [\n  {\"rule\": \"human-initiated\"},\n  {\"rule\": "
                          "\"max-dept\", \"value\": 2}\n]}")
            << 3 << 12 << u"unknown rule \"max-dept\"; the rules are human-initiated, max-depth"_s;
        QTest::newRow("rule not a string")
            << QByteArray("{\"rules\": [{\"rule\": 3}]}") << 1 << 21 << u"not a number"_s;
        QTest::newRow("rule without name")
            << QByteArray("{\"rules\": [\n {\"value\": 3}]}") << 2 << 2 << u"no \"rule\""_s;
        QTest::newRow("unknown rule member")
            << QByteArray("{\"rules\": [{\"rule\": \"max-depth\", \"value\": 1, \"vaule\": 2}]}")
            << 1 << 46 << u"unknown member \"vaule\""_s;
        QTest::newRow("max-depth string")
            << QByteArray("{\"rules\": [\n\n {\"rule\": \"max-depth\", \"value\": \"2\"}]}") << 3
            << 33 << u"whole number"_s;
        QTest::newRow("max-depth fraction")
            << QByteArray("{\"rules\": [{\"rule\": \"max-depth\", \"value\": 1.5}]}") << 1 << 43
            << u"whole number"_s;
        QTest::newRow("max-depth negative")
            << QByteArray("{\"rules\": [{\"rule\": \"max-depth\", \"value\": -1}]}") << 1 << 43
            << u"whole number"_s;
        QTest::newRow("max-depth missing value")
            << QByteArray("{\"rules\": [{\"rule\": \"max-depth\"}]}") << 1 << 12
            << u"needs a \"value\""_s;
        QTest::newRow("human-initiated with value")
            << QByteArray("{\"rules\": [{\"rule\": \"human-initiated\", \"value\": true}]}") << 1
            << 49 << u"takes no \"value\""_s;
        QTest::newRow("allowed-actors string")
            << QByteArray("{\"rules\": [{\"rule\": \"allowed-actors\", \"value\": \"agent-a\"}]}")
            << 1 << 48 << u"array of strings, not a string"_s;
        QTest::newRow("allowed-actors number item")
            << QByteArray("{\"rules\": [{\"rule\": \"allowed-actors\", \"value\": [\"a\",\n 7]}]}")
            << 2 << 2 << u"this is a number"_s;
        QTest::newRow("audience-is array")
            << QByteArray("{\"rules\": [{\"rule\": \"audience-is\", \"value\": [\"x\"]}]}") << 1
            << 45 << u"not an array"_s;
        QTest::newRow("scopes-within spaced")
            << QByteArray("{\"rules\": [{\"rule\": \"scopes-within\", \"value\": [\"a b\"]}]}") << 1
            << 48 << u"has a space"_s;
        QTest::newRow("rule twice")
            << QByteArray("{\"rules\": [\n{\"rule\": \"max-depth\", \"value\": 1},\n{\"rule\": "
                          "\"max-depth\", \"value\": 2}]}")
            << 3 << 1 << u"given twice (also on line 2)"_s;
    }
    void invalidFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        QString error;
        ChainPolicy::Error detail;
        const ChainPolicy p = ChainPolicy::fromJson(json, &error, &detail);
        QVERIFY(!p.isValid());
        QVERIFY2(detail.reason.contains(reason), qPrintable(detail.reason));
        QCOMPARE(detail.line, line);
        QCOMPARE(detail.column, column);
        if (line > 0)
            QVERIFY2(error.startsWith(u"line %1, column %2: "_s.arg(line).arg(column)),
                     qPrintable(error));
    }

    void fromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"policy.json"_s);
        QString error;
        QVERIFY(!ChainPolicy::fromFile(path, &error).isValid());
        QVERIFY2(error.startsWith(u"cannot read "_s), qPrintable(error));
        QVERIFY(!ChainPolicy::fromFile(dir.path(), &error).isValid());
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"description\": \"reports\", \"rules\": [{\"rule\": \"max-depth\", "
                "\"value\": 1, \"description\": \"one hop\"}]}");
        f.close();
        const ChainPolicy p = ChainPolicy::fromFile(path, &error);
        QVERIFY2(p.isValid(), qPrintable(error));
        QCOMPARE(p.path(), path);
        QCOMPARE(p.description(), u"reports"_s);
        QCOMPARE(p.rules().first().description, u"one hop"_s);
    }

    void maxDepth()
    {
        const ChainPolicy p = policy("{\"rules\": [{\"rule\": \"max-depth\", \"value\": 2}]}");
        QJsonObject none = baseClaims(User, u"authorization_code"_s, u"a"_s);
        PolicyResult r = single(p, none);
        QVERIFY(r.passed);
        QCOMPARE(r.rule, u"max-depth"_s);
        QVERIFY2(r.reason.startsWith(u"no actor"_s), qPrintable(r.reason));

        QJsonObject two = none;
        two.insert(u"act"_s, chain({AgentB, AgentA}));
        QVERIFY(single(p, two).passed);

        r = single(p, fourHop());
        QVERIFY(!r.passed);
        QCOMPARE(r.reason, u"4 actors; at most 2 allowed"_s);

        // max-depth 0: only tokens without act.
        const ChainPolicy zero = policy("{\"rules\": [{\"rule\": \"max-depth\", \"value\": 0}]}");
        QVERIFY(single(zero, none).passed);
        QJsonObject one = none;
        one.insert(u"act"_s, chain({AgentA}));
        QVERIFY(!single(zero, one).passed);

        // An act that is not an object hides the actors: not countable, fails.
        QJsonObject broken = none;
        broken.insert(u"act"_s, u"agent-a"_s);
        r = single(p, broken);
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"cannot be counted"_s), qPrintable(r.reason));
    }

    void allowedActors()
    {
        const ChainPolicy p = policy(
            QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{
                                                       {u"rule"_s, u"allowed-actors"_s},
                                                       {u"value"_s, QJsonArray{AgentA, AgentB,
                                                                               AgentC, AgentD}}}}}})
                .toJson());
        QVERIFY(single(p, fourHop()).passed);
        QCOMPARE(single(p, fourHop()).reason, u"all 4 actors are listed"_s);

        // No act: nobody acts, nothing to refuse.
        QVERIFY(single(p, baseClaims(User, u"authorization_code"_s, u"a"_s)).passed);

        // A prior actor not on the list fails, and is named with its position.
        QJsonObject c = fourHop();
        c.insert(u"act"_s, chain({AgentD, AgentC, u"intruder"_s, AgentA}));
        const PolicyResult r = single(p, c);
        QVERIFY(!r.passed);
        QCOMPARE(r.reason, u"not listed: \"intruder\" (prior actor 2)"_s);

        // By client_id inside the act object; the token's own client_id does not count.
        const ChainPolicy byClient = policy(
            "{\"rules\": [{\"rule\": \"allowed-actors\", \"value\": [\"agent-a-client\"]}]}");
        QJsonObject viaClient = baseClaims(User, u"authorization_code"_s, u"a"_s);
        viaClient.insert(u"act"_s,
                         QJsonObject{{u"sub"_s, AgentA}, {u"client_id"_s, u"agent-a-client"_s}});
        QVERIFY(single(byClient, viaClient).passed);
        QJsonObject topLevelOnly = baseClaims(User, u"authorization_code"_s, u"a"_s);
        topLevelOnly.insert(u"client_id"_s, u"agent-a-client"_s);
        topLevelOnly.insert(u"act"_s, QJsonObject{{u"sub"_s, AgentA}});
        QVERIFY(!single(byClient, topLevelOnly).passed);
    }

    void audienceIs()
    {
        const ChainPolicy p = policy(
            "{\"rules\": [{\"rule\": \"audience-is\", \"value\": \"https://api.example.com\"}]}");
        QVERIFY(single(p, fourHop()).passed);
        QVERIFY(single(p, baseClaims(User, TokenExchange, u"a"_s,
                                     QJsonArray{u"https://api.example.com"_s}))
                    .passed);
        PolicyResult r =
            single(p, baseClaims(User, TokenExchange, u"a"_s, u"https://other.example.com"_s));
        QVERIFY(!r.passed);
        QCOMPARE(
            r.reason,
            u"the token is for \"https://other.example.com\", not \"https://api.example.com\""_s);
        // Not locked: valid at another resource server too.
        r = single(p, baseClaims(User, TokenExchange, u"a"_s,
                                 QJsonArray{u"https://api.example.com"_s, u"https://b.example"_s}));
        QVERIFY(!r.passed);
        QCOMPARE(r.reason, u"the token is also for \"https://b.example\""_s);
        QJsonObject noAud = fourHop();
        noAud.remove(u"aud"_s);
        QVERIFY(!single(p, noAud).passed);
    }

    void scopesWithin()
    {
        const ChainPolicy p = policy("{\"rules\": [{\"rule\": \"scopes-within\", \"value\": "
                                     "[\"reports:read\", \"reports:list\"]}]}");
        QVERIFY(single(p, fourHop()).passed);
        QVERIFY(single(p, baseClaims(User, TokenExchange, u"reports:list reports:read"_s)).passed);
        QVERIFY(single(p, baseClaims(User, TokenExchange, QString())).passed); // no scope
        const PolicyResult r =
            single(p, baseClaims(User, TokenExchange, u"reports:read reports:write admin"_s));
        QVERIFY(!r.passed);
        QCOMPARE(r.reason, u"not listed: \"reports:write\", \"admin\""_s);
        QJsonObject odd = fourHop();
        odd.insert(u"scope"_s, QJsonArray{u"reports:read"_s});
        QVERIFY(!single(p, odd).passed);
    }

    void humanInitiatedFromTheToken()
    {
        const ChainPolicy p = policy("{\"rules\": [{\"rule\": \"human-initiated\"}]}");
        const PolicyEvidence verified{true, {}};
        // Authorization code (through an agent: ThunderID's implicit on-behalf-of act) and CIBA
        // tokens name a user who signed in or approved.
        QJsonObject obo = baseClaims(User, u"authorization_code"_s, u"a"_s);
        obo.insert(u"act"_s, chain({AgentA}));
        PolicyResult r = single(p, obo, verified);
        QVERIFY2(r.passed, qPrintable(r.reason));
        QVERIFY(
            single(p, baseClaims(User, u"urn:openid:params:grant-type:ciba"_s, u"a"_s), verified)
                .passed);
        // Client credentials: the subject is the agent itself.
        r = single(p, baseClaims(AgentA, u"client_credentials"_s, u"a"_s), verified);
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"the client itself"_s), qPrintable(r.reason));
        // Unverified claims prove nothing.
        r = single(p, obo, PolicyEvidence{false, {}});
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"signature is not verified"_s), qPrintable(r.reason));
        // Token exchange: the token alone cannot tell what its subject is → fails, and says why.
        r = single(p, fourHop(), verified);
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"cannot be proven"_s) &&
                     r.reason.contains(u"no server was asked"_s),
                 qPrintable(r.reason));
    }

    void humanInitiatedThroughTheServer()
    {
        const ChainPolicy p = policy("{\"rules\": [{\"rule\": \"human-initiated\"}]}");
        // A resolver whose lookup answers later, like the admin API does.
        ActorNameResolver resolver;
        int lookups = 0;
        resolver.setLookup([&](const QString &sub, const QString &, ActorNameResolver::Done done) {
            ++lookups;
            QTimer::singleShot(10, &resolver, [sub, done] {
                if (sub == User)
                    done({u"Alice"_s, PrincipalKind::User});
                else if (sub.startsWith(u"0190a1b2-agent"_s))
                    done({sub, PrincipalKind::Agent});
                else
                    done({});
            });
        });
        PolicyEvidence evidence{true, PolicyEvidence::fromResolver(&resolver, u"the server"_s)};
        PolicyResult r = single(p, fourHop(), evidence);
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"has not answered yet"_s), qPrintable(r.reason));
        QSignalSpy resolved(&resolver, &ActorNameResolver::resolved);
        QVERIFY(resolved.wait());
        r = single(p, fourHop(), evidence);
        QVERIFY2(r.passed, qPrintable(r.reason));
        QCOMPARE(r.reason, u"the subject \"%1\" is a user (the server says so)"_s.arg(User));
        QCOMPARE(lookups, 1);

        // An agent as the chain's subject (client credentials, then exchanged) fails.
        QJsonObject agentChain = fourHop();
        agentChain.insert(u"sub"_s, AgentA);
        agentChain.insert(u"act"_s, chain({AgentD, AgentC, AgentB}));
        single(p, agentChain, evidence);
        QVERIFY(resolved.wait());
        r = single(p, agentChain, evidence);
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"is an agent or application"_s), qPrintable(r.reason));

        // Unknown to the server and nothing in the token: fails with that reason.
        QJsonObject stranger = fourHop();
        stranger.insert(u"sub"_s, u"someone"_s);
        single(p, stranger, evidence);
        QVERIFY(resolved.wait());
        r = single(p, stranger, evidence);
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"knows no user, agent or application"_s), qPrintable(r.reason));
    }

    // Every rule on real signed tokens, verified against their key set: the policy of the docs
    // example holds for the 4-hop chain and each rule fails for a token that breaks it alone.
    void signedFourHopChain()
    {
        const TestKey key = tid::test::makeKey(JwsAlgorithm::ES256);
        QString jwksError;
        const Jwks jwks =
            Jwks::fromJsonObject(QJsonObject{{u"keys"_s, QJsonArray{key.jwk}}}, &jwksError);
        QVERIFY2(!jwks.isEmpty(), qPrintable(jwksError));
        TokenValidator validator;
        ValidationOptions options;
        options.now = 1700000100;
        validator.setOptions(options);
        validator.setJwks(jwks);

        const ChainPolicy p = policy(
            QJsonDocument(
                QJsonObject{{u"rules"_s,
                             QJsonArray{QJsonObject{{u"rule"_s, u"max-depth"_s}, {u"value"_s, 4}},
                                        QJsonObject{{u"rule"_s, u"allowed-actors"_s},
                                                    {u"value"_s,
                                                     QJsonArray{AgentA, AgentB, AgentC, AgentD}}},
                                        QJsonObject{{u"rule"_s, u"audience-is"_s},
                                                    {u"value"_s, u"https://api.example.com"_s}},
                                        QJsonObject{{u"rule"_s, u"scopes-within"_s},
                                                    {u"value"_s, QJsonArray{u"reports:read"_s}}},
                                        QJsonObject{{u"rule"_s, u"human-initiated"_s}}}}})
                .toJson());
        QVERIFY(p.isValid());
        // The server knows alice as a user (answered synchronously here).
        const PolicyEvidence::PrincipalLookup server = [](const QString &sub, const QString &) {
            return PrincipalAnswer{PrincipalAnswer::State::Answered,
                                   sub == User ? PrincipalKind::User : PrincipalKind::Agent,
                                   u"the server"_s};
        };
        auto run = [&](const QJsonObject &claims) {
            const Jwt jwt = Jwt::parse(tid::test::mint(key, {{u"typ"_s, u"at+jwt"_s}}, claims));
            const ValidationResult v = validator.validate(jwt);
            return p.evaluate(jwt, PolicyEvidence{v.signatureVerified, server});
        };
        PolicyResults results = run(fourHop());
        QVERIFY2(ChainPolicy::allPassed(results),
                 qPrintable(ChainPolicy::failedRules(results).join(u", "_s)));

        QJsonObject fiveHop = fourHop();
        fiveHop.insert(u"act"_s, chain({AgentA, AgentD, AgentC, AgentB, AgentA}));
        QCOMPARE(ChainPolicy::failedRules(run(fiveHop)), QStringList{u"max-depth"_s});

        QJsonObject stranger = fourHop();
        stranger.insert(u"act"_s, chain({u"mallory"_s, AgentC, AgentB, AgentA}));
        QCOMPARE(ChainPolicy::failedRules(run(stranger)), QStringList{u"allowed-actors"_s});

        QJsonObject otherAud = fourHop();
        otherAud.insert(u"aud"_s, u"https://billing.example.com"_s);
        QCOMPARE(ChainPolicy::failedRules(run(otherAud)), QStringList{u"audience-is"_s});

        QJsonObject wider = fourHop();
        wider.insert(u"scope"_s, u"reports:read reports:delete"_s);
        QCOMPARE(ChainPolicy::failedRules(run(wider)), QStringList{u"scopes-within"_s});

        QJsonObject agentSubject = fourHop();
        agentSubject.insert(u"sub"_s, AgentA);
        agentSubject.insert(u"act"_s, chain({AgentD, AgentC, AgentB}));
        QCOMPARE(ChainPolicy::failedRules(run(agentSubject)), QStringList{u"human-initiated"_s});

        // A token that does not parse fails every rule.
        results = p.evaluate(Jwt::parse("not.a-token"), PolicyEvidence{});
        QCOMPARE(ChainPolicy::failedRules(results).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestChainPolicy)
#include "tst_chain_policy.moc"
