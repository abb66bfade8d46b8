#pragma once

#include "sandbox/http/FormBody.h"
#include "sandbox/http/Router.h"
#include "sandbox/security/ClientDirectory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class QThread;

namespace tid::sandbox {

class AuditLog;
class CibaModule;
class ConsentModule;
class Database;
class ObservabilityLog;
class OAuthModule;
class TokenStore;
struct SandboxContext;

// What the grant handlers, the authorize page and the token-management endpoints share:
// the modules they read and write, token minting with per-client algorithm and lifetimes,
// verification of this server's own tokens (with the deny lists), and the token-event hook that
// writes the audit log and ThunderID's observability file.
class FlowServices final
{
    Q_DISABLE_COPY_MOVE(FlowServices)

public:
    // Defaults: 10 min access tokens for agents (applications keep ThunderID's 3600 s), 24 h
    // refresh tokens, 5 min ID tokens.
    static constexpr int DefaultAccessLifetime = 600;
    static constexpr int DefaultRefreshLifetime = 86400;
    static constexpr int DefaultIdTokenLifetime = 300;

    static inline const QString GrantAuthorizationCode = QStringLiteral("authorization_code");
    static inline const QString GrantRefreshToken = QStringLiteral("refresh_token");
    static inline const QString GrantClientCredentials = QStringLiteral("client_credentials");
    static inline const QString GrantTokenExchange =
        QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
    static inline const QString GrantCiba = QStringLiteral("urn:openid:params:grant-type:ciba");
    static inline const QString TypeAccessToken =
        QStringLiteral("urn:ietf:params:oauth:token-type:access_token");
    static inline const QString TypeJwt = QStringLiteral("urn:ietf:params:oauth:token-type:jwt");

    FlowServices(SandboxContext &sandbox, OAuthModule &oauth, TokenStore &store,
                 ConsentModule &consents, CibaModule &ciba, AuditLog &audit,
                 ObservabilityLog *events);

    SandboxContext &sandbox;
    OAuthModule &oauth;
    TokenStore &store;
    ConsentModule &consents;
    CibaModule &ciba;
    AuditLog &audit;
    ObservabilityLog *events; // null when --events-file is not given

    Database &db() const;
    QString issuer() const;

    // --- minting
    struct AccessSpec
    {
        QString subject;
        QJsonValue audience;
        QString grantType; // the `grant_type` claim (the grant that started the family)
        QStringList scopes;
        int lifetimeSeconds = DefaultAccessLifetime;
        qint64 notAfter = 0; // > 0: exp is capped to it (exchange: never outlive the subject)
        QJsonObject act;     // empty => no act
        QString familyId;    // tfid
        QJsonObject mayAct;  // non-empty: carried over (exchange) instead of the client's policy
    };
    struct Minted
    {
        QByteArray token;
        QString jti;
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
        QJsonObject claims;
        QString algorithm; // of the signing key (the token's alg)
    };
    // RFC 9068 access token: typ at+jwt, ES256 (or RS256 when the client asks for it through
    // token.accessToken.signingAlg), kid, and the client's may_act policy when configured.
    Minted mintAccess(const ClientRecord &client, const AccessSpec &spec) const;
    QByteArray mintIdToken(const ClientRecord &client, const QString &userId, const QString &nonce,
                           qint64 authTime) const;

    static int accessLifetime(const ClientRecord &client, const QString &subjectConfig);
    static int refreshLifetime(const ClientRecord &client);
    // The implicit on-behalf-of actor of a client: {sub: agent id} for agents (and applications
    // with includeActClaim), empty otherwise.
    static QJsonObject implicitAct(const ClientRecord &client);

    // {access_token, token_type, expires_in, scope} + extra, no-store.
    static Response tokenResponse(const Minted &minted, const QJsonObject &extra = {});

    // --- verification of this server's own tokens
    struct Verified
    {
        bool ok = false;
        bool expired = false;
        QString error;
        QJsonObject header;
        QJsonObject claims;
    };
    // Signature (any published key), issuer, nbf, exp (unless allowExpired), typ when given.
    Verified verify(const QByteArray &compact, const QString &requiredTyp,
                    bool allowExpired = false) const;
    bool isRevoked(const QJsonObject &claims) const;

    // --- users
    std::optional<QString> userIdByLoginHint(const QString &hint) const;
    QString username(const QString &userId) const;
    bool checkPassword(const QString &username, const QString &password, QString *userId) const;
    // The PBKDF2 work the sign-in form (POST /oauth2/authorize) will need, for the preflight.
    std::optional<ClientDirectory::PendingCheck> pendingPasswordCheck(const Request &request) const;
    bool isUser(const QString &id) const;

    // --- the token-event hook (called for every token-endpoint request)
    // Details a grant handler adds to the TOKEN_ISSUED audit record of the current request
    // (parentJti, consentId, cibaRequestId, refreshTokenId ...).
    void addIssueDetail(const QString &key, const QJsonValue &value)
    {
        m_pendingDetail.insert(key, value);
    }
    // `client` is null when client authentication failed.
    void onTokenRequest(const Request &request, const FormBody &form, const ClientRecord *client,
                        const QString &grantType, Response &response, qint64 elapsedMs);

private:
    // Set and taken on the event-loop thread only: the grants that add details run there (the
    // client_credentials requests served on worker threads add none).
    QJsonObject m_pendingDetail;
    QThread *m_owner = nullptr;
};

} // namespace tid::sandbox
