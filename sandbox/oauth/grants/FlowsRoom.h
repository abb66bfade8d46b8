#pragma once

#include "sandbox/Room.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace tid::sandbox {

class AuditLog;
class AuthorizationCodeFlow;
class CibaFlow;
class CibaRoom;
class ConsentRoom;
class CredentialsRoom;
class FlowServices;
class ObservabilityLog;
class OAuthRoom;
class RefreshTokenGrant;
class TokenExchangeGrant;
class TokenManagement;
class TokenStore;
struct Request;
struct Response;
struct SandboxContext;

// The OAuth flows beyond client_credentials, plugged into OAuthRoom's token endpoint:
// authorization_code + PKCE with the sign-in/consent page, refresh_token with rotation, token
// exchange with actor chains, CIBA (bc-authorize and polling), introspection, revocation,
// signing-key rotation and the credentials extension API. Owns the token-state tables
// ("oauth.tokens") and writes the audit log and the observability file for every token request.
class FlowsRoom final : public Room
{
    Q_DISABLE_COPY_MOVE(FlowsRoom)

public:
    FlowsRoom(SandboxContext &context, OAuthRoom &oauth, AuditLog &audit, ConsentRoom &consents,
              CibaRoom &ciba, ObservabilityLog *events);
    ~FlowsRoom() override;

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
    OAuthRoom &m_oauth;
    AuditLog &m_audit;
    ConsentRoom &m_consents;
    CibaRoom &m_ciba;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<FlowServices> m_services;
    std::unique_ptr<AuthorizationCodeFlow> m_authorizationCode;
    std::unique_ptr<RefreshTokenGrant> m_refresh;
    std::unique_ptr<TokenExchangeGrant> m_exchange;
    std::unique_ptr<CibaFlow> m_cibaFlow;
    std::unique_ptr<TokenManagement> m_management;
    std::unique_ptr<CredentialsRoom> m_credentials;
};

} // namespace tid::sandbox
