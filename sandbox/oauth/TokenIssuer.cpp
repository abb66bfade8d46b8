#include "sandbox/oauth/TokenIssuer.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/oauth/KeyStore.h"
#include "sandbox/store/Ids.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

TokenIssuer::TokenIssuer(const SandboxContext &context, const KeyStore &keys)
    : m_context(context)
    , m_keys(keys)
{}

TokenIssuer::Issued TokenIssuer::issueAccessToken(const AccessToken &request) const
{
    Issued issued;
    issued.issuedAt = QDateTime::currentSecsSinceEpoch();
    issued.expiresAt = issued.issuedAt + qMax(1, request.lifetimeSeconds);
    issued.jti = Ids::uuid7();

    QJsonObject claims = request.extraClaims;
    claims.insert(u"iss"_s, m_context.issuer);
    claims.insert(u"sub"_s, request.subject);
    claims.insert(u"aud"_s, request.audience);
    claims.insert(u"iat"_s, issued.issuedAt);
    claims.insert(u"nbf"_s, issued.issuedAt);
    claims.insert(u"exp"_s, issued.expiresAt);
    claims.insert(u"jti"_s, issued.jti);
    claims.insert(u"client_id"_s, request.clientId);
    claims.insert(u"grant_type"_s, request.grantType);
    if (!request.scopes.isEmpty())
        claims.insert(u"scope"_s, request.scopes.join(u' '));
    else
        claims.remove(u"scope"_s);
    issued.claims = claims;
    const std::shared_ptr<const core::SigningKey> key =
        m_keys.signingKey(request.algorithm == u"RS256"_s ? core::SigningKey::Type::Rsa2048
                                                          : core::SigningKey::Type::EcP256);
    issued.token = key->signCompact(QJsonObject{{u"typ"_s, u"at+jwt"_s}}, claims);
    issued.algorithm = key->algorithm();
    return issued;
}

} // namespace tid::sandbox
