#include "sandbox/oauth/grants/AuthorizationCodeFlow.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/audit/ObservabilityLog.h"
#include "sandbox/consent/ConsentModule.h"
#include "sandbox/oauth/OAuthModule.h"
#include "sandbox/oauth/grants/FlowServices.h"
#include "sandbox/oauth/grants/TokenStore.h"
#include "sandbox/security/Authorization.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

struct AuthorizationCodeFlow::Params
{
    ClientRecord client;
    QString redirectUri;
    QString state;
    QString nonce;
    QString codeChallenge;
    QStringList scopes;
    std::optional<authz::ResourceServerRef> rs;
    QString executionId;
    QList<QPair<QString, QString>> raw; // the request parameters, for the form's hidden fields
};

AuthorizationCodeFlow::AuthorizationCodeFlow(FlowServices &services)
    : m_services(services)
{}

void AuthorizationCodeFlow::registerRoutes(Router &router)
{
    const RouteOptions open{Access::Public, false};
    router.add(
        u"GET"_s, u"/oauth2/authorize"_s, [this](Request &r) { return authorizeGet(r); }, open);
    router.add(
        u"POST"_s, u"/oauth2/authorize"_s, [this](Request &r) { return authorizePost(r); }, open);
}

static bool isLoopbackHost(const QString &host)
{
    return host == u"127.0.0.1"_s || host == u"::1"_s || host == u"localhost"_s;
}

bool AuthorizationCodeFlow::redirectUriMatches(const QString &registered, const QString &requested)
{
    if (registered == requested)
        return true;
    const QUrl a(registered, QUrl::StrictMode);
    const QUrl b(requested, QUrl::StrictMode);
    if (!a.isValid() || !b.isValid() || a.scheme() != u"http"_s || b.scheme() != u"http"_s)
        return false;
    if (!isLoopbackHost(a.host()) || a.host() != b.host())
        return false;
    // Same URI apart from the port.
    QUrl aa = a;
    QUrl bb = b;
    aa.setPort(-1);
    bb.setPort(-1);
    return aa == bb && !b.hasFragment();
}

static Response htmlPage(const QString &title, const QString &body, int status)
{
    const QString html =
        u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1</title><style>"
        "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:2rem}"
        "main{max-width:28rem;margin:auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;"
        "box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.3rem}"
        "label{display:block;margin:.6rem 0 .2rem}input[type=text],input[type=password]"
        "{width:100%;padding:.45rem;box-sizing:border-box}"
        ".scopes li{margin:.3rem 0}.scopes code{background:#eef;padding:0 .25rem}"
        ".error{background:#fdecea;color:#8a1c11;padding:.5rem;border-radius:4px}"
        ".note{color:#555;font-size:.9rem}.buttons{margin-top:1rem;display:flex;gap:.5rem}"
        "button{padding:.5rem 1.2rem}</style></head><body><main>%2</main></body></html>"_s.arg(
            title.toHtmlEscaped(), body);
    Response r = Response::text(html.toUtf8(), "text/html; charset=utf-8", status);
    r.withHeader("Cache-Control", "no-store");
    r.withHeader("X-Frame-Options", "DENY");
    // No form-action: browsers apply it to the redirect that follows the post, which goes to
    // the client's redirect URI.
    r.withHeader("Content-Security-Policy",
                 "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return r;
}

static Response errorPage(const QString &message)
{
    return htmlPage(
        u"Sign-in error"_s,
        u"<h1>This sign-in request cannot be served</h1><p class=\"error\">%1</p>"_s.arg(
            message.toHtmlEscaped()),
        400);
}

// 302 to `url` (the client's redirect URI with the answer in its query), never cached.
static Response redirectTo(const QUrl &url)
{
    Response r;
    r.status = 302;
    r.contentType.clear();
    r.withHeader("Location", url.toEncoded());
    r.withHeader("Cache-Control", "no-store");
    return r;
}

static Response redirectError(const QString &redirectUri, const QString &state,
                              const QString &issuer, const QString &error,
                              const QString &description)
{
    QUrl url(redirectUri);
    QUrlQuery q(url);
    q.addQueryItem(u"error"_s, QString::fromUtf8(QUrl::toPercentEncoding(error)));
    q.addQueryItem(u"error_description"_s, QString::fromUtf8(QUrl::toPercentEncoding(description)));
    if (!state.isEmpty())
        q.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(state)));
    q.addQueryItem(u"iss"_s, QString::fromUtf8(QUrl::toPercentEncoding(issuer)));
    url.setQuery(q);
    return redirectTo(url);
}

std::optional<Response> AuthorizationCodeFlow::validate(const FormBody &params, Params *p) const
{
    QHash<QString, QString> v;
    for (const auto &[k, value] : params.items()) {
        if (k == u"decision"_s || k == u"username"_s || k == u"password"_s ||
            k == u"execution_id"_s)
            continue;
        if (v.contains(k))
            return errorPage(u"The parameter %1 appears more than once."_s.arg(k));
        v.insert(k, value);
        p->raw.append({k, value});
    }
    const QString clientId = v.value(u"client_id"_s);
    if (clientId.isEmpty())
        return errorPage(u"Missing required parameter: client_id."_s);
    const auto client = m_services.oauth.clients().findByClientId(clientId);
    if (!client)
        return errorPage(u"No client with client_id %1 exists."_s.arg(clientId));
    p->client = *client;

    QStringList registered;
    for (const QJsonValue &u : client->config.value(u"redirectUris"_s).toArray())
        registered << u.toString();
    QString redirect = v.value(u"redirect_uri"_s);
    if (redirect.isEmpty()) {
        if (registered.size() != 1)
            return errorPage(u"Missing required parameter: redirect_uri."_s);
        redirect = registered.first();
    }
    bool matched = false;
    for (const QString &r : std::as_const(registered))
        matched = matched || redirectUriMatches(r, redirect);
    if (!matched)
        return errorPage(u"The redirect_uri is not registered for this client."_s);
    p->redirectUri = redirect;
    p->state = v.value(u"state"_s);
    p->nonce = v.value(u"nonce"_s);
    const QString issuer = m_services.issuer();
    auto fail = [&](const QString &error, const QString &description) {
        return redirectError(redirect, p->state, issuer, error, description);
    };

    if (v.value(u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, u"Only response_type=code is supported"_s);
    if (!client->allowsGrant(FlowServices::GrantAuthorizationCode))
        return fail(u"unauthorized_client"_s,
                    u"The client is not authorized to use the authorization_code grant"_s);
    p->codeChallenge = v.value(u"code_challenge"_s);
    if (p->codeChallenge.isEmpty())
        return fail(u"invalid_request"_s, u"code_challenge is required (PKCE with S256)"_s);
    if (v.value(u"code_challenge_method"_s) != u"S256"_s)
        return fail(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    static const QRegularExpression challengeShape(u"^[A-Za-z0-9_-]{43}$"_s);
    if (!challengeShape.match(p->codeChallenge).hasMatch())
        return fail(u"invalid_request"_s,
                    u"code_challenge must be the base64url SHA-256 of the verifier"_s);

    p->scopes.clear();
    for (const QString &s : v.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (!p->scopes.contains(s))
            p->scopes << s;
    }
    bool permissions = false;
    for (const QString &s : std::as_const(p->scopes))
        permissions = permissions || !OAuthModule::isOidcScope(s, *client);
    FormBody resourceForm(
        v.contains(u"resource"_s)
            ? QByteArray("resource=" + QUrl::toPercentEncoding(v.value(u"resource"_s)))
            : QByteArray());
    if (auto error = m_services.oauth.resolveResource(resourceForm, permissions, &p->rs)) {
        const QJsonObject body = QJsonDocument::fromJson(error->body).object();
        return fail(body.value(u"error"_s).toString(),
                    body.value(u"error_description"_s).toString());
    }
    if (p->rs) {
        const QStringList defined = authz::definedPermissions(m_services.db(), p->rs->id);
        for (const QString &s : std::as_const(p->scopes)) {
            if (!OAuthModule::isOidcScope(s, *client) && !defined.contains(s))
                return fail(u"invalid_scope"_s,
                            u"The resource server does not define the scope %1"_s.arg(s));
        }
    }
    p->executionId = v.value(u"execution_id"_s);
    return std::nullopt;
}

static QString describeScope(Database &db, const QString &rsId, const QString &scope)
{
    static const QHash<QString, QString> oidc = {
        {u"openid"_s, u"Confirm your identity"_s},     {u"profile"_s, u"Read your basic profile"_s},
        {u"email"_s, u"Read your email address"_s},    {u"phone"_s, u"Read your phone number"_s},
        {u"address"_s, u"Read your postal address"_s}, {u"roles"_s, u"Read your roles"_s},
    };
    if (oidc.contains(scope))
        return oidc.value(scope);
    if (rsId.isEmpty())
        return {};
    return Sql::scalar(db.db(),
                       u"SELECT COALESCE(NULLIF(description, ''), name) FROM actions WHERE "
                       "resource_server_id = ? AND permission = ? UNION ALL "
                       "SELECT COALESCE(NULLIF(description, ''), name) FROM resources WHERE "
                       "resource_server_id = ? AND permission = ? LIMIT 1"_s,
                       {rsId, scope, rsId, scope})
        .toString();
}

Response AuthorizationCodeFlow::page(const Params &p, const QString &error, int status) const
{
    const QString rsId = p.rs ? p.rs->id : QString();
    const QString who = p.client.isAgent() ? u"agent"_s : u"application"_s;
    QString body = u"<h1>Sign in to continue to %1</h1>"_s.arg(p.client.name.toHtmlEscaped());
    body += u"<p class=\"note\">The %1 <b>%2</b> asks to act on your behalf"_s.arg(
        who, p.client.name.toHtmlEscaped());
    if (p.rs) {
        body += u" at <b>%1</b> (<code>%2</code>)"_s.arg(p.rs->name.toHtmlEscaped(),
                                                         p.rs->identifier.toHtmlEscaped());
    }
    body += u".</p>"_s;
    if (!error.isEmpty())
        body += u"<p class=\"error\" role=\"alert\">%1</p>"_s.arg(error.toHtmlEscaped());
    if (!p.scopes.isEmpty()) {
        body += u"<p>It will be allowed to:</p><ul class=\"scopes\">"_s;
        for (const QString &s : p.scopes) {
            body += u"<li><code>%1</code> %2</li>"_s.arg(
                s.toHtmlEscaped(), describeScope(m_services.db(), rsId, s).toHtmlEscaped());
        }
        body += u"</ul>"_s;
    }
    body += u"<form method=\"post\" action=\"/oauth2/authorize\">"_s;
    for (const auto &[k, v] : p.raw) {
        body += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">"_s.arg(k.toHtmlEscaped(),
                                                                          v.toHtmlEscaped());
    }
    body += u"<input type=\"hidden\" name=\"execution_id\" value=\"%1\">"_s.arg(
        p.executionId.isEmpty() ? Ids::uuid7() : p.executionId);
    body += u"<label for=\"username\">Username</label>"
            "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" "
            "required autofocus>"
            "<label for=\"password\">Password</label>"
            "<input type=\"password\" id=\"password\" name=\"password\" "
            "autocomplete=\"current-password\" required>"
            "<p class=\"note\">A consent you gave before for these scopes is reused; you can "
            "revoke it at any time.</p>"
            "<div class=\"buttons\"><button type=\"submit\" name=\"decision\" value=\"allow\">"
            "Allow</button><button type=\"submit\" name=\"decision\" value=\"deny\" "
            "formnovalidate>Deny</button></div></form>"_s;
    return htmlPage(u"Sign in"_s, body, status);
}

Response AuthorizationCodeFlow::authorizeGet(Request &request)
{
    // The query is form-encoded ('+' is a space), as URLSearchParams and browsers send it.
    const FormBody params(request.query.query(QUrl::FullyEncoded).toUtf8());
    Params p;
    if (auto error = validate(params, &p))
        return *error;
    return page(p, {}, 200);
}

QStringList AuthorizationCodeFlow::scopesForUser(const Params &p, const QString &userId) const
{
    QStringList granted;
    QStringList held;
    if (p.rs)
        held = authz::grantedPermissions(m_services.db(), userId, u"user"_s, p.rs->id);
    for (const QString &s : p.scopes) {
        if (OAuthModule::isOidcScope(s, p.client) || held.contains(s))
            granted << s;
    }
    return granted;
}

Response AuthorizationCodeFlow::authorizePost(Request &request)
{
    if (!FormBody::isFormContentType(request.header("Content-Type")))
        return errorPage(
            u"The sign-in form must be posted as application/x-www-form-urlencoded."_s);
    const FormBody form(request.body);
    Params p;
    if (auto error = validate(form, &p))
        return *error;
    if (p.executionId.isEmpty())
        p.executionId = Ids::uuid7();
    const QString issuer = m_services.issuer();
    QElapsedTimer timer;
    timer.start();
    const QString traceId = ObservabilityLog::traceIdFor(request);
    if (form.value(u"decision"_s) == u"deny"_s) {
        return redirectError(p.redirectUri, p.state, issuer, u"access_denied"_s,
                             u"The user denied the request"_s);
    }
    QString userId;
    // Backoff per username (and remote address) after failed sign-ins: answered at once.
    const QStringList throttleKeys =
        SecretChecks::keys(u"user"_s, form.value(u"username"_s), request.peer);
    SecretChecks &checks = m_services.oauth.clients().checks();
    if (const int wait = checks.retryAfter(throttleKeys); wait > 0) {
        Response r =
            page(p, u"Too many failed sign-ins; try again in %1 seconds."_s.arg(wait), 429);
        r.withHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    const bool signedIn =
        m_services.checkPassword(form.value(u"username"_s), form.value(u"password"_s), &userId);
    if (signedIn)
        checks.succeeded(throttleKeys);
    else
        checks.failed(throttleKeys);
    if (!signedIn) {
        if (m_services.events && m_services.events->isOpen()) {
            m_services.events->flowEvent(
                traceId, u"FLOW_FAILED"_s, u"failure"_s,
                QJsonObject{
                    {u"app_id"_s, p.client.entityId},
                    {u"duration_ms"_s, QString::number(timer.elapsed())},
                    {u"error"_s,
                     QJsonObject{
                         {u"code"_s, u"FES-1001"_s},
                         {u"message"_s, QJsonObject{{u"key"_s, u"error.invalid_credentials"_s},
                                                    {u"defaultValue"_s, u"Invalid credentials"_s}}},
                         {u"description"_s,
                          QJsonObject{
                              {u"key"_s, u"error.invalid_credentials_description"_s},
                              {u"defaultValue"_s, u"The username or password is incorrect"_s}}}}},
                    {u"execution_id"_s, p.executionId},
                    {u"flow_type"_s, u"AUTHENTICATION"_s}});
        }
        return page(p, u"The username or password is incorrect."_s, 401);
    }

    const QStringList scopes = scopesForUser(p, userId);
    const QString rsId = p.rs ? p.rs->id : QString();
    QString code;
    m_services.db().transaction([&] {
        QString consentId;
        const auto existing = m_services.consents.findActive(userId, p.client.entityId, rsId);
        if (existing && existing->covers(scopes)) {
            consentId = existing->id; // reused
        } else {
            consentId = m_services.consents.grant(userId, p.client.clientId, p.client.entityId,
                                                  p.client.entityType, rsId, scopes);
        }
        TokenStore::AuthCode c;
        c.clientId = p.client.clientId;
        c.clientEntityId = p.client.entityId;
        c.userId = userId;
        c.redirectUri = p.redirectUri;
        c.scopes = scopes;
        c.resourceServerId = rsId;
        c.resource = p.rs ? p.rs->identifier : QString();
        c.codeChallenge = p.codeChallenge;
        c.nonce = p.nonce;
        c.consentId = consentId;
        c.authTime = QDateTime::currentDateTimeUtc();
        code = m_services.store.createCode(c, CodeLifetimeSeconds);
        return true;
    });
    if (m_services.events && m_services.events->isOpen()) {
        // ThunderID's FLOW_COMPLETED uses the execution id as its trace id.
        m_services.events->flowEvent(
            p.executionId, u"FLOW_COMPLETED"_s, u"success"_s,
            QJsonObject{{u"app_id"_s, p.client.entityId},
                        {u"duration_ms"_s, QString::number(timer.elapsed())},
                        {u"execution_id"_s, p.executionId},
                        {u"flow_type"_s, u"AUTHENTICATION"_s},
                        {u"user_id"_s, userId}});
    }
    QUrl url(p.redirectUri);
    QUrlQuery q(url);
    q.addQueryItem(u"code"_s, code);
    if (!p.state.isEmpty())
        q.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(p.state)));
    q.addQueryItem(u"iss"_s, QString::fromUtf8(QUrl::toPercentEncoding(issuer)));
    url.setQuery(q);
    return redirectTo(url);
}

static QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Response AuthorizationCodeFlow::grant(const OAuthModule::TokenRequest &request)
{
    const FormBody &form = request.form;
    const ClientRecord &client = request.client;
    for (const QString &single : {u"code"_s, u"redirect_uri"_s, u"code_verifier"_s}) {
        if (form.count(single) > 1)
            return Response::oauthError(400, u"invalid_request"_s,
                                        u"Duplicate parameter: %1"_s.arg(single));
    }
    const QString codeValue = form.value(u"code"_s);
    if (codeValue.isEmpty())
        return Response::oauthError(400, u"invalid_request"_s,
                                    u"Missing required parameter: code"_s);
    const auto code = m_services.store.findCode(codeValue);
    if (!code || code->clientId != client.clientId)
        return Response::oauthError(400, u"invalid_grant"_s, u"Invalid authorization code"_s);
    if (code->used) {
        // RFC 6749 §4.1.2: a replayed code revokes what it produced.
        m_services.store.revokeFamily(code->familyId, u"code_replay"_s);
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"The authorization code has already been used"_s);
    }
    if (QDateTime::currentDateTimeUtc() >= code->expiresAt)
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"The authorization code has expired"_s);
    if (form.value(u"redirect_uri"_s) != code->redirectUri)
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"redirect_uri does not match the authorization request"_s);
    const QString verifier = form.value(u"code_verifier"_s);
    if (verifier.isEmpty())
        return Response::oauthError(400, u"invalid_request"_s,
                                    u"Missing required parameter: code_verifier"_s);
    static const QRegularExpression verifierShape(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    if (!verifierShape.match(verifier).hasMatch() || s256(verifier) != code->codeChallenge) {
        // One guess only (issue 11, finding 8): a wrong verifier burns the code, so that it
        // cannot be tried again with other verifiers.
        m_services.store.redeemCode(codeValue, QString());
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"code_verifier does not match the code_challenge"_s);
    }
    if (form.count(u"resource"_s) > 1)
        return Response::oauthError(400, u"invalid_target"_s,
                                    u"Only a single resource parameter is supported"_s);
    if (form.has(u"resource"_s) && form.value(u"resource"_s) != code->resource)
        return Response::oauthError(400, u"invalid_target"_s,
                                    u"The resource does not match the authorization request"_s);
    if (!code->consentId.isEmpty() && !m_services.consents.isActive(code->consentId))
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"The consent behind this code has been revoked"_s);

    RefreshTokenRecord refresh;
    QString refreshToken;
    QString familyId = Ids::uuid7();
    if (!m_services.store.redeemCode(codeValue, familyId))
        return Response::oauthError(400, u"invalid_grant"_s,
                                    u"The authorization code has already been used"_s);
    m_services.store.bindConsent(familyId, code->consentId);
    const QJsonObject act = FlowServices::implicitAct(client);
    if (client.allowsGrant(FlowServices::GrantRefreshToken)) {
        TokenStore::NewRefresh n;
        n.familyId = familyId;
        n.clientId = client.clientId;
        n.clientEntityId = client.entityId;
        n.subject = code->userId;
        n.actSub = act.value(u"sub"_s).toString();
        n.scopes = code->scopes;
        n.resourceServerId = code->resourceServerId;
        n.resource = code->resource;
        n.grantType = FlowServices::GrantAuthorizationCode;
        n.consentId = code->consentId;
        n.lifetimeSeconds = FlowServices::refreshLifetime(client);
        refreshToken = m_services.store.createRefresh(n, &refresh);
    }
    FlowServices::AccessSpec spec;
    spec.subject = code->userId;
    spec.audience =
        code->resource.isEmpty() ? QJsonValue(client.clientId) : QJsonValue(code->resource);
    spec.grantType = FlowServices::GrantAuthorizationCode;
    spec.scopes = code->scopes;
    spec.lifetimeSeconds = FlowServices::accessLifetime(client, u"userConfig"_s);
    spec.act = act;
    spec.familyId = familyId;
    const FlowServices::Minted minted = m_services.mintAccess(client, spec);
    QJsonObject extra;
    if (!refreshToken.isEmpty())
        extra.insert(u"refresh_token"_s, refreshToken);
    if (code->scopes.contains(u"openid"_s)) {
        extra.insert(u"id_token"_s,
                     QString::fromLatin1(m_services.mintIdToken(
                         client, code->userId, code->nonce, code->authTime.toSecsSinceEpoch())));
    }
    m_services.addIssueDetail(u"consentId"_s, code->consentId);
    m_services.addIssueDetail(u"familyId"_s, familyId);
    return FlowServices::tokenResponse(minted, extra);
}

} // namespace tid::sandbox
