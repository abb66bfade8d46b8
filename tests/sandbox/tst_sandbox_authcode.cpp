// authorization_code + PKCE (the sign-in/consent page), refresh-token rotation and the consents
// extension API, over HTTP against a thunderid-sandbox child process.
#include "FlowFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace tid::test;

class TestAuthCode : public QObject
{
    Q_OBJECT

private:
    FlowFixture f;
    QString rsId;
    const QString resource = u"https://docs.example.com/api"_s;
    QString aliceId;
    QString bobId;
    TestClient agent;      // authorization_code + refresh_token
    TestClient noRefresh;  // authorization_code only
    TestClient m2m;        // client_credentials only
    TestClient shortLived; // 120 s access, 300 s refresh, RS256

    TestHttp::Reply redeem(const TestClient &c, const QString &code, const QString &verifier,
                           const QString &redirect = {})
    {
        return f.token(c, {{u"grant_type"_s, u"authorization_code"_s},
                           {u"code"_s, code},
                           {u"redirect_uri"_s, redirect.isEmpty() ? c.redirectUri : redirect},
                           {u"code_verifier"_s, verifier}});
    }
    static QString queryValue(const QString &location, const QString &key)
    {
        return QUrlQuery(QUrl(location).query()).queryItemValue(key, QUrl::FullyDecoded);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        rsId = f.createResourceServer(u"Docs"_s, resource,
                                      {u"docs:read"_s, u"docs:write"_s, u"docs:delete"_s});
        QVERIFY(!rsId.isEmpty());
        aliceId = f.createUser(u"alice"_s, u"alice-pw"_s);
        bobId = f.createUser(u"bob"_s, u"bob-pw"_s);
        QVERIFY(!aliceId.isEmpty() && !bobId.isEmpty());
        // Alice may read and write, Bob only read; nobody deletes.
        QVERIFY(!f.createRole(u"Docs editors"_s, rsId, {u"docs:read"_s, u"docs:write"_s},
                              {{aliceId, u"user"_s}})
                     .isEmpty());
        QVERIFY(!f.createRole(u"Docs readers"_s, rsId, {u"docs:read"_s}, {{bobId, u"user"_s}})
                     .isEmpty());
        agent = f.createClient(u"Writer agent"_s, {u"authorization_code"_s, u"refresh_token"_s});
        noRefresh = f.createClient(u"Plain agent"_s, {u"authorization_code"_s});
        m2m = f.createClient(u"Machine agent"_s, {u"client_credentials"_s});
        shortLived = f.createClient(
            u"Short agent"_s, {u"authorization_code"_s, u"refresh_token"_s},
            QJsonObject{{u"accessToken"_s,
                         QJsonObject{{u"userConfig"_s, QJsonObject{{u"validityPeriod"_s, 120}}},
                                     {u"signingAlg"_s, u"RS256"_s}}},
                        {u"refreshToken"_s, QJsonObject{{u"validityPeriod"_s, 300}}}});
        QVERIFY(!agent.secret.isEmpty() && !noRefresh.secret.isEmpty() && !m2m.secret.isEmpty() &&
                !shortLived.secret.isEmpty());
    }

    void authorizePageShowsClientScopesAndForm()
    {
        const SignIn page = f.authorizePage(FlowFixture::authorizeParams(
            agent, u"openid docs:read docs:write"_s, resource, FlowFixture::verifierFor(1)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Writer agent"));
        QVERIFY(page.body.contains("docs:write"));
        QVERIFY(page.body.contains("Can write docs")); // the action's description
        QVERIFY(page.body.contains("name=\"password\""));
        QVERIFY(page.body.contains("name=\"code_challenge\""));
    }

    void happyPathIssuesOnBehalfOfTokens()
    {
        const QString verifier = FlowFixture::verifierFor(2);
        const SignIn s = f.submitSignIn(
            FlowFixture::authorizeParams(agent, u"openid docs:read docs:write docs:delete"_s,
                                         resource, verifier),
            u"alice"_s, u"alice-pw"_s);
        QCOMPARE(s.status, 302);
        QVERIFY(s.location.startsWith(agent.redirectUri));
        QCOMPARE(queryValue(s.location, u"state"_s), u"st-42"_s);
        QCOMPARE(queryValue(s.location, u"iss"_s), f.issuer());
        QVERIFY(!s.code.isEmpty());

        const auto r = redeem(agent, s.code, verifier);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 600); // the default access lifetime
        // Alice holds no docs:delete: the scope is what she may delegate.
        QCOMPARE(body.value(u"scope"_s).toString(), u"openid docs:read docs:write"_s);
        QVERIFY(body.contains(u"refresh_token"_s));
        QVERIFY(body.contains(u"id_token"_s));

        const QString at = body.value(u"access_token"_s).toString();
        QVERIFY(f.verifiesAgainstJwks(at));
        const QJsonObject h = FlowFixture::header(at);
        QCOMPARE(h.value(u"typ"_s).toString(), u"at+jwt"_s);
        QCOMPARE(h.value(u"alg"_s).toString(), u"ES256"_s);
        const QJsonObject c = FlowFixture::claims(at);
        QCOMPARE(c.value(u"sub"_s).toString(), aliceId);
        QCOMPARE(c.value(u"aud"_s).toString(), resource);
        QCOMPARE(c.value(u"client_id"_s).toString(), agent.clientId);
        QCOMPARE(c.value(u"grant_type"_s).toString(), u"authorization_code"_s);
        QCOMPARE(c.value(u"act"_s).toObject(), QJsonObject({{u"sub"_s, agent.id}}));
        QCOMPARE(c.value(u"iss"_s).toString(), f.issuer());
        for (const QString &claim : {u"exp"_s, u"iat"_s, u"nbf"_s, u"jti"_s})
            QVERIFY2(c.contains(claim), qPrintable(claim));
        QCOMPARE(c.value(u"exp"_s).toInteger() - c.value(u"iat"_s).toInteger(), 600);

        const QString idToken = body.value(u"id_token"_s).toString();
        QVERIFY(f.verifiesAgainstJwks(idToken));
        const QJsonObject id = FlowFixture::claims(idToken);
        QCOMPARE(id.value(u"aud"_s).toString(), agent.clientId);
        QCOMPARE(id.value(u"sub"_s).toString(), aliceId);
        QCOMPARE(id.value(u"nonce"_s).toString(), u"n-42"_s);
        QVERIFY(!id.contains(u"act"_s)); // act is on access tokens only

        // The refresh token lives 24 h by default.
        const auto ri = f.introspect(agent, body.value(u"refresh_token"_s).toString());
        QCOMPARE(ri.json().value(u"active"_s).toBool(), true);
        QCOMPARE(ri.json().value(u"exp"_s).toInteger() - ri.json().value(u"iat"_s).toInteger(),
                 86400);
        QCOMPARE(ri.json().value(u"act"_s).toObject(), QJsonObject({{u"sub"_s, agent.id}}));

        // The consent is recorded.
        const auto consents =
            f.admin.get(u"/consents?userId=%1&clientId=%2"_s.arg(aliceId, agent.clientId));
        QCOMPARE(consents.status, 200);
        QCOMPARE(consents.json().value(u"totalResults"_s).toInt(), 1);
        const QJsonObject consent = consents.json().value(u"consents"_s).toArray().at(0).toObject();
        QCOMPARE(consent.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(consent.value(u"resourceServerId"_s).toString(), rsId);
        QCOMPARE(consent.value(u"clientName"_s).toString(), u"Writer agent"_s);
        QCOMPARE(consent.value(u"scopes"_s).toArray(),
                 QJsonArray({u"openid"_s, u"docs:read"_s, u"docs:write"_s}));
        QVERIFY(!f.auditEvents(u"CONSENT_GRANTED"_s, agent.clientId).isEmpty());
        const QJsonArray issued = f.auditEvents(u"TOKEN_ISSUED"_s, agent.clientId);
        QVERIFY(!issued.isEmpty());
        const QJsonObject last = issued.last().toObject();
        QCOMPARE(last.value(u"data"_s).toObject().value(u"jti"_s), c.value(u"jti"_s));
        QCOMPARE(last.value(u"data"_s).toObject().value(u"act"_s), c.value(u"act"_s));
        QCOMPARE(last.value(u"subject"_s).toString(), aliceId);
        QCOMPARE(last.value(u"resourceServer"_s).toString(), resource);
    }

    void consentIsReused()
    {
        QVERIFY(f.signInAndRedeem(agent, u"alice"_s, u"alice-pw"_s, u"openid docs:read"_s, resource)
                    .status == 200);
        QVERIFY(f.signInAndRedeem(agent, u"alice"_s, u"alice-pw"_s,
                                  u"openid docs:read docs:write"_s, resource)
                    .status == 200);
        const auto consents =
            f.admin.get(u"/consents?userId=%1&clientId=%2"_s.arg(aliceId, agent.id));
        QCOMPARE(consents.json().value(u"totalResults"_s).toInt(), 1);
    }

    void loopbackRedirectOnAnyPort()
    {
        const QString verifier = FlowFixture::verifierFor(3);
        const QString redirect = u"http://127.0.0.1:54321/callback"_s;
        const SignIn s = f.submitSignIn(
            FlowFixture::authorizeParams(agent, u"docs:read"_s, resource, verifier, redirect),
            u"bob"_s, u"bob-pw"_s);
        QCOMPARE(s.status, 302);
        QVERIFY(s.location.startsWith(redirect));
        // The token request must repeat the exact URI it used.
        QCOMPARE(redeem(agent, s.code, verifier, redirect).status, 200);

        // Another path, or a non-loopback host, is refused on the page (no redirect).
        for (const QString &bad :
             {u"http://127.0.0.1:54321/other"_s, u"http://evil.example.com/callback"_s}) {
            const SignIn page = f.authorizePage(
                FlowFixture::authorizeParams(agent, u"docs:read"_s, resource, verifier, bad));
            QCOMPARE(page.status, 400);
            QVERIFY(page.location.isEmpty());
        }
    }

    void authorizeErrors_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("error");
        QTest::newRow("response_type")
            << u"response_type=token"_s << u"unsupported_response_type"_s;
        QTest::newRow("no challenge") << u"-code_challenge"_s << u"invalid_request"_s;
        QTest::newRow("plain method") << u"code_challenge_method=plain"_s << u"invalid_request"_s;
        QTest::newRow("bad challenge") << u"code_challenge=short"_s << u"invalid_request"_s;
        QTest::newRow("unknown resource")
            << u"resource=https://nope.example.com"_s << u"invalid_target"_s;
        QTest::newRow("no resource") << u"-resource"_s << u"invalid_target"_s;
        QTest::newRow("undefined scope") << u"scope=docs:fly"_s << u"invalid_scope"_s;
    }
    void authorizeErrors()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, error);
        auto params = FlowFixture::authorizeParams(agent, u"docs:read"_s, resource,
                                                   FlowFixture::verifierFor(4));
        const QString key =
            mutation.startsWith(u'-') ? mutation.mid(1) : mutation.section(u'=', 0, 0);
        params.removeIf([&](const auto &p) { return p.first == key; });
        if (!mutation.startsWith(u'-'))
            params.append({key, mutation.section(u'=', 1)});
        const SignIn page = f.authorizePage(params);
        QCOMPARE(page.status, 302);
        QCOMPARE(queryValue(page.location, u"error"_s), error);
        QCOMPARE(queryValue(page.location, u"state"_s), u"st-42"_s);
    }

    void authorizePageErrors()
    {
        auto params = FlowFixture::authorizeParams(agent, u"docs:read"_s, resource,
                                                   FlowFixture::verifierFor(5));
        auto unknown = params;
        unknown[1].second = u"no-such-client"_s;
        QCOMPARE(f.authorizePage(unknown).status, 400);
        auto duplicate = params;
        duplicate.append({u"scope"_s, u"docs:write"_s});
        QCOMPARE(f.authorizePage(duplicate).status, 400);
        // A client without the grant.
        const SignIn s = f.authorizePage(FlowFixture::authorizeParams(m2m, u"docs:read"_s, resource,
                                                                      FlowFixture::verifierFor(5)));
        QCOMPARE(s.status, 302);
        QCOMPARE(queryValue(s.location, u"error"_s), u"unauthorized_client"_s);
    }

    void wrongPasswordAndDeny()
    {
        const auto params = FlowFixture::authorizeParams(agent, u"docs:read"_s, resource,
                                                         FlowFixture::verifierFor(6));
        const SignIn wrong = f.submitSignIn(params, u"alice"_s, u"nope"_s);
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.body.contains("incorrect"));
        const SignIn unknown = f.submitSignIn(params, u"mallory"_s, u"x"_s);
        QCOMPARE(unknown.status, 401);
        const SignIn denied = f.submitSignIn(params, u"alice"_s, u"alice-pw"_s, u"deny"_s);
        QCOMPARE(denied.status, 302);
        QCOMPARE(queryValue(denied.location, u"error"_s), u"access_denied"_s);
    }

    void tokenErrors()
    {
        const QString verifier = FlowFixture::verifierFor(7);
        const SignIn s =
            f.submitSignIn(FlowFixture::authorizeParams(agent, u"docs:read"_s, resource, verifier),
                           u"bob"_s, u"bob-pw"_s);
        QVERIFY(!s.code.isEmpty());
        auto grant = [&](QList<QPair<QString, QString>> fields, const TestClient &c) {
            fields.prepend({u"grant_type"_s, u"authorization_code"_s});
            return f.token(c, fields);
        };
        QCOMPARE(
            grant({{u"redirect_uri"_s, agent.redirectUri}, {u"code_verifier"_s, verifier}}, agent)
                .code(),
            u"invalid_request"_s); // no code
        QCOMPARE(grant({{u"code"_s, u"bogus"_s},
                        {u"redirect_uri"_s, agent.redirectUri},
                        {u"code_verifier"_s, verifier}},
                       agent)
                     .code(),
                 u"invalid_grant"_s);
        QCOMPARE(grant({{u"code"_s, s.code}, {u"redirect_uri"_s, agent.redirectUri}}, agent).code(),
                 u"invalid_request"_s); // no verifier
        QCOMPARE(grant({{u"code"_s, s.code},
                        {u"redirect_uri"_s, u"http://127.0.0.1:9/callback"_s},
                        {u"code_verifier"_s, verifier}},
                       agent)
                     .code(),
                 u"invalid_grant"_s); // another redirect URI
        QCOMPARE(grant({{u"code"_s, s.code},
                        {u"redirect_uri"_s, agent.redirectUri},
                        {u"code_verifier"_s, verifier}},
                       noRefresh)
                     .code(),
                 u"invalid_grant"_s); // another client
        QCOMPARE(grant({{u"code"_s, s.code},
                        {u"redirect_uri"_s, agent.redirectUri},
                        {u"code_verifier"_s, verifier},
                        {u"resource"_s, u"https://other.example.com"_s}},
                       agent)
                     .code(),
                 u"invalid_target"_s);
        QCOMPARE(grant({{u"code"_s, s.code},
                        {u"redirect_uri"_s, agent.redirectUri},
                        {u"code_verifier"_s, verifier}},
                       m2m)
                     .code(),
                 u"unauthorized_client"_s);
        const auto wrongSecret = f.http.postForm(
            u"/oauth2/token"_s, {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, s.code}},
            agent.clientId, u"wrong"_s);
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.code(), u"invalid_client"_s);

        // The good request still works (these failures consumed nothing; a wrong verifier does,
        // see wrongVerifierBurnsTheCode) ...
        const auto ok = redeem(agent, s.code, verifier);
        QCOMPARE(ok.status, 200);
        const QString at = ok.json().value(u"access_token"_s).toString();
        QCOMPARE(f.introspect(agent, at).json().value(u"active"_s).toBool(), true);
        // ... and a replay is refused and revokes what the code produced.
        const auto replay = redeem(agent, s.code, verifier);
        QCOMPARE(replay.code(), u"invalid_grant"_s);
        QCOMPARE(f.introspect(agent, at).json().value(u"active"_s).toBool(), false);
        QCOMPARE(f.introspect(agent, ok.json().value(u"refresh_token"_s).toString())
                     .json()
                     .value(u"active"_s)
                     .toBool(),
                 false);
        const QJsonArray failures = f.auditEvents(u"TOKEN_ISSUANCE_FAILED"_s, agent.clientId);
        QVERIFY(failures.size() >= 6);
    }

    // Issue 11, finding 8: a code survives no wrong-verifier attempt; the right verifier after a
    // wrong one is too late.
    void wrongVerifierBurnsTheCode()
    {
        const QString verifier = FlowFixture::verifierFor(9);
        const SignIn s =
            f.submitSignIn(FlowFixture::authorizeParams(agent, u"docs:read"_s, resource, verifier),
                           u"bob"_s, u"bob-pw"_s);
        QVERIFY(!s.code.isEmpty());
        const auto wrong = redeem(agent, s.code, FlowFixture::verifierFor(10));
        QCOMPARE(wrong.code(), u"invalid_grant"_s);
        const auto late = redeem(agent, s.code, verifier);
        QCOMPARE(late.status, 400);
        QCOMPARE(late.code(), u"invalid_grant"_s);
    }

    void noRefreshTokenWithoutTheGrant()
    {
        const auto r =
            f.signInAndRedeem(noRefresh, u"alice"_s, u"alice-pw"_s, u"docs:read"_s, resource);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(u"refresh_token"_s));
        QVERIFY(!r.json().contains(u"id_token"_s)); // no openid
    }

    void perAgentLifetimesAndRs256()
    {
        const auto r =
            f.signInAndRedeem(shortLived, u"alice"_s, u"alice-pw"_s, u"docs:read"_s, resource);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"expires_in"_s).toInt(), 120);
        const QString at = r.json().value(u"access_token"_s).toString();
        QCOMPARE(FlowFixture::header(at).value(u"alg"_s).toString(), u"RS256"_s);
        QVERIFY(f.verifiesAgainstJwks(at));
        const auto ri = f.introspect(shortLived, r.json().value(u"refresh_token"_s).toString());
        QCOMPARE(ri.json().value(u"exp"_s).toInteger() - ri.json().value(u"iat"_s).toInteger(),
                 300);
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        const auto first = f.signInAndRedeem(agent, u"alice"_s, u"alice-pw"_s,
                                             u"openid docs:read docs:write"_s, resource);
        QCOMPARE(first.status, 200);
        const QString rt1 = first.json().value(u"refresh_token"_s).toString();
        const auto second =
            f.token(agent, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt1}});
        QCOMPARE(second.status, 200);
        const QString rt2 = second.json().value(u"refresh_token"_s).toString();
        QVERIFY(!rt2.isEmpty() && rt2 != rt1);
        const QString at2 = second.json().value(u"access_token"_s).toString();
        const QJsonObject c2 = FlowFixture::claims(at2);
        QCOMPARE(c2.value(u"sub"_s).toString(), aliceId);
        QCOMPARE(c2.value(u"act"_s).toObject(), QJsonObject({{u"sub"_s, agent.id}}));
        QCOMPARE(c2.value(u"grant_type"_s).toString(), u"authorization_code"_s); // original
        QCOMPARE(c2.value(u"aud"_s).toString(), resource);
        QVERIFY(f.verifiesAgainstJwks(at2));

        // Narrowing is fine, widening is not.
        const auto narrowed = f.token(agent, {{u"grant_type"_s, u"refresh_token"_s},
                                              {u"refresh_token"_s, rt2},
                                              {u"scope"_s, u"docs:read"_s}});
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(narrowed.json().value(u"scope"_s).toString(), u"docs:read"_s);
        const QString rt3 = narrowed.json().value(u"refresh_token"_s).toString();
        const auto widened = f.token(agent, {{u"grant_type"_s, u"refresh_token"_s},
                                             {u"refresh_token"_s, rt3},
                                             {u"scope"_s, u"docs:read docs:delete"_s}});
        QCOMPARE(widened.code(), u"invalid_scope"_s);

        // Reuse of rt1 (already rotated) revokes the family: rt3 and the access tokens die.
        const auto reuse =
            f.token(agent, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt1}});
        QCOMPARE(reuse.code(), u"invalid_grant"_s);
        QCOMPARE(f.token(agent, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt3}})
                     .code(),
                 u"invalid_grant"_s);
        QCOMPARE(f.introspect(agent, at2).json().value(u"active"_s).toBool(), false);
    }

    void refreshErrors()
    {
        const auto first =
            f.signInAndRedeem(agent, u"bob"_s, u"bob-pw"_s, u"docs:read"_s, resource);
        const QString rt = first.json().value(u"refresh_token"_s).toString();
        QCOMPARE(f.token(agent, {{u"grant_type"_s, u"refresh_token"_s}}).code(),
                 u"invalid_request"_s);
        QCOMPARE(f.token(agent,
                         {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"bogus"_s}})
                     .code(),
                 u"invalid_grant"_s);
        QCOMPARE(
            f.token(shortLived, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt}})
                .code(),
            u"invalid_grant"_s); // another client's
        QCOMPARE(f.token(agent, {{u"grant_type"_s, u"refresh_token"_s},
                                 {u"refresh_token"_s, rt},
                                 {u"resource"_s, u"https://other.example.com"_s}})
                     .code(),
                 u"invalid_target"_s);
        QCOMPARE(
            f.token(noRefresh, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt}})
                .code(),
            u"unauthorized_client"_s);
        // Refresh-token introspection is for its own client only.
        QCOMPARE(f.introspect(shortLived, rt).json().value(u"active"_s).toBool(), false);
        QCOMPARE(f.introspect(agent, rt).json().value(u"active"_s).toBool(), true);
    }

    void revokedConsentKillsRefresh()
    {
        const auto r =
            f.signInAndRedeem(shortLived, u"bob"_s, u"bob-pw"_s, u"docs:read"_s, resource);
        QCOMPARE(r.status, 200);
        const QString rt = r.json().value(u"refresh_token"_s).toString();
        const QString at = r.json().value(u"access_token"_s).toString();
        const auto list = f.admin.get(
            u"/consents?userId=%1&clientId=%2&status=ACTIVE"_s.arg(bobId, shortLived.id));
        QCOMPARE(list.json().value(u"totalResults"_s).toInt(), 1);
        const QString consentId =
            list.json().value(u"consents"_s).toArray().at(0).toObject().value(u"id"_s).toString();

        // Bob revokes it with his own token.
        TestHttp bob(f.sandbox().baseUrl());
        bob.setBearer(f.userToken(u"bob"_s, u"bob-pw"_s));
        const auto revoked = bob.post(u"/consents/%1/revoke"_s.arg(consentId), QJsonObject{});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json().value(u"status"_s).toString(), u"REVOKED"_s);
        QVERIFY(revoked.json().contains(u"revokedAt"_s));
        QCOMPARE(
            f.token(shortLived, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt}})
                .code(),
            u"invalid_grant"_s);
        QCOMPARE(f.introspect(shortLived, at).json().value(u"active"_s).toBool(), false);
        QCOMPARE(bob.post(u"/consents/%1/revoke"_s.arg(consentId), QJsonObject{}).status, 409);
        QVERIFY(!f.auditEvents(u"CONSENT_REVOKED"_s, shortLived.clientId).isEmpty());
    }

    void consentsApiScopesAUsersView()
    {
        TestHttp alice(f.sandbox().baseUrl());
        alice.setBearer(f.userToken(u"alice"_s, u"alice-pw"_s));
        const auto mine = alice.get(u"/consents"_s);
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.json().value(u"totalResults"_s).toInt() >= 1);
        for (const QJsonValue &c : mine.json().value(u"consents"_s).toArray())
            QCOMPARE(c.toObject().value(u"userId"_s).toString(), aliceId);
        QCOMPARE(alice.get(u"/consents?userId=%1"_s.arg(bobId)).status, 403);

        const auto bobs = f.admin.get(u"/consents?userId=%1"_s.arg(bobId));
        const QString bobConsent =
            bobs.json().value(u"consents"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(!bobConsent.isEmpty());
        QCOMPARE(alice.get(u"/consents/%1"_s.arg(bobConsent)).status, 404);
        QCOMPARE(alice.post(u"/consents/%1/revoke"_s.arg(bobConsent), QJsonObject{}).status, 404);
        QCOMPARE(f.admin.get(u"/consents/%1"_s.arg(bobConsent)).status, 200);
        QCOMPARE(f.admin.get(u"/consents/nope"_s).code(), u"CNS-1003"_s);
        QCOMPARE(f.admin.get(u"/consents?status=bogus"_s).code(), u"CNS-1004"_s);
        QCOMPARE(f.admin.get(u"/consents?limit=0"_s).code(), u"CNS-1001"_s);
        QCOMPARE(f.admin.get(u"/consents?offset=-1"_s).code(), u"CNS-1002"_s);
        QCOMPARE(f.admin.get(u"/consents?resourceServerId=%1&status=REVOKED"_s.arg(rsId))
                     .json()
                     .value(u"totalResults"_s)
                     .toInt(),
                 1);
        const auto page = f.admin.get(u"/consents?limit=1"_s);
        QCOMPARE(page.json().value(u"count"_s).toInt(), 1);
        QVERIFY(page.json().value(u"totalResults"_s).toInt() > 1);
        QCOMPARE(
            page.json().value(u"links"_s).toArray().at(0).toObject().value(u"rel"_s).toString(),
            u"next"_s);
        TestHttp anonymous(f.sandbox().baseUrl());
        QCOMPARE(anonymous.get(u"/consents"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestAuthCode)
#include "tst_sandbox_authcode.moc"
