// OAuthApi end to end against a sandbox: discovery with the extension list, JWKS,
// client_credentials with `resource` (Basic and client_secret_post), introspection of an active
// and a revoked token (RFC 7662/7009), and OAuth errors decoded (invalid_client,
// invalid_target).

#include "core/api/ApiClient.h"
#include "core/api/OAuthApi.h"
#include "core/api/Session.h"

#include "tests/common/SandboxProcess.h"
#include "tst_e2e_support.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::await;

class TestE2eOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<tid::test::SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OAuthApi> m_oauth;

    ClientAuth admin() const
    {
        return {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<tid::test::SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_oauth = std::make_unique<OAuthApi>(m_client.get());
    }

    void discoveryAndExtensions()
    {
        const auto r = await(m_oauth->discover());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const ServerMetadata &m = r.value;
        QCOMPARE(m.issuer, m_sandbox->issuer());
        QCOMPARE(m.tokenEndpoint.path(), u"/oauth2/token"_s);
        QCOMPARE(m.jwksUri.path(), u"/oauth2/jwks"_s);
        QVERIFY(m.introspectionEndpoint.isValid());
        QVERIFY(m.revocationEndpoint.isValid());
        QVERIFY(m.supportsGrant(u"client_credentials"_s));
        // The sandbox announces the console's extension APIs; plain ThunderID would not.
        for (const QString &name :
             {u"consents"_s, u"ciba-approvals"_s, u"credentials"_s, u"audit-events"_s})
            QVERIFY2(m.hasExtension(name), qPrintable(m.extensions.join(u", "_s)));
        QVERIFY(!m.hasExtension(u"teleportation"_s));
        m_oauth->setMetadata(m);
    }

    void jwks()
    {
        const auto r = await(m_oauth->jwks());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const QJsonArray keys = r.value.value(u"keys"_s).toArray();
        QVERIFY(!keys.isEmpty());
        QVERIFY(!keys.first().toObject().value(u"kid"_s).toString().isEmpty());
    }

    void clientCredentialsIntrospectRevoke()
    {
        {
            const auto token = await(m_oauth->clientCredentials(admin(), {OAuthApi::SystemScope},
                                                                OAuthApi::SystemResource));
            QVERIFY2(token.ok(), qPrintable(token.error.toString()));
            QCOMPARE(token.value.tokenType.toLower(), u"bearer"_s);
            QVERIFY(token.value.expiresIn > 0);
            QVERIFY(token.value.expiresAt() > QDateTime::currentDateTimeUtc());
            QCOMPARE(token.value.scope, u"system"_s);
            QCOMPARE(token.value.accessToken.count(u'.'), 2); // a JWT

            auto info = await(m_oauth->introspect(admin(), token.value.accessToken));
            QVERIFY2(info.ok(), qPrintable(info.error.toString()));
            QVERIFY(info.value.active);
            QCOMPARE(info.value.clientId, m_sandbox->adminClientId());
            QCOMPARE(info.value.scope, u"system"_s);
            QCOMPARE(info.value.aud, QStringList{OAuthApi::SystemResource});
            QVERIFY(info.value.exp > QDateTime::currentDateTimeUtc());
            QVERIFY(!info.value.jti.isEmpty());

            const auto revoked =
                await(m_oauth->revoke(admin(), token.value.accessToken, u"access_token"_s));
            QVERIFY2(revoked.ok(), qPrintable(revoked.error.toString()));
            QCOMPARE(revoked.httpStatus, 200);
            info = await(m_oauth->introspect(admin(), token.value.accessToken));
            QVERIFY2(info.ok(), qPrintable(info.error.toString()));
            QVERIFY(!info.value.active);
        }

        // A garbage token is simply inactive.
        const auto junk = await(m_oauth->introspect(admin(), u"junk"_s));
        QVERIFY(junk.ok());
        QVERIFY(!junk.value.active);
    }

    void clientSecretPost()
    {
        // An agent registered for client_secret_post, made through the admin API.
        Session session;
        session.connectWithClientCredentials(m_sandbox->baseUrl(), admin());
        QVERIFY2(tid::test::connectAndWait(session), qPrintable(session.lastError().toString()));
        Agent agent;
        agent.name = u"post-agent"_s;
        agent.ouId = u"01900000-0000-7000-8000-000000000001"_s;
        OAuthClientConfig config;
        config.grantTypes = {grant::ClientCredentials};
        config.tokenEndpointAuthMethod = u"client_secret_post"_s;
        agent.oauth = config;
        const auto created = await(session.admin().createAgent(agent));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        const ClientAuth post{created.value.effectiveClientId(), created.value.oauth->clientSecret,
                              ClientAuth::Method::Post};
        const auto token = await(m_oauth->clientCredentials(post, {}, {}));
        QVERIFY2(token.ok(), qPrintable(token.error.toString()));
        QVERIFY(!token.value.accessToken.isEmpty());
        // The same credentials in a Basic header are refused: the method is enforced.
        ClientAuth basic = post;
        basic.method = ClientAuth::Method::Basic;
        QCOMPARE(await(m_oauth->clientCredentials(basic, {}, {})).error.code, u"invalid_client"_s);
    }

    void oauthErrorsAreDecoded()
    {
        auto r =
            await(m_oauth->clientCredentials({m_sandbox->adminClientId(), u"nope"_s},
                                             {OAuthApi::SystemScope}, OAuthApi::SystemResource));
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.code, u"invalid_client"_s);
        QVERIFY(r.error.httpStatus == 400 || r.error.httpStatus == 401);

        r = await(m_oauth->clientCredentials(admin(), {OAuthApi::SystemScope},
                                             u"https://nowhere.example/api"_s));
        QCOMPARE(r.error.code, u"invalid_target"_s);
        QVERIFY(!r.error.message.isEmpty());

        const auto unauthenticated =
            await(m_oauth->introspect({m_sandbox->adminClientId(), u"nope"_s}, u"x"_s));
        QCOMPARE(unauthenticated.error.code, u"invalid_client"_s);
    }
};

QTEST_GUILESS_MAIN(TestE2eOAuth)
#include "tst_e2e_oauth.moc"
