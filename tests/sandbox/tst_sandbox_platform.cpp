// The sandbox as a program: ready line, HTTP errors, bearer authentication, the OAuth endpoints
// (client_credentials, JWKS, discovery), persistence, first-start credentials and TLS. Every case
// drives a real thunderid-sandbox child process over HTTP.
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::Literals::StringLiterals;
using tid::test::SandboxProcess;
using tid::test::TestHttp;
using Reply = TestHttp::Reply;

namespace {

const QString SystemRs = u"https://localhost:8090/mcp"_s;
const QString DefaultOu = u"01900000-0000-7000-8000-000000000001"_s;
const QString AdministratorsGroup = u"01900000-0000-7000-8000-000000000040"_s;

QByteArray b64url(const QString &s)
{
    return QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding);
}

QJsonObject jwtPart(const QString &token, int index)
{
    return QJsonDocument::fromJson(b64url(token.split(u'.').value(index))).object();
}

// The other valid encoding of an ES256 signature: S replaced by n - S.
QString withFlippedS(const QString &token)
{
    QStringList parts = token.split(u'.');
    QByteArray raw = b64url(parts.at(2));
    BIGNUM *order = nullptr;
    BN_hex2bn(&order, "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
    BIGNUM *s =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr);
    BN_sub(s, order, s);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    BN_free(s);
    BN_free(order);
    parts[2] = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return parts.join(u'.');
}

// True when the token's ECDSA S is at most n/2.
bool hasLowS(const QString &token)
{
    const QByteArray raw = b64url(token.split(u'.').value(2));
    return raw.size() == 64 &&
           raw.mid(32) <= QByteArray::fromHex(
                              "7FFFFFFF800000007FFFFFFFFFFFFFFFDE737D56D38BCF4279DCE5617E3192A8");
}

// Verifies an ES256 compact JWS against a public JWK with OpenSSL (independently of the
// sandbox's own code).
bool verifyEs256(const QString &token, const QJsonObject &jwk)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3 || jwk.value(u"kty"_s).toString() != u"EC"_s)
        return false;
    QByteArray point("\x04", 1);
    point += b64url(jwk.value(u"x"_s).toString()) + b64url(jwk.value(u"y"_s).toString());
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     size_t(point.size()));
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *fromData = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    bool ok = EVP_PKEY_fromdata_init(fromData) == 1 &&
              EVP_PKEY_fromdata(fromData, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    if (!ok)
        return false;
    const QByteArray raw = b64url(parts.at(2));
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(
        sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr),
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derLen = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    const QByteArray input = QString(parts.at(0) + u'.' + parts.at(1)).toLatin1();
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ok = raw.size() == 64 && derLen > 0 &&
         EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1 &&
         EVP_DigestVerify(md, der, size_t(derLen),
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    return ok;
}

QString fingerprintOf(const QSslCertificate &cert)
{
    const QByteArray hex = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}

} // namespace

class TestSandboxPlatform : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_adminToken;

    // An M2M application (client_credentials) in the default OU; returns {id, clientId, secret}.
    QJsonObject createM2mApp(const QString &name, const QJsonObject &extraConfig = {})
    {
        QJsonObject config{{u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}};
        for (auto it = extraConfig.begin(); it != extraConfig.end(); ++it)
            config.insert(it.key(), it.value());
        const Reply r = m_http.post(
            u"/applications"_s,
            QJsonObject{{u"name"_s, name},
                        {u"ouId"_s, DefaultOu},
                        {u"type"_s, u"m2m"_s},
                        {u"inboundAuthConfig"_s, QJsonArray{QJsonObject{{u"type"_s, u"oauth2"_s},
                                                                        {u"config"_s, config}}}}});
        if (r.status != 201)
            return {};
        const QJsonObject c = r.json()
                                  .value(u"inboundAuthConfig"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"config"_s)
                                  .toObject();
        return QJsonObject{{u"id"_s, r.json().value(u"id"_s)},
                           {u"clientId"_s, c.value(u"clientId"_s)},
                           {u"secret"_s, c.value(u"clientSecret"_s)}};
    }

    Reply token(const QList<QPair<QString, QString>> &fields, const QString &user = {},
                const QString &password = {})
    {
        TestHttp http(m_sandbox.baseUrl());
        return http.postForm(u"/oauth2/token"_s, fields, user, password);
    }

    Reply adminTokenRequest(const QList<QPair<QString, QString>> &fields)
    {
        return token(fields, m_sandbox.adminClientId(), m_sandbox.adminClientSecret());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http.setBaseUrl(m_sandbox.baseUrl());
        m_adminToken = m_sandbox.adminToken();
        QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_sandbox.errorString()));
        m_http.setBearer(m_adminToken);
    }

    void readyLine()
    {
        const QJsonObject ready = m_sandbox.ready();
        QCOMPARE(ready.value(u"event"_s).toString(), u"ready"_s);
        QVERIFY(ready.value(u"baseUrl"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(ready.value(u"issuer"_s).toString(), ready.value(u"baseUrl"_s).toString());
        QCOMPARE(ready.value(u"adminClientId"_s).toString(), u"test-admin"_s);
        // Credentials given on the command line are never echoed.
        QVERIFY(!ready.contains(u"adminClientSecret"_s));
        QVERIFY(!m_sandbox.stderrOutput().contains(m_sandbox.adminClientSecret().toUtf8()));
    }

    void requestLogLine()
    {
        QCOMPARE(m_http.get(u"/organization-units"_s).status, 200);
        QTRY_VERIFY(m_sandbox.stderrOutput().contains("GET /organization-units 200 "));
    }

    void unknownPathIs404()
    {
        const Reply r = m_http.get(u"/no/such/path"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"API-4040"_s);
        QVERIFY(r.json().value(u"message"_s).toObject().contains(u"defaultValue"_s));
    }

    void wrongMethodIs405()
    {
        const Reply r = m_http.send("PATCH", u"/agents"_s, "{}", "application/json");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.code(), u"API-4050"_s);
        QVERIFY(r.header("Allow").contains("GET"));
        QVERIFY(r.header("Allow").contains("POST"));
    }

    void hugeBodyIs413()
    {
        const QByteArray body = "{\"name\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
        const Reply r = m_http.send("POST", u"/groups"_s, body, "application/json");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), u"API-4130"_s);
        // Nothing was created.
        const Reply groups = m_http.get(u"/groups"_s);
        for (const QJsonValue g : groups.json().value(u"groups"_s).toArray())
            QVERIFY(!g.toObject().value(u"name"_s).toString().startsWith(u"xxxx"_s));
    }

    void wrongContentTypeIs415()
    {
        const Reply r = m_http.send("POST", u"/groups"_s, "name=x", "text/plain");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), u"API-4150"_s);
    }

    void missingTokenIs401()
    {
        TestHttp anonymous(m_sandbox.baseUrl());
        for (const QString &path : {u"/organization-units"_s, u"/users"_s, u"/groups"_s,
                                    u"/applications"_s, u"/agents"_s}) {
            const Reply r = anonymous.get(path);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), u"AUTH-4010"_s);
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
            QCOMPARE(r.json().value(u"message"_s).toObject().value(u"key"_s).toString(),
                     u"error.unauthorized"_s);
        }
    }

    void invalidTokensAre401()
    {
        TestHttp http(m_sandbox.baseUrl());
        QStringList tokens = {u"garbage"_s, u"a.b.c"_s};
        // A real token with one claim changed: the signature no longer matches.
        QStringList parts = m_adminToken.split(u'.');
        QJsonObject claims = jwtPart(m_adminToken, 1);
        claims.insert(u"scope"_s, u"system extra"_s);
        parts[1] = QString::fromLatin1(
            QJsonDocument(claims)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        tokens << parts.join(u'.');
        // A token from another sandbox (another key) is not ours.
        for (const QString &t : tokens) {
            http.setBearer(t);
            const Reply r = http.get(u"/agents"_s);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), u"AUTH-4010"_s);
            QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
        }
        const Reply basic =
            http.send("GET", u"/agents"_s, {}, {}, {{"Authorization", "Basic dGVzdDp0ZXN0"}});
        QCOMPARE(basic.status, 401);
    }

    // Issue 11, finding 8: the sandbox signs with low S and refuses the high-S twin of a valid
    // ES256 signature (a second encoding of the same token).
    void highSSignaturesAreRefused()
    {
        for (int i = 0; i < 8; ++i)
            QVERIFY(hasLowS(m_sandbox.adminToken()));
        const QString twin = withFlippedS(m_adminToken);
        QVERIFY(twin != m_adminToken);
        TestHttp http(m_sandbox.baseUrl());
        http.setBearer(twin);
        QCOMPARE(http.get(u"/agents"_s).status, 401);
        const Reply introspected =
            http.postForm(u"/oauth2/introspect"_s, {{u"token"_s, twin}}, m_sandbox.adminClientId(),
                          m_sandbox.adminClientSecret());
        QCOMPARE(introspected.status, 200);
        QCOMPARE(introspected.json().value(u"active"_s).toBool(true), false);
    }

    void tokenWithoutSystemScopeIs403()
    {
        const QJsonObject app = createM2mApp(u"No Roles App"_s);
        QVERIFY(!app.isEmpty());
        const Reply t =
            token({{u"grant_type"_s, u"client_credentials"_s},
                   {u"scope"_s, u"system"_s},
                   {u"resource"_s, SystemRs}},
                  app.value(u"clientId"_s).toString(), app.value(u"secret"_s).toString());
        QCOMPARE(t.status, 200);
        QCOMPARE(t.json().value(u"scope"_s).toString(), QString()); // silently empty
        TestHttp http(m_sandbox.baseUrl());
        http.setBearer(t.json().value(u"access_token"_s).toString());
        const Reply r = http.get(u"/agents"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"AUTH-4030"_s);
        QCOMPARE(r.json().value(u"message"_s).toObject().value(u"key"_s).toString(),
                 u"error.forbidden"_s);
    }

    void expiredTokenIs401()
    {
        // A client whose tokens live one second, holding `system` through Administrators.
        const QJsonObject app = createM2mApp(
            u"Short Lived App"_s,
            QJsonObject{
                {u"token"_s, QJsonObject{{u"accessToken"_s,
                                          QJsonObject{{u"clientConfig"_s,
                                                       QJsonObject{{u"validityPeriod"_s, 1}}}}}}}});
        QVERIFY(!app.isEmpty());
        QCOMPARE(m_http
                     .post(u"/groups/%1/members/add"_s.arg(AdministratorsGroup),
                           QJsonObject{
                               {u"members"_s, QJsonArray{QJsonObject{{u"id"_s, app.value(u"id"_s)},
                                                                     {u"type"_s, u"app"_s}}}}})
                     .status,
                 200);
        const Reply t =
            token({{u"grant_type"_s, u"client_credentials"_s},
                   {u"scope"_s, u"system"_s},
                   {u"resource"_s, SystemRs}},
                  app.value(u"clientId"_s).toString(), app.value(u"secret"_s).toString());
        QCOMPARE(t.status, 200);
        QCOMPARE(t.json().value(u"expires_in"_s).toInt(), 1);
        QCOMPARE(t.json().value(u"scope"_s).toString(), u"system"_s);
        TestHttp http(m_sandbox.baseUrl());
        http.setBearer(t.json().value(u"access_token"_s).toString());
        // exp = iat + 1 s; two seconds later it has expired whatever the scheduling.
        QTest::qWait(2100);
        const Reply r = http.get(u"/agents"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("expired"));
    }

    void clientCredentialsToken()
    {
        const Reply r = adminTokenRequest({{u"grant_type"_s, u"client_credentials"_s},
                                           {u"scope"_s, u"system openid unknown:scope"_s},
                                           {u"resource"_s, SystemRs}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 3600);
        // requested ∩ defined by the System RS ∩ granted (openid is dropped, unknown undefined)
        QCOMPARE(body.value(u"scope"_s).toString(), u"system"_s);
        const QString at = body.value(u"access_token"_s).toString();
        const QJsonObject header = jwtPart(at, 0);
        QCOMPARE(header.value(u"typ"_s).toString(), u"at+jwt"_s);
        QCOMPARE(header.value(u"alg"_s).toString(), u"ES256"_s);
        QVERIFY(!header.value(u"kid"_s).toString().isEmpty());
        const QJsonObject claims = jwtPart(at, 1);
        QCOMPARE(claims.value(u"iss"_s).toString(), m_sandbox.issuer());
        QCOMPARE(claims.value(u"sub"_s).toString(), u"01900000-0000-7000-8000-000000000070"_s);
        QCOMPARE(claims.value(u"aud"_s).toString(), SystemRs);
        QCOMPARE(claims.value(u"client_id"_s).toString(), m_sandbox.adminClientId());
        QCOMPARE(claims.value(u"grant_type"_s).toString(), u"client_credentials"_s);
        QCOMPARE(claims.value(u"scope"_s).toString(), u"system"_s);
        const qint64 iat = qint64(claims.value(u"iat"_s).toDouble());
        QCOMPARE(qint64(claims.value(u"exp"_s).toDouble()), iat + 3600);
        QCOMPARE(qint64(claims.value(u"nbf"_s).toDouble()), iat);
        // jti is a UUIDv7, as ThunderID's.
        const QString jti = claims.value(u"jti"_s).toString();
        QVERIFY(!QUuid::fromString(jti).isNull());
        QCOMPARE(jti.at(14), u'7');
    }

    void clientSecretPost()
    {
        const QJsonObject app = createM2mApp(
            u"Post App"_s, QJsonObject{{u"tokenEndpointAuthMethod"_s, u"client_secret_post"_s}});
        QVERIFY(!app.isEmpty());
        const QString id = app.value(u"clientId"_s).toString();
        const QString secret = app.value(u"secret"_s).toString();
        const Reply post = token({{u"grant_type"_s, u"client_credentials"_s},
                                  {u"client_id"_s, id},
                                  {u"client_secret"_s, secret}});
        QCOMPARE(post.status, 200);
        // No resource and no scope: aud is the client id, no scope claim.
        const QJsonObject claims = jwtPart(post.json().value(u"access_token"_s).toString(), 1);
        QCOMPARE(claims.value(u"aud"_s).toString(), id);
        QVERIFY(!claims.contains(u"scope"_s));
        // The registered method is enforced.
        const Reply basic = token({{u"grant_type"_s, u"client_credentials"_s}}, id, secret);
        QCOMPARE(basic.status, 401);
        QCOMPARE(basic.code(), u"invalid_client"_s);
    }

    // Hardening leftover (known client ids answer as unknown ones): before the client has
    // proven its secret, a known client on the wrong authentication method (before: "registered
    // for X, not Y"), or a confidential one sending no secret (before: "Client authentication is
    // required"), gets exactly the answer of an unknown client; a grant the client may not use
    // is only told after authentication.
    void unauthenticatedKnownClientAnswersAsUnknown()
    {
        const QJsonObject app = createM2mApp(u"Basic App"_s);
        QVERIFY(!app.isEmpty());
        const QString id = app.value(u"clientId"_s).toString();
        const QString secret = app.value(u"secret"_s).toString();
        const QString grant = u"client_credentials"_s;
        auto post = [&](const QString &clientId, const QString &clientSecret,
                        const QString &grantType) {
            QList<QPair<QString, QString>> form{{u"grant_type"_s, grantType},
                                                {u"client_id"_s, clientId}};
            if (!clientSecret.isNull())
                form.append({u"client_secret"_s, clientSecret});
            return token(form);
        };
        const Reply unknownPost = post(u"no-such-app"_s, u"guess"_s, grant);
        QCOMPARE(unknownPost.status, 401);
        QCOMPARE(unknownPost.code(), u"invalid_client"_s);
        for (const Reply &known : {post(id, u"guess"_s, grant), post(id, secret, grant),
                                   post(id, u"guess"_s, u"authorization_code"_s)}) {
            QCOMPARE(known.status, unknownPost.status);
            QCOMPARE(known.body, unknownPost.body);
            QCOMPARE(known.header("WWW-Authenticate"), unknownPost.header("WWW-Authenticate"));
        }
        const Reply unknownNone = post(u"no-such-app"_s, QString(), grant);
        const Reply knownNone = post(id, QString(), grant);
        QCOMPARE(knownNone.status, 401);
        QCOMPARE(knownNone.body, unknownNone.body);
        // Authenticated, the client learns that the grant is not one of its own.
        const Reply notAllowed = token({{u"grant_type"_s, u"authorization_code"_s},
                                        {u"code"_s, u"x"_s},
                                        {u"redirect_uri"_s, u"http://127.0.0.1/cb"_s}},
                                       id, secret);
        QCOMPARE(notAllowed.status, 400);
        QCOMPARE(notAllowed.code(), u"unauthorized_client"_s);
        QCOMPARE(token({{u"grant_type"_s, grant}}, id, secret).status, 200);
    }

    void invalidClient()
    {
        const QList<QPair<QString, QString>> form = {{u"grant_type"_s, u"client_credentials"_s},
                                                     {u"resource"_s, SystemRs}};
        const Reply wrongSecret = token(form, m_sandbox.adminClientId(), u"wrong"_s);
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.code(), u"invalid_client"_s);
        QVERIFY(wrongSecret.header("WWW-Authenticate").startsWith("Basic"));
        QVERIFY(wrongSecret.json().contains(u"error_description"_s));
        const Reply unknown = token(form, u"nobody"_s, u"x"_s);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.code(), u"invalid_client"_s);
        const Reply none = token(form);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.code(), u"invalid_client"_s);
        const Reply both = token({{u"grant_type"_s, u"client_credentials"_s},
                                  {u"client_secret"_s, m_sandbox.adminClientSecret()}},
                                 m_sandbox.adminClientId(), m_sandbox.adminClientSecret());
        QCOMPARE(both.status, 400);
        QCOMPARE(both.code(), u"invalid_request"_s);
    }

    void invalidTarget()
    {
        const Reply unknown =
            adminTokenRequest({{u"grant_type"_s, u"client_credentials"_s},
                               {u"scope"_s, u"system"_s},
                               {u"resource"_s, u"https://nowhere.example/api"_s}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.code(), u"invalid_target"_s);
        const Reply two = adminTokenRequest({{u"grant_type"_s, u"client_credentials"_s},
                                             {u"resource"_s, SystemRs},
                                             {u"resource"_s, SystemRs}});
        QCOMPARE(two.status, 400);
        QCOMPARE(two.code(), u"invalid_target"_s);
        const Reply none = adminTokenRequest(
            {{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, u"system"_s}});
        QCOMPARE(none.status, 400);
        QCOMPARE(none.code(), u"invalid_target"_s);
        const Reply relative = adminTokenRequest(
            {{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, u"not-a-uri"_s}});
        QCOMPARE(relative.code(), u"invalid_target"_s);
        const Reply fragment = adminTokenRequest(
            {{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, SystemRs + u"#x"_s}});
        QCOMPARE(fragment.code(), u"invalid_target"_s);
    }

    void tokenRequestErrors()
    {
        const Reply unsupported = adminTokenRequest({{u"grant_type"_s, u"password"_s}});
        QCOMPARE(unsupported.status, 400);
        QCOMPARE(unsupported.code(), u"unsupported_grant_type"_s);
        const Reply missing = adminTokenRequest({{u"scope"_s, u"system"_s}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.code(), u"invalid_request"_s);
        // The Console is a public client without client_credentials.
        const Reply console =
            token({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"CONSOLE"_s}});
        QCOMPARE(console.status, 400);
        QCOMPARE(console.code(), u"unauthorized_client"_s);
        TestHttp http(m_sandbox.baseUrl());
        const Reply json = http.send("POST", u"/oauth2/token"_s,
                                     "{\"grant_type\":\"client_credentials\"}", "application/json");
        QCOMPARE(json.status, 400);
        QCOMPARE(json.code(), u"invalid_request"_s);
    }

    void jwksVerifiesIssuedToken()
    {
        TestHttp http(m_sandbox.baseUrl());
        const Reply jwks = http.get(u"/oauth2/jwks"_s);
        QCOMPARE(jwks.status, 200);
        const QString kid = jwtPart(m_adminToken, 0).value(u"kid"_s).toString();
        QJsonObject jwk;
        for (const QJsonValue k : jwks.json().value(u"keys"_s).toArray()) {
            QVERIFY(!k.toObject().contains(u"d"_s)); // public keys only
            if (k.toObject().value(u"kid"_s).toString() == kid)
                jwk = k.toObject();
        }
        QVERIFY(!jwk.isEmpty());
        QCOMPARE(jwk.value(u"alg"_s).toString(), u"ES256"_s);
        QCOMPARE(jwk.value(u"use"_s).toString(), u"sig"_s);
        // kid is the RFC 7638 thumbprint of the key.
        const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" +
                                     jwk.value(u"x"_s).toString().toLatin1() + "\",\"y\":\"" +
                                     jwk.value(u"y"_s).toString().toLatin1() + "\"}";
        QCOMPARE(kid,
                 QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding |
                                                   QByteArray::OmitTrailingEquals)));
        QVERIFY(verifyEs256(m_adminToken, jwk));
        QString forged = m_adminToken;
        forged[forged.size() - 5] = forged.at(forged.size() - 5) == u'A' ? u'B' : u'A';
        QVERIFY(!verifyEs256(forged, jwk));
    }

    void discovery()
    {
        TestHttp http(m_sandbox.baseUrl());
        for (const QString &path : {u"/.well-known/openid-configuration"_s,
                                    u"/.well-known/oauth-authorization-server"_s}) {
            const Reply r = http.get(path);
            QCOMPARE(r.status, 200);
            const QJsonObject m = r.json();
            QCOMPARE(m.value(u"issuer"_s).toString(), m_sandbox.issuer());
            QCOMPARE(m.value(u"token_endpoint"_s).toString(),
                     QString(m_sandbox.issuer() + u"/oauth2/token"_s));
            QCOMPARE(m.value(u"jwks_uri"_s).toString(),
                     QString(m_sandbox.issuer() + u"/oauth2/jwks"_s));
            QVERIFY(
                m.value(u"grant_types_supported"_s).toArray().contains(u"client_credentials"_s));
            const QJsonArray methods =
                m.value(u"token_endpoint_auth_methods_supported"_s).toArray();
            QVERIFY(methods.contains(u"client_secret_basic"_s));
            QVERIFY(methods.contains(u"client_secret_post"_s));
        }
    }

    void persistenceAcrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxProcess::Options options;
        options.dataDir = dir.path();
        QString agentId;
        QString agentClientId;
        QString agentSecret;
        QString kid;
        QString oldToken;
        {
            SandboxProcess first(options);
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            TestHttp http(first.baseUrl());
            oldToken = first.adminToken();
            http.setBearer(oldToken);
            kid = jwtPart(oldToken, 0).value(u"kid"_s).toString();
            const Reply created = http.post(
                u"/agents"_s,
                QJsonObject{
                    {u"name"_s, u"Persistent Agent"_s},
                    {u"type"_s, u"default"_s},
                    {u"ouId"_s, DefaultOu},
                    {u"attributes"_s, QJsonObject{{u"team"_s, u"ops"_s}}},
                    {u"inboundAuthConfig"_s,
                     QJsonArray{QJsonObject{
                         {u"type"_s, u"oauth2"_s},
                         {u"config"_s,
                          QJsonObject{{u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}}}}}}});
            QCOMPARE(created.status, 201);
            agentId = created.json().value(u"id"_s).toString();
            agentClientId = created.json().value(u"clientId"_s).toString();
            agentSecret = created.json()
                              .value(u"inboundAuthConfig"_s)
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(u"config"_s)
                              .toObject()
                              .value(u"clientSecret"_s)
                              .toString();
            QVERIFY(!agentSecret.isEmpty());
            first.stop();
            QVERIFY(first.stoppedCleanly()); // SIGTERM ends the event loop; exit code 0
        }
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(u"sandbox.sqlite"_s)));
        SandboxProcess second(options);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        TestHttp http(second.baseUrl());
        const QString token = second.adminToken();
        QVERIFY2(!token.isEmpty(), qPrintable(second.errorString()));
        // Same signing key after the restart.
        QCOMPARE(jwtPart(token, 0).value(u"kid"_s).toString(), kid);
        http.setBearer(token);
        const Reply agent = http.get(u"/agents/"_s + agentId);
        QCOMPARE(agent.status, 200);
        QCOMPARE(agent.json().value(u"name"_s).toString(), u"Persistent Agent"_s);
        QCOMPARE(agent.json().value(u"attributes"_s).toObject().value(u"team"_s).toString(),
                 u"ops"_s);
        // The agent's (hashed) secret still authenticates it.
        const Reply agentToken =
            http.postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}},
                          agentClientId, agentSecret);
        QCOMPARE(agentToken.status, 200);
        // Bootstrap ran again without duplicating anything.
        const Reply ous = http.get(u"/organization-units"_s);
        QCOMPARE(ous.json().value(u"totalResults"_s).toInt(), 1);
        const Reply members = http.get(u"/groups/%1/members"_s.arg(AdministratorsGroup));
        QCOMPARE(members.json().value(u"totalResults"_s).toInt(), 2);
    }

    void firstStartSecretPrintedOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxProcess::Options options;
        options.dataDir = dir.path();
        options.passAdminCredentials = false;
        QString secret;
        QString password;
        {
            SandboxProcess first(options);
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            QCOMPARE(first.adminClientId(), u"sandbox-admin"_s);
            secret = first.ready().value(u"adminClientSecret"_s).toString();
            password = first.ready().value(u"adminPassword"_s).toString();
            QVERIFY(secret.size() >= 32);
            QCOMPARE(password.size(), 12);
            QTRY_VERIFY(first.stderrOutput().contains(secret.toUtf8()));
            QVERIFY(!first.adminToken().isEmpty());
            first.stop();
        }
        // Only hashes are stored.
        QFile db(QDir(dir.path()).filePath(u"sandbox.sqlite"_s));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QByteArray bytes = db.readAll();
        QFile wal(QDir(dir.path()).filePath(u"sandbox.sqlite-wal"_s));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(password.toUtf8()));

        SandboxProcess second(options);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QVERIFY(!second.ready().contains(u"adminClientSecret"_s));
        QVERIFY(!second.ready().contains(u"adminPassword"_s));
        QVERIFY(!second.stderrOutput().contains(secret.toUtf8()));
        // The first secret still works.
        const Reply r = TestHttp(second.baseUrl())
                            .postForm(u"/oauth2/token"_s,
                                      {{u"grant_type"_s, u"client_credentials"_s},
                                       {u"scope"_s, u"system"_s},
                                       {u"resource"_s, SystemRs}},
                                      u"sandbox-admin"_s, secret);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"scope"_s).toString(), u"system"_s);
    }

    void tlsServesPinnedCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxProcess::Options options;
        options.dataDir = dir.path();
        options.tls = true;
        SandboxProcess tls(options);
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        QVERIFY(tls.baseUrl().scheme() == u"https"_s);
        const QString printed = tls.tlsFingerprint();
        QCOMPARE(printed.size(), 32 * 3 - 1);
        QTRY_VERIFY(tls.stderrOutput().contains(printed.toLatin1()));

        // Without trusting the self-signed certificate the connection is refused.
        TestHttp untrusted(tls.baseUrl());
        const Reply refused = untrusted.get(u"/oauth2/jwks"_s);
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        // Trusting exactly the certificate written in the data directory works, and the served
        // certificate is the one whose fingerprint was printed.
        QFile pem(QDir(dir.path()).filePath(u"tls-cert.pem"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate cert(pem.readAll(), QSsl::Pem);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({cert});
        TestHttp http(tls.baseUrl());
        http.setSslConfiguration(ssl);
        const Reply jwks = http.get(u"/oauth2/jwks"_s);
        QCOMPARE(jwks.status, 200);
        QCOMPARE(fingerprintOf(jwks.peerCertificate), printed);
        QCOMPARE(fingerprintOf(cert), printed);
        const QString token = tls.adminToken();
        QVERIFY2(!token.isEmpty(), qPrintable(tls.errorString()));
        QCOMPARE(jwtPart(token, 1).value(u"iss"_s).toString(), tls.issuer());
        http.setBearer(token);
        QCOMPARE(http.get(u"/agents"_s).status, 200);
        tls.stop();

        // The certificate is kept with the data: same fingerprint after a restart.
        SandboxProcess again(options);
        QVERIFY2(again.start(), qPrintable(again.errorString()));
        QCOMPARE(again.tlsFingerprint(), printed);
    }

    void adminClientIdClashIsReported()
    {
        SandboxProcess::Options options;
        options.adminClientId = u"CONSOLE"_s; // the Console application's client id
        SandboxProcess sandbox(options);
        QVERIFY(!sandbox.start());
        QVERIFY2(sandbox.errorString().contains(u"bootstrap failed"_s),
                 qPrintable(sandbox.errorString()));
    }

    void nonLoopbackNeedsAllowRemote()
    {
        SandboxProcess::Options options;
        options.extraArgs = {u"--bind"_s, u"0.0.0.0"_s};
        SandboxProcess sandbox(options);
        QVERIFY(!sandbox.start());
        QVERIFY(sandbox.errorString().contains(u"--allow-remote"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPlatform)
#include "tst_sandbox_platform.moc"
