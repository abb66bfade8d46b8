#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tid::sandbox {

class KeyStore;
struct SandboxContext;

// Mints RFC 9068 access tokens (header typ at+jwt, alg/kid of the active key) with the claims
// ThunderID puts in every access token: iss, sub, aud, exp, iat, nbf, jti (UUIDv7), client_id,
// grant_type and, when non-empty, scope. Grant handlers add their own claims (act, ...).
class TokenIssuer final
{
public:
    static constexpr int DefaultLifetimeSeconds = 3600;

    struct AccessToken
    {
        QString subject;
        QJsonValue audience; // a string (one resource server) or an array
        QString clientId;
        QString grantType;
        QStringList scopes;
        int lifetimeSeconds = DefaultLifetimeSeconds;
        QJsonObject extraClaims; // merged last; may not override the registered claims above
        // "RS256" signs with the active RSA key (token.accessToken.signingAlg); otherwise ES256.
        QString algorithm;
    };

    struct Issued
    {
        QByteArray token;
        QString jti;
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
        QJsonObject claims;
        QString algorithm; // of the signing key (the token's alg)
    };

    TokenIssuer(const SandboxContext &context, const KeyStore &keys);

    Issued issueAccessToken(const AccessToken &request) const;

private:
    const SandboxContext &m_context;
    const KeyStore &m_keys;
};

} // namespace tid::sandbox
