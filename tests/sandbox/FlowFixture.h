#pragma once

// Shared set-up for the OAuth flow tests: a real thunderid-sandbox child process, an admin
// client, and helpers that create resource servers, roles, users and agents through the admin
// API, sign users in through the HTML authorize page, and verify every token against
// /oauth2/jwks.

#include "../common/SandboxProcess.h"
#include "../common/TestHttp.h"

#include "core/token/Jwks.h"
#include "core/token/Jwt.h"
#include "core/token/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace tid::test {

using namespace Qt::Literals::StringLiterals;

inline const QString DefaultOu = u"01900000-0000-7000-8000-000000000001"_s;
inline const QString GrantExchange = u"urn:ietf:params:oauth:grant-type:token-exchange"_s;
inline const QString GrantCiba = u"urn:openid:params:grant-type:ciba"_s;
inline const QString TypeAccessToken = u"urn:ietf:params:oauth:token-type:access_token"_s;

struct TestClient
{
    QString id;       // agent/application id
    QString clientId; // OAuth client id
    QString secret;   // empty for public clients
    QString redirectUri;
};

struct SignIn
{
    int status = 0;
    QString location;
    QString code;
    QByteArray body;
};

class FlowFixture
{
public:
    explicit FlowFixture(QStringList extraArgs = {})
    {
        SandboxProcess::Options options;
        options.extraArgs = std::move(extraArgs);
        options.extraArgs << u"--quiet"_s;
        m_sandbox = std::make_unique<SandboxProcess>(options);
    }

    bool start(QString *error)
    {
        if (!m_sandbox->start()) {
            *error = m_sandbox->errorString();
            return false;
        }
        http.setBaseUrl(m_sandbox->baseUrl());
        admin.setBaseUrl(m_sandbox->baseUrl());
        m_adminToken = m_sandbox->adminToken();
        if (m_adminToken.isEmpty()) {
            *error = m_sandbox->errorString();
            return false;
        }
        admin.setBearer(m_adminToken);
        return true;
    }

    SandboxProcess &sandbox() { return *m_sandbox; }
    // A fresh admin token (after key rotations retired the key of the old one).
    void renewAdminToken()
    {
        m_adminToken = m_sandbox->adminToken();
        admin.setBearer(m_adminToken);
    }
    QString issuer() const { return m_sandbox->issuer(); }
    QString adminToken() const { return m_adminToken; }

    // --- admin set-up -------------------------------------------------------------------------

    // A resource server whose permissions are "<resource>:<action>" strings, created as resources
    // with actions (ThunderID derives the permission with the server's ':' delimiter).
    QString createResourceServer(const QString &name, const QString &identifier,
                                 const QStringList &permissions)
    {
        const auto rs = admin.post(u"/resource-servers"_s,
                                   QJsonObject{{u"name"_s, name},
                                               {u"identifier"_s, identifier},
                                               {u"ouId"_s, DefaultOu},
                                               {u"description"_s, QString(name + u" API"_s)}});
        if (rs.status != 201) {
            qWarning("create resource server: %d %s", rs.status, rs.body.constData());
            return {};
        }
        const QString rsId = rs.json().value(u"id"_s).toString();
        QHash<QString, QString> resources;
        for (const QString &p : permissions) {
            const QString resource = p.section(u':', 0, 0);
            const QString action = p.section(u':', 1);
            if (!resources.contains(resource)) {
                const auto r = admin.post(u"/resource-servers/%1/resources"_s.arg(rsId),
                                          QJsonObject{{u"name"_s, resource},
                                                      {u"handle"_s, resource},
                                                      {u"description"_s, resource}});
                if (r.status != 201) {
                    qWarning("create resource: %d %s", r.status, r.body.constData());
                    return {};
                }
                resources.insert(resource, r.json().value(u"id"_s).toString());
            }
            const auto a = admin.post(
                u"/resource-servers/%1/resources/%2/actions"_s.arg(rsId, resources.value(resource)),
                QJsonObject{{u"name"_s, action},
                            {u"handle"_s, action},
                            {u"description"_s, QString(u"Can "_s + action + u" "_s + resource)}});
            if (a.status != 201) {
                qWarning("create action: %d %s", a.status, a.body.constData());
                return {};
            }
        }
        return rsId;
    }

    // A role with `permissions` on one resource server, assigned to (id, type) pairs.
    QString createRole(const QString &name, const QString &rsId, const QStringList &permissions,
                       const QList<QPair<QString, QString>> &assignees)
    {
        QJsonArray assignments;
        for (const auto &[id, type] : assignees)
            assignments.append(QJsonObject{{u"id"_s, id}, {u"type"_s, type}});
        const auto r = admin.post(
            u"/roles"_s,
            QJsonObject{{u"name"_s, name},
                        {u"ouId"_s, DefaultOu},
                        {u"permissions"_s,
                         QJsonArray{QJsonObject{
                             {u"resourceServerId"_s, rsId},
                             {u"permissions"_s, QJsonArray::fromStringList(permissions)}}}},
                        {u"assignments"_s, assignments}});
        if (r.status != 201)
            qWarning("create role: %d %s", r.status, r.body.constData());
        return r.json().value(u"id"_s).toString();
    }

    QString createUser(const QString &username, const QString &password)
    {
        const auto r = admin.post(
            u"/users"_s,
            QJsonObject{{u"ouId"_s, DefaultOu},
                        {u"type"_s, u"Person"_s},
                        {u"attributes"_s,
                         QJsonObject{{u"username"_s, username},
                                     {u"password"_s, password},
                                     {u"email"_s, QString(username + u"@example.com"_s)}}}});
        if (r.status != 201)
            qWarning("create user: %d %s", r.status, r.body.constData());
        return r.json().value(u"id"_s).toString();
    }

    // An agent (or, with `application`, an application) with an OAuth profile.
    TestClient createClient(const QString &name, const QStringList &grantTypes,
                            const QJsonObject &token = {}, bool application = false,
                            bool publicClient = false, const QString &clientId = {})
    {
        TestClient c;
        c.redirectUri = u"http://127.0.0.1/callback"_s;
        QJsonObject config{
            {u"grantTypes"_s, QJsonArray::fromStringList(grantTypes)},
            {u"redirectUris"_s, QJsonArray{c.redirectUri}},
            {u"tokenEndpointAuthMethod"_s, publicClient ? u"none"_s : u"client_secret_basic"_s}};
        if (publicClient)
            config.insert(u"publicClient"_s, true);
        if (!token.isEmpty())
            config.insert(u"token"_s, token);
        if (!clientId.isEmpty())
            config.insert(u"clientId"_s, clientId);
        QJsonObject body{{u"name"_s, name},
                         {u"ouId"_s, DefaultOu},
                         {u"inboundAuthConfig"_s, QJsonArray{QJsonObject{{u"type"_s, u"oauth2"_s},
                                                                         {u"config"_s, config}}}}};
        if (application)
            body.insert(u"type"_s, u"m2m"_s);
        else
            body.insert(u"type"_s, u"default"_s);
        const auto r = admin.post(application ? u"/applications"_s : u"/agents"_s, body);
        if (r.status != 201) {
            qWarning("create client: %d %s", r.status, r.body.constData());
            return c;
        }
        const QJsonObject o = r.json();
        c.id = o.value(u"id"_s).toString();
        const QJsonObject cfg = o.value(u"inboundAuthConfig"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"config"_s)
                                    .toObject();
        c.clientId = cfg.value(u"clientId"_s).toString();
        c.secret = cfg.value(u"clientSecret"_s).toString();
        return c;
    }

    // --- OAuth ---------------------------------------------------------------------------------

    TestHttp::Reply token(const TestClient &client, QList<QPair<QString, QString>> fields)
    {
        if (client.secret.isEmpty()) {
            fields.append({u"client_id"_s, client.clientId});
            return http.postForm(u"/oauth2/token"_s, fields);
        }
        return http.postForm(u"/oauth2/token"_s, fields, client.clientId, client.secret);
    }

    TestHttp::Reply clientCredentials(const TestClient &client, const QString &scope,
                                      const QString &resource)
    {
        QList<QPair<QString, QString>> f{{u"grant_type"_s, u"client_credentials"_s}};
        if (!scope.isNull())
            f.append({u"scope"_s, scope});
        if (!resource.isEmpty())
            f.append({u"resource"_s, resource});
        return token(client, f);
    }

    static QString verifierFor(int n)
    {
        return QString(u"verifier-%1-"_s.arg(n)).leftJustified(64, u'x');
    }
    static QString challengeOf(const QString &verifier)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    // The authorize query of a PKCE request.
    static QList<QPair<QString, QString>>
    authorizeParams(const TestClient &client, const QString &scope, const QString &resource,
                    const QString &verifier, const QString &redirectUri = {})
    {
        QList<QPair<QString, QString>> p{
            {u"response_type"_s, u"code"_s},
            {u"client_id"_s, client.clientId},
            {u"redirect_uri"_s, redirectUri.isEmpty() ? client.redirectUri : redirectUri},
            {u"scope"_s, scope},
            {u"state"_s, u"st-42"_s},
            {u"nonce"_s, u"n-42"_s},
            {u"code_challenge"_s, challengeOf(verifier)},
            {u"code_challenge_method"_s, u"S256"_s}};
        if (!resource.isEmpty())
            p.append({u"resource"_s, resource});
        return p;
    }

    // One raw HTTP exchange that does not follow redirects.
    SignIn raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &contentType = {})
    {
        QUrl url = m_sandbox->baseUrl();
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(30000);
        }
        SignIn s;
        s.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        s.location = QString::fromUtf8(reply->rawHeader("Location"));
        s.body = reply->readAll();
        reply->deleteLater();
        const QUrlQuery query(QUrl(s.location).query());
        s.code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        return s;
    }

    SignIn authorizePage(const QList<QPair<QString, QString>> &params)
    {
        return raw("GET",
                   u"/oauth2/authorize?"_s + QString::fromLatin1(TestHttp::formEncode(params)));
    }

    // Submits the sign-in form (what a browser posts after the page).
    SignIn submitSignIn(QList<QPair<QString, QString>> params, const QString &username,
                        const QString &password, const QString &decision = u"allow"_s)
    {
        params.append({u"username"_s, username});
        params.append({u"password"_s, password});
        params.append({u"decision"_s, decision});
        return raw("POST", u"/oauth2/authorize"_s, TestHttp::formEncode(params),
                   "application/x-www-form-urlencoded");
    }

    // Sign-in + code exchange; returns the token response.
    TestHttp::Reply signInAndRedeem(const TestClient &client, const QString &username,
                                    const QString &password, const QString &scope,
                                    const QString &resource, SignIn *signIn = nullptr)
    {
        const QString verifier = verifierFor(int(QRandomGenerator::global()->bounded(1000000)));
        const SignIn s =
            submitSignIn(authorizeParams(client, scope, resource, verifier), username, password);
        if (signIn)
            *signIn = s;
        if (s.code.isEmpty())
            return {};
        return token(client, {{u"grant_type"_s, u"authorization_code"_s},
                              {u"code"_s, s.code},
                              {u"redirect_uri"_s, client.redirectUri},
                              {u"code_verifier"_s, verifier}});
    }

    // A user's own token for the extension APIs: signs in through a public PKCE application.
    QString userToken(const QString &username, const QString &password)
    {
        if (m_inbox.clientId.isEmpty())
            m_inbox = createClient(u"Inbox app"_s, {u"authorization_code"_s}, {}, true, true);
        return signInAndRedeem(m_inbox, username, password, u"openid"_s, {})
            .json()
            .value(u"access_token"_s)
            .toString();
    }

    // The public PKCE application userToken() signs in through (created on first use).
    const TestClient &inboxClient() const { return m_inbox; }

    // --- tokens --------------------------------------------------------------------------------

    static QJsonObject claims(const QString &token)
    {
        return core::Jwt::parse(token.toLatin1()).payload();
    }
    static QJsonObject header(const QString &token)
    {
        return core::Jwt::parse(token.toLatin1()).header();
    }
    static QStringList scopes(const QJsonObject &claims)
    {
        return claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    }
    static int actDepth(QJsonObject claims)
    {
        int depth = 0;
        QJsonValue act = claims.value(u"act"_s);
        while (act.isObject()) {
            ++depth;
            act = act.toObject().value(u"act"_s);
        }
        return depth;
    }

    // Verifies the signature against the server's current /oauth2/jwks (fetched when a kid is
    // not known yet).
    bool verifiesAgainstJwks(const QString &token)
    {
        const core::Jwt jwt = core::Jwt::parse(token.toLatin1());
        if (!jwt.isValid())
            return false;
        if (!m_jwks.contains(jwt.keyId())) {
            const auto r = http.get(u"/oauth2/jwks"_s);
            for (const QJsonValue &k : r.json().value(u"keys"_s).toArray())
                m_jwks.insert(k.toObject().value(u"kid"_s).toString(), k.toObject());
        }
        if (!m_jwks.contains(jwt.keyId()))
            return false;
        const core::JsonWebKey key = core::JsonWebKey::fromJson(m_jwks.value(jwt.keyId()));
        return m_verifier
            .verify(core::SignatureVerifier::algorithmFromName(jwt.algorithm()), jwt.signingInput(),
                    jwt.signature(), key)
            .ok();
    }

    TestHttp::Reply introspect(const TestClient &caller, const QString &token)
    {
        return http.postForm(u"/oauth2/introspect"_s, {{u"token"_s, token}}, caller.clientId,
                             caller.secret);
    }

    // Audit events of one type (and optionally one client) — every page.
    QJsonArray auditEvents(const QString &type, const QString &clientId = {})
    {
        QJsonArray all;
        QString after;
        for (;;) {
            QString path = u"/audit/events?limit=1000&type="_s + type;
            if (!clientId.isEmpty())
                path += u"&clientId="_s + QString::fromLatin1(QUrl::toPercentEncoding(clientId));
            if (!after.isEmpty())
                path += u"&after="_s + after;
            const auto r = admin.get(path);
            if (r.status != 200)
                return all;
            for (const QJsonValue &e : r.json().value(u"events"_s).toArray())
                all.append(e);
            after = r.json().value(u"nextCursor"_s).toString();
            if (after.isEmpty())
                return all;
        }
    }

    TestHttp http;  // no bearer: OAuth endpoints
    TestHttp admin; // bearer: the admin token

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_adminToken;
    QNetworkAccessManager m_nam;
    QHash<QString, QJsonObject> m_jwks;
    core::SignatureVerifier m_verifier;
    TestClient m_inbox;
};

} // namespace tid::test
