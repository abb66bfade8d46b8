#include "sandbox/oauth/OAuthModule.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/store/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

static const QString ClientCredentials = u"client_credentials"_s;

OAuthModule::OAuthModule(SandboxContext &context)
    : m_context(context)
    , m_keys(*context.db)
    , m_clients(*context.db)
    , m_issuer(context, m_keys)
{
    registerGrant(ClientCredentials,
                  [this](const TokenRequest &request) { return clientCredentials(request); });
}

QStringList OAuthModule::migrations() const
{
    return {
        uR"(CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    algorithm TEXT NOT NULL,
    private_pem TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
))"_s,
        // Private keys sealed at rest (KeyCipher): the store's salt and a sealed check value.
        uR"(CREATE TABLE signing_key_protection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL,
    check_value TEXT NOT NULL
))"_s,
    };
}

bool OAuthModule::bootstrap(QString *error)
{
    return m_keys.load(error);
}

void OAuthModule::registerGrant(const QString &grantType, GrantHandler handler)
{
    m_grants.insert(grantType, std::move(handler));
}

void OAuthModule::addMetadata(const QString &key, const QJsonValue &value)
{
    m_extraMetadata.insert(key, value);
}

void OAuthModule::addMetadataProvider(MetadataProvider provider)
{
    m_metadataProviders.append(std::move(provider));
}

void OAuthModule::registerRoutes(Router &router)
{
    const RouteOptions open{Access::Public, false};
    router.add(
        u"POST"_s, u"/oauth2/token"_s, [this](Request &r) { return token(r); }, open);
    router.add(
        u"GET"_s, u"/oauth2/jwks"_s,
        [this](Request &) {
            return Response::json(QJsonObject{{u"keys"_s, m_keys.publicJwks()}});
        },
        open);
    router.add(
        u"GET"_s, u"/.well-known/openid-configuration"_s,
        [this](Request &) { return Response::json(metadata(true)); }, open);
    router.add(
        u"GET"_s, u"/.well-known/oauth-authorization-server"_s,
        [this](Request &) { return Response::json(metadata(false)); }, open);
}

QJsonObject OAuthModule::metadata(bool openid) const
{
    const QString issuer = m_context.issuer;
    QJsonObject m{
        {u"issuer"_s, issuer},
        {u"token_endpoint"_s, QString(issuer + u"/oauth2/token"_s)},
        {u"jwks_uri"_s, QString(issuer + u"/oauth2/jwks"_s)},
        {u"grant_types_supported"_s, QJsonArray::fromStringList(m_grants.keys())},
        {u"token_endpoint_auth_methods_supported"_s,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
        {u"response_types_supported"_s, QJsonArray{}},
        {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"system"_s}},
        {u"authorization_response_iss_parameter_supported"_s, false},
    };
    if (openid) {
        m.insert(u"subject_types_supported"_s, QJsonArray{u"public"_s});
        m.insert(u"id_token_signing_alg_values_supported"_s,
                 QJsonArray{m_keys.activeKey().algorithm()});
        m.insert(u"claims_supported"_s,
                 QJsonArray{u"sub"_s, u"iss"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"nbf"_s, u"jti"_s,
                            u"client_id"_s, u"scope"_s, u"act"_s});
    }
    for (auto it = m_extraMetadata.begin(); it != m_extraMetadata.end(); ++it)
        m.insert(it.key(), it.value());
    for (const MetadataProvider &provider : m_metadataProviders) {
        const QJsonObject extra = provider();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            m.insert(it.key(), it.value());
    }
    return m;
}

Response OAuthModule::token(Request &request)
{
    QElapsedTimer timer;
    timer.start();
    const bool isForm = FormBody::isFormContentType(request.header("Content-Type"));
    const FormBody form(isForm ? request.body : QByteArray());
    const ClientRecord *client = nullptr;
    QString grantType = form.value(u"grant_type"_s);
    std::optional<ClientRecord> authenticated;
    Response response;
    if (!isForm) {
        response =
            Response::oauthError(400, u"invalid_request"_s,
                                 u"The token request must be application/x-www-form-urlencoded"_s);
    } else {
        const ClientDirectory::Authentication auth = m_clients.authenticate(request, form);
        if (auth.error) {
            response = *auth.error;
        } else {
            authenticated = auth.client;
            client = &*authenticated;
            response = answerToken(request, form, *client, &grantType);
        }
    }
    if (m_observer)
        m_observer(request, form, client, grantType, response, timer.elapsed());
    return response;
}

Response OAuthModule::answerToken(Request &request, const FormBody &form,
                                  const ClientRecord &client, QString *grantTypeOut)
{
    for (const QString &single : {u"grant_type"_s, u"scope"_s}) {
        if (form.count(single) > 1) {
            return Response::oauthError(400, u"invalid_request"_s,
                                        u"Duplicate parameter: %1"_s.arg(single));
        }
    }
    const QString grantType = form.value(u"grant_type"_s);
    *grantTypeOut = grantType;
    if (grantType.isEmpty()) {
        return Response::oauthError(400, u"invalid_request"_s,
                                    u"Missing required parameter: grant_type"_s);
    }
    const auto handler = m_grants.constFind(grantType);
    if (handler == m_grants.cend()) {
        return Response::oauthError(400, u"unsupported_grant_type"_s,
                                    u"The grant type %1 is not supported"_s.arg(grantType));
    }
    if (!client.allowsGrant(grantType)) {
        return Response::oauthError(400, u"unauthorized_client"_s,
                                    u"The client is not authorized to use this grant type"_s);
    }
    return (*handler)(TokenRequest{request, form, client});
}

bool OAuthModule::isClientCredentialsRequest(const Request &request)
{
    static const QString tokenPath = u"/oauth2/token"_s;
    if (request.method != u"POST"_s || request.path != tokenPath ||
        !FormBody::isFormContentType(request.header("Content-Type")))
        return false;
    const FormBody form(request.body);
    return form.count(u"grant_type"_s) == 1 && form.value(u"grant_type"_s) == ClientCredentials;
}

QStringList OAuthModule::requestedScopes(const FormBody &form)
{
    QStringList out;
    const QStringList parts = form.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &s : parts) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

bool OAuthModule::isOidcScope(const QString &scope, const ClientRecord &client)
{
    static const QStringList standard = {u"openid"_s, u"profile"_s, u"email"_s,
                                         u"phone"_s,  u"address"_s, u"roles"_s};
    return standard.contains(scope) ||
           client.config.value(u"scopeClaims"_s).toObject().contains(scope);
}

std::optional<Response>
OAuthModule::resolveResource(const FormBody &form, bool permissionScopesRequested,
                             std::optional<authz::ResourceServerRef> *out) const
{
    out->reset();
    const QStringList resources = form.values(u"resource"_s);
    if (resources.size() > 1) {
        return Response::oauthError(400, u"invalid_target"_s,
                                    u"Only a single resource parameter is supported"_s);
    }
    if (resources.isEmpty()) {
        if (permissionScopesRequested) {
            return Response::oauthError(
                400, u"invalid_target"_s,
                u"No resource parameter supplied and no default resource server is configured"_s);
        }
        return std::nullopt;
    }
    const QString resource = resources.first();
    const QUrl url(resource, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.scheme().isEmpty()) {
        return Response::oauthError(400, u"invalid_target"_s,
                                    u"Invalid resource parameter: must be an absolute URI"_s);
    }
    if (url.hasFragment()) {
        return Response::oauthError(
            400, u"invalid_target"_s,
            u"Invalid resource parameter: must not contain a fragment component"_s);
    }
    *out = authz::resourceServerByIdentifier(*m_context.db, resource);
    if (!*out) {
        return Response::oauthError(
            400, u"invalid_target"_s,
            u"The resource parameter does not match any registered resource server"_s);
    }
    return std::nullopt;
}

Response OAuthModule::tokenResponse(const TokenIssuer::Issued &issued, const QStringList &scopes,
                                    const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"access_token"_s, QString::fromLatin1(issued.token));
    body.insert(u"token_type"_s, u"Bearer"_s);
    body.insert(u"expires_in"_s, issued.expiresAt - issued.issuedAt);
    body.insert(u"scope"_s, scopes.join(u' '));
    Response r = Response::json(body);
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    if (!issued.token.isEmpty())
        r.issued = std::make_shared<const Response::IssuedToken>(
            Response::IssuedToken{body, issued.claims, issued.algorithm});
    return r;
}

int OAuthModule::accessTokenLifetime(const ClientRecord &client, const QString &subjectConfig)
{
    const QJsonValue v = client.config.value(u"token"_s)
                             .toObject()
                             .value(u"accessToken"_s)
                             .toObject()
                             .value(subjectConfig)
                             .toObject()
                             .value(u"validityPeriod"_s);
    const int seconds = v.toInt(0);
    if (seconds > 0)
        return seconds;
    // Agents default to 10-minute access tokens (the console's design); applications keep
    // ThunderID's 3600 s.
    return client.isAgent() ? 600 : TokenIssuer::DefaultLifetimeSeconds;
}

Response OAuthModule::clientCredentials(const TokenRequest &request)
{
    const ClientRecord &client = request.client;
    if (client.isPublic()) {
        return Response::oauthError(400, u"unauthorized_client"_s,
                                    u"A public client cannot use the client_credentials grant"_s);
    }
    // Agent own token (REFERENCE §2.3/§2.4): OIDC scopes are dropped; the rest is requested ∩
    // defined by the resource server ∩ granted to the client through its roles and groups.
    QStringList permissionScopes;
    for (const QString &s : requestedScopes(request.form)) {
        if (!isOidcScope(s, client))
            permissionScopes.append(s);
    }
    std::optional<authz::ResourceServerRef> rs;
    if (auto error = resolveResource(request.form, !permissionScopes.isEmpty(), &rs))
        return *error;

    TokenIssuer::AccessToken token;
    token.subject = client.entityId;
    token.clientId = client.clientId;
    token.grantType = ClientCredentials;
    token.lifetimeSeconds = accessTokenLifetime(client, u"clientConfig"_s);
    if (rs) {
        token.audience = rs->identifier;
        const QStringList defined = authz::definedPermissions(*m_context.db, rs->id);
        const QStringList granted =
            authz::grantedPermissions(*m_context.db, client.entityId, client.entityType, rs->id);
        for (const QString &s : permissionScopes) {
            if (defined.contains(s) && granted.contains(s))
                token.scopes.append(s);
        }
    } else {
        token.audience = client.defaultAudience();
    }
    token.algorithm = client.config.value(u"token"_s)
                          .toObject()
                          .value(u"accessToken"_s)
                          .toObject()
                          .value(u"signingAlg"_s)
                          .toString();
    const TokenIssuer::Issued issued = m_issuer.issueAccessToken(token);
    return tokenResponse(issued, token.scopes);
}

} // namespace tid::sandbox
