#pragma once

#include "core/api/Call.h"
#include "core/domain/BackchannelAuthentication.h"
#include "core/domain/Introspection.h"
#include "core/domain/ServerMetadata.h"
#include "core/domain/TokenResponse.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace tid::core {

class ApiClient;

// How a confidential client authenticates at the token, introspection and revocation endpoints.
// Holds a secret: never log it.
struct ClientAuth
{
    enum class Method
    {
        Basic,
        Post
    };

    QString clientId;
    QString clientSecret;
    Method method = Method::Basic;
};

// ThunderID's OAuth 2.0 / OIDC endpoints. Endpoints come from discovery once setMetadata() was
// called, else from ThunderID's default paths under the client's base URL.
class OAuthApi final
{
public:
    // ThunderID's System resource server: admin tokens need resource = this identifier (it is
    // fixed whatever the server's public URL, REFERENCE.md §6.2) and scope `system`.
    static inline const QString SystemResource = QStringLiteral("https://localhost:8090/mcp");
    static inline const QString SystemScope = QStringLiteral("system");
    // ThunderID's public client for the console's browser sign-in (authorization code + PKCE).
    static inline const QString ConsoleClientId = QStringLiteral("CONSOLE");

    explicit OAuthApi(ApiClient *client);

    ApiClient *client() const { return m_client; }
    void setMetadata(const ServerMetadata &metadata);
    const ServerMetadata &metadata() const { return m_metadata; }
    bool hasMetadata() const { return !m_metadata.issuer.isEmpty(); }

    Call<ServerMetadata> discover() const;
    Call<QJsonObject> jwks() const;
    // grant_type=client_credentials with RFC 8707 `resource` (empty: omitted).
    Call<TokenResponse> clientCredentials(const ClientAuth &auth, const QStringList &scopes,
                                          const QString &resource) const;
    // Any grant: `params` must carry grant_type; client authentication is added.
    Call<TokenResponse> token(const ClientAuth &auth, const QUrlQuery &params) const;
    // RFC 8693 token exchange of an access token: scopes and resource empty are omitted;
    // `actorToken` (an access token) is sent when given.
    Call<TokenResponse> tokenExchange(const ClientAuth &auth, const QString &subjectToken,
                                      const QStringList &scopes, const QString &resource,
                                      const QString &actorToken = {}) const;
    // CIBA poll mode: POST to the discovered backchannel_authentication_endpoint (`params`:
    // login_hint, scope, binding_message, …); client authentication is added.
    Call<BackchannelAuthentication> backchannelAuthorize(const ClientAuth &auth,
                                                         const QUrlQuery &params) const;
    static inline const QString GrantTokenExchange =
        QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
    static inline const QString GrantCiba = QStringLiteral("urn:openid:params:grant-type:ciba");
    static inline const QString AccessTokenType =
        QStringLiteral("urn:ietf:params:oauth:token-type:access_token");
    Call<Introspection> introspect(const ClientAuth &auth, const QString &token,
                                   const QString &tokenTypeHint = {}) const;
    // RFC 7009: 200 with an empty body is success, also for unknown tokens.
    Call<NoContent> revoke(const ClientAuth &auth, const QString &token,
                           const QString &tokenTypeHint = {}) const;

private:
    QString endpoint(const QUrl &discovered, const QString &fallbackPath) const;
    ApiJob *postWithClientAuth(const QString &endpoint, QUrlQuery form,
                               const ClientAuth &auth) const;

    ApiClient *m_client;
    ServerMetadata m_metadata;
};

} // namespace tid::core
