#include "core/token/ActorChain.h"
#include "core/token/ActorNameResolver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList subs(const ActorChain &chain)
{
    QStringList out;
    for (const ActorNode &n : chain.actors())
        out << n.sub;
    return out;
}

// A chain five actors deeper than ActorChain::MaxDepth.
QByteArray deeperThanMaxDepth()
{
    QByteArray deep = "{\"sub\":\"u\",\"act\":";
    for (int i = 0; i < ActorChain::MaxDepth + 5; ++i)
        deep += "{\"sub\":\"a" + QByteArray::number(i) + "\",\"act\":";
    deep += "{}";
    for (int i = 0; i < ActorChain::MaxDepth + 5; ++i)
        deep += "}";
    return deep + "}";
}

} // namespace

class TestActorChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8693Section41NestedAct()
    {
        // RFC 8693 §4.1, Figure 6: service16 is the current actor, service77 a prior actor.
        const QJsonObject payload =
            json("{\"aud\":\"https://service26.example.com\",\"iss\":\"https://"
                 "issuer.example.com\",\"exp\":1443904100,\"nbf\":1443904000,\"sub\":\"user@"
                 "example.com\",\"act\":{\"sub\":\"https://"
                 "service16.example.com\",\"act\":{\"sub\":\"https://service77.example.com\"}}}");
        const ActorChain chain = ActorChain::fromClaims(payload);
        QVERIFY(!chain.isMalformed());
        QCOMPARE(chain.subject(), u"user@example.com"_s);
        QCOMPARE(chain.subjectIssuer(), u"https://issuer.example.com"_s);
        QCOMPARE(chain.depth(), 2);
        QCOMPARE(subs(chain), (QStringList{u"https://service16.example.com"_s,
                                           u"https://service77.example.com"_s}));
        QCOMPARE(chain.currentActor()->sub, u"https://service16.example.com"_s);
        QCOMPARE(chain.actors().at(0).position, 1);
        QCOMPARE(chain.actors().at(1).position, 2);
        // Nodes keep their own claims but not the nested act.
        QVERIFY(!chain.actors().at(0).claims().contains(u"act"_s));
    }

    void rfc8693Section41SingleActorWithIssuer()
    {
        // RFC 8693 §4.1, Figure 5.
        const ActorChain chain = ActorChain::fromClaims(
            json("{\"aud\":\"https://consumer.example.com\",\"iss\":\"https://"
                 "issuer.example.com\",\"exp\":1443904177,\"nbf\":1443904077,\"sub\":\"user@"
                 "example.com\",\"act\":{\"sub\":\"admin@example.com\"}}"));
        QCOMPARE(subs(chain), QStringList{u"admin@example.com"_s});
        QVERIFY(chain.currentActor()->iss.isEmpty());
    }

    void thunderIdShapes()
    {
        // REFERENCE §2.3: client_credentials — no act.
        ActorChain c = ActorChain::fromClaims(
            json("{\"sub\":\"agent-1\",\"grant_type\":\"client_credentials\"}"));
        QVERIFY(c.isEmpty());
        QCOMPARE(c.depth(), 0);
        QVERIFY(c.currentActor() == nullptr);
        // Implicit OBO (authorization_code / CIBA): act has only sub.
        c = ActorChain::fromClaims(json("{\"sub\":\"user-1\",\"act\":{\"sub\":\"agent-1\"}}"));
        QCOMPARE(subs(c), QStringList{u"agent-1"_s});
        // Token exchange with an actor token: {sub, iss} plus the actor token's own act verbatim.
        c = ActorChain::fromClaims(
            json("{\"sub\":\"user-1\",\"iss\":\"https://"
                 "localhost:8090\",\"grant_type\":\"urn:ietf:params:oauth:grant-type:token-"
                 "exchange\",\"act\":{\"sub\":\"worker-2\",\"iss\":\"https://"
                 "localhost:8090\",\"act\":{\"sub\":\"primary-agent\",\"iss\":\"https://"
                 "localhost:8090\"}}}"));
        QCOMPARE(subs(c), (QStringList{u"worker-2"_s, u"primary-agent"_s}));
        QCOMPARE(c.actors().at(1).iss, u"https://localhost:8090"_s);
        // Extra claims on an actor are kept.
        c = ActorChain::fromClaims(json("{\"sub\":\"u\",\"act\":{\"sub\":\"a\",\"client_id\":"
                                        "\"c1\",\"name\":\"Billing bot\"}}"));
        QCOMPARE(c.currentActor()->claims().value(u"client_id"_s).toString(), u"c1"_s);
    }

    void malformedChains()
    {
        ActorChain c = ActorChain::fromClaims(json("{\"sub\":\"u\",\"act\":\"agent-1\"}"));
        QVERIFY(c.isMalformed());
        QVERIFY(c.problem().contains(u"not a JSON object"_s));
        c = ActorChain::fromClaims(json("{\"sub\":\"u\",\"act\":{\"sub\":\"a\",\"act\":[1]}}"));
        QVERIFY(c.isMalformed());
        QCOMPARE(c.depth(), 1); // the well-formed part is still there
        QVERIFY(c.problem().contains(u"level 2"_s));
        c = ActorChain::fromClaims(json("{\"sub\":\"u\",\"act\":{\"iss\":\"x\"}}"));
        QVERIFY(c.isMalformed());
        QVERIFY(c.problem().contains(u"sub"_s));
        // Deeper than MaxDepth.
        const QByteArray deep = deeperThanMaxDepth();
        c = ActorChain::fromClaims(QJsonDocument::fromJson(deep).object());
        QVERIFY(c.isMalformed());
        QCOMPARE(c.depth(), ActorChain::MaxDepth);
    }

    // The validator reads the chain in place from the token's text; the UI, the playground and
    // the policy read it from a QJsonObject. Both readings must agree on everything.
    void inPlaceReadingAgrees_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("rfc8693 figure 6")
            << QByteArray("{\"sub\":\"user@example.com\",\"iss\":\"https://issuer.example.com\","
                          "\"act\":{\"sub\":\"https://service16.example.com\",\"act\":{\"sub\":"
                          "\"https://service77.example.com\"}}}");
        QTest::newRow("actor claims") << QByteArray(
            "{\"sub\":\"u\",\"act\":{\"sub\":\"agent-1\",\"iss\":\"https://id\",\"client_id\":"
            "\"c1\",\"n\":[1,{\"x\":\"}\"}],\"act\":{\"sub\":\"a\\\"b\",\"act\":{\"sub\":\"z\"}}}"
            "}");
        QTest::newRow("no act") << QByteArray("{\"sub\":\"u\",\"iss\":\"i\"}");
        QTest::newRow("act not an object") << QByteArray("{\"sub\":\"u\",\"act\":\"agent-1\"}");
        QTest::newRow("act null") << QByteArray("{\"sub\":\"u\",\"act\":null}");
        QTest::newRow("nested array")
            << QByteArray("{\"sub\":\"u\",\"act\":{\"sub\":\"a\",\"act\":[1]}}");
        QTest::newRow("no sub") << QByteArray(
            "{\"sub\":\"u\",\"act\":{\"iss\":\"x\",\"act\":{\"sub\":1}}}");
        const QByteArray deep = deeperThanMaxDepth();
        QTest::newRow("deeper than MaxDepth") << deep;
    }
    void inPlaceReadingAgrees()
    {
        QFETCH(QByteArray, text);
        const ActorChain fromObject = ActorChain::fromClaims(json(text.constData()));
        const ActorChain inPlace = ActorChain::fromClaims(JsonObjectView(JsonView::of(text)));
        QCOMPARE(inPlace.subject(), fromObject.subject());
        QCOMPARE(inPlace.subjectIssuer(), fromObject.subjectIssuer());
        QCOMPARE(inPlace.problem(), fromObject.problem());
        QCOMPARE(inPlace.depth(), fromObject.depth());
        for (int i = 0; i < inPlace.depth(); ++i) {
            const ActorNode &a = inPlace.actors().at(i);
            const ActorNode &b = fromObject.actors().at(i);
            QCOMPARE(a.sub, b.sub);
            QCOMPARE(a.iss, b.iss);
            QCOMPARE(a.position, b.position);
            QCOMPARE(a.claims(), b.claims()); // built on first use, without "act"
            QVERIFY(!a.claims().contains(u"act"_s));
        }
        // A copy shares the node's claims, built once.
        if (inPlace.depth() > 0) {
            const ActorChain copy = inPlace;
            QCOMPARE(&copy.actors().at(0).claims(), &inPlace.actors().at(0).claims());
        }
    }

    void resolverCachesAndAnswersLater()
    {
        ActorNameResolver resolver;
        int lookups = 0;
        QList<ActorNameResolver::Done> pending;
        resolver.setLookup([&](const QString &sub, const QString &, ActorNameResolver::Done done) {
            ++lookups;
            if (sub == u"agent-1"_s) {
                done({u"Invoice bot"_s, PrincipalKind::Agent}); // synchronous answer
                return;
            }
            pending.append(std::move(done)); // answered later
        });
        QSignalSpy resolved(&resolver, &ActorNameResolver::resolved);
        QCOMPARE(resolver.displayName(u"agent-1"_s, u"iss"_s), u"Invoice bot"_s);
        QCOMPARE(resolver.kind(u"agent-1"_s, u"iss"_s), PrincipalKind::Agent);
        QCOMPARE(lookups, 1);
        // Unknown yet: the raw id, one lookup only however often it is asked.
        QCOMPARE(resolver.displayName(u"user-9"_s, u"iss"_s), u"user-9"_s);
        QCOMPARE(resolver.kind(u"user-9"_s, u"iss"_s), PrincipalKind::Unknown);
        QCOMPARE(resolver.displayName(u"user-9"_s, u"iss"_s), u"user-9"_s);
        QCOMPARE(lookups, 2);
        QCOMPARE(pending.size(), 1);
        pending.takeFirst()({u"Alice"_s, PrincipalKind::User});
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(resolved.last().at(0).toString(), u"user-9"_s);
        QCOMPARE(resolver.displayName(u"user-9"_s, u"iss"_s), u"Alice"_s);
        QCOMPARE(lookups, 2);
        // The same id at another issuer is another principal.
        resolver.displayName(u"user-9"_s, u"other"_s);
        QCOMPARE(lookups, 3);
        // A late answer after clear() (e.g. another server) is dropped.
        resolver.clear();
        resolver.displayName(u"user-7"_s, u"iss"_s);
        auto stale = pending.takeLast();
        resolver.clear();
        stale({u"Mallory"_s, PrincipalKind::User});
        QVERIFY(!resolver.isKnown(u"user-7"_s, u"iss"_s));
    }

    void resolverWithoutLookupShowsRawIds()
    {
        ActorNameResolver resolver;
        QCOMPARE(resolver.displayName(u"x"_s), u"x"_s);
        QCOMPARE(resolver.kind(u"x"_s), PrincipalKind::Unknown);
        resolver.insert(u"x"_s, QString(), {u"Known"_s, PrincipalKind::User});
        QCOMPARE(resolver.displayName(u"x"_s), u"Known"_s);
    }
};

QTEST_GUILESS_MAIN(TestActorChain)
#include "tst_actor_chain.moc"
