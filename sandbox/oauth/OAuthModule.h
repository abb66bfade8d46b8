#pragma once

#include "sandbox/Module.h"
#include "sandbox/http/FormBody.h"
#include "sandbox/http/Router.h"
#include "sandbox/oauth/KeyStore.h"
#include "sandbox/oauth/TokenIssuer.h"
#include "sandbox/security/Authorization.h"
#include "sandbox/security/ClientDirectory.h"

#include <QJsonObject>
#include <QMap>

#include <functional>
#include <optional>

namespace tid::sandbox {

struct SandboxContext;

// The OAuth endpoints: POST /oauth2/token (client authentication, then one handler per
// grant_type), GET /oauth2/jwks, and the discovery documents. This issue registers only
// client_credentials; other modules add grants with registerGrant() and metadata with
// addMetadata(), reusing clients(), tokens() and resolveResource().
class OAuthModule final : public Module
{
public:
    struct TokenRequest
    {
        Request &http;
        const FormBody &form;
        const ClientRecord &client; // authenticated
    };
    using GrantHandler = std::function<Response(const TokenRequest &)>;
    // Sees every token request once it is answered (client null when authentication failed;
    // `grantType` as sent) and may adjust the response, e.g. to record events.
    using TokenObserver =
        std::function<void(const Request &request, const FormBody &form, const ClientRecord *client,
                           const QString &grantType, Response &response, qint64 elapsedMs)>;
    using MetadataProvider = std::function<QJsonObject()>;

    explicit OAuthModule(SandboxContext &context);

    QString name() const override { return QStringLiteral("oauth"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;
    bool bootstrap(QString *error) override; // loads (or creates) the signing key

    void registerGrant(const QString &grantType, GrantHandler handler);
    // Extra discovery metadata (e.g. authorization_endpoint) for both well-known documents.
    void addMetadata(const QString &key, const QJsonValue &value);
    // Metadata computed per request (after the issuer is known); merged after addMetadata().
    void addMetadataProvider(MetadataProvider provider);
    void setTokenObserver(TokenObserver observer) { m_observer = std::move(observer); }

    KeyStore &keys() { return m_keys; }
    ClientDirectory &clients() { return m_clients; }
    const TokenIssuer &tokens() const { return m_issuer; }

    // Requested scopes (space separated, order kept, duplicates dropped).
    static QStringList requestedScopes(const FormBody &form);
    // POST /oauth2/token with a form whose one grant_type is client_credentials: the requests
    // SandboxServer serves on worker threads (issue 15).
    static bool isClientCredentialsRequest(const Request &request);
    // OIDC scopes: openid profile email phone address roles + the client's scopeClaims keys.
    static bool isOidcScope(const QString &scope, const ClientRecord &client);
    // RFC 8707 as ThunderID: at most one `resource`, an absolute URI without fragment, equal to a
    // resource server identifier. With no resource and permission scopes requested there is no
    // default resource server, so that is invalid_target too. *out stays empty when no resource
    // server is bound.
    std::optional<Response> resolveResource(const FormBody &form, bool permissionScopesRequested,
                                            std::optional<authz::ResourceServerRef> *out) const;
    // {access_token, token_type, expires_in, scope} + extra, with Cache-Control: no-store.
    static Response tokenResponse(const TokenIssuer::Issued &issued, const QStringList &scopes,
                                  const QJsonObject &extra = {});
    // Access-token lifetime for a subject kind: token.accessToken.<clientConfig|userConfig>.
    static int accessTokenLifetime(const ClientRecord &client, const QString &subjectConfig);

private:
    Response token(Request &request);
    Response answerToken(Request &request, const FormBody &form, const ClientRecord &client,
                         QString *grantType);
    Response clientCredentials(const TokenRequest &request);
    QJsonObject metadata(bool openid) const;

    SandboxContext &m_context;
    KeyStore m_keys;
    ClientDirectory m_clients;
    TokenIssuer m_issuer;
    QMap<QString, GrantHandler> m_grants;
    QJsonObject m_extraMetadata;
    QList<MetadataProvider> m_metadataProviders;
    TokenObserver m_observer;
};

} // namespace tid::sandbox
