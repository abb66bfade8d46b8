#pragma once

#include "sandbox/Module.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace tid::sandbox {

class AuditLog;
class AuthorizationCodeFlow;
class CibaFlow;
class CibaModule;
class ConsentModule;
class AgentCredentialsEndpoints;
class FlowServices;
class ObservabilityLog;
class OAuthModule;
class RefreshTokenGrant;
class TokenExchangeGrant;
class TokenManagement;
class TokenStore;
struct Request;
struct Response;
struct SandboxContext;

// The OAuth flows beyond client_credentials, plugged into OAuthModule's token endpoint:
// authorization_code + PKCE with the sign-in/consent page, refresh_token with rotation, token
// exchange with actor chains, CIBA (bc-authorize and polling), introspection, revocation,
// signing-key rotation and the credentials extension API. Owns the token-state tables
// ("oauth.tokens") and writes the audit log and the observability file for every token request.
class FlowsModule final : public Module
{
    Q_DISABLE_COPY_MOVE(FlowsModule)

public:
    FlowsModule(SandboxContext &context, OAuthModule &oauth, AuditLog &audit,
                ConsentModule &consents, CibaModule &ciba, ObservabilityLog *events);
    ~FlowsModule() override;

    QString name() const override { return QStringLiteral("oauth.tokens"); }
    QStringList migrations() const override;
    void registerRoutes(Router &router) override;

    FlowServices &services() { return *m_services; }
    TokenStore &store() { return *m_store; }

    // Discovery members of the flows (endpoints, PKCE, backchannel_*, `extensions`).
    QJsonObject discoveryMetadata() const;
    // The extension APIs named in discovery's `extensions` list.
    static QJsonArray extensions(const QString &issuer);

    // For HttpServer's response hook: ADMIN_CHANGE for every successful change made with an
    // administrator's token, CREDENTIAL_ISSUED when a response carries a new client secret.
    void observeResponse(const Request &request, const Response &response);

private:
    SandboxContext &m_context;
    OAuthModule &m_oauth;
    AuditLog &m_audit;
    ConsentModule &m_consents;
    CibaModule &m_ciba;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<FlowServices> m_services;
    std::unique_ptr<AuthorizationCodeFlow> m_authorizationCode;
    std::unique_ptr<RefreshTokenGrant> m_refresh;
    std::unique_ptr<TokenExchangeGrant> m_exchange;
    std::unique_ptr<CibaFlow> m_cibaFlow;
    std::unique_ptr<TokenManagement> m_management;
    std::unique_ptr<AgentCredentialsEndpoints> m_credentials;
};

} // namespace tid::sandbox
