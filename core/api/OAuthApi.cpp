#include "core/api/OAuthApi.h"

#include "core/api/ApiClient.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

template<typename T>
T objectBody(const ApiResponse &r, ApiError *error, const QString &what,
             T (*fromJson)(const QJsonObject &, QString *))
{
    if (!r.json.isObject()) {
        *error = ApiError::make(ApiError::Kind::Decode,
                                u"expected a JSON object for the %1"_s.arg(what), r.url);
        return T{};
    }
    QString problem;
    T value = fromJson(r.json.object(), &problem);
    if (!problem.isEmpty())
        *error = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
    return value;
}

} // namespace

OAuthApi::OAuthApi(ApiClient *client)
    : m_client(client)
{}

void OAuthApi::setMetadata(const ServerMetadata &metadata)
{
    m_metadata = metadata;
}

QString OAuthApi::endpoint(const QUrl &discovered, const QString &fallbackPath) const
{
    return discovered.isValid() && !discovered.isEmpty() ? discovered.toString() : fallbackPath;
}

Call<ServerMetadata> OAuthApi::discover() const
{
    return {m_client->get(u"/.well-known/openid-configuration"_s),
            [](const ApiResponse &r, ApiError *e) {
                return objectBody<ServerMetadata>(r, e, u"discovery document"_s,
                                                  &ServerMetadata::fromJson);
            }};
}

Call<QJsonObject> OAuthApi::jwks() const
{
    ApiRequest req;
    req.path = endpoint(m_metadata.jwksUri, u"/oauth2/jwks"_s);
    req.bearer = false;
    return {m_client->send(req), [](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject() || !r.json.object().value("keys"_L1).isArray()) {
                    *e = ApiError::make(ApiError::Kind::Decode,
                                        u"expected a JWK set {\"keys\": [...]}"_s, r.url);
                    return QJsonObject();
                }
                return r.json.object();
            }};
}

ApiJob *OAuthApi::postWithClientAuth(const QString &endpoint, QUrlQuery form,
                                     const ClientAuth &auth) const
{
    QByteArray authorization;
    if (auth.method == ClientAuth::Method::Basic) {
        authorization = ApiClient::basicAuthorization(auth.clientId, auth.clientSecret);
    } else {
        form.addQueryItem(u"client_id"_s, auth.clientId);
        if (!auth.clientSecret.isEmpty())
            form.addQueryItem(u"client_secret"_s, auth.clientSecret);
    }
    return m_client->postForm(endpoint, form, authorization);
}

Call<TokenResponse> OAuthApi::token(const ClientAuth &auth, const QUrlQuery &params) const
{
    return {
        postWithClientAuth(endpoint(m_metadata.tokenEndpoint, u"/oauth2/token"_s), params, auth),
        [](const ApiResponse &r, ApiError *e) {
            return objectBody<TokenResponse>(r, e, u"token response"_s, &TokenResponse::fromJson);
        }};
}

Call<TokenResponse> OAuthApi::clientCredentials(const ClientAuth &auth, const QStringList &scopes,
                                                const QString &resource) const
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    if (!scopes.isEmpty())
        form.addQueryItem(u"scope"_s, scopes.join(u' '));
    if (!resource.isEmpty())
        form.addQueryItem(u"resource"_s, resource);
    return token(auth, form);
}

Call<TokenResponse> OAuthApi::tokenExchange(const ClientAuth &auth, const QString &subjectToken,
                                            const QStringList &scopes, const QString &resource,
                                            const QString &actorToken) const
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, GrantTokenExchange);
    form.addQueryItem(u"subject_token"_s, subjectToken);
    form.addQueryItem(u"subject_token_type"_s, AccessTokenType);
    if (!actorToken.isEmpty()) {
        form.addQueryItem(u"actor_token"_s, actorToken);
        form.addQueryItem(u"actor_token_type"_s, AccessTokenType);
    }
    if (!scopes.isEmpty())
        form.addQueryItem(u"scope"_s, scopes.join(u' '));
    if (!resource.isEmpty())
        form.addQueryItem(u"resource"_s, resource);
    return token(auth, form);
}

Call<BackchannelAuthentication> OAuthApi::backchannelAuthorize(const ClientAuth &auth,
                                                               const QUrlQuery &params) const
{
    return {postWithClientAuth(
                endpoint(m_metadata.backchannelAuthenticationEndpoint, u"/oauth2/bc-authorize"_s),
                params, auth),
            [](const ApiResponse &r, ApiError *e) {
                return objectBody<BackchannelAuthentication>(
                    r, e, u"backchannel authentication response"_s,
                    &BackchannelAuthentication::fromJson);
            }};
}

Call<Introspection> OAuthApi::introspect(const ClientAuth &auth, const QString &token,
                                         const QString &tokenTypeHint) const
{
    QUrlQuery form;
    form.addQueryItem(u"token"_s, token);
    if (!tokenTypeHint.isEmpty())
        form.addQueryItem(u"token_type_hint"_s, tokenTypeHint);
    return {postWithClientAuth(endpoint(m_metadata.introspectionEndpoint, u"/oauth2/introspect"_s),
                               form, auth),
            [](const ApiResponse &r, ApiError *e) {
                return objectBody<Introspection>(r, e, u"introspection response"_s,
                                                 &Introspection::fromJson);
            }};
}

Call<NoContent> OAuthApi::revoke(const ClientAuth &auth, const QString &token,
                                 const QString &tokenTypeHint) const
{
    QUrlQuery form;
    form.addQueryItem(u"token"_s, token);
    if (!tokenTypeHint.isEmpty())
        form.addQueryItem(u"token_type_hint"_s, tokenTypeHint);
    return {postWithClientAuth(endpoint(m_metadata.revocationEndpoint, u"/oauth2/revoke"_s), form,
                               auth),
            [](const ApiResponse &, ApiError *) { return NoContent{}; }};
}

} // namespace tid::core
